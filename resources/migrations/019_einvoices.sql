-- Schema 19: e-invoices (issue 19). What EN 16931 and Peppol BIS Billing 3.0 need beyond
-- what a PDF prints: our legal name, VAT ID, registration, electronic address and bank
-- account (one row, like account_info), and per customer its VAT ID, electronic address,
-- buyer reference, whether it receives e-invoices, and the VAT category of what carries
-- no tax. einvoice_exports keeps every UBL file written: its SHA-256, and the e-invoice
-- data it was written from; the first export's data is what later exports of the same
-- document are written from, so they are the same file.
CREATE TABLE einvoice_seller (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name TEXT NOT NULL DEFAULT '',
    vat_id TEXT NOT NULL DEFAULT '',
    company_id TEXT NOT NULL DEFAULT '',
    endpoint_id TEXT NOT NULL DEFAULT '',
    endpoint_scheme TEXT NOT NULL DEFAULT '',
    iban TEXT NOT NULL DEFAULT '',
    bic TEXT NOT NULL DEFAULT '',
    vat_currency TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT,
    updated_by TEXT
);
INSERT INTO einvoice_seller (id) VALUES (1);
CREATE TABLE customer_einvoice (
    customer_id BIGINT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    receives INTEGER NOT NULL DEFAULT 0 CHECK (receives IN (0, 1)),
    vat_id TEXT NOT NULL DEFAULT '',
    endpoint_id TEXT NOT NULL DEFAULT '',
    endpoint_scheme TEXT NOT NULL DEFAULT '',
    buyer_reference TEXT NOT NULL DEFAULT '',
    tax_category TEXT NOT NULL DEFAULT '' CHECK (tax_category IN ('', 'Z', 'E', 'AE', 'K', 'G', 'O')),
    exemption_reason TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE TABLE einvoice_exports (
    id {PK},
    document_kind TEXT NOT NULL CHECK (document_kind IN ('statement', 'credit_memo', 'debit_memo')),
    document_id BIGINT NOT NULL,
    parties TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    exported_by TEXT NOT NULL
);
CREATE INDEX einvoice_exports_document ON einvoice_exports (document_kind, document_id, id);
