-- Schema 2: gapless number series for statements and memos.
-- A series has a pattern such as INV-{YYYY}-{000000}; each period the pattern names (a year,
-- a month, or none) counts on its own. A number is taken inside the transaction of the
-- document that gets it, so a rolled-back document gives its number back.

CREATE TABLE number_series (
    series TEXT PRIMARY KEY,
    pattern TEXT NOT NULL
);

CREATE TABLE number_counters (
    series TEXT NOT NULL REFERENCES number_series (series),
    period TEXT NOT NULL,
    last_value BIGINT NOT NULL CHECK (last_value >= 0),
    PRIMARY KEY (series, period)
);
