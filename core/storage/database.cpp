#include "core/storage/database.h"

#include "core/storage/database_files.h"
#include "core/storage/internal/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace bursar::core {

using storage_internal::ApplicationId;
using storage_internal::driverText;
using storage_internal::nextConnectionName;

namespace {

/// What a read-only look at an existing SQLite file found.
struct Inspection
{
    enum Kind { Empty, Bursar, Foreign } kind = Empty;
    int schemaVersion = 0;
};

// The file is looked at through SQLite only, never with QFile: this process may already
// hold a connection on it (a worker opens a second one while the window's is open), and
// closing any other descriptor of the file would drop that connection's locks (see
// storage/database_files.h). SQLite answers SQLITE_NOTADB (26) for a file that is not a
// database, SQLITE_CANTOPEN (14) for one it may not read, and SQLITE_CORRUPT (11) for
// damaged pages.
Result<Inspection> inspectSqliteFile(const QString &path)
{
    constexpr int SqliteCantOpen = 14;
    constexpr int SqliteNotADatabase = 26;
    Result<Inspection> result = Inspection{};
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        auto damaged = [&](const QString &why) {
            return fail(Database::tr("The database “%1” is damaged and cannot be read (%2). Bursar left it "
                                     "unchanged; restore it from a backup.")
                            .arg(path, why));
        };
        auto refused = [&](const QSqlError &error) {
            const int code = error.nativeErrorCode().toInt();
            if (code == SqliteNotADatabase)
                return fail(Database::tr("“%1” is not a Bursar database: it is not a SQLite file. Bursar left it "
                                         "unchanged; open a Bursar database or give a new file name.")
                                .arg(path));
            if (code == SqliteCantOpen)
                return fail(Database::tr("Cannot read the database “%1”: %2. Check that the file exists and that "
                                         "you may read it.")
                                .arg(path, driverText(error)));
            return damaged(driverText(error));
        };
        if (!db.open()) {
            result = refused(db.lastError());
        } else {
            QSqlQuery q(db);
            Inspection ins;
            int appId = 0;
            int tables = 0;
            bool hasMigrations = false;
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                result = refused(q.lastError());
            } else {
                appId = q.value(0).toInt();
                if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                    result = refused(q.lastError());
                } else {
                    while (q.next()) {
                        ++tables;
                        hasMigrations |= q.value(0).toString() == QLatin1String("schema_migrations");
                    }
                    if (appId != ApplicationId && tables > 0) {
                        result = fail(Database::tr("“%1” is not a Bursar database: it is a SQLite database of "
                                                   "another program. Bursar left it unchanged; open a Bursar "
                                                   "database or give a new file name.")
                                          .arg(path));
                    } else if (appId == ApplicationId && !hasMigrations) {
                        result = damaged(Database::tr("its schema table is missing"));
                    } else if (hasMigrations) {
                        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
                            !q.next()) {
                            result = damaged(driverText(q.lastError()));
                        } else {
                            ins.kind = Inspection::Bursar;
                            ins.schemaVersion = q.value(0).toInt();
                            result = ins;
                        }
                    }
                }
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Database::Database() : m_connection(std::make_unique<storage_internal::Connection>()) {}

Database::~Database()
{
    m_connection->forgetPrepared();
    m_connection->db.close();
    m_connection->db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_registeredFile.isEmpty())
        DatabaseFiles::unregisterOpen(m_registeredFile);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("bursar.sqlite"));
}

