#include "core/servicescredits/services_credit_report.h"

#include "core/ledger/allocation_ledger.h"
#include "core/servicescredits/services_credit_rows.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QSet>
#include <algorithm>
#include <map>

namespace bursar::core {

namespace {

/// What the reports need of a purchase.
struct Row
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QString currency;
    QDate start, expiry;
    qint64 credits = 0;
    Decimal value, paid;

    CreditsAndValue worth(const Decimal &n) const
    {
        return {n, value.multiplied(n, Decimal::Scale, Rounding::HalfUp),
                paid.multiplied(n, Decimal::Scale, Rounding::HalfUp)};
    }
};

Result<QList<Row>> readRows(Database &db, const QString &where, const QVariantList &binds)
{
    Sql q(db, QStringLiteral("SELECT p.id, p.customer_id, c.name, p.currency, p.start_date, p.expiry_date, "
                             "p.credits, p.value_per_credit, p.paid_per_credit FROM services_credit_purchases p JOIN "
                             "customers c ON c.id = p.customer_id WHERE p.draft = 0") +
                  where + QStringLiteral(" ORDER BY c.name, p.customer_id, p.currency, p.id"));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(ServicesCreditReport::tr("reading services credits purchases")); !s)
        return s.error();
    QList<Row> rows;
    while (q.next())
        rows << Row{q.value(0).toLongLong(), q.value(1).toLongLong(),  q.value(2).toString(),
                    q.value(3).toString(),   storedDate(q.value(4)),   storedDate(q.value(5)),
                    q.value(6).toLongLong(), storedAmount(q.value(7)), storedAmount(q.value(8))};
    return rows;
}

} // namespace

