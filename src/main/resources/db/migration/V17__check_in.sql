-- Chi bộ, schema 17: members check in from their phones. A self check-in is the member's word until the secretary
-- confirms or corrects it in the roll-call; the QR code shown in the room is signed with the server's secret.
alter table attendance add column checked_in_at timestamp(6) with time zone;
alter table attendance add column checked_in_by_qr boolean not null default false;
alter table attendance add column check_in_confirmed boolean not null default false;

-- one row, made by the first node that needs it: every node signs and checks the same QR codes
create table check_in_secret (
    id      integer primary key,
    secret  varchar(100) not null
);
