#pragma once

#include "core/money/decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <map>
#include <memory>
#include <optional>

namespace bursar::core {

class Database;
class BulkInsert;

/// The allocation ledger (PRODUCT.md §4 credits; §7 memos and payments, §8 services credits
/// follow): every amount that moves from a source to a target is one entry, and nothing
/// else says how much of a source is used. A source's balance is always
///     issued = applied + remaining, applied = the sum of its standing entries,
/// computed here and nowhere else. Entries are never changed or deleted: an application is
/// undone by a counter-entry (the same amount with the opposite sign, naming the entry it
/// reverses), so the history as of any past date can be read again.
///
/// Amounts carry the source's sign: a credit is stored negative, so are its applications; a
/// credit memo's or payment's total is positive, so are theirs.

/// Where an amount comes from. A services-credit purchase moves credits (whole numbers), not money.
enum class AllocationSource { Credit, CreditMemo, Payment, ServicesPurchase };
/// What it pays. A purchase's credits go to a milestone (allocated), are redeemed when the
/// milestone is completed (target: the milestone) or expire (target: the purchase itself).
enum class AllocationTarget { Statement, DebitMemo, Milestone, Redemption, Expiry };

QString allocationSourceKey(AllocationSource s);
std::optional<AllocationSource> allocationSourceFromKey(QStringView key);
QString allocationTargetKey(AllocationTarget t);
std::optional<AllocationTarget> allocationTargetFromKey(QStringView key);

/// An entry to record.
struct NewAllocation
{
    AllocationSource source = AllocationSource::Credit;
    qint64 sourceId = 0;
    AllocationTarget target = AllocationTarget::Statement;
    qint64 targetId = 0;
    QString accountId;   ///< the vendor account the amount pays for; empty for charges of no account
    Decimal amount;      ///< in the source's sign, never zero
    QDate on;            ///< the day it takes effect ("as of" reads up to and including it)
    QString reason;      ///< why, in words an auditor reads ("billing run 12")
    qint64 reverses = 0; ///< set by ledger::reversalOf: the standing entry this one undoes
};

/// A recorded entry.
struct LedgerEntry
{
    qint64 id = 0;
    AllocationSource source = AllocationSource::Credit;
    qint64 sourceId = 0;
    AllocationTarget target = AllocationTarget::Statement;
    qint64 targetId = 0;
    QString accountId;
    Decimal amount;
    QDate on;
    QString reason;
    qint64 reverses = 0;   ///< the entry this one reverses; 0 for an application
    qint64 reversedBy = 0; ///< the counter-entry that reversed this one; 0 while it stands
    QString recordedAt;
    QString recordedBy;

    bool isReversal() const { return reverses != 0; }
    /// An application nobody reversed (as of the day the ledger was read).
    bool stands() const { return !isReversal() && reversedBy == 0; }
};

/// A source's balance: issued = applied + remaining, by construction.
struct SourceBalance
{
    Decimal issued;
    Decimal applied;
    Decimal remaining() const { return issued - applied; }
};

namespace ledger {
/// The applied part of a set of entries as of `asOf` (inclusive; invalid: all of them):
/// applications and reversals add up, so an application reversed by then counts nothing.
Decimal appliedAsOf(const QList<LedgerEntry> &entries, QDate asOf = {});
/// The counter-entry that reverses `entry` on `on`.
NewAllocation reversalOf(const LedgerEntry &entry, QDate on, const QString &reason);
} // namespace ledger

class AllocationLedger
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::AllocationLedger)

public:
    explicit AllocationLedger(Database &db);
    ~AllocationLedger();

    /// Records entries. Call it inside the transaction of the change that moves the amounts,
    /// which writes its audit row in the same transaction. A zero or invalid amount is
    /// refused and nothing is written.
    Status record(const QList<NewAllocation> &entries);

    /// Undoes every standing entry on `target` with counter-entries dated `on` (a draft
    /// statement deleted returns its credits). Inside the caller's transaction.
    Status reverseAllOn(AllocationTarget target, qint64 targetId, QDate on, const QString &reason);
    /// The same for many targets at once (drafts deleted together); `reason` may hold %1 for
    /// the target's ID.
    Status reverseAllOn(AllocationTarget target, const QList<qint64> &targetIds, QDate on, const QString &reason);

    /// The net applied amount of each of `sourceIds` as of `asOf` (invalid: everything);
    /// sources with no entry are absent.
    Result<QHash<qint64, Decimal>> appliedFrom(AllocationSource source, const QList<qint64> &sourceIds,
                                               QDate asOf = {});
    /// The net amount each source of `source`'s kind moved to each kind of target, as of `asOf`
    /// (invalid: everything); of `sourceIds` only when given. Sources with no entry are absent.
    Result<QHash<qint64, std::map<AllocationTarget, Decimal>>>
    appliedByTarget(AllocationSource source, const std::optional<QList<qint64>> &sourceIds, QDate asOf = {});
    /// The same for the sources whose own record (alias `s`: credits, ar_documents,
    /// services_credit_purchases) matches `sourceWhere` with `binds`, read in one pass.
    Result<QHash<qint64, std::map<AllocationTarget, Decimal>>> appliedByTargetWhere(AllocationSource source,
                                                                                    const QString &sourceWhere,
                                                                                    const QVariantList &binds,
                                                                                    QDate asOf = {});
    /// The net amount applied to a target as of `asOf`.
    Result<Decimal> appliedTo(AllocationTarget target, qint64 targetId, QDate asOf = {});
    /// issued (read from the source's own record) = applied + remaining, as of `asOf`.
    Result<SourceBalance> balanceOf(AllocationSource source, qint64 sourceId, QDate asOf = {});

    /// Every entry of a source or on a target, applications and reversals, in the order recorded.
    Result<QList<LedgerEntry>> entriesFrom(AllocationSource source, qint64 sourceId);
    Result<QList<LedgerEntry>> entriesOn(AllocationTarget target, qint64 targetId);

    /// Many entries at once for a writer that already writes many rows (the billing run):
    /// add() them, then finish() inside the same transaction.
    class Batch
    {
    public:
        explicit Batch(Database &db);
        ~Batch();
        Status add(const NewAllocation &entry);
        Status finish();

    private:
        Database &m_db;
        std::unique_ptr<BulkInsert> m_rows;
        QString m_at, m_by;
    };

private:
    Result<QList<LedgerEntry>> entriesWhere(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace bursar::core