Result<qint64> ServicesCreditReport::customerBalanceCount(QDate asOf)
{
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT customer_id, currency FROM "
                               "services_credit_purchases WHERE draft = 0") +
                    (asOf.isValid() ? QStringLiteral(" AND start_date <= ?") : QString()) + QStringLiteral(") k"));
    if (asOf.isValid())
        q.bind(asOf.toString(Qt::ISODate));
    if (Status s = q.exec(tr("counting services credits balances")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<CustomerCreditsBalance>> ServicesCreditReport::customerBalances(QDate asOf, Page page,
                                                                             std::optional<qint64> customerId)
{
    QString rowWhere, unitWhere = QStringLiteral("s.draft = 0");
    QVariantList binds;
    if (asOf.isValid()) {
        rowWhere = QStringLiteral(" AND p.start_date <= ?");
        unitWhere += QStringLiteral(" AND s.start_date <= ?");
        binds << asOf.toString(Qt::ISODate);
    }
    if (customerId) {
        rowWhere += QStringLiteral(" AND p.customer_id = ?");
        unitWhere += QStringLiteral(" AND s.customer_id = ?");
        binds << *customerId;
    }
    QSet<QString> wanted; // the page's customer/currency lines
    if (page.limit >= 0) {
        // A page of customers and currencies, then only their purchases.
        Sql keys(m_db, QStringLiteral("SELECT p.customer_id, p.currency FROM services_credit_purchases p JOIN "
                                      "customers c ON c.id = p.customer_id WHERE p.draft = 0") +
                           rowWhere +
                           QStringLiteral(" GROUP BY p.customer_id, p.currency, c.name ORDER BY c.name, "
                                          "p.customer_id, p.currency") +
                           limitClause(page));
        for (const QVariant &b : binds)
            keys.bind(b);
        if (Status s = keys.exec(tr("reading services credits balances")); !s)
            return s.error();
        QList<qint64> customers;
        while (keys.next()) {
            if (customers.isEmpty() || customers.last() != keys.value(0).toLongLong())
                customers << keys.value(0).toLongLong();
            wanted.insert(keys.value(0).toString() + u'/' + keys.value(1).toString());
        }
        if (customers.isEmpty())
            return QList<CustomerCreditsBalance>();
        rowWhere += QStringLiteral(" AND p.customer_id IN ") + idList(customers);
        unitWhere += QStringLiteral(" AND s.customer_id IN ") + idList(customers);
    }
    auto rows = readRows(m_db, rowWhere, binds);
    if (!rows)
        return rows.error();
    auto units = services_credits::unitsWhere(m_db, unitWhere, binds, asOf);
    if (!units)
        return units.error();
    QList<CustomerCreditsBalance> out;
    for (const Row &r : *rows) {
        if (out.isEmpty() || out.last().customerId != r.customerId || out.last().currency != r.currency) {
            out << CustomerCreditsBalance{};
            out.last().customerId = r.customerId;
            out.last().customerName = r.customerName;
            out.last().currency = r.currency;
        }
        CustomerCreditsBalance &b = out.last();
        const CreditUnits u = units->value(r.id, CreditUnits{Decimal::fromInt(r.credits), {}, {}, {}});
        ++b.purchases;
        b.units.purchased += u.purchased;
        b.units.allocated += u.allocated;
        b.units.redeemed += u.redeemed;
        b.units.expired += u.expired;
        b.available += r.worth(u.available());
        b.outstanding += r.worth(u.available() + u.allocated);
    }
    // The page's first and last customer may have currencies beyond it: keep the page's own lines.
    if (page.limit >= 0)
        out.removeIf([&](const CustomerCreditsBalance &b) {
            return !wanted.contains(QString::number(b.customerId) + u'/' + b.currency);
        });
    return out;
}

Result<QList<ExpiringCredits>> ServicesCreditReport::expiring(QDate asOf, int days)
{
    auto rows = readRows(m_db, QStringLiteral(" AND p.expiry_date >= ? AND p.expiry_date <= ?"),
                         {asOf.toString(Qt::ISODate), asOf.addDays(days).toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    for (const Row &r : *rows)
        ids << r.id;
    auto units = servicesCreditUnits(m_db, ids);
    if (!units)
        return units.error();
    QList<ExpiringCredits> out;
    for (const Row &r : *rows) {
        const CreditUnits u = units->value(r.id);
        const Decimal left = u.available() + u.allocated;
        if (!left.isPositive())
            continue;
        out << ExpiringCredits{
            r.id, r.customerId, r.customerName, r.currency, r.expiry, int(asOf.daysTo(r.expiry)), r.worth(left)};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ExpiringCredits &a, const ExpiringCredits &b) { return a.expiryDate < b.expiryDate; });
    return out;
}

Result<RollForward> ServicesCreditReport::rollForward(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(tr("The roll-forward needs a period: a from date on or before the to date."),
                    QStringLiteral("period"));
    auto rows = readRows(m_db, QStringLiteral(" AND p.start_date <= ?"), {to.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    // Redemptions and expiries up to the period's end, by purchase and by before/within.
    struct Moves
    {
        Decimal redeemedBefore, expiredBefore, redeemed, expired;
    };
    QHash<qint64, Moves> moves;
    {
        Sql q(m_db, QStringLiteral("SELECT source_id, target_kind, amount, on_date FROM allocations WHERE "
                                   "source_kind = 'services_purchase' AND target_kind IN ('redemption', 'expiry') AND "
                                   "on_date <= ?"));
        q.bind(to.toString(Qt::ISODate));
        if (Status s = q.exec(tr("reading allocations")); !s)
            return s.error();
        const QString first = from.toString(Qt::ISODate);
        while (q.next()) {
            Moves &m = moves[q.value(0).toLongLong()];
            const bool redemption = q.value(1).toString() == QLatin1String("redemption");
            const bool before = q.value(3).toString() < first;
            const Decimal n = storedAmount(q.value(2));
            (redemption ? (before ? m.redeemedBefore : m.redeemed) : (before ? m.expiredBefore : m.expired)) += n;
        }
    }
    RollForward out;
    out.from = from;
    out.to = to;
    std::map<QString, RollForwardLine> totals;
    for (const Row &r : *rows) {
        if (out.lines.isEmpty() || out.lines.last().customerId != r.customerId ||
            out.lines.last().currency != r.currency) {
            out.lines << RollForwardLine{};
            out.lines.last().customerId = r.customerId;
            out.lines.last().customerName = r.customerName;
            out.lines.last().currency = r.currency;
        }
        RollForwardLine &l = out.lines.last();
        const Moves m = moves.value(r.id);
        const Decimal credits = Decimal::fromInt(r.credits);
        const bool before = r.start < from;
        const CreditsAndValue opening = r.worth(before ? credits - m.redeemedBefore - m.expiredBefore : Decimal());
        const CreditsAndValue purchased = r.worth(before ? Decimal() : credits);
        const CreditsAndValue redeemed = r.worth(m.redeemed), expired = r.worth(m.expired);
        const CreditsAndValue closing = r.worth(credits - m.redeemedBefore - m.expiredBefore - m.redeemed - m.expired);
        for (RollForwardLine *t : {&l, &totals[r.currency]}) {
            t->opening += opening;
            t->purchased += purchased;
            t->redeemed += redeemed;
            t->expired += expired;
            t->closing += closing;
        }
        totals[r.currency].currency = r.currency;
    }
    for (const auto &[currency, line] : totals)
        out.totals << line;
    return out;
}

} // namespace bursar::core
