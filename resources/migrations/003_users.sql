-- Schema 3: Bursar users and their privileges.
-- On PostgreSQL the acting user is the database login (db_login); on a SQLite file the
-- operating-system user acts as administrator unless --user names another.

CREATE TABLE users (
    id {PK},
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    db_login TEXT UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE user_privileges (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    privilege TEXT NOT NULL,
    PRIMARY KEY (user_id, privilege)
);
