-- The first statement succeeds, the second fails: the whole step must roll back.
CREATE TABLE half_done (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
