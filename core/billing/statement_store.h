#pragma once
// The statements table family as Bursar stores it, core's own (it speaks SQL): the columns a
// statement is read back by and the columns a billing run writes it with, in one place, so a
// new column is added once (statements, statement_lines, statement_usage, statement_taxes).

#include "core/billing/statement.h"
#include "core/calculators/statement_calculator.h"
#include "core/ledger/allocation_ledger.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"

#include <QDate>
#include <QString>

namespace bursar::core::statement_store {

/// The columns of `statements s` that read() reads, in its order.
extern const QString Columns;
/// One row of Columns.
Statement read(const Sql &q);

/// A billing run's new drafts, written as multi-row inserts: each statement with its lines,
/// the usage they bill, the tax lines, the credits' applications (through the ledger) and an
/// audit record. Call finish() inside the transaction before it commits.
class DraftWriter
{
public:
    DraftWriter(Database &db, qint64 runId, Vendor vendor, const QString &period, const BillingOptions &options);
    Status add(qint64 id, const CalculatedStatement &statement);
    Status finish();

private:
    Status addChildren(qint64 id, const CalculatedStatement &p);

    Database &m_db;
    qint64 m_runId;
    QString m_vendor;
    QString m_period;
    BillingOptions m_options;
    QString m_at;
    QString m_actor;
    QDate m_today;
    QString m_reason;
    BulkInsert m_statements;
    BulkInsert m_lines;
    BulkInsert m_usage;
    BulkInsert m_taxes;
    AllocationLedger::Batch m_allocations;
};

} // namespace bursar::core::statement_store
