-- Schema 10: usage amounts as the vendors write them, up to 36 decimal places
-- (core/money/wide_decimal.h): Microsoft's amortized exports carry costs with 20 to 24.
-- SQLite keeps amounts as exact text already. On PostgreSQL NUMERIC(38,18) would round
-- them, so the usage columns widen; every stored value keeps its digits.
/*postgresql*/ ALTER TABLE usage_lines ALTER COLUMN quantity TYPE NUMERIC(56,36), ALTER COLUMN cost TYPE NUMERIC(56,36), ALTER COLUMN list_cost TYPE NUMERIC(56,36);
/*postgresql*/ ALTER TABLE usage_totals ALTER COLUMN cost TYPE NUMERIC(56,36);
