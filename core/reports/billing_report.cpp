#include "core/reports/billing_report.h"

#include "core/calculators/rating.h"
#include "core/customers/customer.h"
#include "core/domain/billing_period.h"
#include "core/domain/charge_line.h"
#include "core/formats/csv.h"
#include "core/pricing/pricing_rules.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "core/usage/csv_reader.h"

#include <QHash>
#include <QSet>
#include <deque>
#include <map>
#include <numeric>
#include <tuple>

namespace bursar::core {

namespace {

struct Provider
{
    qint64 pricebookId = 0;
    QString currency;
    bool enabled = false;
};

/// What the report prices with, loaded once: the customers' Cloud Provider settings, their
/// custom charges and support plans. Rating itself is the Rater's (calculators/rating.h).
struct PriceList
{
    QHash<qint64, QString> pricebookNames;
    QList<PricebookRule> rules;
    QList<GlobalAdjustment> globals;
    QHash<qint64, Provider> providers; // by customer
    QList<CustomCharge> charges;
    QList<SupportPlan> plans;
};

QStringList periodsBetween(const QString &from, const QString &to)
{
    QStringList out;
    for (QString p = from; p <= to && out.size() < 1200; p = nextPeriod(p))
        out << p;
    return out;
}

/// Texts that repeat on every line (product types, products) as small numbers: lines are
/// matched by comparing integers, and each text is kept once.
struct Names
{
    QHash<QString, int> ids;
    QStringList texts;
    int id(const QString &text)
    {
        auto it = ids.constFind(text);
        if (it == ids.constEnd()) {
            it = ids.insert(text, int(texts.size()));
            texts << text;
        }
        return it.value();
    }
};

struct LineKey
{
    int productType;
    int product;
    bool marketplace;
    int rule; ///< index into PriceList::ruleTexts
    friend bool operator==(const LineKey &a, const LineKey &b)
    {
        return a.product == b.product && a.rule == b.rule && a.productType == b.productType &&
               a.marketplace == b.marketplace;
    }
};

/// One (customer, currency) row while the report is built.
struct Building
{
    BillingReportRow row;
    std::vector<std::pair<LineKey, BillingReportLine>> lines; // a customer has a handful: a scan beats a hash
    std::map<QString, Decimal> usagePriceByPeriod;
    bool hasPrice = true;
    int lastLine = -1; ///< index of the line line() returned last

    BillingReportLine &line(const LineKey &key, ChargeLineKind kind)
    {
        for (size_t i = 0; i < lines.size(); ++i)
            if (lines[i].first == key) {
                lastLine = int(i);
                return lines[i].second;
            }
        if (lines.empty())
            lines.reserve(16);
        lastLine = int(lines.size());
        BillingReportLine &l = lines.emplace_back(key, BillingReportLine{}).second;
        l.kind = kind;
        return l;
    }
};

/// "(1,2,3)": an SQL list of integers, for the few customers a billing run asks for.
QString integerList(const QSet<qint64> &ids)
{
    return idList(QList<qint64>(ids.cbegin(), ids.cend()));
}

/// Up to this many customers are read by their accounts; more read the whole period.
constexpr qsizetype FewCustomers = 2000;
/// Up to this many accounts are named in the usage query (a bound value each).
constexpr qsizetype FewAccounts = 1000;

/// One report while it is built: the prices it reads once, the rows it adds up, and the
/// texts it numbers. build() runs the steps in order.
struct Assembly
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::BillingReportBuilder)

public:
    Assembly(Database &db, Vendor reportVendor, const QString &from, const QString &to,
             const BillingReportOptions &reportOptions)
        : m_db(db), vendor(reportVendor), fromPeriod(from), toPeriod(to), options(reportOptions), v(vendorKey(vendor)),
          filtered(options.customers.has_value()), few(filtered && options.customers->size() <= FewCustomers),
          onlyCustomers(few ? QStringLiteral(" AND customer_id IN ") + integerList(*options.customers) : QString())
    {
        report.vendor = vendor;
        report.fromPeriod = fromPeriod;
        report.toPeriod = toPeriod;
    }

    bool wanted(qint64 customer) const { return !filtered || options.customers->contains(customer); }
    /// Pricebooks, rules, Cloud Provider settings, global adjustments, charges and plans.
    Status loadPrices();
    /// The row of a customer in a currency, made (with the customer's problems) on first use.
    Building &rowFor(qint64 customer, const QString &currency);
    /// The usage query's FROM and WHERE; the accounts it names, if any, are bound in order.
    QString usageSource(const QHash<QString, qint64> &customerOfAccount, QStringList &fewAccounts) const;
    /// Every usage total of the range, priced into its customer's row.
    Status readUsage();
    /// Support plans and custom charges, per period, in their own currency.
    void addPlansAndCharges();
    /// Names, order, and the lines sorted with their usage following them.
    Status finish();

