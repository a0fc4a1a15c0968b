#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bursar::core {

class Database;

struct TableCopy
{
    QString table;
    qint64 rows = 0;
    QString fingerprint; ///< SHA-256 over every row, equal on both sides after a good copy
};

/// Moves a single-clerk database into a new shared one: every table, in one transaction
/// on the target, then verified table by table (row counts and a fingerprint of every
/// value, so money columns are compared to the last digit). A target that already holds
/// records is refused and left unchanged.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::DatabaseCopy)

public:
    static Result<QList<TableCopy>> copy(Database &from, Database &to);
    /// The tables in the order a copy writes them (parents before children).
    static QStringList tables();
    /// The schema's other tables, which every new database's migrations fill the same way
    /// (schema_migrations, bursar_meta): tables() plus these is the whole schema, and a test
    /// fails when a new table is in neither.
    static QStringList notCopied();
    /// Row count and fingerprint of one table.
    static Result<TableCopy> measure(Database &db, const QString &table);
};

} // namespace bursar::core
