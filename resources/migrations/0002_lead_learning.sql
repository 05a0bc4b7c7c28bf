-- What the user taught the lead classifier ("lead" / "not a lead"), and the resulting
-- adjustments to the built-in model's weights for this profile.
CREATE TABLE lead_feedback (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL,
    label       TEXT NOT NULL CHECK (label IN ('lead', 'not')),
    created_at  TEXT NOT NULL
);

CREATE TABLE lead_model_deltas (
    feature     TEXT PRIMARY KEY NOT NULL,
    delta       REAL NOT NULL
);