    Database &m_db;
    Vendor vendor;
    QString fromPeriod, toPeriod;
    const BillingReportOptions &options;
    QString v;
    bool filtered, few;
    QString onlyCustomers;
    PriceList prices;
    BillingReport report;
    Names texts;
    std::vector<Building> rows;
    QHash<QPair<qint64, QString>, qsizetype> rowIndex;
    QHash<qint64, qsizetype> firstRowOf; // most customers have one currency: no string hashing for them
    std::optional<Rater> rater;
    int marketplaceRule = 0, noPricebookRule = 0;
    QSet<QString> unmappedAccounts;
    std::map<QString, Decimal> unmappedCost;
};

Status Assembly::loadPrices()
{
    {
        Sql q(m_db, QStringLiteral("SELECT id, name FROM pricebooks WHERE vendor = ?"));
        q.bind(v);
        if (Status s = q.exec(tr("reading pricebooks")); !s)
            return s;
        while (q.next())
            prices.pricebookNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    {
        Sql q(m_db,
              QStringLiteral("SELECT r.pricebook_id, r.product, r.from_period, r.percent FROM pricebook_rules r "
                             "JOIN pricebooks p ON p.id = r.pricebook_id WHERE p.vendor = ? ORDER BY r.from_period"));
        q.bind(v);
        if (Status s = q.exec(tr("reading pricebook rules")); !s)
            return s;
        while (q.next())
            prices.rules.append({0,
                                 q.value(0).toLongLong(),
                                 q.value(1).toString(),
                                 q.value(2).toString(),
                                 storedAmount(q.value(3)),
                                 {},
                                 {}});
    }
    {
        Sql q(m_db,
              QStringLiteral(
                  "SELECT customer_id, pricebook_id, currency, enabled FROM customer_providers WHERE vendor = ?") +
                  onlyCustomers);
        q.bind(v);
        if (Status s = q.exec(tr("reading Cloud Provider settings")); !s)
            return s;
        while (q.next())
            prices.providers.insert(q.value(0).toLongLong(),
                                    {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt() != 0});
    }
    PricingService pricing(m_db);
    if (auto g = pricing.globalAdjustments(vendor))
        prices.globals = *g;
    else
        return g.error();
    const std::optional<qint64> single =
        filtered && options.customers->size() == 1 ? std::optional<qint64>(*options.customers->cbegin()) : std::nullopt;
    if (auto c = pricing.customCharges(single))
        for (const CustomCharge &charge : *c)
            if (charge.vendor == vendor && wanted(charge.customerId))
                prices.charges << charge;
    if (auto p = pricing.supportPlans(single))
        for (const SupportPlan &plan : *p)
            if (plan.vendor == vendor && wanted(plan.customerId))
                prices.plans << plan;

    rows.reserve(size_t(prices.providers.size()) + 16);
    rater.emplace(prices.pricebookNames, prices.rules, prices.globals);
    marketplaceRule = rater->addText(tr("Marketplace: passed through at cost"));
    noPricebookRule = rater->addText(tr("No pricebook"));

    return success();
}

Building &Assembly::rowFor(qint64 customer, const QString &currency)
{
    if (auto first = firstRowOf.constFind(customer); first != firstRowOf.constEnd()) {
        if (rows[size_t(first.value())].row.currency == currency)
            return rows[size_t(first.value())];
        const auto key = qMakePair(customer, currency);
        if (auto it = rowIndex.constFind(key); it != rowIndex.constEnd())
            return rows[size_t(it.value())];
        rowIndex.insert(key, qsizetype(rows.size()));
    } else {
        firstRowOf.insert(customer, qsizetype(rows.size()));
    }
    Building &b = rows.emplace_back();
    b.row.customerId = customer;
    b.row.currency = currency;
    const auto provider = prices.providers.constFind(customer);
    // The currency first: it is the message clerks know (seed 001).
    QStringList problems;
    if (provider == prices.providers.constEnd() || provider->currency.isEmpty())
        problems << tr("The customer with ID %1 does not have the currency %2 enabled: set the Invoice Currency "
                       "in Customers > %1 > Cloud Billing > Cloud Providers.")
                        .arg(displayCustomerId(customer), currency);
    else if (!provider->enabled)
        problems
            << tr("%1 is disabled for the customer with ID %2.").arg(vendorName(vendor), displayCustomerId(customer));
    if (provider == prices.providers.constEnd() || provider->pricebookId == 0 ||
        !prices.pricebookNames.contains(provider->pricebookId)) {
        b.hasPrice = false;
        problems << tr("The customer with ID %1 does not have a pricebook for %2: set it in Customers > %1 > Cloud "
                       "Billing > Cloud Providers.")
                        .arg(displayCustomerId(customer), vendorName(vendor));
    } else {
        b.row.pricebook = prices.pricebookNames.value(provider->pricebookId);
    }
    b.row.problem = problems.join(u' ');
    return b;
}

/// Where the usage query reads from. The accounts themselves are named when there are few of
/// them, through their index: without statistics SQLite otherwise walks the whole period (the
/// table's key), and a billing run for one customer grows slower with every customer imported.
QString Assembly::usageSource(const QHash<QString, qint64> &customerOfAccount, QStringList &fewAccounts) const
{
    if (few && customerOfAccount.size() <= FewAccounts) {
        fewAccounts = customerOfAccount.keys();
        return QStringLiteral("FROM usage_totals t%1 WHERE t.vendor = ? AND t.period >= ? AND t.period <= ? AND "
                              "t.account_id IN (")
                   .arg(m_db.dialect() == Dialect::SQLite && !m_db.scoped() // a scope's view has no index
                            ? QStringLiteral(" INDEXED BY usage_totals_account")
                            : QString()) +
               QStringList(fewAccounts.size(), QStringLiteral("?")).join(u',') + u')';
    }
    if (few)
        return QStringLiteral("FROM vendor_accounts va JOIN usage_totals t ON t.vendor = va.vendor AND "
                              "t.account_id = va.account_id WHERE va.vendor = ? AND t.period >= ? AND "
                              "t.period <= ? AND va.customer_id IN ") +
               integerList(*options.customers);
    return QStringLiteral("FROM usage_totals t WHERE t.vendor = ? AND t.period >= ? AND t.period <= ?");
}

Status Assembly::readUsage()
{
    // The vendor's accounts in memory: one lookup in a hash per usage total instead of two
    // B-tree searches in the database.
    QHash<QString, qint64> customerOfAccount;
    {
        Sql a(m_db,
              QStringLiteral("SELECT account_id, customer_id FROM vendor_accounts WHERE vendor = ?") + onlyCustomers);
        a.bind(v);
        if (Status s = a.exec(tr("reading vendor accounts")); !s)
            return s;
        while (a.next())
            customerOfAccount.insert(a.value(0).toString(), a.value(1).toLongLong());
    }

    // A few customers are read through their accounts (the usage_totals_account index);
    // everyone, or many, as the period's whole range.
    const QString columns = QStringLiteral("SELECT t.account_id, t.period, t.marketplace, t.product_type, t.product, "
                                           "t.currency, t.lines, t.cost, t.import_id, t.total_no ");
    // A billing run leaves out usage billed already (an account that moved to another customer
    // after its statement): no usage is billed twice. Only a statement of this vendor and
    // period can have billed this usage, so without one there is nothing to leave out.
    bool billedBefore = false;
    if (options.withUsage) {
        Sql any(m_db,
                QStringLiteral("SELECT 1 FROM statements WHERE vendor = ? AND period >= ? AND period <= ? LIMIT 1"));
        any.bind(v).bind(fromPeriod).bind(toPeriod);
        if (Status s = any.exec(tr("reading statements")); !s)
            return s;
        billedBefore = any.next();
    }
    // A replaced import (a vendor's estimate, re-issued) no longer counts.
    const QString kinds = QStringLiteral(" AND t.kind IN ('usage', 'purchase', 'adjustment') AND t.replaced = 0") +
                          (billedBefore ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM statement_usage su WHERE "
                                                         "su.import_id = t.import_id AND su.total_no = t.total_no)")
                                        : QString());
    if (few && customerOfAccount.isEmpty())
        return success(); // none of these customers has an account of this vendor
    QStringList fewAccounts;
    const QString from = usageSource(customerOfAccount, fewAccounts);
    Sql q(m_db, columns + from + kinds);
    q.bind(v).bind(fromPeriod).bind(toPeriod);
    for (const QString &account : fewAccounts)
        q.bind(account);
    if (Status s = q.exec(tr("reading usage totals")); !s)
        return s;
    const bool onePeriod = fromPeriod == toPeriod;
    const bool withPlans = !prices.plans.isEmpty();
    while (q.next()) {
        const QString account = q.value(0).toString();
        const auto mapped = customerOfAccount.constFind(account);
        if (mapped == customerOfAccount.constEnd()) {
            if (!filtered) {
                unmappedAccounts.insert(account);
                unmappedCost[q.value(5).toString()] += storedWide(q.value(7)).toDecimal();
            }
            continue;
        }
        const qint64 customer = mapped.value();
        if (!few && filtered && !options.customers->contains(customer))
            continue;
        const bool marketplace = q.value(2).toInt() != 0;
        const qint64 lineCount = q.value(6).toLongLong();
        if (marketplace && !marketplaceFeesInReports(vendor)) {
            report.excludedMarketplaceLines += lineCount;
            continue; // Azure Marketplace fees are not in the reports
        }
        const QString period = onePeriod ? fromPeriod : q.value(1).toString();
        const QString product = q.value(4).toString();
        // Usage totals hold the vendor's amounts to 36 places; pricing works at 18, and this
        // is where a total enters it (HalfEven, the inside rounding of every multiplication).
        const Decimal cost = storedWide(q.value(7)).toDecimal();
        Building &b = rowFor(customer, q.value(5).toString());
        auto keep = [&](Decimal price) {
            if (options.withUsage)
                b.row.totals.append({q.value(8).toLongLong(), q.value(9).toInt(), account, b.lastLine, cost, price});
        };
        if (marketplace) {
            BillingReportLine &l =
                b.line(LineKey{texts.id(q.value(3).toString()), texts.id(product), true, marketplaceRule},
                       ChargeLineKind::Marketplace);
            l.usageLines += lineCount;
            l.cost += cost;
            l.price += cost;
            b.row.marketplace += cost;
            keep(cost);
            continue;
        }
        b.row.cost += cost;
        const int productId = texts.id(product);
        const std::optional<Rate> *rule = nullptr;
        if (b.hasPrice) {
            rule = &rater->rate(prices.providers.value(customer).pricebookId, productId, product, period);
            if (!*rule) {
                b.hasPrice = false;
                b.row.problem = QString(b.row.problem + u' ' +
                                        tr("The pricebook “%1” has no rule for %2 yet: its first rule starts later.")
                                            .arg(b.row.pricebook, period))
                                    .trimmed();
            }
        }
        Decimal price;
        int ruleId = noPricebookRule;
        if (b.hasPrice && rule && *rule) {
            price = rater->price(**rule, cost);
            ruleId = (*rule)->id;
        }
        BillingReportLine &l =
            b.line(LineKey{texts.id(q.value(3).toString()), productId, false, ruleId}, ChargeLineKind::Usage);
        l.usageLines += lineCount;
        l.cost += cost;
        l.price += price;
        b.row.price += price;
        keep(price);
        if (withPlans)
            b.usagePriceByPeriod[period] += price;
    }

    return success();
}

