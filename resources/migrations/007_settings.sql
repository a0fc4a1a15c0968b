-- Schema 7: settings kept as key and value, such as how statement documents are laid out.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('statement.paper', 'A4');
INSERT INTO settings (key, value) VALUES ('statement.pdfa', '0');
INSERT INTO settings (key, value) VALUES ('statement.file_pattern', '{period}-{vendor}-{customer}-{number}');
INSERT INTO settings (key, value) VALUES ('csv.bom', '0');
INSERT INTO settings (key, value) VALUES ('csv.semicolon', '0');
INSERT INTO settings (key, value) VALUES ('statement.locale', 'en_US');
