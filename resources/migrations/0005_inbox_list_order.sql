-- The inbox lists every account's items newest first (created_at DESC, id DESC) and pages
-- by that key; without this index each page of a 100,000-row inbox sorted the whole table.
CREATE INDEX interactions_newest ON interactions(created_at DESC, id DESC);
