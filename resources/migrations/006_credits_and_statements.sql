-- Schema 6: customer credits, tax tables, exchange rates, billing runs and statements.
-- Amounts are exact ({MONEY}) and signed as they act on the customer's bill: charges and
-- tax are positive, credits (and their applications) negative.

-- A credit the customer is owed for one vendor and currency. The clerk types a positive
-- amount; it is stored negative. Applied = the sum of its allocations; remaining = amount -
-- applied. A credit that was never applied may be voided (kept, marked, never counted);
-- an applied one never changes: corrections are new credits that name the one they correct.
-- kind 'marketplace' is the vendor's marketplace credit: it pays marketplace fees only.
CREATE TABLE credits (
    id {PK},
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    kind TEXT NOT NULL CHECK (kind IN ('manual', 'marketplace')),
    currency TEXT NOT NULL,
    amount {MONEY} NOT NULL,
    comment TEXT,
    expires_on TEXT,
    corrects_id INTEGER REFERENCES credits (id),
    voided_at TEXT,
    voided_by TEXT,
    void_reason TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX credits_customer ON credits (customer_id, vendor, currency);

-- Sales tax by region and state/province, effective-dated. A customer pays the region's
-- rate (state empty) and the rate of its state, each as its own tax line.
CREATE TABLE tax_rates (
    id {PK},
    region TEXT NOT NULL CHECK (length(region) > 0),
    state TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (length(name) > 0),
    rate {MONEY} NOT NULL,
    from_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (region, state, from_date)
);

-- 1 base = rate quote, from rate_date on.
CREATE TABLE exchange_rates (
    id {PK},
    base TEXT NOT NULL,
    quote TEXT NOT NULL,
    rate_date TEXT NOT NULL,
    rate {MONEY} NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (base, quote, rate_date)
);

-- Blocks of IDs taken in one step by bulk writers (a billing run numbers its statements
-- before it writes them). IDs are never reused, even after a draft is deleted.
CREATE TABLE id_blocks (
    name TEXT PRIMARY KEY,
    last_value BIGINT NOT NULL
);
INSERT INTO id_blocks (name, last_value) VALUES ('statements', 0);

-- One Generate Invoices run: what was asked and what came of it.
CREATE TABLE billing_runs (
    id {PK},
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    period TEXT NOT NULL,
    apply_credits INTEGER NOT NULL,
    include_tax INTEGER NOT NULL,
    marketplace_fees INTEGER NOT NULL,
    marketplace_credits INTEGER NOT NULL,
    requested INTEGER NOT NULL,
    generated INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    finished_at TEXT
);

-- A billing statement for one customer, vendor and period: a Draft until approved, then
-- Open (numbered) and Closed once nothing is owed. Past Due is never stored: it is an Open
-- statement after its due date. Everything the statement shows is a copy taken when it was
-- made (prices, pricebook, tax rates, exchange rate, both addresses); later edits of those
-- never change it.
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES billing_runs (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    period TEXT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
    number TEXT UNIQUE,
    apply_credits INTEGER NOT NULL,
    include_tax INTEGER NOT NULL,
    marketplace_fees INTEGER NOT NULL,
    marketplace_credits INTEGER NOT NULL,
    charges_exact {MONEY} NOT NULL,
    charges {MONEY} NOT NULL,
    credits {MONEY} NOT NULL,
    marketplace_exact {MONEY} NOT NULL,
    marketplace {MONEY} NOT NULL,
    marketplace_credits_applied {MONEY} NOT NULL,
    tax {MONEY} NOT NULL,
    total {MONEY} NOT NULL,
    balance {MONEY} NOT NULL,
    pricebook TEXT NOT NULL,
    exchange_base TEXT,
    exchange_rate {MONEY},
    exchange_date TEXT,
    payment_terms_days INTEGER NOT NULL,
    region TEXT,
    state TEXT,
    seller TEXT NOT NULL,
    customer TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    approved_at TEXT,
    approved_by TEXT,
    issue_date TEXT,
    due_date TEXT
);
-- Generating locks the period's billing for the customer and vendor: one statement each.
CREATE UNIQUE INDEX statements_period ON statements (customer_id, vendor, period);
CREATE INDEX statements_lookup ON statements (vendor, period, status);
CREATE INDEX statements_run ON statements (run_id);
CREATE INDEX statements_due ON statements (status, due_date);

-- The statement's lines, grouped on it by product type (clustered by statement on SQLite). price is the customer's price in the
-- statement currency at full precision; cost is the vendor's cost in `currency`. percents
-- lists the percent rules applied in turn ("10;-2"), so each usage line can be priced again.
/*sqlite*/ CREATE TABLE statement_lines (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('usage', 'marketplace', 'support', 'custom')),
    product_type TEXT NOT NULL,
    product TEXT NOT NULL,
    usage_lines INTEGER NOT NULL,
    currency TEXT NOT NULL,
    cost {MONEY} NOT NULL,
    price {MONEY} NOT NULL,
    rule TEXT NOT NULL,
    percents TEXT,
    PRIMARY KEY (statement_id, line_no)
) WITHOUT ROWID;
/*postgresql*/ CREATE TABLE statement_lines (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('usage', 'marketplace', 'support', 'custom')),
    product_type TEXT NOT NULL,
    product TEXT NOT NULL,
    usage_lines INTEGER NOT NULL,
    currency TEXT NOT NULL,
    cost {MONEY} NOT NULL,
    price {MONEY} NOT NULL,
    rule TEXT NOT NULL,
    percents TEXT,
    PRIMARY KEY (statement_id, line_no)
);

-- Which usage each statement bills. The primary key is the promise that no usage is billed
-- twice: a usage total belongs to at most one statement, ever.
/*sqlite*/ CREATE TABLE statement_usage (
    import_id INTEGER NOT NULL REFERENCES usage_imports (id),
    total_no INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    PRIMARY KEY (import_id, total_no)
) WITHOUT ROWID;
/*postgresql*/ CREATE TABLE statement_usage (
    import_id INTEGER NOT NULL REFERENCES usage_imports (id),
    total_no INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    PRIMARY KEY (import_id, total_no)
);
CREATE INDEX statement_usage_statement ON statement_usage (statement_id);

-- Each application of a credit: per credit, per statement and per vendor account ('' for
-- charges of no account: support plans, custom charges, rounding). amount is negative.
CREATE TABLE credit_allocations (
    id {PK},
    credit_id INTEGER NOT NULL REFERENCES credits (id),
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    amount {MONEY} NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX credit_allocations_credit ON credit_allocations (credit_id);
CREATE INDEX credit_allocations_statement ON credit_allocations (statement_id);

-- The statement's tax, one line per rate, with the rate as it was.
CREATE TABLE statement_taxes (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    state TEXT NOT NULL,
    rate {MONEY} NOT NULL,
    rate_from TEXT NOT NULL,
    base {MONEY} NOT NULL,
    amount {MONEY} NOT NULL,
    PRIMARY KEY (statement_id, line_no)
);

-- Each time a statement was shown in another currency: the rate and its date, as used.
CREATE TABLE statement_display_rates (
    id {PK},
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    currency TEXT NOT NULL,
    rate {MONEY} NOT NULL,
    rate_date TEXT NOT NULL,
    total {MONEY} NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX statement_display_rates_statement ON statement_display_rates (statement_id);

INSERT INTO number_series (series, pattern) VALUES ('statement', 'INV-{YYYY}-{000000}')
    ON CONFLICT (series) DO NOTHING;
