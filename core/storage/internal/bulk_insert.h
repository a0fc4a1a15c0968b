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

/// Writes many rows into one table. Qt's per-value binding costs more than everything else a
/// bulk writer does, so values are written out as text instead: integers, canonical decimals
/// (never a binary float) and text. NUL characters, which neither engine stores in text, are
/// dropped.
///
/// SQLite: multi-row INSERT statements made of SQL literals (decimals quoted, quotes doubled).
/// PostgreSQL: COPY … FROM STDIN in its text format through libpq, when this build has libpq
/// (BURSAR_HAVE_LIBPQ): the server parses no SQL per row, which halves the time of a big
/// write; multi-row INSERTs otherwise. The rows and their transaction are the same either way.
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
    void escapedText(const QString &value);
    Status flush();
    Status flushCopy();
    Status invalidAmount() const;

    Database &m_db;
    QString m_table;
    QStringList m_columnNames;
    QString m_invalidColumn; ///< the first column given an invalid amount: the insert is refused
    QString m_head;
    bool m_copy = false; ///< PostgreSQL's COPY text format instead of INSERT statements
    int m_columns;
    int m_rowsPerStatement;
    QString m_batch;
    int m_batchRows = 0;
    int m_column = 0;
    qint64 m_written = 0;
    BulkInsert *m_parent = nullptr;
};

/// Loading many rows into empty tables: their secondary indexes, and on PostgreSQL their
/// foreign keys, are dropped before the load and made again after it, as both engines advise
/// for bulk loads (PostgreSQL manual, "Populating a Database"): one index build is far cheaper
/// than an index insert per row, and adding a foreign key back checks every row in one pass
/// instead of one trigger per row. Nothing is left unchecked: the keys come back validated
/// against every loaded row, or the load fails. Use it inside the load's transaction, so a
/// failed load also brings everything back, and only on tables nobody else writes to while it
/// runs (on PostgreSQL the tables stay locked until the transaction ends). The definitions are
/// read from the database itself, so they are always the migrations' own.
class IndexesAfterLoad
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::IndexesAfterLoad)

public:
    explicit IndexesAfterLoad(Database &db) : m_db(db) {}
    /// Drops the secondary indexes and foreign keys of `tables`.
    Status drop(const QStringList &tables);
    /// Creates them again, foreign keys last; on PostgreSQL then gathers the tables'
    /// statistics (ANALYZE), which a table loaded from empty does not have yet.
    Status rebuild();

private:
    Database &m_db;
    QStringList m_indexes;     ///< CREATE INDEX statements
    QStringList m_foreignKeys; ///< ALTER TABLE … ADD CONSTRAINT statements
    QStringList m_tables;      ///< the loaded tables
};

} // namespace bursar::core
