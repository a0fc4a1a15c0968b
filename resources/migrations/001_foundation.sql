-- Schema 1: tenants, customers and their billing setup, account information, audit log.
-- Placeholders: {PK} integer identity key, {MONEY} exact decimal, {BLOB} binary.
-- Dates and times are ISO 8601 text (UTC for times), portable to every engine.

CREATE TABLE bursar_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO bursar_meta (key, value) VALUES ('application', 'bursar');

CREATE TABLE tenants (
    id {PK},
    parent_id INTEGER REFERENCES tenants (id),
    kind TEXT NOT NULL CHECK (kind IN ('distributor', 'partner')),
    name TEXT NOT NULL,
    CHECK ((kind = 'distributor' AND parent_id IS NULL) OR (kind = 'partner' AND parent_id IS NOT NULL))
);
CREATE INDEX tenants_parent ON tenants (parent_id);

-- Customers are the leaves of the tenant tree. IDs start at 100001 and show as #100001.
CREATE TABLE customers (
    id {PK},
    tenant_id INTEGER NOT NULL REFERENCES tenants (id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    contact_name TEXT,
    email TEXT,
    phone TEXT,
    address_line1 TEXT,
    address_line2 TEXT,
    city TEXT,
    postal_code TEXT,
    country TEXT,
    region TEXT,
    state TEXT,
    payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    -- Case-folded name, email and contact, kept by the service: one portable LIKE searches
    -- all three, and folding in Qt handles every script (SQLite's lower() knows only ASCII).
    search_text TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE INDEX customers_tenant ON customers (tenant_id);
CREATE INDEX customers_name ON customers (lower(name), id);
CREATE INDEX customers_region ON customers (region, state);
-- Narrow enough that a search scans it instead of the whole table.
CREATE INDEX customers_search ON customers (search_text);

-- Cloud Provider setting of a customer, per vendor. The pricebook joins in schema 2.
CREATE TABLE customer_providers (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    currency TEXT,
    PRIMARY KEY (customer_id, vendor)
);

-- A vendor account or subscription belongs to exactly one customer.
CREATE TABLE vendor_accounts (
    vendor TEXT NOT NULL CHECK (vendor IN ('aws', 'microsoft', 'google')),
    account_id TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    label TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (vendor, account_id)
);
CREATE INDEX vendor_accounts_customer ON vendor_accounts (customer_id);

-- Payment methods keep a masked reference only ("**** 4242"), never a full number.
CREATE TABLE payment_methods (
    id {PK},
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('card', 'bank_transfer', 'direct_debit', 'other')),
    masked_reference TEXT NOT NULL,
    holder_name TEXT
);
CREATE INDEX payment_methods_customer ON payment_methods (customer_id);

CREATE TABLE billing_profiles (
    id {PK},
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    contact_name TEXT,
    email TEXT,
    phone TEXT,
    address_line1 TEXT,
    address_line2 TEXT,
    city TEXT,
    postal_code TEXT,
    country TEXT,
    payment_method_id INTEGER REFERENCES payment_methods (id) ON DELETE SET NULL
);
CREATE INDEX billing_profiles_customer ON billing_profiles (customer_id);

CREATE TABLE subscriptions (
    id {PK},
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    region TEXT,
    state TEXT,
    billing_profile_id INTEGER REFERENCES billing_profiles (id) ON DELETE SET NULL,
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);
CREATE INDEX subscriptions_customer ON subscriptions (customer_id);
-- At most one default subscription per customer.
CREATE UNIQUE INDEX subscriptions_one_default ON subscriptions (customer_id) WHERE is_default = 1;

-- Settings > Account Information: one row.
CREATE TABLE account_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    company_name TEXT NOT NULL,
    contact_name TEXT,
    email TEXT,
    phone TEXT,
    address_line1 TEXT,
    address_line2 TEXT,
    city TEXT,
    postal_code TEXT,
    country TEXT,
    default_currency TEXT NOT NULL,
    logo {BLOB},
    logo_mime TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO account_info (id, company_name, default_currency) VALUES (1, '', 'USD');

-- Append-only record of every change to customers, billing setup and financial records.
CREATE TABLE audit_log (
    id {PK},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
