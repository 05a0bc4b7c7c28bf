CREATE INDEX notes_body ON notes(body);
INSERT INTO notes (body) VALUES ('added by v3');
