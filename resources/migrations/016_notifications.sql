-- Schema 16: the email sent when a statement becomes Open (issue 16, seed 001: Open "can
-- trigger an automated email notification"). Settings > Notifications keeps the SMTP server
-- in `settings` (never its password: that stays in the system keyring or is asked).
-- Per customer: the billing contact's address (empty: the customer's own email) and on/off.
CREATE TABLE customer_notifications (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    email TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
-- One email per approved statement, queued in the approval's transaction with its subject
-- and body already written; the sender sends the due ones and keeps trying a temporary
-- failure (next_attempt_at) until it is sent or failed for good. A resend queues a new row.
CREATE TABLE notifications (
    id {PK},
    statement_id INTEGER NOT NULL REFERENCES statements (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_reply TEXT NOT NULL DEFAULT '',
    queued_at TEXT NOT NULL,
    queued_by TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX notifications_due ON notifications (status, next_attempt_at);
CREATE INDEX notifications_statement ON notifications (statement_id);
CREATE INDEX notifications_customer ON notifications (customer_id);
-- The notification log: queued, sent, failed (with the server's answer), retry, resent.
CREATE TABLE notification_events (
    id {PK},
    notification_id INTEGER NOT NULL REFERENCES notifications (id),
    statement_id INTEGER NOT NULL REFERENCES statements (id),
    at TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('queued', 'sent', 'failed', 'retry', 'resent')),
    detail TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL
);
CREATE INDEX notification_events_statement ON notification_events (statement_id, id);
CREATE INDEX notification_events_notification ON notification_events (notification_id);
