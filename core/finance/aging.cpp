#include "core/finance/aging.h"

#include "core/customers/customer_service.h"
#include "core/formats/csv.h"
#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QHash>
#include <map>

namespace bursar::core {

namespace {

} // namespace

QString agingBucketKey(AgingBucket b)
{
    switch (b) {
    case AgingBucket::Current:
        return QStringLiteral("current");
    case AgingBucket::Days1To30:
        return QStringLiteral("days_1_30");
    case AgingBucket::Days31To60:
        return QStringLiteral("days_31_60");
    case AgingBucket::Days61To90:
        return QStringLiteral("days_61_90");
    case AgingBucket::Over90:
        return QStringLiteral("over_90");
    }
    Q_UNREACHABLE();
}

QByteArray agingCsv(const AgingReport &report)
{
    QStringList header{QStringLiteral("customer_id"), QStringLiteral("customer_name"), QStringLiteral("currency")};
    for (int b = 0; b < AgingBucketCount; ++b)
        header << agingBucketKey(AgingBucket(b));
    header << QStringLiteral("unapplied") << QStringLiteral("total");
    QByteArray out = header.join(u',').toUtf8() + "\r\n";
    auto line = [&out](const AgingRow &r, const QString &id) {
        const int units = Currencies::lookup(r.currency).minorUnits;
        QStringList cells{id, r.customerName, r.currency};
        for (const Decimal &b : r.buckets)
            cells << b.toString(units);
        cells << r.unapplied.toString(units) << r.total.toString(units);
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += (i ? "," : "") + csvField(cells.at(i));
        out += "\r\n";
    };
    for (const AgingRow &r : report.rows)
        line(r, QString::number(r.customerId));
    for (const AgingRow &r : report.totals)
        line(r, QStringLiteral("total"));
    return out;
}

bool AgingReport::proven() const
{
    for (const auto &[fromRows, fromDocuments] : proof)
        if (fromRows != fromDocuments)
            return false;
    return true;
}

Status Aging::readLater(QDate asOf, Later &later)
{
    // The index on on_date reads only the entries after the day; none for today.
    Sql q(m_db, QStringLiteral("SELECT source_id, target_kind, target_id, amount FROM allocations WHERE "
                               "on_date > ? AND source_kind IN ('credit_memo', 'payment')"));
    q.bind(asOf.toString(Qt::ISODate));
    if (Status s = q.exec(tr("reading the applications after the date")); !s)
        return s;
    while (q.next()) {
        const Decimal amount = storedAmount(q.value(3));
        later.documents[q.value(0).toLongLong()] += amount;
        if (q.value(1).toString() == u"statement")
            later.statements[q.value(2).toLongLong()] += amount;
        else
            later.documents[q.value(2).toLongLong()] += amount;
    }
    return success();
}

Status Aging::scan(QDate asOf, std::optional<qint64> customerId, const QString &currency,
                   std::optional<qint64> tenantId, bool withNumbers,
                   const std::function<void(const AgingDocument &)> &each,
                   std::optional<std::pair<qint64, qint64>> range, const Later *laterRead)
{
    if (!asOf.isValid())
        return fail(tr("The aging needs a date to be as of (YYYY-MM-DD)."), QStringLiteral("as_of"));
    const QString day = asOf.toString(Qt::ISODate);
    QString filter;
    QVariantList filterBinds;
    if (customerId) {
        filter += QStringLiteral(" AND x.customer_id = ?");
        filterBinds << *customerId;
    }
    if (range) {
        filter += QStringLiteral(" AND x.customer_id BETWEEN ? AND ?");
        filterBinds << range->first << range->second;
    }
    if (!currency.isEmpty()) {
        filter += QStringLiteral(" AND x.currency = ?");
        filterBinds << currency;
    }
    if (tenantId) {
        auto tenants = CustomerService(m_db).tenantSubtree(*tenantId);
        if (!tenants)
            return tenants.error();
        QStringList ids;
        for (qint64 t : *tenants)
            ids << QString::number(t);
        filter += QStringLiteral(" AND x.customer_id IN (SELECT id FROM customers WHERE tenant_id IN (%1))")
                      .arg(ids.isEmpty() ? QStringLiteral("0") : ids.join(u','));
    }
    // Back to the date: what the entries dated after it moved, per document.
    Later own;
    if (!laterRead) {
        if (Status s = readLater(asOf, own); !s)
            return s;
        laterRead = &own;
    }
    const QHash<qint64, Decimal> &laterOnStatements = laterRead->statements;
    const QHash<qint64, Decimal> &laterOnDocuments = laterRead->documents;
    // A range of customers is read through the per-customer indexes (SQLite, without
    // statistics, would walk every open item of the covering indexes instead).
    // A scoped connection reads views, which have no indexes to name.
    const bool byCustomer = range && m_db.dialect() == Dialect::SQLite && !m_db.scoped();
    const QString statementsIndex = byCustomer ? QStringLiteral(" INDEXED BY statements_aging") : QString();
    const QString documentsIndex = byCustomer ? QStringLiteral(" INDEXED BY ar_documents_customer") : QString();
    // Open items only: a document closed on or before the date has a balance of 0 then (its
    // closing date is its last application's), so history is never scanned.
    const QString number = withNumbers ? QStringLiteral("x.number") : QStringLiteral("NULL");
    Sql q(m_db, QStringLiteral("SELECT 'statement', x.id, %1, x.customer_id, x.currency, x.issue_date, x.due_date, "
                               "x.total, x.balance FROM statements x%2 WHERE x.status <> 'draft' AND x.issue_date <= ? "
                               "AND (x.closed_on IS NULL OR x.closed_on > ?)")
                        .arg(number, statementsIndex) +
                    filter +
                    QStringLiteral(" UNION ALL SELECT x.kind, x.id, %1, x.customer_id, x.currency, x.doc_date, "
                                   "x.due_date, x.total, x.applied FROM ar_documents x%2 WHERE x.status <> "
                                   "'hold' AND x.doc_date <= ? AND (x.closed_on IS NULL OR x.closed_on > ?)")
                        .arg(number, documentsIndex) +
                    filter);
    for (int part = 0; part < 2; ++part) {
        q.bind(day).bind(day);
        for (const QVariant &b : filterBinds)
            q.bind(b);
    }
    if (Status s = q.exec(tr("reading the open documents")); !s)
        return s;
    AgingDocument d;
    while (q.next()) {
        d.kind = q.value(0).toString();
        d.id = q.value(1).toLongLong();
        d.number = q.value(2).toString();
        d.customerId = q.value(3).toLongLong();
        d.currency = q.value(4).toString();
        d.date = storedDate(q.value(5));
        d.dueDate = storedDate(q.value(6));
        d.total = storedAmount(q.value(7));
        const bool statement = d.kind == u"statement";
        // A statement keeps its balance, a memo or payment its applied amount.
        d.balance = statement ? storedAmount(q.value(8)) : d.total - storedAmount(q.value(8));
        const auto &later = statement ? laterOnStatements : laterOnDocuments;
        if (auto it = later.constFind(d.id); it != later.cend())
            d.balance += *it;
        if (d.balance.isZero())
            continue;
        d.bucket.reset();
        if (d.kind == u"credit_memo" || d.kind == u"payment") {
            d.balance = -d.balance;
        } else {
            const qint64 late = d.dueDate.isValid() && asOf > d.dueDate ? d.dueDate.daysTo(asOf) : 0;
            d.bucket = agingBucket(late);
        }
        each(d);
    }
    return success();
}

Result<QList<AgingDocument>> Aging::documents(QDate asOf, std::optional<qint64> customerId, const QString &currency,
                                              std::optional<qint64> tenantId)
{
    QList<AgingDocument> open;
    if (Status s =
            scan(asOf, customerId, currency, tenantId, true, [&open](const AgingDocument &d) { open.append(d); });
        !s)
        return s.error();
    std::stable_sort(open.begin(), open.end(), [](const AgingDocument &a, const AgingDocument &b) {
        if (a.customerId != b.customerId)
            return a.customerId < b.customerId;
        if (a.currency != b.currency)
            return a.currency < b.currency;
        if (a.dueDate != b.dueDate)
            return a.dueDate.isValid() && (!b.dueDate.isValid() || a.dueDate < b.dueDate);
        return a.date < b.date;
    });
    return open;
}

Aging::Aggregator::Aggregator(QDate asOf) : m_asOf(asOf) {}

void Aging::Aggregator::add(const AgingDocument &d)
{
    AgingRow &row = m_rows[{d.customerId, d.currency}];
    if (row.currency.isEmpty()) {
        row.customerId = d.customerId;
        row.currency = d.currency;
        m_customers.insert(d.customerId);
    }
    if (d.bucket)
        row.buckets[size_t(*d.bucket)] += d.balance;
    else
        row.unapplied += d.balance;
    m_documentSums[d.currency] += d.balance;
}

AgingReport Aging::Aggregator::finish(const QHash<qint64, QString> &customerNames) const
{
    AgingReport r;
    r.asOf = m_asOf;
    std::map<QString, AgingRow> totals;
    std::map<QString, Decimal> fromRows;
    for (auto [k, row] : m_rows) {
        row.customerName = customerNames.value(row.customerId);
        for (const Decimal &b : row.buckets)
            row.total += b;
        row.total += row.unapplied;
        AgingRow &total = totals[row.currency];
        total.currency = row.currency;
        for (int b = 0; b < AgingBucketCount; ++b)
            total.buckets[size_t(b)] += row.buckets[size_t(b)];
        total.unapplied += row.unapplied;
        total.total += row.total;
        fromRows[row.currency] += row.total;
        r.rows.append(row);
    }
    for (const auto &[currency, total] : totals) {
        r.totals.append(total);
        r.proof.append({fromRows[currency], m_documentSums.at(currency)});
    }
    return r;
}

AgingReport Aging::aggregate(QDate asOf, const QList<AgingDocument> &documents,
                             const QHash<qint64, QString> &customerNames)
{
    Aggregator sums(asOf);
    for (const AgingDocument &d : documents)
        sums.add(d);
    return sums.finish(customerNames);
}

Result<QHash<qint64, QString>> Aging::customerNames(const QSet<qint64> &ids)
{
    QHash<qint64, QString> names;
    if (ids.isEmpty())
        return names;
    Sql q(m_db, QStringLiteral("SELECT id, name FROM customers WHERE id IN ") + idList(ids.values()));
    if (Status s = q.exec(tr("reading the customers' names")); !s)
        return s.error();
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

Result<AgingReport> Aging::report(QDate asOf, std::optional<qint64> tenantId, std::optional<qint64> customerId)
{
    // Aggregated while reading: the open items of a million documents are never held.
    Aggregator sums(asOf);
    if (Status s = scan(asOf, customerId, {}, tenantId, false, [&sums](const AgingDocument &d) { sums.add(d); }); !s)
        return s.error();
    auto names = customerNames(sums.customers());
    if (!names)
        return names.error();
    return sums.finish(*names);
}

Result<AgingReport> Aging::firstRows(QDate asOf, std::optional<qint64> tenantId, int rows)
{
    if (!asOf.isValid())
        return fail(tr("The aging needs a date to be as of (YYYY-MM-DD)."), QStringLiteral("as_of"));
    QString sql = QStringLiteral("SELECT id FROM customers");
    if (tenantId) {
        auto tenants = CustomerService(m_db).tenantSubtree(*tenantId);
        if (!tenants)
            return tenants.error();
        sql += QStringLiteral(" WHERE tenant_id IN ") + idList(*tenants);
    }
    Sql q(m_db, sql + QStringLiteral(" ORDER BY id"));
    if (Status s = q.exec(tr("reading the customers")); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    Later later;
    if (Status s = readLater(asOf, later); !s)
        return s.error();
    constexpr qsizetype chunk = 100;
    Aggregator sums(asOf);
    bool partial = false;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        if (sums.rowCount() >= rows) {
            partial = true;
            break;
        }
        const std::pair<qint64, qint64> range{ids.at(from), ids.at(std::min(ids.size(), from + chunk) - 1)};
        if (Status s = scan(
                asOf, std::nullopt, {}, tenantId, false, [&sums](const AgingDocument &d) { sums.add(d); }, range,
                &later);
            !s)
            return s.error();
    }
    auto names = customerNames(sums.customers());
    if (!names)
        return names.error();
    AgingReport out = sums.finish(*names);
    out.partial = partial;
    return out;
}

Result<QList<CustomerBalance>> Aging::balances(qint64 customerId, QDate asOf)
{
    std::map<QString, Decimal> sums;
    if (Status s = scan(asOf, customerId, {}, std::nullopt, false,
                        [&sums](const AgingDocument &d) { sums[d.currency] += d.balance; });
        !s)
        return s.error();
    QList<CustomerBalance> out;
    for (const auto &[currency, balance] : sums)
        out.append({currency, balance});
    return out;
}

} // namespace bursar::core
