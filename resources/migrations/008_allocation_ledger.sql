-- The allocation ledger (issue 12): every amount that moves from a source (a credit now;
-- credit memos, payments and services-credit purchases next) to a target (a statement now;
-- debit memos and milestones next) is one row. Rows are never updated or deleted: an
-- application is undone by a counter-entry with the opposite amount that names the row it
-- reverses (reverses_id, at most once), so a balance as of any past day can be read again.
-- amount carries the source's sign (a credit's applications are negative, as the credit).
-- account_id is the vendor account paid for ('' for charges of no account). on_date is the
-- day the movement takes effect. The kinds are checked by the code, not by CHECK, so new
-- kinds need no table rebuild on SQLite.
CREATE TABLE allocations (
    id {PK},
    source_kind TEXT NOT NULL,
    source_id INTEGER NOT NULL,
    target_kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    account_id TEXT NOT NULL,
    amount {MONEY} NOT NULL,
    on_date TEXT NOT NULL,
    reason TEXT NOT NULL,
    reverses_id INTEGER UNIQUE REFERENCES allocations (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX allocations_source ON allocations (source_kind, source_id);
CREATE INDEX allocations_target ON allocations (target_kind, target_id);

-- Today's credit applications move in unchanged, in their order, with their billing run.
INSERT INTO allocations (source_kind, source_id, target_kind, target_id, account_id, amount, on_date, reason,
                         created_at, created_by)
SELECT 'credit', a.credit_id, 'statement', a.statement_id, a.account_id, a.amount, substr(a.created_at, 1, 10),
       'billing run ' || s.run_id, a.created_at, s.created_by
FROM credit_allocations a JOIN statements s ON s.id = a.statement_id
ORDER BY a.id;

DROP TABLE credit_allocations;
