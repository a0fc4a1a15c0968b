-- Schema 15: keys of the Billing API (issue 16). A key is 256 bits from the system's
-- random source, shown once when it is made and stored only as its SHA-256 (key_hash), with
-- a short public prefix to find it by. Each key sees the whole installation, one tenant and
-- those below it (tenant_id) or one customer (customer_id), reads only, may expire, and
-- is revoked rather than deleted, so the log keeps naming it. last_used_at/_from: the
-- latest request and the client's address.
CREATE TABLE api_keys (
    id {PK},
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    prefix TEXT NOT NULL UNIQUE,
    key_hash TEXT NOT NULL,
    tenant_id INTEGER REFERENCES tenants (id),
    customer_id INTEGER REFERENCES customers (id),
    expires_on TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT,
    last_used_at TEXT,
    last_used_from TEXT,
    CHECK (tenant_id IS NULL OR customer_id IS NULL)
);
-- Which key read which statement, and when (the audit log holds every request).
CREATE TABLE api_reads (
    id {PK},
    key_id INTEGER NOT NULL REFERENCES api_keys (id),
    at TEXT NOT NULL,
    route TEXT NOT NULL,
    statement_id INTEGER
);
CREATE INDEX api_reads_statement ON api_reads (statement_id);
