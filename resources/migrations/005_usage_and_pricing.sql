-- Schema 5: imported vendor usage, the vendors' own legal entities, and pricing
-- (pricebooks, global adjustments, custom charges, support plans).
-- Billing periods are 'YYYY-MM' text. Amounts are exact ({MONEY}); nothing is rounded here.

-- The vendor's own legal entities. A usage row whose publisher is not one of them is a
-- marketplace charge (sold by a third party through the vendor's marketplace).
-- `name_folded` is the case-folded name the importer compares.
CREATE TABLE vendor_entities (
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_folded TEXT NOT NULL,
    PRIMARY KEY (vendor, name_folded)
);
INSERT INTO vendor_entities (vendor, name, name_folded) VALUES
    ('aws', 'AWS', 'aws'),
    ('aws', 'Amazon Web Services', 'amazon web services'),
    ('aws', 'Amazon Web Services, Inc.', 'amazon web services, inc.'),
    ('aws', 'Amazon Web Services EMEA SARL', 'amazon web services emea sarl'),
    ('aws', 'Amazon Web Services Australia Pty Ltd', 'amazon web services australia pty ltd'),
    ('aws', 'Amazon Web Services Canada, Inc.', 'amazon web services canada, inc.'),
    ('aws', 'Amazon Web Services Japan G.K.', 'amazon web services japan g.k.'),
    ('microsoft', 'Microsoft', 'microsoft'),
    ('microsoft', 'Microsoft Corporation', 'microsoft corporation'),
    ('microsoft', 'Microsoft Ireland Operations Limited', 'microsoft ireland operations limited'),
    ('microsoft', 'Azure', 'azure'),
    ('google', 'Google', 'google'),
    ('google', 'Google Cloud', 'google cloud'),
    ('google', 'Google LLC', 'google llc'),
    ('google', 'Google Cloud EMEA Limited', 'google cloud emea limited');

-- One imported file. The same file (same bytes) imports once per vendor.
CREATE TABLE usage_imports (
    id {PK},
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    format TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    data_rows INTEGER NOT NULL,
    lines INTEGER NOT NULL,
    ignored_rows INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    UNIQUE (vendor, sha256)
);

-- Exact sums per import, period, account, kind, product, publisher and currency, made by the
-- importer while it reads (one pass, no rounding). Reports read these, not the lines.
-- kind: usage, purchase, tax, credit, adjustment (FOCUS ChargeCategory). Tax and credit rows
-- are the vendor's, not the customer's charges; reports keep them apart.
-- Clustered by vendor and period on SQLite (WITHOUT ROWID): the report reads one vendor's
-- period as one range instead of a lookup per row.
/*sqlite*/ CREATE TABLE usage_totals (
    import_id INTEGER NOT NULL REFERENCES usage_imports (id) ON DELETE CASCADE,
    total_no INTEGER NOT NULL,
    vendor TEXT NOT NULL,
    period TEXT NOT NULL,
    account_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    marketplace INTEGER NOT NULL,
    correction INTEGER NOT NULL,
    product_type TEXT NOT NULL,
    product TEXT NOT NULL,
    publisher TEXT NOT NULL,
    currency TEXT NOT NULL,
    lines INTEGER NOT NULL,
    cost {MONEY} NOT NULL,
    PRIMARY KEY (vendor, period, import_id, total_no)
) WITHOUT ROWID;
/*postgresql*/ CREATE TABLE usage_totals (
    import_id INTEGER NOT NULL REFERENCES usage_imports (id) ON DELETE CASCADE,
    total_no INTEGER NOT NULL,
    vendor TEXT NOT NULL,
    period TEXT NOT NULL,
    account_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    marketplace INTEGER NOT NULL,
    correction INTEGER NOT NULL,
    product_type TEXT NOT NULL,
    product TEXT NOT NULL,
    publisher TEXT NOT NULL,
    currency TEXT NOT NULL,
    lines INTEGER NOT NULL,
    cost {MONEY} NOT NULL,
    PRIMARY KEY (vendor, period, import_id, total_no)
);
CREATE UNIQUE INDEX usage_totals_line ON usage_totals (import_id, total_no);
CREATE INDEX usage_totals_account ON usage_totals (vendor, account_id, period);

-- Every kept row of an imported file, at full precision, for drill-down and the detailed CSV.
-- What the row is (account, period, product ...) is its usage_totals row: a line stores only
-- what differs from line to line, so a million lines stay small.
CREATE TABLE usage_lines (
    import_id INTEGER NOT NULL REFERENCES usage_imports (id) ON DELETE CASCADE,
    total_no INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    usage_date TEXT NOT NULL,
    quantity {MONEY},
    unit TEXT,
    cost {MONEY} NOT NULL,
    list_cost {MONEY}
);
CREATE INDEX usage_lines_total ON usage_lines (import_id, total_no);

-- Pricebooks turn vendor cost into customer price. A pricebook's rule changes over time:
-- each version applies from its first billing period on.
CREATE TABLE pricebooks (
    id {PK},
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    name TEXT NOT NULL CHECK (length(name) > 0),
    created_at TEXT NOT NULL,
    UNIQUE (vendor, name)
);
-- percent: +10 is a 10 % uplift on vendor cost, -5 a 5 % discount. `product` is empty for
-- the pricebook's own rule and names a product (ServiceName) for a per-product override.
CREATE TABLE pricebook_rules (
    id {PK},
    pricebook_id INTEGER NOT NULL REFERENCES pricebooks (id) ON DELETE CASCADE,
    product TEXT NOT NULL DEFAULT '',
    from_period TEXT NOT NULL,
    percent {MONEY} NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (pricebook_id, product, from_period)
);

ALTER TABLE customer_providers ADD COLUMN pricebook_id INTEGER REFERENCES pricebooks (id);

-- A global discount (negative percent) or uplift on every customer's price for a vendor.
CREATE TABLE global_adjustments (
    id {PK},
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    description TEXT NOT NULL CHECK (length(description) > 0),
    percent {MONEY} NOT NULL,
    from_period TEXT NOT NULL,
    to_period TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

-- A fixed monthly line on a customer's statement for a vendor.
CREATE TABLE custom_charges (
    id {PK},
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    description TEXT NOT NULL CHECK (length(description) > 0),
    currency TEXT NOT NULL,
    amount {MONEY} NOT NULL,
    from_period TEXT NOT NULL,
    to_period TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX custom_charges_customer ON custom_charges (customer_id, vendor);

-- A support plan: a percent of the customer's usage price for a vendor, at least `minimum`.
CREATE TABLE support_plans (
    id {PK},
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    name TEXT NOT NULL CHECK (length(name) > 0),
    percent {MONEY} NOT NULL,
    minimum {MONEY} NOT NULL,
    currency TEXT NOT NULL,
    from_period TEXT NOT NULL,
    to_period TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX support_plans_customer ON support_plans (customer_id, vendor);
