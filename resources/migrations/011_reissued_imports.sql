-- Schema 11: re-issued months (vendors send an estimate, then the final file).
-- content_sha256: a hash of what an import holds, whatever the file's bytes: its vendor and,
-- per usage total (period, account, kind, product, publisher, currency ...), the line
-- count and the exact cost. The same content twice is a duplicate. Imports made before
-- schema 11 get theirs the first time an import of their vendor needs it.
ALTER TABLE usage_imports ADD COLUMN content_sha256 TEXT;
CREATE INDEX usage_imports_content ON usage_imports (vendor, content_sha256);
-- An import replaced by a corrected file (import usage --replaces): it stays in the history
-- with its rows and totals, says by which import, when and by whom, and no longer counts
-- (its usage_totals rows are marked replaced). No foreign key: db copy writes imports in
-- ID order, and the replacing import comes later.
ALTER TABLE usage_imports ADD COLUMN replaced_by INTEGER;
ALTER TABLE usage_imports ADD COLUMN replaced_at TEXT;
ALTER TABLE usage_imports ADD COLUMN replaced_by_user TEXT;
ALTER TABLE usage_totals ADD COLUMN replaced INTEGER NOT NULL DEFAULT 0;
