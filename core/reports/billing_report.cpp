#include "reports/billing_report.h"

#include "pricing/pricing_service.h"
#include "storage/database.h"
#include "usage/csv_reader.h"

#include <QHash>

#include <map>
#include <tuple>

namespace bursar::core {

Decimal applyPercent(Decimal amount, Decimal percent)
{
    // (100 + p) / 100 is exact: p has at most 6 decimals.
    const Decimal factor = (Decimal::fromInt(100) + percent).divided(Decimal::fromInt(100), Decimal::Scale, Rounding::HalfEven);
    return amount.multiplied(factor, Decimal::Scale, Rounding::HalfEven);
}

namespace {

Decimal stored(const QVariant &v)
{
    auto d = Decimal::parseVendor(v.toString().toUtf8());
    return d ? *d : Decimal::invalid();
}

QString percentText(Decimal p)
{
    return (p.isNegative() ? QString() : QStringLiteral("+")) + p.toString() + u'%';
}

struct RuleRow
{
    QString product;
    QString from;
    Decimal percent;
};

struct Provider
{
    qint64 pricebookId = 0;
    QString currency;
    bool enabled = false;
};

/// Everything that prices one vendor's usage, loaded once per report.
struct PriceList
{
    QHash<qint64, QString> pricebookNames;
    QHash<qint64, QList<RuleRow>> rules; // by pricebook, ordered by from_period
    QList<GlobalAdjustment> globals;
    QHash<qint64, Provider> providers;   // by customer
    QList<CustomCharge> charges;
    QList<SupportPlan> plans;

