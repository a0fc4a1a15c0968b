#include "core/calculators/statement_calculator.h"

#include "core/json/records_json.h"
#include "core/money/currency.h"

#include <algorithm>
#include <map>

namespace bursar::core {

QList<std::pair<QString, Decimal>> splitOverAccounts(Decimal amount, QList<std::pair<QString, Decimal>> &buckets)
{
    QList<std::pair<QString, Decimal>> shares;
    Decimal left = amount;
    for (auto &[account, capacity] : buckets) {
        if (!left.isPositive())
            break;
        if (!capacity.isPositive())
            continue;
        const Decimal take = std::min(capacity, left);
        capacity -= take;
        left -= take;
        shares.append({account, take});
    }
    if (left.isPositive()) {
        const QString last = buckets.isEmpty() ? QString() : buckets.last().first;
        if (!shares.isEmpty() && shares.last().first == last)
            shares.last().second += left;
        else
            shares.append({last, left});
    }
    return shares;
}

QString statementPartyJson(const QString &name, const Contact &contact, const QString &region, const QString &state,
                           const QString &profile)
{
    return json::partyText(StatementParty{name, contact, region, state, profile});
}

namespace {

using AccountAmounts = std::map<QString, Decimal>;

/// The statement's lines from the report's rows, converted into the statement's currency at
/// full precision, with the usage behind each line and, for splitting credits, what each
/// vendor account's charges come to.
Status addLines(const StatementRun &ctx, qint64 customerId, const QList<const BillingReportRow *> &rows,
                bool splitUsage, bool splitMarketplace, CalculatedStatement &p, AccountAmounts &usageByAccount,
                AccountAmounts &marketplaceByAccount)
{
    for (const BillingReportRow *row : rows) {
        Decimal rate = Decimal::fromInt(1);
        QString converted;
        if (row->currency != p.currency) {
            const auto r = ExchangeRates::rateIn(ctx.rates, row->currency, p.currency, ctx.period.lastDay());
            if (!r)
                return fail(StatementCalculator::tr(
                                "The customer with ID %1 does not have the currency %2 enabled: its %3 invoice "
                                "currency is %4, and Settings > Exchange Rates has no %2 → %4 rate on or before "
                                "%5. Add the rate, or set the Invoice Currency to %2 in Customers > %1 > Cloud "
                                "Billing > Cloud Providers.")
                                .arg(displayCustomerId(customerId), row->currency, vendorName(ctx.vendor), p.currency,
                                     ctx.period.lastDay().toString(Qt::ISODate)),
                            QStringLiteral("exchange_rates"));
            rate = r->rate;
            p.exchangeBase = row->currency;
            p.exchangeRate = r->rate;
            p.exchangeDate = r->date;
            converted = StatementCalculator::tr("; converted from %1 at %2 (%3%4)")
                            .arg(row->currency, r->rate.toString(), r->date.toString(Qt::ISODate),
                                 r->inverted ? StatementCalculator::tr(", the inverse of the %1 → %2 rate")
                                                   .arg(p.currency, row->currency)
                                             : QString());
        }
        auto convert = [&](Decimal d) {
            return converted.isEmpty() ? d : d.multiplied(rate, Decimal::Scale, InsideRounding);
        };
        QList<int> lineNumbers(row->lines.size(), 0);
        for (qsizetype i = 0; i < row->lines.size(); ++i) {
            const BillingReportLine &l = row->lines.at(i);
            if (l.kind == ChargeLineKind::Marketplace && !ctx.options.marketplaceFees)
                continue; // not billed this time: its usage stays unbilled
            StatementLine line;
            line.lineNo = int(p.lines.size()) + 1;
            line.kind = l.kind;
            line.productType = l.productType;
            line.product = l.product;
            line.usageLines = l.usageLines;
            line.currency = row->currency;
            line.cost = l.cost;
            line.price = convert(l.price);
            line.rule = l.rule + converted;
            line.percents = l.percents;
            lineNumbers[i] = line.lineNo;
            if (l.kind == ChargeLineKind::Marketplace)
                p.marketplaceExact += line.price;
            else
                p.chargesExact += line.price;
            p.lines.append(line);
        }
        std::map<QString, Decimal> rowUsage, rowMarketplace; // in the row's currency, converted once per account
        for (const BilledTotal &t : row->totals) {
            const int lineNo = lineNumbers.value(t.line);
            if (lineNo == 0)
                continue;
            p.usage.append({t.importId, t.totalNo, lineNo});
            const bool market = row->lines.at(t.line).kind == ChargeLineKind::Marketplace;
            if (market ? splitMarketplace : splitUsage)
                (market ? rowMarketplace : rowUsage)[t.accountId] += t.price;
        }
        for (const auto &[account, amount] : rowUsage)
            usageByAccount[account] += convert(amount);
        for (const auto &[account, amount] : rowMarketplace)
            marketplaceByAccount[account] += convert(amount);
    }
    return success();
}

/// Credits in their order of use, manual ones on the charges and the marketplace credit on
/// marketplace fees, each split over the vendor accounts whose charges it pays.
void applyCredits(const StatementRun &ctx, QList<Credit> credits, const AccountAmounts &usageByAccount,
                  const AccountAmounts &marketplaceByAccount, CalculatedStatement &p)
{
    // Buckets: the accounts in order, then charges of no account (support, custom charges and
    // the rounding to the currency's units), so the buckets add up to the rounded charges.
    auto bucketsOf = [](const std::map<QString, Decimal> &byAccount, Decimal total) {
        QList<std::pair<QString, Decimal>> buckets;
        Decimal accounted;
        for (const auto &[account, amount] : byAccount) {
            buckets.append({account, amount});
            accounted += amount;
        }
        buckets.append({QString(), total - accounted});
        return buckets;
    };
    std::sort(credits.begin(), credits.end(), CreditService::usedBefore);
    auto apply = [&](CreditKind kind, Decimal owed, QList<std::pair<QString, Decimal>> buckets) {
        Decimal used;
        for (const Credit &c : std::as_const(credits)) {
            if (c.kind != kind || c.currency != p.currency || !c.usableFor(ctx.period.firstDay()))
                continue;
            const Decimal available = -c.remaining();
            const Decimal take = std::min(available, owed - used);
            if (!take.isPositive())
                continue;
            for (const auto &[account, share] : splitOverAccounts(take, buckets))
                p.allocations.append({c.id, account, -share});
            used += take;
            if (used == owed)
                break;
        }
        return -used;
    };
    if (ctx.options.applyCredits && p.charges.isPositive())
        p.credits = apply(CreditKind::Manual, p.charges, bucketsOf(usageByAccount, p.charges));
    if (ctx.options.marketplaceFees && ctx.options.marketplaceCredits && p.marketplace.isPositive())
        p.marketplaceCredits =
            apply(CreditKind::Marketplace, p.marketplace, bucketsOf(marketplaceByAccount, p.marketplace));
}

} // namespace

Result<CalculatedStatement> StatementCalculator::calculate(const StatementRun &ctx, qint64 customerId,
                                                           const StatementCustomer &info,
                                                           const QString &invoiceCurrency,
                                                           const QList<const BillingReportRow *> &rows,
                                                           QList<Credit> credits)
{
    Q_ASSERT(!rows.isEmpty());
    for (const BillingReportRow *row : rows)
        if (!row->problem.isEmpty())
            return fail(row->problem, QStringLiteral("cloud_providers"));
    const auto currency = Currencies::find(invoiceCurrency);
    if (!currency)
        return fail(tr("The customer with ID %1 does not have the currency %2 enabled: set the Invoice Currency in "
                       "Customers > %1 > Cloud Billing > Cloud Providers.")
                        .arg(displayCustomerId(customerId), rows.first()->currency),
                    QStringLiteral("cloud_providers"));
    CalculatedStatement p;
    p.customerId = customerId;
    p.customerName = info.name;
    p.currency = currency->code;
    p.pricebook = rows.first()->pricebook;
    p.terms = info.terms;
    p.region = info.region;
    p.state = info.state;
    p.seller = ctx.seller;
    p.customer = statementPartyJson(info.name, info.hasProfile ? info.profileContact : info.contact, info.region,
                                    info.state, info.profileName);

    // Account buckets of charges (for splitting credits per account), in statement currency;
    // only needed when a credit can be applied.
    bool manualCredits = false, marketplaceCredits = false;
    for (const Credit &c : std::as_const(credits))
        if (c.currency == p.currency && c.usableFor(ctx.period.firstDay()) && c.remaining().isNegative())
            (c.kind == CreditKind::Manual ? manualCredits : marketplaceCredits) = true;
    const bool splitUsage = ctx.options.applyCredits && manualCredits;
    const bool splitMarketplace = ctx.options.marketplaceFees && ctx.options.marketplaceCredits && marketplaceCredits;
    AccountAmounts usageByAccount, marketplaceByAccount;
    if (Status s =
            addLines(ctx, customerId, rows, splitUsage, splitMarketplace, p, usageByAccount, marketplaceByAccount);
        !s)
        return s.error();
    p.charges = p.chargesExact.rounded(currency->minorUnits, ShownRounding);
    p.marketplace = p.marketplaceExact.rounded(currency->minorUnits, ShownRounding);
    if (p.charges.isNegative() || p.marketplace.isNegative())
        return fail(tr("The customer with ID %1 has net %2 charges of %3 %4 for %5 (refunds exceed the usage); a "
                       "statement never goes below 0.00. Add the amount as a credit on the customer's profile "
                       "instead.")
                        .arg(displayCustomerId(customerId), vendorName(ctx.vendor),
                             (p.charges.isNegative() ? p.charges : p.marketplace).toString(), p.currency,
                             ctx.period.toString()),
                    QStringLiteral("credits"));

    applyCredits(ctx, std::move(credits), usageByAccount, marketplaceByAccount, p);

    if (ctx.options.includeTax) {
        const Decimal base = p.charges + p.credits + p.marketplace + p.marketplaceCredits;
        const TaxResult t =
            tax::onBase(base, ctx.taxTable, info.region, info.state, ctx.period.lastDay(), currency->minorUnits);
        p.taxes = t.lines;
        p.tax = t.total;
    }
    p.total = p.charges + p.credits + p.marketplace + p.marketplaceCredits + p.tax;
    if (!p.total.isValid())
        return fail(tr("The customer with ID %1: the statement's amounts exceed Bursar's range.")
                        .arg(displayCustomerId(customerId)));
    return p;
}

} // namespace bursar::core
