-- Chi bộ, schema 13: how a topic's presenter was chosen keeps its translation key and arguments (JSON), like the
-- notifications and the change log (V12), so each reader sees it in their own language. The text column keeps the
-- Vietnamese rendering; rows written before this version have no key and are shown as that text.
alter table plan_topic add column assignment_note_key varchar(100);
alter table plan_topic add column assignment_note_args varchar(8000);