void Assembly::addPlansAndCharges()
{
    // Support plans and custom charges, per period, in their own currency.
    const QStringList periods = periodsBetween(fromPeriod, toPeriod);
    for (const SupportPlan &plan : std::as_const(prices.plans)) {
        for (const QString &period : periods) {
            if (!inForce(plan.fromPeriod, plan.toPeriod, period))
                continue;
            Building &b = rowFor(plan.customerId, plan.currency);
            const Decimal base = b.usagePriceByPeriod.count(period) ? b.usagePriceByPeriod[period] : Decimal();
            const SupportCharge charge = Rater::supportCharge(plan, base);
            BillingReportLine &l =
                b.line(LineKey{texts.id(tr("Support")), texts.id(plan.name), false, rater->addText(charge.text)},
                       ChargeLineKind::Support);
            l.price += charge.amount;
            b.row.support += charge.amount;
            b.row.price += charge.amount;
        }
    }
    const int customChargeRule = rater->addText(tr("Custom charge, monthly"));
    for (const CustomCharge &charge : std::as_const(prices.charges)) {
        for (const QString &period : periods) {
            if (!inForce(charge.fromPeriod, charge.toPeriod, period))
                continue;
            Building &b = rowFor(charge.customerId, charge.currency);
            BillingReportLine &l =
                b.line(LineKey{texts.id(tr("Custom charges")), texts.id(charge.description), false, customChargeRule},
                       ChargeLineKind::Custom);
            l.price += charge.amount;
            b.row.customCharges += charge.amount;
            b.row.price += charge.amount;
        }
    }
}