bool Database::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &location, const QString &password)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || dbName.isEmpty() || dbName.contains(u'/'))
        return fail(tr("“%1” is not a PostgreSQL URL Bursar understands; write it as "
                       "postgresql://user@host:port/dbname or postgresql://user@/dbname?host=/socket/dir.")
                        .arg(url.toDisplayString(QUrl::RemovePassword)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("The PostgreSQL driver of Qt is not installed; install libqt6sql6-psql (Debian) or "
                       "the Qt PostgreSQL plugin and try again."));
    const QUrlQuery query(url);
    QString host = url.host();
    if (query.hasQueryItem(QStringLiteral("host")))
        host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    QStringList options;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        if (item.first != QLatin1String("host"))
            options << item.first + u'=' + item.second;

    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = nextConnectionName();
    db->m_location = url.toDisplayString(QUrl::RemovePassword);
    db->m_dialect = Dialect::PostgreSQL;
    db->m_connection->db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    db->m_connection->db.setDatabaseName(dbName);
    if (!host.isEmpty())
        db->m_connection->db.setHostName(host);
    if (url.port() > 0)
        db->m_connection->db.setPort(url.port());
    if (!url.userName().isEmpty())
        db->m_connection->db.setUserName(url.userName());
    const QString pass = password.isEmpty() ? url.password() : password;
    if (!pass.isEmpty())
        db->m_connection->db.setPassword(pass);
    db->m_password = pass;
    options << QStringLiteral("connect_timeout=10") << QStringLiteral("application_name=bursar");
    db->m_connection->db.setConnectOptions(options.join(u';'));
    // QPSQL hands NUMERIC back as a double unless told otherwise: money would lose digits.
    db->m_connection->db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!db->m_connection->db.open())
        return fail(tr("Cannot connect to the PostgreSQL database %1: %2. Check the server, the user name and the "
                       "password (PGPASSWORD or ~/.pgpass).")
                        .arg(db->m_location, driverText(db->m_connection->db.lastError())));
    {
        QSqlQuery q(db->m_connection->db);
        // Keep the server's notices ("already exists, skipping") off the clerk's terminal.
        q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
        if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
            db->m_actor.name = q.value(0).toString();
    }
    if (Status s = db->checkPostgresSchema(); !s)
        return s.error();
    if (Status migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

Status Database::checkPostgresSchema()
{
    QSqlQuery q(m_connection->db);
    if (!q.exec(
            QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")))
        return fail(tr("Cannot read the tables of %1: %2").arg(m_location, driverText(q.lastError())));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (tables.isEmpty())
        return success();
    // schema_migrations alone: another desktop is creating the schema right now.
    if (!tables.contains(QStringLiteral("schema_migrations")))
        return fail(tr("The PostgreSQL database %1 is not a Bursar database: it holds other tables. Bursar left it "
                       "unchanged; create an empty database for Bursar.")
                        .arg(m_location));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next())
        return fail(tr("Cannot read the schema version of %1: %2").arg(m_location, driverText(q.lastError())));
    const int version = q.value(0).toInt();
    if (version > latestSchemaVersion())
        return fail(tr("The database “%1” was written by a newer Bursar (schema %2; this Bursar knows up to %3). "
                       "Bursar left it unchanged; update Bursar to open it.")
                        .arg(m_location)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    return success();
}

Database::ConnectionInfo Database::connectionInfo() const
{
    return {m_location, m_password, m_dialect == Dialect::SQLite && m_actor.userId != 0 ? m_actor.name : QString()};
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionInfo &info)
{
    auto db = open(info.location, info.password);
    if (!db)
        return db;
    if (!info.actAs.isEmpty())
        if (Status s = (*db)->actAs(info.actAs); !s)
            return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const QString &password)
{
    if (location.trimmed().isEmpty())
        return fail(tr("No database was given; pass a file path with --database."));
    if (isPostgresUrl(location))
        return openPostgres(location, password);
    const QFileInfo info(location);
    const QString path = info.absoluteFilePath();
    if (!info.absoluteDir().exists())
        return fail(tr("The folder “%1” does not exist; create it or choose another place for the "
                       "database.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists() && info.isDir())
        return fail(tr("“%1” is a folder, not a database file; give a file name such as "
                       "%2/bursar.sqlite.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(path)));

    if (info.exists()) {
        auto inspected = inspectSqliteFile(path);
        if (!inspected)
            return inspected.error();
        if (inspected->kind == Inspection::Bursar && inspected->schemaVersion > latestSchemaVersion())
            return fail(tr("The database “%1” was written by a newer Bursar (schema %2; this Bursar "
                           "knows up to %3). Bursar left it unchanged; update Bursar to open it.")
                            .arg(path)
                            .arg(inspected->schemaVersion)
                            .arg(latestSchemaVersion()));
    }

    const bool created = !QFileInfo::exists(path);
    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = nextConnectionName();
    db->m_location = path;
    db->m_dialect = Dialect::SQLite;
    db->m_connection->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_connection->db.setDatabaseName(path);
    db->m_connection->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    // From here until ~Database, no code of this process may open these files outside SQLite.
    db->m_registeredFile = DatabaseFiles::registerOpen(path);
    if (!db->m_connection->db.open())
        return fail(tr("Cannot open the database “%1”: %2.").arg(path, driverText(db->m_connection->db.lastError())));

    // Ledger data must survive a power cut: WAL with a full fsync on every commit. A page
    // cache of 64 MiB (SQLite's default is 2 MiB) keeps a month-end batch's scattered rows
    // and their indexes in memory instead of reading them again from the file.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
          QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA cache_size = -65536")}) {
        QSqlQuery q(db->m_connection->db);
        if (!q.exec(pragma))
            return fail(tr("Cannot prepare the database “%1” (%2): %3.").arg(path, pragma, driverText(q.lastError())));
    }
    // A new file is the clerk's alone: readable and writable by its owner only, and so are
    // the -wal and -shm files beside it (SQLite gives later ones the database's permissions).
    // SQLite makes the files at their first write, so this comes after the migrations made
    // the schema. chmod() opens nothing.
    if (Status migrated = db->migrate(); !migrated)
        return migrated.error();
    if (created)
        for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            if (QFileInfo::exists(file))
                QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return db;
}

Result<QSet<Privilege>> Database::privilegesOf(qint64 userId)
{
    Sql q(*this, QStringLiteral("SELECT privilege FROM user_privileges WHERE user_id = ?"));
    q.bind(userId);
    if (Status s = q.exec(tr("reading privileges")); !s)
        return s.error();
    QSet<Privilege> set;
    while (q.next())
        if (auto p = privilegeFromKey(q.value(0).toString()))
            set.insert(*p);
    return set;
}

Status Database::resolveActor()
{
    const QList<Privilege> all = allPrivileges();
    if (m_dialect == Dialect::SQLite) {
        // A single-clerk file: whoever may open it is its administrator.
        m_actor = Actor{0, qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("clerk"))),
                        QSet<Privilege>(all.cbegin(), all.cend()), Scope::all()};
        return success();
    }
    const QString login = m_actor.name;
    Sql count(*this, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (Status s = count.exec(tr("reading users")); !s)
        return s;
    if (count.next() && count.value(0).toLongLong() == 0) {
        // The first login on a new shared database becomes its administrator.
        if (Status s = transaction([&] { return keepLoginAsAdministrator(); }); !s)
            return s;
    }
    return actAsUserWhere(QStringLiteral("db_login"), login,
                          fail(tr("The PostgreSQL login “%1” is not a Bursar user of %2. An administrator can add it: "
                                  "bursar users add --name NAME --login %1 --privileges ...")
                                   .arg(login, m_location)));
}

Status Database::actAsUserWhere(const QString &column, const QString &value, const Error &unknown)
{
    // A user who cannot be found leaves the connection as it was, scope and all.
    const Actor before = m_actor;
    Status switched = switchActor(column, value, unknown);
    if (!switched && m_actor.scope != before.scope) {
        m_actor = before;
        if (Status s = applyScope(); !s)
            return s;
    }
    return switched;
}

Status Database::switchActor(const QString &column, const QString &value, const Error &unknown)
{
    if (m_scoped) { // the views of the user acting until now would hide the others
        m_actor.scope = Scope::all();
        if (Status s = applyScope(); !s)
            return s;
    }
    Sql find(*this, QStringLiteral("SELECT id, name, tenant_id, customer_id FROM users WHERE %1 = ?").arg(column));
    find.bind(value);
    if (Status s = find.exec(tr("reading users")); !s)
        return s;
    if (!find.next())
        return unknown;
    const qint64 id = find.value(0).toLongLong();
    auto privileges = privilegesOf(id);
    if (!privileges)
        return privileges.error();
    Scope scope;
    if (!find.value(3).isNull())
        scope = Scope::customer(find.value(3).toLongLong());
    else if (!find.value(2).isNull())
        scope = Scope::tenant(find.value(2).toLongLong());
    // A scoped user reads only (UserService refuses privileges for one); should a database
    // edited by hand say otherwise, the scope wins and the privileges are dropped.
    m_actor = Actor{id, find.value(1).toString(), scope.isAll() ? *privileges : QSet<Privilege>{}, scope};
    return applyScope();
}

Status Database::keepLoginAsAdministrator()
{
    if (m_dialect != Dialect::PostgreSQL)
        return success();
    Sql login(*this, QStringLiteral("SELECT current_user"));
    if (Status e = login.exec(tr("reading users")); !e)
        return e;
    const QString name = login.next() ? login.value(0).toString() : QString();
    Sql find(*this, QStringLiteral("SELECT id FROM users WHERE db_login = ?"));
    find.bind(name);
    if (Status e = find.exec(tr("reading users")); !e)
        return e;
    qint64 id = 0;
    if (find.next()) {
        id = find.value(0).toLongLong();
    } else {
        Sql add(*this, QStringLiteral("INSERT INTO users (name, db_login, created_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (name) DO UPDATE SET db_login = excluded.db_login RETURNING id"));
        add.bind(name).bind(name).bind(nowUtc());
        if (Status e = add.exec(tr("creating the administrator")); !e)
            return e;
        id = add.next() ? add.value(0).toLongLong() : 0;
    }
    for (Privilege p : allPrivileges()) {
        Sql grant(*this, QStringLiteral("INSERT INTO user_privileges (user_id, privilege) VALUES (?, ?) "
                                        "ON CONFLICT (user_id, privilege) DO NOTHING"));
        grant.bind(id).bind(privilegeKey(p));
        if (Status e = grant.exec(tr("creating the administrator")); !e)
            return e;
    }
    return audit(QStringLiteral("administrator"), QStringLiteral("user"), QString::number(id), name);
}

Status Database::actAs(const QString &userName)
{
    return actAsUserWhere(
        QStringLiteral("name"), userName.trimmed(),
        fail(tr("There is no Bursar user “%1”; list them with bursar users list.").arg(userName.trimmed()),
             QStringLiteral("user")));
}

Status Database::require(Privilege privilege, const QString &action) const
{
    if (m_actor.can(privilege))
        return success();
    return fail(tr("%1 may not %2: the privilege %3 is missing. An administrator can grant it in Settings > Users & "
                   "Privileges.")
                    .arg(m_actor.name, action, privilegeKey(privilege)),
                QStringLiteral("privilege"));
}

Status Database::transaction(const std::function<Status()> &body)
{
    if (m_dialect == Dialect::SQLite) {
        // IMMEDIATE takes the write lock at once (waiting up to the busy timeout), so a
        // transaction that reads and then writes cannot fail half-way because another
        // desktop wrote in between.
        QSqlQuery begin(m_connection->db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_pendingAudit.clear();
            return fail(tr("Cannot start a database transaction: %1").arg(driverText(begin.lastError())));
        }
    } else if (!m_connection->db.transaction()) {
        m_pendingAudit.clear();
        return fail(tr("Cannot start a database transaction: %1").arg(driverText(m_connection->db.lastError())));
    }
    m_inTransaction = true;
    Status result = body();
    m_inTransaction = false;
    // The audit records of the change are written last, so the chain's head is locked only
    // for the moment before the commit.
    if (result && !m_pendingAudit.isEmpty())
        result = writePendingAudit();
    m_pendingAudit.clear();
    if (!result) {
        m_connection->db.rollback();
        return result;
    }
    if (!m_connection->db.commit()) {
        const QString why = driverText(m_connection->db.lastError());
        m_connection->db.rollback();
        return fail(tr("Cannot save the change; nothing was written: %1").arg(why));
    }
    return result;
}

Status Database::syncIdentity(const QString &table)
{
    if (m_dialect != Dialect::PostgreSQL)
        return success(); // SQLite numbers new rows after the largest ID already
    Sql q(*this, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                "GREATEST((SELECT MAX(id) FROM %1), 1))")
                     .arg(table));
    return q.exec(tr("numbering %1").arg(table));
}

Status Database::checkIntegrity()
{
    if (m_dialect == Dialect::PostgreSQL)
        return success(); // the server checks its own pages
    Sql q(*this, QStringLiteral("PRAGMA integrity_check"));
    if (Status s = q.exec(tr("checking the database")); !s)
        return s;
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return fail(tr("The database “%1” is damaged: %2").arg(m_location, problems.join(QStringLiteral("; "))));
    return success();
}

Status Database::audit(const QString &action, const QString &entity, const QString &entityId, const QString &detail)
{
    return auditAt(nowUtc(), action, entity, entityId, detail);
}

Status Database::auditAt(const QString &at, const QString &action, const QString &entity, const QString &entityId,
                         const QString &detail)
{
    m_pendingAudit.append({at, m_actor.name, action, entity, entityId, detail});
    if (m_inTransaction)
        return success();
    return transaction([] { return success(); }); // writes it, chained, at once
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace bursar::core
