#include "core/finance/ar_applications.h"

#include "core/customers/customer.h"
#include "core/finance/ar_checks.h"
#include "core/finance/ar_store.h"
#include "core/ledger/allocation_ledger.h"
#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QHash>

namespace bursar::core {

using ar_checks::checkTarget;
using ar_checks::Doc;
using ar_checks::kindName;
using ar_checks::label;
using ar_checks::readDoc;

Result<ArRef> ArApplications::resolve(const QString &reference)
{
    const QString ref = reference.trimmed();
    if (ref.startsWith(QLatin1String("statement:"))) {
        bool ok = false;
        const qint64 id = ref.mid(10).toLongLong(&ok);
        if (ok)
            return ArRef{QStringLiteral("statement"), id};
    }
    bool numeric = false;
    const qint64 id = ref.toLongLong(&numeric);
    if (numeric) {
        Sql q(m_db, QStringLiteral("SELECT kind FROM ar_documents WHERE id = ?"));
        q.bind(id);
        if (Status s = q.exec(tr("finding the document")); !s)
            return s.error();
        if (q.next())
            return ArRef{q.value(0).toString(), id};
    } else {
        Sql q(m_db, QStringLiteral("SELECT kind, id FROM ar_documents WHERE number = ? UNION ALL SELECT 'statement', "
                                   "id FROM statements WHERE number = ?"));
        q.bind(ref).bind(ref);
        if (Status s = q.exec(tr("finding the document")); !s)
            return s.error();
        if (q.next())
            return ArRef{q.value(0).toString(), q.value(1).toLongLong()};
    }
    return fail(tr("There is no document “%1”; give a number (INV-…, CM-…, DM-…, PAY-…), statement:ID for a "
                   "statement's ID, or a memo's or payment's ID.")
                    .arg(ref),
                QStringLiteral("document"));
}

Result<ArItem> ArApplications::item(const ArRef &ref)
{
    auto d = readDoc(m_db, ref);
    if (!d)
        return d.error();
    if (!d->exists)
        return fail(tr("There is no %1 %2.").arg(kindName(ref.kind)).arg(ref.id), QStringLiteral("document"));
    return d->item;
}

Result<ApplyPreview> ArApplications::preview(const ArRef &source, SplitPolicy policy)
{
    auto src = readDoc(m_db, source);
    if (!src)
        return src.error();
    if (!src->exists || (src->item.kind != u"credit_memo" && src->item.kind != u"payment"))
        return fail(tr("Only a credit memo or a payment is applied; %1 %2 is neither.")
                        .arg(kindName(source.kind))
                        .arg(source.id),
                    QStringLiteral("from"));
    ApplyPreview p;
    p.source = src->item;
    Sql q(m_db, QStringLiteral("SELECT 'statement', id, number, customer_id, currency, issue_date, due_date, total, "
                               "balance FROM statements WHERE customer_id = ? AND currency = ? AND status = 'open' "
                               "UNION ALL SELECT kind, id, number, customer_id, currency, doc_date, due_date, total, "
                               "applied FROM ar_documents WHERE customer_id = ? AND currency = ? AND kind = "
                               "'debit_memo' AND status = 'open'"));
    q.bind(src->item.customerId).bind(src->item.currency).bind(src->item.customerId).bind(src->item.currency);
    if (Status s = q.exec(tr("reading the outstanding documents")); !s)
        return s.error();
    while (q.next()) {
        ArItem r{q.value(0).toString(),   q.value(1).toLongLong(),  q.value(2).toString(),
                 q.value(3).toLongLong(), q.value(4).toString(),    storedDate(q.value(5)),
                 storedDate(q.value(6)),  storedAmount(q.value(7)), storedAmount(q.value(8))};
        if (r.kind == u"debit_memo")
            r.remaining = r.total - r.remaining;
        if (r.remaining.isPositive())
            p.receivables.append(r);
    }
    std::stable_sort(p.receivables.begin(), p.receivables.end(), ar_checks::dueFirst);
    p.amounts =
        split::amounts(p.source.remaining, p.receivables, policy, Currencies::lookup(p.source.currency).minorUnits);
    return p;
}

Status ArApplications::applyIn(const ArRef &source, const QList<ApplicationLine> &lines, QDate on, QList<qint64> &ids)
{
    QList<std::pair<QString, qint64>> touched{{QStringLiteral("ar"), source.id}};
    for (const ApplicationLine &l : lines)
        touched.append(
            {l.target.kind == u"statement" ? QStringLiteral("statement") : QStringLiteral("ar"), l.target.id});
    if (Status e = ar_store::lock(m_db, touched); !e)
        return e;
    auto src = readDoc(m_db, source);
    if (!src)
        return src.error();
    if (!src->exists)
        return fail(tr("There is no %1 %2 to apply.").arg(kindName(source.kind)).arg(source.id),
                    QStringLiteral("from"));
    if (src->item.kind != u"credit_memo" && src->item.kind != u"payment")
        return fail(tr("%1 cannot be applied: only a credit memo or a payment is applied to what a customer owes.")
                        .arg(label(*src)),
                    QStringLiteral("from"));
    if (src->status == u"hold")
        return fail(tr("%1 is Hold: release it first; only an Open credit memo is applied.").arg(label(*src)),
                    QStringLiteral("from"));
    if (lines.isEmpty())
        return fail(tr("%1: nothing to apply; name at least one document and an amount.").arg(label(*src)),
                    QStringLiteral("to"));
    if (!on.isValid())
        return fail(tr("%1: the application needs a date.").arg(label(*src)), QStringLiteral("date"));
    if (on < src->item.date)
        return fail(tr("%1 is dated %2; an application dated %3 would come before it. Date it %2 or later.")
                        .arg(label(*src), src->item.date.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                    QStringLiteral("date"));
    const Currency currency = Currencies::lookup(src->item.currency);
    Decimal total;
    QHash<QString, Decimal> perTarget;
    QList<NewAllocation> entries;
    QList<std::pair<QString, qint64>> settle{{src->item.kind, src->item.id}};
    for (const ApplicationLine &l : lines) {
        if (!l.amount.isPositive())
            return fail(tr("%1: the amount for %2 %3 must be above zero.")
                            .arg(label(*src), kindName(l.target.kind))
                            .arg(l.target.id),
                        QStringLiteral("amount"));
        if (l.amount.places() > currency.minorUnits)
            return fail(tr("%1: the amount %2 has %3 decimals; %4 has %5.")
                            .arg(label(*src), l.amount.toString())
                            .arg(l.amount.places())
                            .arg(currency.code)
                            .arg(currency.minorUnits),
                        QStringLiteral("amount"));
        auto target = readDoc(m_db, l.target);
        if (!target)
            return target.error();
        if (!target->exists)
            return fail(tr("There is no %1 %2 to apply to.").arg(kindName(l.target.kind)).arg(l.target.id),
                        QStringLiteral("to"));
        const ArItem &t = target->item;
        if (Status e = checkTarget(*src, *target, on); !e)
            return e;
        const QString key = t.kind + u':' + QString::number(t.id);
        perTarget[key] += l.amount;
        if (perTarget.value(key) > t.remaining)
            return fail(tr("%1 has a balance of %2 %3; %4 %3 cannot be applied to it. Apply at most %2.")
                            .arg(label(*target), t.remaining.toString(currency.minorUnits), t.currency,
                                 perTarget.value(key).toString(currency.minorUnits)),
                        QStringLiteral("amount"));
        total += l.amount;
        NewAllocation e;
        e.source = src->item.kind == u"payment" ? AllocationSource::Payment : AllocationSource::CreditMemo;
        e.sourceId = src->item.id;
        e.target = t.kind == u"statement" ? AllocationTarget::Statement : AllocationTarget::DebitMemo;
        e.targetId = t.id;
        e.amount = l.amount;
        e.on = on;
        e.reason = QStringLiteral("apply");
        entries.append(e);
        settle.append({t.kind, t.id});
    }
    if (total > src->item.remaining)
        return fail(tr("%1 has %2 %3 available; %4 %3 cannot be applied from it. Apply at most %2.")
                        .arg(label(*src), src->item.remaining.toString(currency.minorUnits), currency.code,
                             total.toString(currency.minorUnits)),
                    QStringLiteral("amount"));
    if (Status e = AllocationLedger(m_db).record(entries); !e)
        return e;
    Sql last(m_db, QStringLiteral("SELECT id FROM allocations WHERE source_kind = ? AND source_id = ? ORDER BY id "
                                  "DESC") +
                       limitClause({0, int(entries.size())}));
    last.bind(src->item.kind).bind(src->item.id);
    if (Status e = last.exec(tr("reading the applications")); !e)
        return e;
    while (last.next())
        ids.prepend(last.value(0).toLongLong());
    if (Status e = ar_store::settle(m_db, settle); !e)
        return e;
    QStringList parts;
    for (const NewAllocation &e : entries)
        parts << QStringLiteral("%1 %2 %3").arg(allocationTargetKey(e.target)).arg(e.targetId).arg(e.amount.toString());
    return m_db.audit(QStringLiteral("apply"), src->item.kind, QString::number(src->item.id),
                      QStringLiteral("on %1: %2").arg(on.toString(Qt::ISODate), parts.join(QStringLiteral(", "))));
}

Result<QList<qint64>> ArApplications::apply(const ArRef &source, const QList<ApplicationLine> &lines, QDate on)
{
    if (Status s = m_db.require(Privilege::ApplyArdocs, tr("apply credit memos and payments")); !s)
        return s.error();
    QList<qint64> ids;
    Status s = m_db.transaction([&]() -> Status {
        ids.clear();
        return applyIn(source, lines, on, ids);
    });
    if (!s)
        return s.error();
    return ids;
}

Status ArApplications::applyAutoIn(const ArRef &source, QDate on, SplitPolicy policy, QList<qint64> &ids)
{
    auto p = preview(source, policy);
    if (!p)
        return p.error();
    QList<ApplicationLine> lines;
    for (qsizetype i = 0; i < p->receivables.size(); ++i)
        if (p->amounts.at(i).isPositive())
            lines.append({ArRef{p->receivables.at(i).kind, p->receivables.at(i).id}, p->amounts.at(i)});
    if (!p->source.remaining.isPositive())
        return fail(tr("%1 %2 has nothing left to apply: its whole total is applied.")
                        .arg(kindName(p->source.kind), p->source.number),
                    QStringLiteral("from"));
    if (lines.isEmpty())
        return fail(tr("%1 %2: customer %3 owes nothing in %4 that it could pay.")
                        .arg(kindName(p->source.kind), p->source.number, displayCustomerId(p->source.customerId),
                             p->source.currency),
                    QStringLiteral("to"));
    return applyIn(source, lines, on, ids);
}

Result<QList<qint64>> ArApplications::applyAuto(const ArRef &source, QDate on, SplitPolicy policy)
{
    if (Status s = m_db.require(Privilege::ApplyArdocs, tr("apply credit memos and payments")); !s)
        return s.error();
    QList<qint64> ids;
    Status s = m_db.transaction([&]() -> Status {
        ids.clear();
        return applyAutoIn(source, on, policy, ids);
    });
    if (!s)
        return s.error();
    return ids;
}

Result<qint64> ArApplications::unapply(qint64 entryId, QDate on)
{
    if (Status s = m_db.require(Privilege::ApplyArdocs, tr("reverse applications")); !s)
        return s.error();
    qint64 reversalId = 0;
    Status s = m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("SELECT a.source_kind, a.source_id, a.target_kind, a.target_id, a.account_id, "
                                   "a.amount, a.on_date, a.reason, a.reverses_id, r.id, r.on_date FROM allocations a "
                                   "LEFT JOIN allocations r ON r.reverses_id = a.id WHERE a.id = ?"));
        q.bind(entryId);
        if (Status e = q.exec(tr("reading the application")); !e)
            return e;
        if (!q.next())
            return fail(tr("There is no application %1.").arg(entryId), QStringLiteral("application"));
        LedgerEntry entry;
        entry.id = entryId;
        const QString source = q.value(0).toString();
        if (source != u"credit_memo" && source != u"payment")
            return fail(tr("Application %1 is a credit applied by a billing run; it is returned by deleting the draft "
                           "statement, not by Unapply.")
                            .arg(entryId),
                        QStringLiteral("application"));
        entry.source = *allocationSourceFromKey(source);
        entry.sourceId = q.value(1).toLongLong();
        entry.target = allocationTargetFromKey(q.value(2).toString()).value_or(AllocationTarget::Statement);
        entry.targetId = q.value(3).toLongLong();
        entry.accountId = q.value(4).toString();
        entry.amount = storedAmount(q.value(5));
        entry.on = storedDate(q.value(6));
        if (!q.value(8).isNull())
            return fail(tr("Entry %1 is itself a reversal; apply the amount again instead.").arg(entryId),
                        QStringLiteral("application"));
        if (!q.value(9).isNull())
            return fail(tr("Application %1 was already reversed on %2 (entry %3).")
                            .arg(entryId)
                            .arg(q.value(10).toString())
                            .arg(q.value(9).toLongLong()),
                        QStringLiteral("application"));
        if (q.value(7).toString() == u"cancel")
            return fail(
                tr("Application %1 is what cancels a document with its reversing document; it stays.").arg(entryId),
                QStringLiteral("application"));
        if (!on.isValid() || on < entry.on)
            return fail(tr("Application %1 is dated %2; its reversal cannot be dated %3, before it.")
                            .arg(entryId)
                            .arg(entry.on.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                        QStringLiteral("date"));
        const QString targetKind = allocationTargetKey(entry.target);
        if (Status e = ar_store::lock(
                m_db,
                {{QStringLiteral("ar"), entry.sourceId},
                 {targetKind == u"statement" ? QStringLiteral("statement") : QStringLiteral("ar"), entry.targetId}});
            !e)
            return e;
        if (Status e = AllocationLedger(m_db).record({ledger::reversalOf(entry, on, QStringLiteral("unapply"))}); !e)
            return e;
        Sql id(m_db, QStringLiteral("SELECT id FROM allocations WHERE reverses_id = ?"));
        id.bind(entryId);
        if (Status e = id.exec(tr("reading the reversal")); !e)
            return e;
        reversalId = id.next() ? id.value(0).toLongLong() : 0;
        if (Status e = ar_store::settle(m_db, {{source, entry.sourceId}, {targetKind, entry.targetId}}); !e)
            return e;
        return m_db.audit(QStringLiteral("unapply"), source, QString::number(entry.sourceId),
                          QStringLiteral("application %1 (%2 %3 %4) reversed on %5")
                              .arg(entryId)
                              .arg(targetKind)
                              .arg(entry.targetId)
                              .arg(entry.amount.toString(), on.toString(Qt::ISODate)));
    });
    if (!s)
        return s.error();
    return reversalId;
}

