#include "core/finance/aging.h"

#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QHash>
#include <map>

namespace bursar::core {

namespace {

QString key(const QString &kind, qint64 id)
{
    return kind + u':' + QString::number(id);
}

} // namespace

bool AgingReport::proven() const
{
    for (const auto &[fromRows, fromDocuments] : proof)
        if (fromRows != fromDocuments)
            return false;
    return true;
}

Result<QList<AgingDocument>> Aging::documents(QDate asOf, std::optional<qint64> customerId, const QString &currency,
                                              std::optional<qint64> tenantId)
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
    // Open items only: a document closed on or before the date has a balance of 0 then (its
    // closing date is its last application's), so history is never scanned.
    Sql q(m_db, QStringLiteral("SELECT 'statement', x.id, x.number, x.customer_id, x.currency, x.issue_date, "
                               "x.due_date, x.total, NULL, x.balance FROM statements x WHERE x.status <> "
                               "'draft' AND x.issue_date <= ? AND (x.closed_on IS NULL OR x.closed_on > ?)") +
                    filter +
                    QStringLiteral(" UNION ALL SELECT x.kind, x.id, x.number, x.customer_id, x.currency, x.doc_date, "
                                   "x.due_date, x.total, x.applied, NULL FROM ar_documents x WHERE x.status <> 'hold' "
                                   "AND x.doc_date <= ? AND (x.closed_on IS NULL OR x.closed_on > ?)") +
                    filter);
    q.bind(day).bind(day);
    for (const QVariant &b : filterBinds)
        q.bind(b);
    q.bind(day).bind(day);
    for (const QVariant &b : filterBinds)
        q.bind(b);
    if (Status s = q.exec(tr("reading the open documents")); !s)
        return s.error();
    QList<AgingDocument> docs;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        AgingDocument d;
        d.kind = q.value(0).toString();
        d.id = q.value(1).toLongLong();
        d.number = q.value(2).toString();
        d.customerId = q.value(3).toLongLong();
        d.currency = q.value(4).toString();
        d.date = storedDate(q.value(5));
        d.dueDate = storedDate(q.value(6));
        d.total = storedAmount(q.value(7));
        // Now: a statement's balance, a memo's or payment's applied amount.
        d.balance = d.kind == u"statement" ? storedAmount(q.value(9)) : d.total - storedAmount(q.value(8));
        index.insert(key(d.kind, d.id), docs.size());
        docs.append(d);
    }
    // Back to the date: undo the entries dated after it (the index on on_date reads only them).
    Sql later(m_db, QStringLiteral("SELECT source_kind, source_id, target_kind, target_id, amount FROM allocations "
                                   "WHERE on_date > ? AND source_kind IN ('credit_memo', 'payment')"));
    later.bind(day);
    if (Status s = later.exec(tr("reading the applications after the date")); !s)
        return s.error();
    while (later.next()) {
        const Decimal amount = storedAmount(later.value(4));
        if (auto it = index.constFind(key(later.value(0).toString(), later.value(1).toLongLong())); it != index.cend())
            docs[*it].balance += amount;
        if (auto it = index.constFind(key(later.value(2).toString(), later.value(3).toLongLong())); it != index.cend())
            docs[*it].balance += amount;
    }
    QList<AgingDocument> open;
    for (AgingDocument &d : docs) {
        if (d.balance.isZero())
            continue;
        if (d.kind == u"credit_memo" || d.kind == u"payment") {
            d.balance = -d.balance;
        } else {
            const qint64 late = d.dueDate.isValid() && asOf > d.dueDate ? d.dueDate.daysTo(asOf) : 0;
            d.bucket = agingBucket(late);
        }
        open.append(d);
    }
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

AgingReport Aging::aggregate(QDate asOf, const QList<AgingDocument> &documents,
                             const QHash<qint64, QString> &customerNames)
{
    AgingReport r;
    r.asOf = asOf;
    std::map<std::pair<qint64, QString>, AgingRow> rows;
    std::map<QString, AgingRow> totals;
    std::map<QString, Decimal> documentSums;
    for (const AgingDocument &d : documents) {
        AgingRow &row = rows[{d.customerId, d.currency}];
        AgingRow &total = totals[d.currency];
        row.customerId = d.customerId;
        row.customerName = customerNames.value(d.customerId);
        row.currency = total.currency = d.currency;
        if (d.bucket) {
            row.buckets[size_t(*d.bucket)] += d.balance;
            total.buckets[size_t(*d.bucket)] += d.balance;
        } else {
            row.unapplied += d.balance;
            total.unapplied += d.balance;
        }
        documentSums[d.currency] += d.balance;
    }
    for (auto &[k, row] : rows) {
        for (const Decimal &b : row.buckets)
            row.total += b;
        row.total += row.unapplied;
        r.rows.append(row);
    }
    for (auto &[currency, total] : totals) {
        Decimal fromRows;
        for (const AgingRow &row : std::as_const(r.rows))
            if (row.currency == currency)
                fromRows += row.total;
        for (const Decimal &b : total.buckets)
            total.total += b;
        total.total += total.unapplied;
        r.totals.append(total);
        r.proof.append({fromRows, documentSums[currency]});
    }
    return r;
}

Result<AgingReport> Aging::report(QDate asOf, std::optional<qint64> tenantId, std::optional<qint64> customerId)
{
    auto docs = documents(asOf, customerId, {}, tenantId);
    if (!docs)
        return docs.error();
    QHash<qint64, QString> names;
    QSet<qint64> ids;
    for (const AgingDocument &d : *docs)
        ids.insert(d.customerId);
    if (!ids.isEmpty()) {
        QStringList list;
        for (qint64 id : ids)
            list << QString::number(id);
        Sql q(m_db, QStringLiteral("SELECT id, name FROM customers WHERE id IN (%1)").arg(list.join(u',')));
        if (Status s = q.exec(tr("reading the customers' names")); !s)
            return s.error();
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return aggregate(asOf, *docs, names);
}

Result<QList<CustomerBalance>> Aging::balances(qint64 customerId, QDate asOf)
{
    auto docs = documents(asOf, customerId);
    if (!docs)
        return docs.error();
    std::map<QString, Decimal> sums;
    for (const AgingDocument &d : *docs)
        sums[d.currency] += d.balance;
    QList<CustomerBalance> out;
    for (const auto &[currency, balance] : sums)
        out.append({currency, balance});
    return out;
}

} // namespace bursar::core
