#pragma once

#include "core/calculators/memo_calculator.h"
#include "core/domain/page.h"
#include "core/finance/ar_document.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace bursar::core {

class Database;
class Sql;

/// What the Finance > Documents lists filter by.
struct ArFilter
{
    std::optional<ArKind> kind;
    std::optional<qint64> customerId;
    std::optional<ArStatus> status;
    QDate from, to;    ///< document date, inclusive; invalid: open-ended
    QString minAmount; ///< total at least / at most; empty: any
    QString maxAmount;
    bool releasedOnly = false;                    ///< never a document on Hold (the Billing API)
    std::optional<qint64> afterId = std::nullopt; ///< keyset pages: IDs above it, by ID (the Billing API)
};

/// Credit memos, debit memos and payments (PRODUCT.md §7): created Hold (memos) or Open
/// (payments), released with a gapless number of their own series, deleted only while Hold,
/// cancelled by a reversing document once Open. Each call checks the acting user's privilege
/// and writes the audit log in its own transaction.
/// A memo's money as it would be saved: its currency and totals (the dialog's live totals).
struct MemoPreview
{
    QString currency;
    MemoTotals totals;
};

class ArDocuments
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ArDocuments)

public:
    explicit ArDocuments(Database &db) : m_db(db) {}

    /// The number series of a kind: "credit_memo", "debit_memo", "payment".
    static QString series(ArKind kind) { return arKindKey(kind); }

    /// A new Hold memo (ARDOCS_CREATE; CREATE_MULTILINED_MEMO for more than one line).
    Result<qint64> createMemo(const NewMemo &memo, QDate today = QDate::currentDate());
    /// Replaces a Hold memo's fields and lines (ARDOCS_CREATE; CREATE_MULTILINED_MEMO for more
    /// than one line), its tax worked out again. Its type and customer stay.
    Status updateMemo(qint64 id, const NewMemo &memo, QDate today = QDate::currentDate());
    /// What createMemo would save, checked the same way, written nowhere.
    Result<MemoPreview> previewMemo(const NewMemo &memo, QDate today = QDate::currentDate());
    /// Deletes Hold memos (ARDOCS_CREATE). All or none: an Open one refuses the whole call.
    Status deleteMemos(const QList<qint64> &ids);
    /// Releases Hold memos (RELEASE_ARDOCS): each takes the next number of its series and
    /// freezes the parties. All or none.
    Result<QStringList> release(const QList<qint64> &ids, QDate today = QDate::currentDate());
    /// Records a payment (RECORD_PAYMENTS); it is Open at once, with its number.
    Result<qint64> recordPayment(const NewPayment &payment, QDate today = QDate::currentDate());
    /// Cancels an Open document whose applications are all reversed by a reversing document
    /// (a debit memo for a credit memo or a payment, a credit memo for a debit memo), applied
    /// against it so both close (RELEASE_ARDOCS). Returns the reversing document's ID.
    Result<qint64> cancel(qint64 id, QDate on = QDate::currentDate(), const QString &reason = {});

    Result<ArDocument> document(qint64 id, QDate today = QDate::currentDate());
    /// A document by its ID or its number ("CM-2026-000001").
    Result<ArDocument> find(const QString &idOrNumber, QDate today = QDate::currentDate());
    Result<QList<ArDocument>> list(const ArFilter &filter, Page page = {}, QDate today = QDate::currentDate());
    Result<qint64> count(const ArFilter &filter, QDate today = QDate::currentDate());

    /// What a document format needs to write the document (core/formats/document_format.h).
    Result<struct MemoInput> documentInput(qint64 id);
    /// Writes a document in `format` to `path` (atomically); a format that keeps its exports
    /// (UBL) keeps the file's SHA-256 with the document.
    Status save(const struct MemoInput &input, const struct DocumentFormat &format, const QString &path);
    /// Settings > Tax Tables' categories.
    Result<QList<TaxCategory>> taxCategories();

private:
    struct PreparedMemo;
    /// "Credit memo for customer #100042": how messages name a memo not yet written.
    static QString memoLabel(ArKind kind, qint64 customerId);
    Result<PreparedMemo> prepareMemo(const NewMemo &memo, QDate today);
    static void bindMemoColumns(Sql &q, const PreparedMemo &ready, const NewMemo &memo, const QString &adjustsKind,
                                qint64 adjustsId);
    Result<QString> memoCurrency(const NewMemo &memo, const QString &label);
    Status resolveAdjusted(const NewMemo &memo, const QString &label, QDate today, QString &adjustsKind,
                           qint64 &adjustsId);
    Status where(const ArFilter &filter, QDate today, QString &sql, QVariantList &binds);
    Database &m_db;
};

} // namespace bursar::core
