ALTER TABLE notes ADD COLUMN created_at TEXT;
/* a block comment; with a semicolon */
CREATE TABLE note_log (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL, action TEXT NOT NULL);
CREATE TRIGGER notes_logged AFTER INSERT ON notes
BEGIN
    INSERT INTO note_log (note_id, action) VALUES (new.id, 'insert');
    UPDATE notes SET created_at = 'now' WHERE id = new.id;
END;
