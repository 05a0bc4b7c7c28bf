-- Test migration set: three versions, to check upgrades from each older version.
CREATE TABLE profile (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
INSERT INTO notes (body) VALUES ('semi; colon inside a string');
