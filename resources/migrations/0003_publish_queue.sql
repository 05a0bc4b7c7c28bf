-- The publishing queue: the checkpoint stage survives needs_attention/cancelled (so a retry
-- continues from where the platform is, never from scratch), the upload URL's expiry is
-- kept with the URL, and the time the platform confirmed the post.
ALTER TABLE publish_jobs ADD COLUMN checkpoint_stage TEXT NOT NULL DEFAULT 'not_started'
    CHECK (checkpoint_stage IN ('not_started', 'uploading', 'processing', 'published', 'failed'));
ALTER TABLE publish_jobs ADD COLUMN upload_url_expires_at TEXT;
ALTER TABLE publish_jobs ADD COLUMN published_at TEXT;
