-- Schema v1. Metadata only: no token, secret or password column may ever be added here;
-- secrets live in the OS keychain (app/secrets).

CREATE TABLE profile (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE accounts (
    id               INTEGER PRIMARY KEY,
    platform         TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram', 'youtube')),
    remote_id        TEXT NOT NULL,
    display_name     TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'connected'
                     CHECK (status IN ('connected', 'needs_reconnect', 'disconnected')),
    status_reason    TEXT NOT NULL DEFAULT '',
    scopes           TEXT NOT NULL DEFAULT '',
    token_expires_at TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (platform, remote_id)
);

CREATE TABLE videos (
    id              INTEGER PRIMARY KEY,
    path            TEXT NOT NULL UNIQUE,
    fingerprint     TEXT NOT NULL UNIQUE,
    size_bytes      INTEGER NOT NULL CHECK (size_bytes > 0),
    duration_ms     INTEGER NOT NULL DEFAULT 0,
    width           INTEGER NOT NULL DEFAULT 0,
    height          INTEGER NOT NULL DEFAULT 0,
    fps             REAL NOT NULL DEFAULT 0,
    video_codec     TEXT NOT NULL DEFAULT '',
    audio_codec     TEXT NOT NULL DEFAULT '',
    container       TEXT NOT NULL DEFAULT '',
    rotation        INTEGER NOT NULL DEFAULT 0 CHECK (rotation IN (0, 90, 180, 270)),
    created_at      TEXT,
    latitude        REAL,
    longitude       REAL,
    altitude        REAL,
    thumbnail_path  TEXT,
    tags            TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    imported_at     TEXT NOT NULL
);

CREATE TABLE posts (
    id          INTEGER PRIMARY KEY,
    video_id    INTEGER NOT NULL REFERENCES videos(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX posts_video ON posts(video_id);

CREATE TABLE post_targets (
    id               INTEGER PRIMARY KEY,
    post_id          INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    platform         TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram', 'youtube')),
    title            TEXT NOT NULL DEFAULT '',
    caption          TEXT NOT NULL DEFAULT '',
    tags             TEXT NOT NULL DEFAULT '',
    privacy          TEXT NOT NULL DEFAULT '',
    options_json     TEXT NOT NULL DEFAULT '{}',
    scheduled_at     TEXT,
    schedule_time_zone TEXT,
    UNIQUE (post_id, account_id)
);
CREATE INDEX post_targets_account ON post_targets(account_id);

CREATE TABLE publish_jobs (
    id                  INTEGER PRIMARY KEY,
    post_target_id      INTEGER NOT NULL UNIQUE REFERENCES post_targets(id) ON DELETE CASCADE,
    state               TEXT NOT NULL DEFAULT 'queued'
                        CHECK (state IN ('queued', 'uploading', 'processing', 'published',
                                         'failed', 'needs_attention', 'cancelled')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     TEXT,
    upload_session_uri  TEXT,
    upload_offset       INTEGER NOT NULL DEFAULT 0,
    publish_id          TEXT,
    container_id        TEXT,
    remote_post_id      TEXT,
    last_error_code     TEXT,
    last_error_text     TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX publish_jobs_state ON publish_jobs(state, next_attempt_at);

CREATE TABLE interactions (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    platform         TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram', 'youtube')),
    kind             TEXT NOT NULL CHECK (kind IN ('comment', 'reply', 'message')),
    remote_id        TEXT NOT NULL,
    remote_parent_id TEXT,
    parent_id        INTEGER REFERENCES interactions(id) ON DELETE CASCADE,
    remote_post_id   TEXT,
    thread_id        TEXT,
    author_id        TEXT NOT NULL DEFAULT '',
    author_name      TEXT NOT NULL DEFAULT '',
    text             TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT,
    fetched_at       TEXT NOT NULL,
    lead_label       TEXT NOT NULL DEFAULT 'unknown' CHECK (lead_label IN ('unknown', 'lead', 'not')),
    lead_score       REAL NOT NULL DEFAULT 0,
    lead_reason      TEXT NOT NULL DEFAULT '',
    lead_user_label  TEXT CHECK (lead_user_label IN ('lead', 'not')),
    state            TEXT NOT NULL DEFAULT 'new'
                     CHECK (state IN ('new', 'read', 'replied', 'archived')),
    lead_state       TEXT CHECK (lead_state IN ('new', 'contacted', 'won', 'lost')),
    notes            TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, kind, remote_id)
);
CREATE INDEX interactions_parent ON interactions(parent_id);
CREATE INDEX interactions_time ON interactions(account_id, created_at);

CREATE TABLE reply_outbox (
    id                 INTEGER PRIMARY KEY,
    interaction_id     INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    kind               TEXT NOT NULL DEFAULT 'public' CHECK (kind IN ('public', 'private')),
    text               TEXT NOT NULL,
    state              TEXT NOT NULL DEFAULT 'queued'
                       CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    TEXT,
    remote_id          TEXT,
    last_error_code    TEXT,
    last_error_text    TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX reply_outbox_state ON reply_outbox(state, next_attempt_at);

CREATE TABLE metrics_snapshots (
    id              INTEGER PRIMARY KEY,
    publish_job_id  INTEGER NOT NULL REFERENCES publish_jobs(id) ON DELETE CASCADE,
    taken_at        TEXT NOT NULL,
    views           INTEGER,
    likes           INTEGER,
    comments        INTEGER,
    shares          INTEGER,
    UNIQUE (publish_job_id, taken_at)
);