Result<QList<ArApplication>> ArApplications::history(const ArRef &document)
{
    auto doc = readDoc(m_db, document);
    if (!doc)
        return doc.error();
    if (!doc->exists)
        return fail(tr("There is no %1 %2.").arg(kindName(document.kind)).arg(document.id));
    const bool asSource = doc->item.kind == u"credit_memo" || doc->item.kind == u"payment";
    Sql q(m_db,
          QStringLiteral(
              "SELECT a.id, a.source_kind, a.source_id, a.target_kind, a.target_id, a.amount, a.on_date, a.created_by, "
              "a.created_at, a.reason, a.reverses_id, r.id, src.number, CASE WHEN a.target_kind = 'statement' THEN "
              "(SELECT s.number FROM statements s WHERE s.id = a.target_id) ELSE (SELECT t.number FROM ar_documents t "
              "WHERE t.id = a.target_id) END FROM allocations a LEFT JOIN allocations r ON r.reverses_id = a.id LEFT "
              "JOIN ar_documents src ON src.id = a.source_id WHERE a.source_kind IN ('credit_memo', 'payment') AND ") +
              (asSource ? QStringLiteral("a.source_kind = ? AND a.source_id = ?")
                        : QStringLiteral("a.target_kind = ? AND a.target_id = ?")) +
              QStringLiteral(" ORDER BY a.on_date, a.id"));
    q.bind(doc->item.kind).bind(doc->item.id);
    if (Status e = q.exec(tr("reading the applications")); !e)
        return e.error();
    QList<ArApplication> out;
    Decimal left = doc->item.total;
    while (q.next()) {
        ArApplication a;
        a.entryId = q.value(0).toLongLong();
        a.source = {q.value(1).toString(), q.value(2).toLongLong()};
        a.target = {q.value(3).toString(), q.value(4).toLongLong()};
        a.amount = storedAmount(q.value(5));
        a.on = storedDate(q.value(6));
        a.by = q.value(7).toString();
        a.at = q.value(8).toString();
        a.reason = q.value(9).toString();
        a.reverses = q.value(10).toLongLong();
        a.reversedBy = q.value(11).toLongLong();
        a.sourceNumber = q.value(12).toString();
        a.targetNumber = q.value(13).toString();
        left -= a.amount;
        a.after = left;
        out.append(a);
    }
    return out;
}

} // namespace bursar::core
