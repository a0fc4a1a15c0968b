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
#include <memory>
#include <optional>
#include <unordered_map>

namespace bursar::core {

namespace storage_internal {

/// A statement prepared once on a PostgreSQL connection and executed again and again.
struct PreparedStatement
{
    QSqlQuery query;
    bool inUse = false;  ///< a live Sql runs it; another Sql with the same text prepares its own
    quint64 lastUse = 0; ///< for evicting the least recently used
};

/// The Qt connection behind a Database. Only core's storage sees inside it.
///
/// PostgreSQL: Qt's driver runs a statement with bound values as PREPARE, EXECUTE and, when
/// the query is destroyed, DEALLOCATE: three round trips to the server for every statement.
/// The connection keeps its prepared statements by text instead, so running one again costs
/// one round trip (EXECUTE). What goes to the server is the same statement with the same
/// values; only the PREPARE and DEALLOCATE are saved.
struct Connection
{
    QSqlDatabase db;

    /// The prepared statement for `text`, prepared now if needed (nullptr with `error` set
    /// when the server refuses it, or when every copy is in use: the caller prepares its own).
    std::shared_ptr<PreparedStatement> borrow(const QString &text, QSqlError *error);
    /// Gives a statement back after its Sql is done with it.
    void giveBack(const std::shared_ptr<PreparedStatement> &statement);
    /// Deallocates every kept statement (after the schema or the scope's views changed, and
    /// before the connection closes). Statements in use are dropped when given back.
    void forgetPrepared();

    static constexpr std::size_t MaxPrepared = 200;

private:
    struct TextHash
    {
        std::size_t operator()(const QString &s) const noexcept { return qHash(s); }
    };
    std::unordered_map<QString, std::shared_ptr<PreparedStatement>, TextHash> m_prepared;
    quint64 m_clock = 0;
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
    ~Sql();
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;
    Sql &bind(const QVariant &value);
    /// An amount, written as its canonical text (never a binary float). An invalid amount is
    /// never written: exec() refuses the statement, in every build.
    Sql &bind(Decimal amount);
    /// NULL for none.
    Sql &bind(std::optional<Decimal> amount);
    /// PostgreSQL: prepares this statement afresh for this run instead of running the
    /// connection's kept one. After five runs PostgreSQL may switch a kept statement to a
    /// generic plan, which guesses at a value's selectivity: right for lookups by key, wrong
    /// for a search pattern ("a" matches every customer, "acme l" a few hundred).
    Sql &planEachRun()
    {
        m_planEachRun = true;
        return *this;
    }
    /// Executes; an error names the failed statement's purpose via `what`.
    Status exec(const QString &what = {});
    bool next() { return m_query->next(); }
    QVariant value(int i) const { return m_query->value(i); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    QSqlQuery &query() { return *m_query; }
    Database &database() const { return *m_db; }

private:
    static Status failWith(const QString &what, const QSqlError &error);

    Database *m_db;
    QSqlQuery m_own;
    QSqlQuery *m_query = &m_own; ///< m_own, or the connection's prepared statement
    std::shared_ptr<storage_internal::PreparedStatement> m_prepared;
    QString m_statement;
    QVariantList m_binds;
    int m_invalidAmount = -1; ///< the first bound value that was an invalid amount
    bool m_planEachRun = false;
};

/// " LIMIT n OFFSET m" for a page (nothing for every row): both engines read it.
inline QString limitClause(const Page &page)
{
    return page.limit < 0 ? QString() : QStringLiteral(" LIMIT %1 OFFSET %2").arg(page.limit).arg(page.offset);
}

/// "(1,2,3)": IDs written into a statement as a list (integers only, so nothing to escape).
QString idList(const QList<qint64> &ids);

/// Writes settings rows (key, value), replacing what is there; a null value is stored as "".
/// Call it inside the transaction of the change; `what` says what is being saved.
Status storeSettings(Database &db, const QList<std::pair<QString, QString>> &values, const QString &what);

/// A NULL of the type a column expects, for optional values.
QVariant nullIfEmpty(const QString &s);

} // namespace bursar::core
