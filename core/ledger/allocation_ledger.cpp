#include "core/ledger/allocation_ledger.h"

#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QSet>

namespace bursar::core {

namespace {

constexpr qsizetype IdsPerQuery = 500;

/// The source's own record: where its issued amount lives.
struct SourceTable
{
    const char *table;
    const char *amount;
};

SourceTable sourceTable(AllocationSource s)
{
    switch (s) {
    case AllocationSource::Credit:
        return {"credits", "amount"};
    case AllocationSource::CreditMemo:
    case AllocationSource::Payment:
        return {"ar_documents", "total"};
    case AllocationSource::ServicesPurchase:
        return {"services_credit_purchases", "credits"};
    }
    Q_UNREACHABLE();
}

QString idList(QList<qint64>::const_iterator from, QList<qint64>::const_iterator to)
{
    QStringList parts;
    for (auto it = from; it != to; ++it)
        parts << QString::number(*it);
    return u'(' + parts.join(u',') + u')';
}

const QString EntryColumns = QStringLiteral(
    "a.id, a.source_kind, a.source_id, a.target_kind, a.target_id, a.account_id, a.amount, a.on_date, a.reason, "
    "a.reverses_id, a.created_at, a.created_by, r.id FROM allocations a LEFT JOIN allocations r ON r.reverses_id = "
    "a.id");

} // namespace

QString allocationSourceKey(AllocationSource s)
{
    switch (s) {
    case AllocationSource::Credit:
        return QStringLiteral("credit");
    case AllocationSource::CreditMemo:
        return QStringLiteral("credit_memo");
    case AllocationSource::Payment:
        return QStringLiteral("payment");
    case AllocationSource::ServicesPurchase:
        return QStringLiteral("services_purchase");
    }
    Q_UNREACHABLE();
}

std::optional<AllocationSource> allocationSourceFromKey(QStringView key)
{
    for (AllocationSource s : {AllocationSource::Credit, AllocationSource::CreditMemo, AllocationSource::Payment,
                               AllocationSource::ServicesPurchase})
        if (key == allocationSourceKey(s))
            return s;
    return std::nullopt;
}

QString allocationTargetKey(AllocationTarget t)
{
    switch (t) {
    case AllocationTarget::Statement:
        return QStringLiteral("statement");
    case AllocationTarget::DebitMemo:
        return QStringLiteral("debit_memo");
    case AllocationTarget::Milestone:
        return QStringLiteral("milestone");
    case AllocationTarget::Redemption:
        return QStringLiteral("redemption");
    case AllocationTarget::Expiry:
        return QStringLiteral("expiry");
    }
    Q_UNREACHABLE();
}

std::optional<AllocationTarget> allocationTargetFromKey(QStringView key)
{
    for (AllocationTarget t : {AllocationTarget::Statement, AllocationTarget::DebitMemo, AllocationTarget::Milestone,
                               AllocationTarget::Redemption, AllocationTarget::Expiry})
        if (key == allocationTargetKey(t))
            return t;
    return std::nullopt;
}

namespace ledger {

Decimal appliedAsOf(const QList<LedgerEntry> &entries, QDate asOf)
{
    Decimal applied;
    for (const LedgerEntry &e : entries)
        if (!asOf.isValid() || e.on <= asOf)
            applied += e.amount;
    return applied;
}

NewAllocation reversalOf(const LedgerEntry &entry, QDate on, const QString &reason)
{
    NewAllocation r;
    r.source = entry.source;
    r.sourceId = entry.sourceId;
    r.target = entry.target;
    r.targetId = entry.targetId;
    r.accountId = entry.accountId;
    r.amount = -entry.amount;
    r.on = on;
    r.reason = reason;
    r.reverses = entry.id;
    return r;
}

} // namespace ledger

AllocationLedger::AllocationLedger(Database &db) : m_db(db) {}

AllocationLedger::~AllocationLedger() = default;

AllocationLedger::Batch::Batch(Database &db)
    : m_db(db),
      m_rows(std::make_unique<BulkInsert>(
          db, QStringLiteral("allocations"),
          QStringList{QStringLiteral("source_kind"), QStringLiteral("source_id"), QStringLiteral("target_kind"),
                      QStringLiteral("target_id"), QStringLiteral("account_id"), QStringLiteral("amount"),
                      QStringLiteral("on_date"), QStringLiteral("reason"), QStringLiteral("reverses_id"),
                      QStringLiteral("created_at"), QStringLiteral("created_by")})),
      m_at(nowUtc()), m_by(db.actor())
{
}

AllocationLedger::Batch::~Batch() = default;

Status AllocationLedger::Batch::add(const NewAllocation &e)
{
    if (!e.amount.isValid() || e.amount.isZero())
        return fail(
            AllocationLedger::tr("An allocation of %1 %2 to %3 %4 cannot be recorded: the amount must be a number "
                                 "other than zero.")
                .arg(allocationSourceKey(e.source))
                .arg(e.sourceId)
                .arg(allocationTargetKey(e.target))
                .arg(e.targetId),
            QStringLiteral("amount"));
    if (e.sourceId <= 0 || e.targetId <= 0 || !e.on.isValid())
        return fail(
            AllocationLedger::tr("An allocation needs a source, a target and a date; %1 %2 → %3 %4 on “%5” has not.")
                .arg(allocationSourceKey(e.source))
                .arg(e.sourceId)
                .arg(allocationTargetKey(e.target))
                .arg(e.targetId)
                .arg(e.on.toString(Qt::ISODate)));
    m_rows->text(allocationSourceKey(e.source))
        .integer(e.sourceId)
        .text(allocationTargetKey(e.target))
        .integer(e.targetId)
        .text(notNullText(e.accountId))
        .amount(e.amount)
        .text(e.on.toString(Qt::ISODate))
        .text(notNullText(e.reason));
    if (e.reverses)
        m_rows->integer(e.reverses);
    else
        m_rows->null();
    m_rows->text(m_at).text(m_by);
    return m_rows->endRow();
}

Status AllocationLedger::Batch::finish()
{
    return m_rows->finish();
}

Status AllocationLedger::record(const QList<NewAllocation> &entries)
{
    // A reversal must undo a standing entry of the same source and target, in full.
    QHash<qint64, LedgerEntry> originals;
    for (const NewAllocation &e : entries)
        if (e.reverses)
            originals.insert(e.reverses, {});
    if (!originals.isEmpty()) {
        QList<qint64> ids = originals.keys();
        auto found = entriesWhere(QStringLiteral("a.id IN ") + idList(ids.cbegin(), ids.cend()), {});
        if (!found)
            return found.error();
        for (const LedgerEntry &o : *found)
            originals[o.id] = o;
        QSet<qint64> reversedHere;
        for (const NewAllocation &e : entries) {
            if (!e.reverses)
                continue;
            const LedgerEntry &o = originals[e.reverses];
            if (o.id == 0 || !o.stands() || reversedHere.contains(o.id) || o.source != e.source ||
                o.sourceId != e.sourceId || o.target != e.target || o.targetId != e.targetId || o.amount != -e.amount)
                return fail(
                    tr("Allocation %1 cannot be reversed by this entry: only a standing application is reversed, "
                       "once, by its exact opposite.")
                        .arg(e.reverses));
            reversedHere.insert(o.id);
        }
    }
    Batch batch(m_db);
    for (const NewAllocation &e : entries)
        if (Status s = batch.add(e); !s)
            return s;
    return batch.finish();
}

Status AllocationLedger::reverseAllOn(AllocationTarget target, qint64 targetId, QDate on, const QString &reason)
{
    return reverseAllOn(target, QList<qint64>{targetId}, on, reason);
}

Status AllocationLedger::reverseAllOn(AllocationTarget target, const QList<qint64> &targetIds, QDate on,
                                      const QString &reason)
{
    // The entries are read and reversed in the caller's transaction, so each reversal undoes
    // an entry that stands; reverses_id is UNIQUE, so a second reversal could never commit.
    Batch batch(m_db);
    for (qsizetype from = 0; from < targetIds.size(); from += IdsPerQuery) {
        const auto begin = targetIds.cbegin() + from;
        const auto end = targetIds.cbegin() + std::min(targetIds.size(), from + IdsPerQuery);
        auto entries = entriesWhere(QStringLiteral("a.target_kind = ? AND a.target_id IN ") + idList(begin, end),
                                    {allocationTargetKey(target)});
        if (!entries)
            return entries.error();
        for (const LedgerEntry &e : *entries)
            if (e.stands())
                if (Status s = batch.add(ledger::reversalOf(
                        e, on, reason.contains(QLatin1String("%1")) ? reason.arg(e.targetId) : reason));
                    !s)
                    return s;
    }
    return batch.finish();
}

Result<QHash<qint64, Decimal>> AllocationLedger::appliedFrom(AllocationSource source, const QList<qint64> &sourceIds,
                                                             QDate asOf)
{
    QHash<qint64, Decimal> applied;
    for (qsizetype from = 0; from < sourceIds.size(); from += IdsPerQuery) {
        const auto begin = sourceIds.cbegin() + from;
        const auto end = sourceIds.cbegin() + std::min(sourceIds.size(), from + IdsPerQuery);
        // Added up here, exactly: SQL's SUM would read SQLite's text as a double.
        Sql q(m_db,
              QStringLiteral("SELECT source_id, amount FROM allocations WHERE source_kind = ? AND source_id IN ") +
                  idList(begin, end) + (asOf.isValid() ? QStringLiteral(" AND on_date <= ?") : QString()));
        q.bind(allocationSourceKey(source));
        if (asOf.isValid())
            q.bind(asOf.toString(Qt::ISODate));
        if (Status s = q.exec(tr("reading allocations")); !s)
            return s.error();
        while (q.next())
            applied[q.value(0).toLongLong()] += storedAmount(q.value(1));
    }
    return applied;
}

namespace {

/// Adds up (exactly: SQL's SUM would read SQLite's text as a double) rows of source_id,
/// target_kind, amount into `applied`.
Status addByTarget(Sql &q, QHash<qint64, std::map<AllocationTarget, Decimal>> &applied)
{
    QString lastKind;
    AllocationTarget target = AllocationTarget::Statement;
    while (q.next()) {
        const QString kind = q.value(1).toString();
        if (kind != lastKind) {
            const auto t = allocationTargetFromKey(kind);
            if (!t)
                return fail(AllocationLedger::tr("An allocation names a target “%1” this Bursar does not know; open "
                                                 "the database with a newer Bursar.")
                                .arg(kind));
            target = *t;
            lastKind = kind;
        }
        applied[q.value(0).toLongLong()][target] += storedAmount(q.value(2));
    }
    return success();
}

} // namespace

Result<QHash<qint64, std::map<AllocationTarget, Decimal>>>
AllocationLedger::appliedByTarget(AllocationSource source, const std::optional<QList<qint64>> &sourceIds, QDate asOf)
{
    if (!sourceIds)
        return appliedByTargetWhere(source, {}, {}, asOf);
    QHash<qint64, std::map<AllocationTarget, Decimal>> applied;
    for (qsizetype from = 0; from < sourceIds->size(); from += IdsPerQuery) {
        const auto begin = sourceIds->cbegin() + from;
        const auto end = sourceIds->cbegin() + std::min(sourceIds->size(), from + IdsPerQuery);
        Sql q(m_db, QStringLiteral("SELECT source_id, target_kind, amount FROM allocations WHERE source_kind = ? AND "
                                   "source_id IN ") +
                        idList(begin, end) + (asOf.isValid() ? QStringLiteral(" AND on_date <= ?") : QString()));
        q.bind(allocationSourceKey(source));
        if (asOf.isValid())
            q.bind(asOf.toString(Qt::ISODate));
        if (Status s = q.exec(tr("reading allocations")); !s)
            return s.error();
        if (Status s = addByTarget(q, applied); !s)
            return s.error();
    }
    return applied;
}

Result<QHash<qint64, std::map<AllocationTarget, Decimal>>>
AllocationLedger::appliedByTargetWhere(AllocationSource source, const QString &sourceWhere, const QVariantList &binds,
                                       QDate asOf)
{
    const SourceTable t = sourceTable(source);
    Sql q(m_db,
          QStringLiteral("SELECT a.source_id, a.target_kind, a.amount FROM allocations a") +
              (sourceWhere.isEmpty() ? QString()
                                     : QStringLiteral(" JOIN %1 s ON s.id = a.source_id").arg(QLatin1String(t.table))) +
              QStringLiteral(" WHERE a.source_kind = ?") +
              (sourceWhere.isEmpty() ? QString() : QStringLiteral(" AND (") + sourceWhere + u')') +
              (asOf.isValid() ? QStringLiteral(" AND a.on_date <= ?") : QString()));
    q.bind(allocationSourceKey(source));
    for (const QVariant &b : binds)
        q.bind(b);
    if (asOf.isValid())
        q.bind(asOf.toString(Qt::ISODate));
    if (Status s = q.exec(tr("reading allocations")); !s)
        return s.error();
    QHash<qint64, std::map<AllocationTarget, Decimal>> applied;
    if (Status s = addByTarget(q, applied); !s)
        return s.error();
    return applied;
}

Result<Decimal> AllocationLedger::appliedTo(AllocationTarget target, qint64 targetId, QDate asOf)
{
    auto entries = entriesOn(target, targetId);
    if (!entries)
        return entries.error();
    return ledger::appliedAsOf(*entries, asOf);
}

Result<SourceBalance> AllocationLedger::balanceOf(AllocationSource source, qint64 sourceId, QDate asOf)
{
    const SourceTable t = sourceTable(source);
    Sql q(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(t.amount), QLatin1String(t.table)));
    q.bind(sourceId);
    if (Status s = q.exec(tr("reading the allocation's source")); !s)
        return s.error();
    if (!q.next())
        return fail(tr("There is no %1 %2.").arg(allocationSourceKey(source)).arg(sourceId));
    SourceBalance b;
    b.issued = storedAmount(q.value(0));
    auto applied = appliedFrom(source, {sourceId}, asOf);
    if (!applied)
        return applied.error();
    b.applied = applied->value(sourceId);
    return b;
}

