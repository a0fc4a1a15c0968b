-- Schema 12: vendors are data. AWS, Microsoft and Google ship as before; a clerk adds others
-- (Oracle Cloud, IBM Cloud, a SaaS publisher). `vendor` is the key every other table stores.
-- position: the order vendors are listed in (built-in ones first, then as added).
-- marketplace_fees: whether the vendor's marketplace fees are in its Billing Customers
-- Report (PRODUCT.md §3: AWS's are, Azure's are not).
CREATE TABLE vendors (
    vendor TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_folded TEXT NOT NULL UNIQUE,
    account_label TEXT NOT NULL,
    marketplace_fees INTEGER NOT NULL CHECK (marketplace_fees IN (0, 1)),
    built_in INTEGER NOT NULL CHECK (built_in IN (0, 1)),
    position INTEGER NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
INSERT INTO vendors (vendor, name, name_folded, account_label, marketplace_fees, built_in, position, created_at,
                     created_by) VALUES
    ('aws', 'AWS', 'aws', 'account', 1, 1, 0, '2026-12-05T00:00:00Z', 'bursar'),
    ('microsoft', 'Microsoft', 'microsoft', 'subscription', 0, 1, 1, '2026-12-05T00:00:00Z', 'bursar'),
    ('google', 'Google', 'google', 'billing account', 1, 1, 2, '2026-12-05T00:00:00Z', 'bursar');

-- The FOCUS ProviderName values (1.3: ServiceProviderName) that mean a vendor. One name means
-- one vendor. Until schema 12 the vendor's entities played this part, so they start here.
-- (Vendors are never deleted; the cascade is for db copy, which replaces the seeded rows.)
CREATE TABLE vendor_focus_providers (
    vendor TEXT NOT NULL REFERENCES vendors (vendor) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_folded TEXT NOT NULL PRIMARY KEY
);
INSERT INTO vendor_focus_providers (vendor, name, name_folded)
    SELECT vendor, name, name_folded FROM vendor_entities WHERE true ORDER BY vendor, name_folded
    ON CONFLICT DO NOTHING;
INSERT INTO vendor_focus_providers (vendor, name, name_folded) VALUES
    ('microsoft', 'Microsoft Azure', 'microsoft azure'),
    ('google', 'Google Cloud Platform', 'google cloud platform'),
    ('google', 'GCP', 'gcp')
    ON CONFLICT DO NOTHING;

-- The vendor columns no longer list the three keys. Core accepts only a registered vendor.
-- SQLite cannot drop a constraint: the directive below removes the text from each table's
-- definition in one transaction (SQLite's documented procedure for removing a CHECK; the
-- stored rows do not change), PostgreSQL drops the named constraints.
/*sqlite-remove-from-tables*/ CHECK (vendor IN ('aws', 'microsoft', 'google'));
/*postgresql*/ ALTER TABLE customer_providers DROP CONSTRAINT customer_providers_vendor_check;
/*postgresql*/ ALTER TABLE vendor_accounts DROP CONSTRAINT vendor_accounts_vendor_check;
/*postgresql*/ ALTER TABLE vendor_entities DROP CONSTRAINT vendor_entities_vendor_check;
/*postgresql*/ ALTER TABLE usage_imports DROP CONSTRAINT usage_imports_vendor_check;
/*postgresql*/ ALTER TABLE pricebooks DROP CONSTRAINT pricebooks_vendor_check;
/*postgresql*/ ALTER TABLE global_adjustments DROP CONSTRAINT global_adjustments_vendor_check;
/*postgresql*/ ALTER TABLE custom_charges DROP CONSTRAINT custom_charges_vendor_check;
/*postgresql*/ ALTER TABLE support_plans DROP CONSTRAINT support_plans_vendor_check;
/*postgresql*/ ALTER TABLE credits DROP CONSTRAINT credits_vendor_check;
/*postgresql*/ ALTER TABLE billing_runs DROP CONSTRAINT billing_runs_vendor_check;
/*postgresql*/ ALTER TABLE statements DROP CONSTRAINT statements_vendor_check;

-- An import's content key (re-issued months) is now made from a SHA-256 digest per usage
-- total, sorted, instead of every total written out in full: a tenth of the memory for a file
-- of many totals. Keys made before are made again, the new way, the first time an import of
-- their vendor needs them (ImportRecords::giveContentKeys).
UPDATE usage_imports SET content_sha256 = NULL;
