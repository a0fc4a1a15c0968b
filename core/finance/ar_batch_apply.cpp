// Auto-applying a month's payments in one batch, in sets: per 500 sources one read of the
// sources, one of their customers' outstanding documents, the default split in memory, the
// ledger entries and the audit rows in multi-row inserts and the documents settled by one
// UPDATE per 500. The checks and messages are Apply's (ar_checks), so a batch refuses
// exactly what applying the sources one by one would.
#include "core/customers/customer.h"
#include "core/finance/ar_applications.h"
#include "core/finance/ar_checks.h"
#include "core/finance/ar_store.h"
#include "core/ledger/allocation_ledger.h"
#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"

#include <QHash>
#include <map>

namespace bursar::core {

using ar_checks::Doc;
using ar_checks::kindName;
using ar_checks::label;

namespace {

/// Sources per round: each round reads what the rounds before it wrote.
constexpr qsizetype Round = 500;

using Key = std::pair<qint64, QString>; // customer, currency

/// One round of the batch while it runs.
struct BatchRound
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ArApplications)

public:
    Database &db;
    QDate on;
    SplitPolicy policy;
    AutoApplyResult &result;
    QHash<qint64, Doc> sources;
    std::map<Key, QList<Doc>> owed; ///< per customer and currency, oldest due first
    QList<NewAllocation> entries;
    QList<std::pair<QString, qint64>> touched;
    QList<std::pair<const Doc *, QStringList>> audit; ///< per source that paid, its applications

    Status read(const QList<ArRef> &refs);
    /// The split of one source; a source with nothing to pay is reported and skipped, a
    /// refused application (dated too early) fails the batch.
    Status plan(const ArRef &ref);
    Status write();
};

Status BatchRound::read(const QList<ArRef> &refs)
{
    QList<qint64> ids;
    for (const ArRef &r : refs)
        if (r.kind != u"statement")
            ids.append(r.id);
    if (ids.isEmpty())
        return success();
    const QString list = idList(ids);
    const bool pg = db.dialect() == Dialect::PostgreSQL;
    // On PostgreSQL the sources and their customers' debit memos are locked in one ID order,
    // then the statements: as a single Apply does, so two clerks wait for each other, never
    // deadlock.
    if (pg) {
        Sql lock(db, QStringLiteral("SELECT id FROM ar_documents WHERE id IN %1 OR (kind = 'debit_memo' AND status = "
                                    "'open' AND customer_id IN (SELECT customer_id FROM ar_documents WHERE id IN "
                                    "%1)) ORDER BY id FOR UPDATE")
                         .arg(list));
        if (Status s = lock.exec(tr("locking the documents")); !s)
            return s;
    }
    Sql q(db, QStringLiteral("SELECT id, number, customer_id, currency, doc_date, due_date, total, applied, status, "
                             "kind FROM ar_documents WHERE id IN ") +
                  list);
    if (Status s = q.exec(tr("reading the credit memos and payments")); !s)
        return s;
    QList<qint64> customers;
    while (q.next()) {
        const Doc d = ar_checks::docFromRow(q);
        sources.insert(d.item.id, d);
        if (!customers.contains(d.item.customerId))
            customers.append(d.item.customerId);
    }
    if (customers.isEmpty())
        return success();
    const QString who = idList(customers);
    if (pg) {
        Sql lock(db, QStringLiteral("SELECT id FROM statements WHERE status = 'open' AND customer_id IN %1 ORDER BY id "
                                    "FOR UPDATE")
                         .arg(who));
        if (Status s = lock.exec(tr("locking the statements")); !s)
            return s;
    }
    // What each customer's sources in this round could pay: under oldest due first, the
    // receivables after the ones that add up to it get nothing, so they are stepped over
    // unread. The query's order is the split's: due date (none first, as QDate sorts), ID,
    // then, for a statement and a debit memo of the same ID, the date and the statement.
    std::map<Key, Decimal> need;
    const bool onlyNeeded = policy == SplitPolicy::OldestDueFirst;
    for (const Doc &d : std::as_const(sources))
        if (d.item.remaining.isPositive())
            need[{d.item.customerId, d.item.currency}] += d.item.remaining;
    Sql o(db, QStringLiteral("SELECT id, number, customer_id, currency, issue_date, due_date, total, balance, status, "
                             "'statement', 0 FROM statements WHERE status = 'open' AND customer_id IN %1 UNION ALL "
                             "SELECT id, number, customer_id, currency, doc_date, due_date, total, applied, status, "
                             "kind, 1 FROM ar_documents WHERE kind = 'debit_memo' AND status = 'open' AND customer_id "
                             "IN %1 ORDER BY 3, 4, 6 NULLS FIRST, 1, 5, 11")
                  .arg(who));
    if (Status s = o.exec(tr("reading the outstanding documents")); !s)
        return s;
    std::map<Key, Decimal> found;
    while (o.next()) {
        const Key key{o.value(2).toLongLong(), o.value(3).toString()};
        if (onlyNeeded) {
            auto n = need.find(key);
            if (n == need.end() || found[key] >= n->second)
                continue;
        }
        const Doc d = ar_checks::docFromRow(o);
        if (d.item.remaining.isPositive()) {
            found[key] += d.item.remaining;
            owed[key].append(d);
        }
    }
    for (auto &[key, docs] : owed)
        std::stable_sort(docs.begin(), docs.end(),
                         [](const Doc &a, const Doc &b) { return ar_checks::dueFirst(a.item, b.item); });
    return success();
}

