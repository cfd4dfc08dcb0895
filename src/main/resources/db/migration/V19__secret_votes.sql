-- Chi bộ, schema 19: secret electronic votes (bỏ phiếu kín). The chair opens an electronic vote open (công khai) or
-- secret. A secret ballot records THAT the member voted — once — never how: its choice is null and only the vote's
-- counts hold the result, so no row links a member to a choice. A paper secret ballot was always secret.
alter table vote add column secret boolean not null default false;
update vote set secret = true where method = 'SECRET';
alter table vote_ballot alter column choice drop not null;
