-- Chi bộ, schema 15: the live meeting's change counter. Every change a phone or the secretary makes to a running
-- meeting (roll-call, current item, queue, opinions, votes) adds one in the same transaction, so the pages open
-- on another node notice it within a second and read the new state (docs/deployment.md, two nodes).
create table live_revision (
    meeting_id bigint primary key,
    revision bigint not null
);