Status BatchRound::plan(const ArRef &ref)
{
    auto it = ref.kind == u"statement" ? sources.end() : sources.find(ref.id);
    if (it == sources.end() || (it->item.kind != u"credit_memo" && it->item.kind != u"payment")) {
        result.skipped.append({ref, tr("Only a credit memo or a payment is applied; %1 %2 is neither.")
                                        .arg(kindName(it == sources.end() ? ref.kind : it->item.kind))
                                        .arg(ref.id)});
        return success();
    }
    Doc &src = *it;
    if (!src.item.remaining.isPositive()) {
        result.skipped.append({ref, tr("%1 %2 has nothing left to apply: its whole total is applied.")
                                        .arg(kindName(src.item.kind), src.item.number)});
        return success();
    }
    QList<Doc> &docs = owed[{src.item.customerId, src.item.currency}];
    QList<ArItem> items;
    items.reserve(docs.size());
    for (const Doc &d : std::as_const(docs))
        items.append(d.item);
    const Currency currency = Currencies::lookup(src.item.currency);
    const QList<Decimal> amounts = split::amounts(src.item.remaining, items, policy, currency.minorUnits);
    if (std::none_of(amounts.cbegin(), amounts.cend(), [](const Decimal &a) { return a.isPositive(); })) {
        result.skipped.append({ref, tr("%1 %2: customer %3 owes nothing in %4 that it could pay.")
                                        .arg(kindName(src.item.kind), src.item.number,
                                             displayCustomerId(src.item.customerId), src.item.currency)});
        return success();
    }
    if (src.status == u"hold") {
        result.skipped.append(
            {ref, tr("%1 is Hold: release it first; only an Open credit memo is applied.").arg(label(src))});
        return success();
    }
    if (on < src.item.date)
        return fail(tr("%1 is dated %2; an application dated %3 would come before it. Date it %2 or later.")
                        .arg(label(src), src.item.date.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                    QStringLiteral("date"));
    for (qsizetype i = 0; i < docs.size(); ++i)
        if (amounts.at(i).isPositive())
            if (Status e = ar_checks::checkTarget(src, docs.at(i), on); !e)
                return e;
    QStringList parts;
    const AllocationSource from =
        src.item.kind == u"payment" ? AllocationSource::Payment : AllocationSource::CreditMemo;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const Decimal amount = amounts.at(i);
        if (!amount.isPositive())
            continue;
        ArItem &t = docs[i].item;
        NewAllocation e;
        e.source = from;
        e.sourceId = src.item.id;
        e.target = t.kind == u"statement" ? AllocationTarget::Statement : AllocationTarget::DebitMemo;
        e.targetId = t.id;
        e.amount = amount;
        e.on = on;
        e.reason = QStringLiteral("apply");
        entries.append(e);
        touched.append({t.kind, t.id});
        parts << QStringLiteral("%1 %2 %3").arg(allocationTargetKey(e.target)).arg(t.id).arg(amount.toString());
        t.remaining -= amount;
        src.item.remaining -= amount;
    }
    docs.removeIf([](const Doc &d) { return !d.item.remaining.isPositive(); });
    touched.append({src.item.kind, src.item.id});
    audit.append({&src, parts});
    ++result.applied;
    return success();
}

Status BatchRound::write()
{
    if (entries.isEmpty())
        return success();
    Sql before(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM allocations"));
    if (Status s = before.exec(tr("reading the applications")); !s)
        return s;
    const qint64 after = before.next() ? before.value(0).toLongLong() : 0;
    if (Status s = AllocationLedger(db).record(entries); !s)
        return s;
    // The sources are locked by this transaction: entries from them newer than `after` are its own.
    QList<qint64> paid;
    for (const auto &[src, parts] : std::as_const(audit))
        paid.append(src->item.id);
    Sql ids(db, QStringLiteral("SELECT id FROM allocations WHERE id > ? AND source_kind IN ('credit_memo', 'payment') "
                               "AND source_id IN ") +
                    idList(paid) + QStringLiteral(" ORDER BY id"));
    ids.bind(after);
    if (Status s = ids.exec(tr("reading the applications")); !s)
        return s;
    while (ids.next())
        result.applications.append(ids.value(0).toLongLong());
    if (Status s = ar_store::settle(db, touched); !s)
        return s;
    const QString at = nowUtc();
    for (const auto &[src, parts] : std::as_const(audit))
        if (Status s =
                db.auditAt(at, QStringLiteral("apply"), src->item.kind, QString::number(src->item.id),
                           QStringLiteral("on %1: %2").arg(on.toString(Qt::ISODate), parts.join(QStringLiteral(", "))));
            !s)
            return s;
    return success();
}

} // namespace

Result<AutoApplyResult> ArApplications::applyAutoAll(const QList<ArRef> &sources, QDate on, SplitPolicy policy)
{
    if (Status s = m_db.require(Privilege::ApplyArdocs, tr("apply credit memos and payments")); !s)
        return s.error();
    if (!on.isValid())
        return fail(tr("The applications need a date."), QStringLiteral("date"));
    AutoApplyResult result;
    Status s = m_db.transaction([&]() -> Status {
        result = {};
        for (qsizetype from = 0; from < sources.size(); from += Round) {
            const QList<ArRef> refs = sources.mid(from, Round);
            BatchRound round{m_db, on, policy, result, {}, {}, {}, {}, {}};
            if (Status e = round.read(refs); !e)
                return e;
            for (const ArRef &ref : refs)
                if (Status e = round.plan(ref); !e)
                    return e;
            if (Status e = round.write(); !e)
                return e;
        }
        return success();
    });
    if (!s)
        return s.error();
    return result;
}

} // namespace bursar::core
