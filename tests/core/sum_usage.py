#!/usr/bin/env python3
"""Independent exact sums of a usage file's cost column, for the import tests.

Reads the file with Python's csv module and sums with the decimal module, so it shares no
code with Bursar's reader. Prints one line per (account, product, currency): the account
as Bursar maps it ("/subscriptions/<guid>" -> <guid>), tab-separated, and the exact sum.
Rows whose cost cell is the AWS Free Tier benefit are skipped, as Bursar disregards them.
"""
import csv
import decimal
import sys

decimal.getcontext().prec = 60
# Per format: the account, product, currency and cost columns, each as the names the
# vendors have used for it over the years (the first one present is read; case does not
# matter, as Microsoft's newer exports write camelCase).
COLUMNS = {
    "focus": (["SubAccountId"], ["ServiceName"], ["BillingCurrency"], ["BilledCost"]),
    "aws-cur": (["lineItem/UsageAccountId"], ["product/ProductName"], ["lineItem/CurrencyCode"],
                ["lineItem/UnblendedCost"]),
    "azure": (["SubscriptionGuid", "SubscriptionId"], ["ProductName", "Product"],
              ["BillingCurrencyCode", "BillingCurrency"], ["CostInBillingCurrency", "Cost"]),
    "partner-center": (["SubscriptionId"], ["ProductName"], ["BillingCurrency"], ["BillingPreTaxTotal"]),
}


def pick(fieldnames, alternatives):
    by_lower = {name.strip().lower(): name for name in fieldnames}
    for name in alternatives:
        if name.lower() in by_lower:
            return by_lower[name.lower()]
    sys.exit(f"none of {alternatives} in the header")


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    # --skip-provider NAME leaves a FOCUS provider's rows out; --per-provider prints
    # "provider<TAB>currency<TAB>sum" lines instead.
    rest = sys.argv[3:]
    skip = {rest[i + 1].casefold() for i in range(len(rest)) if rest[i] == "--skip-provider"}
    per_provider = "--per-provider" in rest
    sums = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        account_col, product_col, currency_col, cost_col = (pick(reader.fieldnames, a) for a in COLUMNS[fmt])
        for row in reader:
            if fmt == "aws-cur" and "free tier" in row.get("lineItem/LineItemDescription", "").lower():
                continue
            provider = row.get("ProviderName", "").strip() if fmt == "focus" else ""
            if provider.casefold() in skip:
                continue
            if per_provider:
                key = (provider, "", row[currency_col].strip().upper())
                sums[key] = sums.get(key, decimal.Decimal(0)) + decimal.Decimal(row[cost_col])
                continue
            account = row[account_col].strip()
            if account.lower().startswith("/subscriptions/"):
                account = account[len("/subscriptions/"):].split("/")[0].lower()
            key = (account, row[product_col].strip(), row[currency_col].strip().upper())
            sums[key] = sums.get(key, decimal.Decimal(0)) + decimal.Decimal(row[cost_col])
    for (account, product, currency), total in sorted(sums.items()):
        if per_provider:
            print(f"{account}\t{currency}\t{format(total.normalize(), 'f')}")
        else:
            print(f"{account}\t{product}\t{currency}\t{format(total.normalize(), 'f')}")


if __name__ == "__main__":
    main()
