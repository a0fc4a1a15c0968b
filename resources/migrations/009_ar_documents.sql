-- Schema 9: Finance > Documents (issue 13): credit memos, debit memos and payments.
--
-- A memo is 'hold' when created (editable, deletable, no number), 'open' once released
-- (numbered from its own gapless series, its parties and tax rates frozen), 'closed' when
-- nothing is left: a debit memo whose balance is 0, a credit memo or payment with nothing
-- left to apply. A payment is open when recorded. Past Due is never stored. An open
-- document is never removed: it is cancelled by a reversing document (reverses_id) that
-- is applied against it in the allocation ledger, so both close.
--
-- Every application is an entry of the allocation ledger (source 'credit_memo' or
-- 'payment', target 'statement' or 'debit_memo'); `applied` and `closed_on` are kept
-- beside it in the same transaction so lists and the aging read open items without
-- scanning history: closed_on is the latest date among the entries that brought the
-- balance to 0, so a document counts as of a date D exactly when dated <= D and not
-- closed on or before D.
CREATE TABLE ar_documents (
    id {PK},
    kind TEXT NOT NULL CHECK (kind IN ('credit_memo', 'debit_memo', 'payment')),
    status TEXT NOT NULL CHECK (status IN ('hold', 'open', 'closed')),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    currency TEXT NOT NULL,
    number TEXT UNIQUE,
    doc_date TEXT NOT NULL,
    due_date TEXT,
    payment_terms_days INTEGER NOT NULL,
    description TEXT NOT NULL,
    sales_branch TEXT,
    sales_person TEXT,
    adjusts_kind TEXT,
    adjusts_id INTEGER,
    reverses_id INTEGER UNIQUE REFERENCES ar_documents (id),
    payment_method_id INTEGER,
    payment_method TEXT,
    reference TEXT,
    subtotal {MONEY} NOT NULL,
    tax {MONEY} NOT NULL,
    total_exact {MONEY} NOT NULL,
    rounding {MONEY} NOT NULL,
    total {MONEY} NOT NULL,
    applied {MONEY} NOT NULL,
    closed_on TEXT,
    region TEXT,
    state TEXT,
    seller TEXT,
    customer TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    released_at TEXT,
    released_by TEXT
);
CREATE INDEX ar_documents_customer ON ar_documents (customer_id, kind, status, doc_date);
CREATE INDEX ar_documents_list ON ar_documents (kind, status, doc_date);
-- The aging reads open items from this index alone (it covers what the aging reads).
CREATE INDEX ar_documents_aging ON ar_documents (closed_on, doc_date, status, kind, customer_id, currency, due_date,
                                                 total, applied);
-- The aging as of a past date reads only the entries dated after it.
CREATE INDEX allocations_on ON allocations (on_date);

-- A memo's details. amount = quantity x price - discount, exact.
CREATE TABLE ar_document_lines (
    document_id INTEGER NOT NULL REFERENCES ar_documents (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    description TEXT NOT NULL,
    quantity {MONEY} NOT NULL,
    unit TEXT NOT NULL,
    price {MONEY} NOT NULL,
    discount {MONEY} NOT NULL,
    tax_category TEXT NOT NULL,
    amount {MONEY} NOT NULL,
    PRIMARY KEY (document_id, line_no)
);

-- A memo's tax, one line per category and rate, with the rate as it was.
CREATE TABLE ar_document_taxes (
    document_id INTEGER NOT NULL REFERENCES ar_documents (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    category TEXT NOT NULL,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    state TEXT NOT NULL,
    rate {MONEY} NOT NULL,
    rate_from TEXT NOT NULL,
    base {MONEY} NOT NULL,
    amount {MONEY} NOT NULL,
    PRIMARY KEY (document_id, line_no)
);

-- Settings > Tax Tables: a memo line's tax category says which of the customer's region's
-- and state's rates apply. A blank category is not taxable.
CREATE TABLE tax_categories (
    name TEXT PRIMARY KEY,
    region_rate INTEGER NOT NULL CHECK (region_rate IN (0, 1)),
    state_rate INTEGER NOT NULL CHECK (state_rate IN (0, 1))
);
INSERT INTO tax_categories (name, region_rate, state_rate) VALUES ('Standard', 1, 1);
INSERT INTO tax_categories (name, region_rate, state_rate) VALUES ('Exempt', 0, 0);

-- A statement's balance after AR applications: `balance` already holds it; closed_on as for
-- documents.
ALTER TABLE statements ADD COLUMN closed_on TEXT;
UPDATE statements SET closed_on = issue_date WHERE status = 'closed';
CREATE INDEX statements_aging ON statements (customer_id, status, closed_on);
CREATE INDEX statements_open ON statements (closed_on, issue_date, status, customer_id, currency, due_date, total,
                                            balance);

INSERT INTO number_series (series, pattern) VALUES ('credit_memo', 'CM-{YYYY}-{000000}')
    ON CONFLICT (series) DO NOTHING;
INSERT INTO number_series (series, pattern) VALUES ('debit_memo', 'DM-{YYYY}-{000000}')
    ON CONFLICT (series) DO NOTHING;
INSERT INTO number_series (series, pattern) VALUES ('payment', 'PAY-{YYYY}-{000000}')
    ON CONFLICT (series) DO NOTHING;

-- Who may create memos may also release them, record payments and apply them.
INSERT INTO user_privileges (user_id, privilege)
SELECT user_id, 'RELEASE_ARDOCS' FROM user_privileges WHERE privilege = 'ARDOCS_CREATE';
INSERT INTO user_privileges (user_id, privilege)
SELECT user_id, 'RECORD_PAYMENTS' FROM user_privileges WHERE privilege = 'ARDOCS_CREATE';
INSERT INTO user_privileges (user_id, privilege)
SELECT user_id, 'APPLY_ARDOCS' FROM user_privileges WHERE privilege = 'ARDOCS_CREATE';
