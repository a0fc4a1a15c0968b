#pragma once

#include "core/money/decimal.h"
#include "core/money/wide_decimal.h"
#include "core/result.h"
#include "core/storage/internal/internal_only.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace bursar::core {

class Database;

/// Writes many rows into one table as multi-row INSERT statements made of SQL literals.
/// Qt's per-value binding costs more than everything else a bulk writer does, so values
/// are written out instead: integers, canonical decimals (quoted, so no engine ever reads
/// them as a binary float) and text with its quotes doubled. NUL characters, which neither
/// engine stores in text, are dropped. Both engines read the same statements.
///
///     BulkInsert lines(db, "statement_lines", {"statement_id", "line_no", "price"});
///     lines.integer(id).integer(1).amount(price);
///     if (Status s = lines.endRow(); !s) ...
///     if (Status s = lines.finish(); !s) ...
class BulkInsert
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::BulkInsert)

public:
    BulkInsert(Database &db, const QString &table, const QStringList &columns, int rowsPerStatement = 256);

    BulkInsert &integer(qint64 value);
    /// Text; an empty string is written as '' (use textOrNull for NULL).
    BulkInsert &text(const QString &value);
    /// NULL for empty text.
    BulkInsert &textOrNull(const QString &value);
    /// An invalid amount makes endRow() and finish() fail: it is never written.
    BulkInsert &amount(Decimal value);
    BulkInsert &amountOrNull(std::optional<Decimal> value);
    /// A usage amount with up to 36 places, as exact text.
    BulkInsert &amount(WideDecimal value);
    BulkInsert &amountOrNull(std::optional<WideDecimal> value);
    BulkInsert &null();
    /// Ends the row; writes a statement when enough rows are waiting.
    Status endRow();
    /// Writes the rows still waiting.
    Status finish();

    qint64 rowsWritten() const { return m_written; }
    /// Rows of this table refer to rows of `parent`: the parent's waiting rows are written
    /// before each statement of this one.
    void dependsOn(BulkInsert &parent) { m_parent = &parent; }

private:
    void separate();
    Status flush();
    Status invalidAmount() const;

    Database &m_db;
    QString m_table;
    QStringList m_columnNames;
    QString m_invalidColumn; ///< the first column given an invalid amount: the insert is refused
    QString m_head;
    int m_columns;
    int m_rowsPerStatement;
    QString m_batch;
    int m_batchRows = 0;
    int m_column = 0;
    qint64 m_written = 0;
    BulkInsert *m_parent = nullptr;
};

} // namespace bursar::core
