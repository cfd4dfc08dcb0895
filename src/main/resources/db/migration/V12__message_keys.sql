-- Chi bộ, schema 12: notifications and the plan's change log keep a translation key and its arguments (JSON), so
-- each reader sees them in their own language. The text columns still hold the Vietnamese rendering: rows written
-- before this version have no key and are shown as that text.
alter table notification add column title_key varchar(100);
alter table notification add column title_args varchar(8000);
alter table notification add column body_key varchar(100);
alter table notification add column body_args varchar(8000);
alter table plan_change add column description_key varchar(100);
alter table plan_change add column description_args varchar(8000);
