#pragma once

#include "core/domain/page.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/storage/database.h"
#include "core/storage/internal/internal_only.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace bursar::core {

namespace storage_internal {

/// The Qt connection behind a Database. Only core's storage sees inside it.
struct Connection
{
    QSqlDatabase db;
};

/// "BRSR": written into the SQLite header so a Bursar file is known before any table is read.
constexpr int ApplicationId = 0x42525352;

/// A name no other connection of the process has (Qt keys connections by name).
inline QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("bursar-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// The engine's own words for an error, else the driver's.
inline QString driverText(const QSqlError &e)
{
    QString t = e.databaseText().trimmed();
    if (t.isEmpty())
        t = e.driverText().trimmed();
    return t;
}

} // namespace storage_internal

/// The Qt connection of `db`, for code that must drive QSqlQuery itself (bulk writers,
/// copies, tests that inspect stored rows).
inline QSqlDatabase &connectionOf(Database &db)
{
    return db.connection().db;
}

/// A statement whose every step is checked. Errors become user-facing messages that say
/// what Bursar was doing. With bound values it runs as a prepared statement; without, it
/// runs directly (PostgreSQL cannot prepare DDL).
class Sql
{
public:
    Sql(Database &db, const QString &statement);
    Sql &bind(const QVariant &value);
    /// An amount, written as its canonical text (never a binary float). An invalid amount is
    /// never written: exec() refuses the statement, in every build.
    Sql &bind(Decimal amount);
    /// NULL for none.
    Sql &bind(std::optional<Decimal> amount);
    /// Executes; an error names the failed statement's purpose via `what`.
    Status exec(const QString &what = {});
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }
    Database &database() const { return *m_db; }

private:
    Database *m_db;
    QSqlQuery m_query;
    QString m_statement;
    QVariantList m_binds;
    int m_invalidAmount = -1; ///< the first bound value that was an invalid amount
};

/// " LIMIT n OFFSET m" for a page (nothing for every row): both engines read it.
inline QString limitClause(const Page &page)
{
    return page.limit < 0 ? QString() : QStringLiteral(" LIMIT %1 OFFSET %2").arg(page.limit).arg(page.offset);
}

/// "(1,2,3)": IDs written into a statement as a list (integers only, so nothing to escape).
QString idList(const QList<qint64> &ids);

/// A NULL of the type a column expects, for optional values.
QVariant nullIfEmpty(const QString &s);

} // namespace bursar::core