    struct Applied
    {
        Decimal percent;
        QString text;
    };
    /// The pricebook rule in force for `product` in `period`: an override beats the
    /// pricebook's own percent; the latest rule that has started wins.
    std::optional<Applied> rule(qint64 pricebookId, const QString &product, const QString &period) const
    {
        const RuleRow *own = nullptr, *override = nullptr;
        for (const RuleRow &r : rules.value(pricebookId)) {
            if (r.from > period)
                continue;
            if (r.product.isEmpty())
                own = &r;
            else if (r.product == product)
                override = &r;
        }
        const QString book = pricebookNames.value(pricebookId);
        if (override)
            return Applied{override->percent, BillingReportBuilder::tr("Pricebook %1, override for %2: %3 (from %4)")
                                                  .arg(book, product, percentText(override->percent), override->from)};
        if (own)
            return Applied{own->percent,
                           own->from == QLatin1String("0000-01")
                               ? BillingReportBuilder::tr("Pricebook %1: %2").arg(book, percentText(own->percent))
                               : BillingReportBuilder::tr("Pricebook %1: %2 (from %3)")
                                     .arg(book, percentText(own->percent), own->from)};
        return std::nullopt;
    }
};

bool inRange(const QString &from, const QString &to, const QString &period)
{
    return from <= period && (to.isEmpty() || period <= to);
}

QStringList periodsBetween(const QString &from, const QString &to)
{
    QStringList out;
    for (QString p = from; p <= to && out.size() < 1200; p = nextPeriod(p))
        out << p;
    return out;
}

} // namespace

Result<BillingReport> BillingReportBuilder::build(Vendor vendor, const QString &fromPeriod, const QString &toPeriod)
{
    if (!isPeriod(fromPeriod) || !isPeriod(toPeriod))
        return fail(tr("A period is written YYYY-MM, for example 2026-09; “%1” to “%2” is not.").arg(fromPeriod, toPeriod),
                    QStringLiteral("period"));
    if (fromPeriod > toPeriod)
        return fail(tr("The range starts (%1) after it ends (%2).").arg(fromPeriod, toPeriod), QStringLiteral("period"));
    const QString v = vendorKey(vendor);
    PriceList prices;
    {
        Sql q(m_db, QStringLiteral("SELECT id, name FROM pricebooks WHERE vendor = ?"));
        q.bind(v);
        if (Status s = q.exec(tr("reading pricebooks")); !s)
            return s.error();
        while (q.next())
            prices.pricebookNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    {
        Sql q(m_db, QStringLiteral("SELECT r.pricebook_id, r.product, r.from_period, r.percent FROM pricebook_rules r "
                                   "JOIN pricebooks p ON p.id = r.pricebook_id WHERE p.vendor = ? ORDER BY r.from_period"));
        q.bind(v);
        if (Status s = q.exec(tr("reading pricebook rules")); !s)
            return s.error();
        while (q.next())
            prices.rules[q.value(0).toLongLong()].append({q.value(1).toString(), q.value(2).toString(), stored(q.value(3))});
    }
    {
        Sql q(m_db, QStringLiteral("SELECT customer_id, pricebook_id, currency, enabled FROM customer_providers WHERE vendor = ?"));
        q.bind(v);
        if (Status s = q.exec(tr("reading Cloud Provider settings")); !s)
            return s.error();
        while (q.next())
            prices.providers.insert(q.value(0).toLongLong(),
                                    {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt() != 0});
    }
    PricingService pricing(m_db);
    if (auto g = pricing.globalAdjustments(vendor))
        prices.globals = *g;
    else
        return g.error();
    if (auto c = pricing.customCharges())
        for (const CustomCharge &charge : *c)
            if (charge.vendor == vendor)
                prices.charges << charge;
    if (auto p = pricing.supportPlans())
        for (const SupportPlan &plan : *p)
            if (plan.vendor == vendor)
                prices.plans << plan;

    BillingReport report;
    report.vendor = vendor;
    report.fromPeriod = fromPeriod;
    report.toPeriod = toPeriod;

    // (customer, currency) -> row; lines keyed by (type, product, marketplace, rule).
    using LineKey = std::tuple<QString, QString, bool, QString>;
    struct Building
    {
        BillingReportRow row;
        std::map<LineKey, BillingReportLine> lines;
        std::map<QString, Decimal> usagePriceByPeriod;
        bool hasPrice = true;
    };
    std::map<std::pair<qint64, QString>, Building> rows;
    QHash<qint64, QString> names;

    auto rowFor = [&](qint64 customer, const QString &currency) -> Building & {
        auto [it, inserted] = rows.try_emplace({customer, currency});
        if (inserted) {
            Building &b = it->second;
            b.row.customerId = customer;
            b.row.currency = currency;
            const auto provider = prices.providers.constFind(customer);
            QStringList problems;
            if (provider == prices.providers.constEnd() || provider->pricebookId == 0 ||
                !prices.pricebookNames.contains(provider->pricebookId)) {
                b.hasPrice = false;
                problems << tr("The customer with ID %1 does not have a pricebook for %2: set it in Customers > %1 > Cloud "
                               "Billing > Cloud Providers.")
                                .arg(displayCustomerId(customer), vendorName(vendor));
            } else {
                b.row.pricebook = prices.pricebookNames.value(provider->pricebookId);
            }
            if (provider == prices.providers.constEnd() || provider->currency.isEmpty())
                problems << tr("The customer with ID %1 does not have the currency %2 enabled: set the Invoice Currency "
                               "in Customers > %1 > Cloud Billing > Cloud Providers.")
                                .arg(displayCustomerId(customer), currency);
            else if (!provider->enabled)
                problems << tr("%1 is disabled for the customer with ID %2.").arg(vendorName(vendor), displayCustomerId(customer));
            b.row.problem = problems.join(u' ');
        }
        return it->second;
    };

    Sql q(m_db, QStringLiteral(
                    "SELECT va.customer_id, c.name, t.period, t.marketplace, t.product_type, t.product, t.currency, "
                    "t.lines, t.cost FROM usage_totals t "
                    "JOIN vendor_accounts va ON va.vendor = t.vendor AND va.account_id = t.account_id "
                    "JOIN customers c ON c.id = va.customer_id "
                    "WHERE t.vendor = ? AND t.period >= ? AND t.period <= ? AND t.kind IN ('usage', 'purchase', 'adjustment')"));
    q.bind(v).bind(fromPeriod).bind(toPeriod);
    if (Status s = q.exec(tr("reading usage totals")); !s)
        return s.error();
    while (q.next()) {
        const qint64 customer = q.value(0).toLongLong();
        const bool marketplace = q.value(3).toInt() != 0;
        if (marketplace && vendor == Vendor::Microsoft) {
            report.excludedMarketplaceLines += q.value(7).toLongLong();
            continue; // Azure Marketplace fees are not in the reports
        }
        if (!names.contains(customer))
            names.insert(customer, q.value(1).toString());
        const QString period = q.value(2).toString();
        const QString type = q.value(4).toString();
        const QString product = q.value(5).toString();
        const Decimal cost = stored(q.value(8));
        Building &b = rowFor(customer, q.value(6).toString());
        if (marketplace) {
            BillingReportLine &l = b.lines[{type, product, true, tr("Marketplace: passed through at cost")}];
            l.usageLines += q.value(7).toLongLong();
            l.cost += cost;
            l.price += cost;
            b.row.marketplace += cost;
            continue;
        }
        b.row.cost += cost;
        const auto provider = prices.providers.value(customer);
        const auto rule = b.hasPrice ? prices.rule(provider.pricebookId, product, period) : std::nullopt;
        if (b.hasPrice && !rule) {
            b.hasPrice = false;
            b.row.problem = QString(b.row.problem + u' ' +
                                    tr("The pricebook “%1” has no rule for %2 yet: its first rule starts later.")
                                        .arg(b.row.pricebook, period))
                                .trimmed();
        }
        Decimal price = rule ? applyPercent(cost, rule->percent) : Decimal();
        QString text = rule ? rule->text : tr("No pricebook");
        for (const GlobalAdjustment &g : std::as_const(prices.globals))
            if (rule && inRange(g.fromPeriod, g.toPeriod, period)) {
                price = applyPercent(price, g.percent);
                text += QStringLiteral("; ") + tr("%1: %2 (from %3)").arg(g.description, percentText(g.percent), g.fromPeriod);
            }
        BillingReportLine &l = b.lines[{type, product, false, text}];
        l.usageLines += q.value(7).toLongLong();
        l.cost += cost;
        l.price += price;
        b.row.price += price;
        b.usagePriceByPeriod[period] += price;
    }

    // Support plans and custom charges, per period, in their own currency.
    const QStringList periods = periodsBetween(fromPeriod, toPeriod);
    for (const SupportPlan &plan : std::as_const(prices.plans)) {
        for (const QString &period : periods) {
            if (!inRange(plan.fromPeriod, plan.toPeriod, period))
                continue;
            Building &b = rowFor(plan.customerId, plan.currency);
            const Decimal base = b.usagePriceByPeriod.count(period) ? b.usagePriceByPeriod[period] : Decimal();
            const Decimal share = base.multiplied(plan.percent, Decimal::Scale, Rounding::HalfEven)
                                      .divided(Decimal::fromInt(100), Decimal::Scale, Rounding::HalfEven);
            const bool minimum = share < plan.minimum;
            const Decimal amount = minimum ? plan.minimum : share;
            BillingReportLine &l =
                b.lines[{tr("Support"), plan.name, false,
                         minimum ? tr("Support plan %1: %2% of usage, minimum %3 %4 applied")
                                       .arg(plan.name, plan.percent.toString(), plan.minimum.toString(), plan.currency)
                                 : tr("Support plan %1: %2% of usage").arg(plan.name, plan.percent.toString())}];
            l.price += amount;
            b.row.support += amount;
            b.row.price += amount;
        }
    }
    for (const CustomCharge &charge : std::as_const(prices.charges)) {
        for (const QString &period : periods) {
            if (!inRange(charge.fromPeriod, charge.toPeriod, period))
                continue;
            Building &b = rowFor(charge.customerId, charge.currency);
            BillingReportLine &l = b.lines[{tr("Custom charges"), charge.description, false, tr("Custom charge, monthly")}];
            l.price += charge.amount;
            b.row.customCharges += charge.amount;
            b.row.price += charge.amount;
        }
    }

    // Names of customers that only have plans or charges.
    QList<qint64> missing;
    for (const auto &[key, b] : rows)
        if (!names.contains(key.first))
            missing << key.first;
    for (qint64 id : std::as_const(missing)) {
        Sql n(m_db, QStringLiteral("SELECT name FROM customers WHERE id = ?"));
        n.bind(id);
        if (Status s = n.exec(tr("reading customers")); !s)
            return s.error();
        names.insert(id, n.next() ? n.value(0).toString() : QString());
    }

    report.rows.reserve(qsizetype(rows.size()));
    for (auto &[key, b] : rows) {
        b.row.customerName = names.value(key.first);
        b.row.hasPrice = b.hasPrice;
        for (auto &[lineKey, line] : b.lines) {
            line.productType = std::get<0>(lineKey);
            line.product = std::get<1>(lineKey);
            line.marketplace = std::get<2>(lineKey);
            line.rule = std::get<3>(lineKey);
            b.row.lines.append(line);
        }
        report.rows.append(std::move(b.row));
    }

    Sql unmapped(m_db, QStringLiteral("SELECT t.account_id, t.currency, t.cost FROM usage_totals t WHERE t.vendor = ? AND "
                                      "t.period >= ? AND t.period <= ? AND t.kind IN ('usage', 'purchase', 'adjustment') "
                                      "AND NOT EXISTS (SELECT 1 FROM vendor_accounts va WHERE va.vendor = t.vendor AND "
                                      "va.account_id = t.account_id)"));
    unmapped.bind(v).bind(fromPeriod).bind(toPeriod);
    if (Status s = unmapped.exec(tr("finding unmapped accounts")); !s)
        return s.error();
    QSet<QString> accounts;
    std::map<QString, Decimal> unmappedCost;
    while (unmapped.next()) {
        accounts.insert(unmapped.value(0).toString());
        unmappedCost[unmapped.value(1).toString()] += stored(unmapped.value(2));
    }
    report.unmappedAccounts = accounts.size();
    for (const auto &[currency, cost] : unmappedCost)
        report.unmappedCost.append({currency, cost});
    return report;
}

QByteArray billingReportCsv(const QList<BillingReportRow> &rows)
{
    QByteArray out = "customer_id,customer,currency,pricebook,cost,price,margin,marketplace,support,custom_charges,problem\r\n";
    for (const BillingReportRow &r : rows) {
        const QByteArray price = r.hasPrice ? r.price.toUtf8() : QByteArray();
        const QByteArray margin = r.hasPrice ? r.margin().toUtf8() : QByteArray();
        out += QByteArray::number(r.customerId) + ',' + csvField(r.customerName) + ',' + r.currency.toUtf8() + ',' +
               csvField(r.pricebook) + ',' + r.cost.toUtf8() + ',' + price + ',' + margin + ',' + r.marketplace.toUtf8() +
               ',' + r.support.toUtf8() + ',' + r.customCharges.toUtf8() + ',' + csvField(r.problem) + "\r\n";
    }
    return out;
}

Result<QList<UsageLineView>> BillingReportBuilder::usageLines(Vendor vendor, qint64 customerId, const QString &fromPeriod,
                                                              const QString &toPeriod, int limit)
{
    Sql q(m_db, QStringLiteral("SELECT l.period, l.usage_date, l.account_id, l.kind, l.marketplace, l.product_type, "
                               "l.product, l.quantity, l.unit, l.currency, l.cost, i.file_name, l.line_no "
                               "FROM vendor_accounts va "
                               "JOIN usage_lines l ON l.vendor = va.vendor AND l.account_id = va.account_id "
                               "JOIN usage_imports i ON i.id = l.import_id "
                               "WHERE va.vendor = ? AND va.customer_id = ? AND l.period >= ? AND l.period <= ? "
                               "ORDER BY l.product_type, l.product, l.usage_date, l.import_id, l.line_no LIMIT ?"));
    q.bind(vendorKey(vendor)).bind(customerId).bind(fromPeriod).bind(toPeriod).bind(limit);
    if (Status s = q.exec(tr("reading usage lines")); !s)
        return s.error();
    QList<UsageLineView> out;
    while (q.next()) {
        UsageLineView l;
        l.period = q.value(0).toString();
        l.usageDate = q.value(1).toString();
        l.accountId = q.value(2).toString();
        l.kind = q.value(3).toString();
        l.marketplace = q.value(4).toInt() != 0;
        l.productType = q.value(5).toString();
        l.product = q.value(6).toString();
        l.quantity = q.value(7).isNull() ? QString() : stored(q.value(7)).toString();
        l.unit = q.value(8).toString();
        l.currency = q.value(9).toString();
        l.cost = stored(q.value(10));
        l.fileName = q.value(11).toString();
        l.lineNo = q.value(12).toLongLong();
        out.append(l);
    }
    return out;
}

} // namespace bursar::core
