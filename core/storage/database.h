#pragma once

#include "core/result.h"
#include "core/users/privilege.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>

namespace bursar::core {

namespace storage_internal {
struct Connection; ///< core/storage/internal/sql.h: the Qt connection, seen only by core
}

/// The SQL engines Bursar speaks. Migrations use placeholders ({PK}, {MONEY}, {BLOB})
/// that each dialect spells its own way; everything else is portable SQL.
enum class Dialect { SQLite, PostgreSQL };

/// One open Bursar database: a connection that belongs to the thread that opened it
/// (Qt's rule), with its schema checked and migrated.
///
/// SQLite: while a Database is open, nothing in this process may open the database file
/// or its -wal/-shm/-journal files except SQLite itself; one plain open and close drops
/// every lock the process holds on the file and lets another process delete the WAL under
/// it (storage/database_files.h says why, and what to call before opening a user's path).
///
/// No SQL type appears here: the connection is core's own (core/storage/internal/), so a
/// screen or a CLI command holds a Database and hands it to core services, and cannot run a
/// query on it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Where the database lives when no --database is given: bursar.sqlite in the user's
    /// application data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    /// The newest schema version this build knows.
    static int latestSchemaVersion();

    /// Opens `location`: a SQLite file path, or a PostgreSQL URL in libpq's form
    /// (postgresql://user@host:port/dbname, or postgresql://user@/dbname?host=/socket/dir).
    /// A new SQLite file or an empty PostgreSQL database is created and migrated. A file or
    /// database that is not Bursar's, is damaged, or was written by a newer Bursar is refused
    /// with a clear message and left unchanged. PostgreSQL passwords come from libpq's own
    /// mechanisms (PGPASSWORD, ~/.pgpass) or from `password`; they are never stored.
    static Result<std::unique_ptr<Database>> open(const QString &location, const QString &password = {});
    static bool isPostgresUrl(const QString &location);

    /// What a second connection to the same database needs: long work (imports, billing
    /// runs) opens its own connection on its own thread. The password lives in memory only.
    struct ConnectionInfo
    {
        QString location;
        QString password;
        QString actAs; ///< SQLite: the Bursar user this connection acts as; empty for the administrator
    };
    ConnectionInfo connectionInfo() const;
    /// Opens another connection as `info` says, acting as the same user. Call it on the
    /// thread that will use the connection.
    static Result<std::unique_ptr<Database>> open(const ConnectionInfo &info);

    /// The connection itself; complete only inside core (core/storage/internal/sql.h).
    storage_internal::Connection &connection() { return *m_connection; }
    Dialect dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    /// Who is acting, as written to the audit log: on PostgreSQL the Bursar user mapped to
    /// the database login; on a SQLite file the operating-system user (the administrator),
    /// or the user actAs() selected.
    QString actor() const { return m_actor.name; }
    const Actor &acting() const { return m_actor; }
    /// True when the acting user sees one tenant or one customer: every read of this
    /// connection goes through the scope's views (core/storage/scope.h).
    bool scoped() const { return m_scoped; }
    /// Renames the acting user in the audit log only (tests use it).
    void setActor(const QString &name) { m_actor.name = name; }
    /// Acts as another Bursar user with that user's privileges (SQLite: `--user NAME`).
    Status actAs(const QString &userName);
    /// Reads only what `scope` allows from now on, as `name` (the Billing API's connection
    /// for one key's scope): no privileges, so nothing is written through it.
    Status readAs(const QString &name, Scope scope);
    /// Refused unless the acting user has `privilege`; `action` says what was refused
    /// ("add customers"). Every service calls it before it writes.
    Status require(Privilege privilege, const QString &action) const;
    /// PostgreSQL: makes sure the current login is a Bursar user with every privilege
    /// (a new shared database's first login, or the one that copied data into it).
    /// Call inside a transaction. Nothing to do on SQLite.
    Status keepLoginAsAdministrator();

    /// Appends one record to the append-only audit log; call it inside the transaction
    /// of the change it describes. The record is written when that transaction commits,
    /// chained to the one before it (core/storage/audit_chain.h); outside a transaction it
    /// is written at once, in a transaction of its own.
    Status audit(const QString &action, const QString &entity, const QString &entityId, const QString &detail = {});
    /// The same with the time the event happened (an API request logged after it was served).
    Status auditAt(const QString &at, const QString &action, const QString &entity, const QString &entityId,
                   const QString &detail = {});

    /// Runs `body` inside one transaction: committed when it succeeds, rolled back
    /// (nothing written) when it fails.
    Status transaction(const std::function<Status()> &body);

    /// After rows were inserted with explicit IDs (bulk loads), makes the table's own
    /// numbering continue after the largest ID. Only PostgreSQL needs it.
    Status syncIdentity(const QString &table);

    /// Runs PRAGMA integrity_check (SQLite); an error names what is damaged.
    Status checkIntegrity();

private:
    Database();
    static Result<std::unique_ptr<Database>> openPostgres(const QString &url, const QString &password);
    Status checkPostgresSchema();
    Status migrate();
    Status resolveActor();
    Result<QSet<Privilege>> privilegesOf(qint64 userId);
    /// Acts as the user whose `column` ("name" or "db_login") is `value`; `unknown` if none.
    Status actAsUserWhere(const QString &column, const QString &value, const Error &unknown);
    Status switchActor(const QString &column, const QString &value, const Error &unknown);
    /// Makes (or drops) the temporary views that limit this connection to the actor's scope
    /// (core/storage/scope.cpp).
    Status applyScope();
    /// Writes the audit records this transaction made, chained under the chain's head lock
    /// (core/storage/audit_chain.cpp); called just before the commit.
    Status writePendingAudit();
    /// Chains the rows written before schema 18, in ID order (the migration calls it).
    Status sealUnchainedAudit();

    struct PendingAudit
    {
        QString at, actor, action, entity, entityId, detail;
    };
    QList<PendingAudit> m_pendingAudit;
    bool m_inTransaction = false;

    std::unique_ptr<storage_internal::Connection> m_connection;
    QString m_connectionName;
    QString m_location;
    QString m_registeredFile; ///< SQLite: this connection's entry in DatabaseFiles
    QString m_password;       ///< memory only, for connectionInfo()
    Dialect m_dialect = Dialect::SQLite;
    int m_schemaVersion = 0;
    Actor m_actor;
    bool m_scoped = false;
};

/// Current UTC time as stored in the database: ISO 8601 with milliseconds and "Z".
QString nowUtc();

} // namespace bursar::core