Status Assembly::finish()
{
    // Names, once per customer.
    QHash<qint64, QString> names;
    {
        QSet<qint64> named;
        for (const Building &b : rows)
            named.insert(b.row.customerId);
        Sql n(m_db, QStringLiteral("SELECT id, name FROM customers") +
                        (few ? QStringLiteral(" WHERE id IN ") + integerList(*options.customers) : QString()));
        if (Status s = n.exec(tr("reading customers")); !s)
            return s;
        while (n.next())
            if (const qint64 id = n.value(0).toLongLong(); named.contains(id))
                names.insert(id, n.value(1).toString());
    }

    // Which periods of the range are billed already, per customer: draft or approved.
    QHash<qint64, std::pair<int, int>> billed;
    {
        Sql q(m_db, QStringLiteral("SELECT customer_id, status FROM statements WHERE vendor = ? AND period >= ? "
                                   "AND period <= ?") +
                        onlyCustomers);
        q.bind(v);
        q.bind(fromPeriod);
        q.bind(toPeriod);
        if (Status s = q.exec(tr("reading the statements of the range")); !s)
            return s;
        while (q.next()) {
            auto &[draft, approved] = billed[q.value(0).toLongLong()];
            ++(q.value(1).toString() == QLatin1String("draft") ? draft : approved);
        }
    }

    std::sort(rows.begin(), rows.end(), [](const Building &a, const Building &b) {
        return a.row.customerId != b.row.customerId ? a.row.customerId < b.row.customerId
                                                    : a.row.currency < b.row.currency;
    });
    report.rows.reserve(qsizetype(rows.size()));
    for (Building &b : rows) {
        b.row.customerName = names.value(b.row.customerId);
        if (auto provider = prices.providers.constFind(b.row.customerId); provider != prices.providers.constEnd())
            b.row.invoiceCurrency = provider->currency;
        std::tie(b.row.draftStatements, b.row.approvedStatements) = billed.value(b.row.customerId);
        b.row.hasPrice = b.hasPrice;
        b.row.lines.reserve(qsizetype(b.lines.size()));
        for (auto &[key, value] : b.lines) {
            BillingReportLine line = value;
            line.productType = texts.texts.at(key.productType);
            line.product = texts.texts.at(key.product);
            line.marketplace = key.marketplace;
            line.rule = rater->text(key.rule);
            line.percents = rater->percents(key.rule);
            b.row.lines.append(line);
        }
        // Sorted through an index, so the usage totals can follow their lines.
        std::vector<int> order(b.lines.size());
        std::iota(order.begin(), order.end(), 0);
        const QList<BillingReportLine> &unsorted = b.row.lines;
        std::sort(order.begin(), order.end(), [&](int i, int j) {
            const BillingReportLine &x = unsorted.at(i), &y = unsorted.at(j);
            return std::tie(x.marketplace, x.productType, x.product, x.rule) <
                   std::tie(y.marketplace, y.productType, y.product, y.rule);
        });
        QList<BillingReportLine> sorted;
        sorted.reserve(unsorted.size());
        std::vector<int> position(order.size());
        for (size_t k = 0; k < order.size(); ++k) {
            position[size_t(order[k])] = int(k);
            sorted.append(unsorted.at(order[k]));
        }
        b.row.lines = std::move(sorted);
        for (BilledTotal &t : b.row.totals)
            t.line = position[size_t(t.line)];
        report.rows.append(std::move(b.row));
    }

    report.unmappedAccounts = unmappedAccounts.size();
    for (const auto &[currency, cost] : unmappedCost)
        report.unmappedCost.append({currency, cost});
    return success();
}

} // namespace

Result<BillingReport> BillingReportBuilder::build(Vendor vendor, const QString &fromPeriod, const QString &toPeriod,
                                                  const BillingReportOptions &options)
{
    if (!isPeriod(fromPeriod) || !isPeriod(toPeriod))
        return fail(
            tr("A period is written YYYY-MM, for example 2026-09; “%1” to “%2” is not.").arg(fromPeriod, toPeriod),
            QStringLiteral("period"));
    if (fromPeriod > toPeriod)
        return fail(tr("The range starts (%1) after it ends (%2).").arg(fromPeriod, toPeriod),
                    QStringLiteral("period"));
    Assembly a(m_db, vendor, fromPeriod, toPeriod, options);
    if (Status s = a.loadPrices(); !s)
        return s.error();
    if (Status s = a.readUsage(); !s)
        return s.error();
    a.addPlansAndCharges();
    if (Status s = a.finish(); !s)
        return s.error();
    return std::move(a.report);
}

} // namespace bursar::core
