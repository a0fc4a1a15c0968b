#pragma once

#include "core/calculators/memo_calculator.h"
#include "core/finance/ar_document.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

namespace bursar::core {

class Database;

/// A document as Apply names it: a kind ("statement", "credit_memo", "debit_memo",
/// "payment") and an ID.
struct ArRef
{
    QString kind;
    qint64 id = 0;
    friend bool operator==(const ArRef &, const ArRef &) = default;
};

/// One amount to apply from a source to a receivable.
struct ApplicationLine
{
    ArRef target;
    Decimal amount;
};

/// One entry of a document's history: an application or the reversal of one, with the
/// document's balance (a receivable's) or available amount (a source's) after it.
struct ArApplication
{
    qint64 entryId = 0;
    ArRef source;
    QString sourceNumber;
    ArRef target;
    QString targetNumber;
    Decimal amount; ///< positive for an application, negative for its reversal
    QDate on;
    QString by;
    QString at;
    QString reason;
    qint64 reverses = 0;
    qint64 reversedBy = 0;
    Decimal after;
};

/// What Apply shows before anything is written: the source, the customer's outstanding
/// receivables in the source's currency, and the split the policy proposes.
struct ApplyPreview
{
    ArItem source;
    QList<ArItem> receivables;
    QList<Decimal> amounts; ///< per receivable, same order
};

/// What auto-applying many sources did.
struct AutoApplyResult
{
    int applied = 0;                          ///< sources that paid something
    QList<qint64> applications;               ///< the ledger entries written
    QList<std::pair<ArRef, QString>> skipped; ///< sources with nothing to pay, and why
};

/// Applying credit memos and payments to statements and debit memos (PRODUCT.md §7). Every
/// application and reversal is an entry of the allocation ledger; the documents' balances,
/// statuses and closing dates follow in the same transaction, with the audit log.
/// APPLY_ARDOCS is required to write.
class ArApplications
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ArApplications)

public:
    explicit ArApplications(Database &db) : m_db(db) {}

    /// A document by number (INV-…, CM-…, DM-…, PAY-…), by "statement:ID", or an AR
    /// document's ID.
    Result<ArRef> resolve(const QString &reference);
    /// The document as an item (its remaining amount).
    Result<ArItem> item(const ArRef &ref);

    /// The customer's Open and Past Due statements and Open debit memos in the source's
    /// currency with something owed, oldest due first, and the proposed split.
    Result<ApplyPreview> preview(const ArRef &source, SplitPolicy policy = SplitPolicy::OldestDueFirst);

    /// Applies amounts from `source` on `on`. All or none: any line that would over-apply,
    /// cross customers or currencies, touch a Hold memo or a Draft statement, or be dated
    /// before either document refuses the whole call. Returns the ledger entries' IDs.
    Result<QList<qint64>> apply(const ArRef &source, const QList<ApplicationLine> &lines, QDate on);
    /// The policy's split of everything available.
    Result<QList<qint64>> applyAuto(const ArRef &source, QDate on, SplitPolicy policy = SplitPolicy::OldestDueFirst);
    /// Auto-applies many sources in one transaction (a month's payments): all or none,
    /// except that a source with nothing to pay is skipped and reported.
    Result<AutoApplyResult> applyAutoAll(const QList<ArRef> &sources, QDate on,
                                         SplitPolicy policy = SplitPolicy::OldestDueFirst);
    /// Reverses exactly one application on `on` (not before it); every other application of
    /// both documents stays. Returns the reversal's entry ID.
    Result<qint64> unapply(qint64 entryId, QDate on);

    /// Every application and reversal from or to a document, oldest first, with its balance
    /// after each ("why is this still open?").
    Result<QList<ArApplication>> history(const ArRef &document);

private:
    Status applyIn(const ArRef &source, const QList<ApplicationLine> &lines, QDate on, QList<qint64> &ids);
    Status applyAutoIn(const ArRef &source, QDate on, SplitPolicy policy, QList<qint64> &ids);
    Database &m_db;
};

} // namespace bursar::core
