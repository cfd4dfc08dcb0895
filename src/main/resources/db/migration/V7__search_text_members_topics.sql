-- Search over a province's cells matches members and plan topics in SQL, on accent-folded text as drafts and
-- minutes do since V6 (it loaded every member and topic to match them in memory). Filled on write; rows
-- written before this migration are filled once at start-up.
alter table member add column search_text varchar(1200);
alter table plan_topic add column search_text varchar(4400);
