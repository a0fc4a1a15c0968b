-- Schema 18: the audit log becomes tamper-evident (issue 18). Each row keeps the hash of
-- the row before it and its own SHA-256 over its columns and that previous hash
-- (core/storage/audit_chain.cpp says exactly what is hashed). audit_chain is the head of
-- the chain: the last row's ID and hash and the number of rows. Rows are written only at
-- the end of the transaction that made them, under the head's lock, so the chain follows
-- the IDs in the order the transactions committed, on PostgreSQL as on SQLite.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE TABLE audit_chain (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL,
    row_count BIGINT NOT NULL
);
INSERT INTO audit_chain (id, last_id, last_hash, row_count)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
-- The rows written before schema 18 are chained now, in ID order.
/*seal-audit-log*/;
