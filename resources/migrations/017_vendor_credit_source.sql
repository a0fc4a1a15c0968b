-- Schema 17: a customer credit issued from a vendor credit (Usage > Vendor Credits > Issue
-- as Customer Credit, issue 17) names the vendor credit it passes on: vendor, account,
-- period, product and currency (VendorCredit's key). One standing credit per vendor credit,
-- so two clerks on two desktops cannot pass the same vendor credit on twice; voiding the
-- credit frees the vendor credit to be issued again.
ALTER TABLE credits ADD COLUMN vendor_credit TEXT;
CREATE UNIQUE INDEX credits_vendor_credit ON credits (vendor_credit) WHERE vendor_credit IS NOT NULL AND voided_at IS NULL;
