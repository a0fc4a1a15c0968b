-- Schema 13: services credits (issue 15; PRODUCT.md §8, seed 003). Prepaid
-- professional-services credits a customer buys (a purchase), typed in or created from an
-- opportunity's products, and redeemed against the milestones of the customer's projects.
--
-- Credits are whole numbers. Every movement of a purchase's credits is a row of the
-- allocation ledger (allocations, source 'services_purchase'): to a milestone ('milestone',
-- returned by a counter-entry), redeemed when the milestone is completed ('redemption',
-- target the milestone), expired ('expiry', target the purchase). So purchased = allocated
-- + redeemed + expired + available is read from the ledger, never kept beside it.
--
-- value_per_credit and paid_per_credit are exact (18 places): from an opportunity they are
-- the product's total / its credits (1,000.00 / 3 = 333.333...), rounded only where shown.
CREATE TABLE services_credit_opportunities (
    id {PK},
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    close_date TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX services_credit_opportunities_customer ON services_credit_opportunities (customer_id);

CREATE TABLE services_credit_products (
    id {PK},
    opportunity_id INTEGER NOT NULL REFERENCES services_credit_opportunities (id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    quantity {MONEY} NOT NULL,
    unit_price {MONEY} NOT NULL,
    credits INTEGER CHECK (credits IS NULL OR credits > 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX services_credit_products_opportunity ON services_credit_products (opportunity_id);

-- product_id is UNIQUE: one purchase per opportunity product, even when two clerks press
-- Create at once.
CREATE TABLE services_credit_purchases (
    id {PK},
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    start_date TEXT NOT NULL,
    expiry_date TEXT NOT NULL CHECK (expiry_date >= start_date),
    credits INTEGER NOT NULL CHECK (credits > 0),
    value_per_credit {MONEY} NOT NULL,
    paid_per_credit {MONEY} NOT NULL,
    description TEXT NOT NULL,
    currency TEXT NOT NULL,
    draft INTEGER NOT NULL CHECK (draft IN (0, 1)),
    product_id INTEGER UNIQUE REFERENCES services_credit_products (id),
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);
CREATE INDEX services_credit_purchases_customer ON services_credit_purchases (customer_id);
CREATE INDEX services_credit_purchases_expiry ON services_credit_purchases (expiry_date);

CREATE TABLE services_credit_projects (
    id {PK},
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX services_credit_projects_customer ON services_credit_projects (customer_id);

-- currency: as given when the milestone was added, or NULL (then the currency of its
-- allocations: a milestone never holds credits of two currencies).
CREATE TABLE services_credit_milestones (
    id {PK},
    project_id INTEGER NOT NULL REFERENCES services_credit_projects (id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    due_date TEXT,
    credits_required INTEGER NOT NULL CHECK (credits_required > 0),
    currency TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'completed')),
    completed_on TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX services_credit_milestones_project ON services_credit_milestones (project_id);

INSERT INTO settings (key, value) VALUES ('services_credits.paid_equals_value', '0');
INSERT INTO settings (key, value) VALUES ('services_credits.new_purchases_draft', '0');
INSERT INTO settings (key, value) VALUES ('services_credits.manual_allocation', '1');
INSERT INTO settings (key, value) VALUES ('services_credits.allocate_after_expiry', '0');
INSERT INTO settings (key, value) VALUES ('services_credits.grace_days', '0');

-- Whoever may manage users may grant these; they get them now, as every new privilege before.
INSERT INTO user_privileges (user_id, privilege)
SELECT user_id, 'MANAGE_SERVICES_CREDITS' FROM user_privileges WHERE privilege = 'MANAGE_USERS';
INSERT INTO user_privileges (user_id, privilege)
SELECT user_id, 'ALLOCATE_SERVICES_CREDITS' FROM user_privileges WHERE privilege = 'MANAGE_USERS';
