-- Schema 14: a user belongs to a tenant or to one customer (issue 16). Neither set: the
-- user is the installation's (the distributor's staff) and sees every record. A user of a
-- tenant sees that tenant and every tenant below it; a user of a customer sees that customer
-- alone. Core applies the scope to every read of the connection (core/storage/scope.cpp);
-- such users read only, so they hold no privileges (core/users/user_service.cpp, which also
-- checks that the tenant or customer exists; tenants and customers are never deleted).
-- No foreign keys, so a database can be taken back to schema 13 by dropping the columns.
ALTER TABLE users ADD COLUMN tenant_id INTEGER;
ALTER TABLE users ADD COLUMN customer_id INTEGER;