Result<QList<LedgerEntry>> AllocationLedger::entriesFrom(AllocationSource source, qint64 sourceId)
{
    return entriesWhere(QStringLiteral("a.source_kind = ? AND a.source_id = ?"),
                        {allocationSourceKey(source), sourceId});
}

Result<QList<LedgerEntry>> AllocationLedger::entriesOn(AllocationTarget target, qint64 targetId)
{
    return entriesWhere(QStringLiteral("a.target_kind = ? AND a.target_id = ?"),
                        {allocationTargetKey(target), targetId});
}

Result<QList<LedgerEntry>> AllocationLedger::entriesWhere(const QString &where, const QVariantList &binds)
{
    Sql q(m_db, QStringLiteral("SELECT ") + EntryColumns + QStringLiteral(" WHERE ") + where +
                    QStringLiteral(" ORDER BY a.id"));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(tr("reading allocations")); !s)
        return s.error();
    QList<LedgerEntry> out;
    while (q.next()) {
        LedgerEntry e;
        e.id = q.value(0).toLongLong();
        const auto source = allocationSourceFromKey(q.value(1).toString());
        const auto target = allocationTargetFromKey(q.value(3).toString());
        if (!source || !target)
            return fail(
                tr("Allocation %1 names a %2 → %3 this Bursar does not know; open the database with a newer Bursar.")
                    .arg(e.id)
                    .arg(q.value(1).toString(), q.value(3).toString()));
        e.source = *source;
        e.sourceId = q.value(2).toLongLong();
        e.target = *target;
        e.targetId = q.value(4).toLongLong();
        e.accountId = q.value(5).toString();
        e.amount = storedAmount(q.value(6));
        e.on = storedDate(q.value(7));
        e.reason = q.value(8).toString();
        e.reverses = q.value(9).toLongLong();
        e.recordedAt = q.value(10).toString();
        e.recordedBy = q.value(11).toString();
        e.reversedBy = q.value(12).toLongLong();
        out.append(e);
    }
    return out;
}

} // namespace bursar::core
