-- Schema 4: fast substring search of customers on PostgreSQL.
-- Statements marked /*postgresql*/ run only there (SQLite's narrow search index of schema 1
-- already serves it). pg_trgm is a trusted extension: the database owner may create it.

/*postgresql*/ CREATE EXTENSION IF NOT EXISTS pg_trgm;
/*postgresql*/ CREATE INDEX customers_search_trgm ON customers USING gin (search_text gin_trgm_ops);
