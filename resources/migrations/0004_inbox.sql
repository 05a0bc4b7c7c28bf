-- The inbox: what each item links to, whether it can be answered, who wrote it, full-text
-- search over text and author, where each listing resumes after an interrupted sync, and
-- the YouTube quota units spent per (account, Pacific day).
ALTER TABLE interactions ADD COLUMN permalink TEXT NOT NULL DEFAULT '';
ALTER TABLE interactions ADD COLUMN can_reply INTEGER NOT NULL DEFAULT 1;
ALTER TABLE interactions ADD COLUMN from_owner INTEGER NOT NULL DEFAULT 0;
CREATE INDEX interactions_remote_parent ON interactions(account_id, remote_parent_id);
CREATE INDEX interactions_lead ON interactions(lead_label, created_at);

-- External-content FTS5 index kept in step by triggers; deleting a row deletes its terms.
CREATE VIRTUAL TABLE interactions_fts USING fts5(
    text, author_name,
    content = 'interactions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER interactions_fts_insert AFTER INSERT ON interactions BEGIN
    INSERT INTO interactions_fts(rowid, text, author_name) VALUES (new.id, new.text, new.author_name);
END;
CREATE TRIGGER interactions_fts_delete AFTER DELETE ON interactions BEGIN
    INSERT INTO interactions_fts(interactions_fts, rowid, text, author_name)
        VALUES ('delete', old.id, old.text, old.author_name);
END;
CREATE TRIGGER interactions_fts_update AFTER UPDATE OF text, author_name ON interactions BEGIN
    INSERT INTO interactions_fts(interactions_fts, rowid, text, author_name)
        VALUES ('delete', old.id, old.text, old.author_name);
    INSERT INTO interactions_fts(rowid, text, author_name) VALUES (new.id, new.text, new.author_name);
END;
INSERT INTO interactions_fts(interactions_fts) VALUES ('rebuild');

-- A listing (an account's comments under one post, one comment's replies, the
-- conversations) that a sync could not finish: the next sync first takes what is new at
-- the top, then continues from resume_pages.
CREATE TABLE inbox_cursors (
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    scope         TEXT NOT NULL CHECK (scope IN ('posts', 'comments', 'replies', 'conversations')),
    remote_id     TEXT NOT NULL DEFAULT '',
    resume_pages  TEXT,
    synced_at     TEXT,
    PRIMARY KEY (account_id, scope, remote_id)
);

CREATE TABLE quota_usage (
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    units       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, day)
);

-- Where a post lives on a platform even when TravelFlow did not publish it (inbox sync
-- finds the account's other posts too); metrics and comments hang off it.
CREATE TABLE remote_posts (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id     TEXT NOT NULL,
    caption       TEXT NOT NULL DEFAULT '',
    permalink     TEXT NOT NULL DEFAULT '',
    published_at  TEXT,
    comment_count INTEGER,
    UNIQUE (account_id, remote_id)
);
