-- Search (issue 8): accent-folded text kept beside drafts and minutes, so that search is a query per kind
-- whatever the number of cells, instead of reading every draft and every minutes into memory.
-- Filled by the application on write; rows written before this migration are filled once at start-up.
alter table draft add column search_text varchar(1000000);
alter table meeting_record add column search_text varchar(200000);

-- Indexes the district-scale benchmark showed missing (docs/performance.md).
create index ix_record_cell_opened on meeting_record (cell_id, opened_at);
create index ix_attendance_member on attendance (member_id);
create index ix_evaluation_presenter on evaluation (presenter_id);
create index ix_draft_author on draft (author_id);
create index ix_plan_cell_year on annual_plan (cell_id, plan_year);
