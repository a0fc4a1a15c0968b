// Backups and restores of a SQLite database, through SQLite only (database_backup.h).
#include "core/storage/database_backup.h"

#include "core/storage/database.h"
#include "core/storage/database_files.h"
#include "core/storage/internal/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <filesystem>

namespace bursar::core {

using storage_internal::ApplicationId;
using storage_internal::driverText;
using storage_internal::nextConnectionName;

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// An empty file only its owner may read and write, for SQLite to write a backup into
/// (VACUUM INTO keeps the permissions of an empty file it is given).
Status createOwnerOnly(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return fail(DatabaseBackup::tr("Cannot create “%1”: %2. Choose a folder you may write to.")
                        .arg(shown(path), file.errorString()));
    file.close();
    return success();
}

/// Runs `body` on a read-only SQLite connection of its own to `path`.
template <class F> auto withReadOnly(const QString &path, F body) -> decltype(body(std::declval<QSqlDatabase &>()))
{
    const QString name = nextConnectionName();
    decltype(body(std::declval<QSqlDatabase &>())) result = fail(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            result = fail(DatabaseBackup::tr("Cannot read “%1”: %2.").arg(shown(path), driverText(db.lastError())));
        else
            result = body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// A copy of the backup `source` in `temp`, brought to this Bursar's schema.
Result<QString> upgradedCopy(const QString &source, const QTemporaryDir &temp)
{
    if (!temp.isValid())
        return fail(
            DatabaseBackup::tr("Cannot make a temporary folder to upgrade the backup in: %1.").arg(temp.errorString()));
    const QString copy = temp.filePath(QStringLiteral("upgraded.sqlite"));
    if (Status s = createOwnerOnly(copy); !s)
        return s.error();
    Status copied = withReadOnly(source, [&](QSqlDatabase &b) -> Status {
        QSqlQuery q(b);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(copy);
        if (!q.exec())
            return fail(DatabaseBackup::tr("Cannot copy the backup “%1” to upgrade it: %2.")
                            .arg(shown(source), driverText(q.lastError())));
        return success();
    });
    if (!copied)
        return copied.error();
    auto upgraded = Database::open(copy);
    if (!upgraded)
        return fail(DatabaseBackup::tr("The backup “%1” cannot be brought to this Bursar's schema: %2 Nothing was "
                                       "changed.")
                        .arg(shown(source), upgraded.message()));
    return copy;
}

/// Replaces the rows of each of `tables` with restore_source's, and compares them.
Status replaceRows(Database &db, const QStringList &tables, qint64 &rows, const QString &doing)
{
    for (const QString &table : tables) {
        Sql columns(db, QStringLiteral("SELECT name FROM pragma_table_info(?, 'main')"));
        columns.bind(table);
        if (Status s = columns.exec(doing); !s)
            return s;
        QStringList names;
        while (columns.next())
            names << u'"' + columns.value(0).toString() + u'"';
        const QString list = names.join(QStringLiteral(", "));
        if (Status s = Sql(db, QStringLiteral("DELETE FROM main.\"%1\"").arg(table)).exec(doing); !s)
            return s;
        Sql copy(db,
                 QStringLiteral("INSERT INTO main.\"%1\" (%2) SELECT %2 FROM restore_source.\"%1\"").arg(table, list));
        if (Status s = copy.exec(doing); !s)
            return s;
        rows += copy.rowsAffected();
        // Compared before the commit: every row of the backup is here, and nothing else.
        Sql differ(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM main.\"%1\") - (SELECT COUNT(*) FROM "
                                      "restore_source.\"%1\"), (SELECT COUNT(*) FROM (SELECT %2 FROM main.\"%1\" "
                                      "EXCEPT SELECT %2 FROM restore_source.\"%1\"))")
                           .arg(table, list));
        if (Status s = differ.exec(doing); !s)
            return s;
        if (!differ.next() || differ.value(0).toLongLong() != 0 || differ.value(1).toLongLong() != 0)
            return fail(DatabaseBackup::tr("The restored table %1 does not match the backup; nothing was restored.")
                            .arg(table));
    }
    Sql keys(db, QStringLiteral("PRAGMA main.foreign_key_check"));
    if (Status s = keys.exec(doing); !s)
        return s;
    if (keys.next())
        return fail(DatabaseBackup::tr("The backup's table %1 refers to a row that is not there; nothing was restored.")
                        .arg(keys.value(0).toString()));
    return success();
}

} // namespace

QString DatabaseBackup::suggestedName(const QDateTime &now)
{
    return QStringLiteral("bursar-backup-%1.sqlite").arg(now.toString(QStringLiteral("yyyy-MM-dd-HHmm")));
}

QString DatabaseBackup::besidePath(const QString &databasePath, const QString &what, const QDateTime &now)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(
        QStringLiteral("%1.%2-%3.sqlite")
            .arg(info.completeBaseName(), what, now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

QString DatabaseBackup::pgDumpAdvice(const QString &location)
{
    return tr("%1 is a shared PostgreSQL database: back it up with PostgreSQL's own tools, which see every "
              "desktop's changes at one moment. For example: pg_dump --format=custom --file=bursar.dump \"%1\"; "
              "restore into a new, empty database with pg_restore --dbname=NEW_URL bursar.dump. Ask the server's "
              "administrator, who may already back it up.")
        .arg(location);
}

Result<BackupInfo> DatabaseBackup::inspect(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return fail(tr("The backup “%1” does not exist.").arg(shown(file)));
    if (info.isDir())
        return fail(tr("“%1” is a folder; choose a backup file.").arg(shown(file)));
    auto looked = withReadOnly(info.absoluteFilePath(), [&](QSqlDatabase &db) -> Result<BackupInfo> {
        QSqlQuery q(db);
        auto notOurs = [&] {
            return fail(
                tr("“%1” is not a Bursar database, so it is no backup of one; nothing was changed.").arg(shown(file)));
        };
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return notOurs();
        if (q.value(0).toInt() != ApplicationId)
            return notOurs();
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return fail(tr("The backup “%1” is damaged (%2); nothing was changed. Choose another backup.")
                            .arg(shown(file), driverText(q.lastError())));
        QStringList problems;
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << q.value(0).toString();
        if (!problems.isEmpty())
            return fail(tr("The backup “%1” is damaged (%2); nothing was changed. Choose another backup.")
                            .arg(shown(file), problems.mid(0, 3).join(QStringLiteral("; "))));
        BackupInfo b{info.absoluteFilePath(), 0, info.size(), info.lastModified(), 0, 0};
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next())
            return fail(tr("The backup “%1” has no schema table; nothing was changed.").arg(shown(file)));
        b.schemaVersion = q.value(0).toInt();
        if (b.schemaVersion > Database::latestSchemaVersion())
            return fail(tr("The backup “%1” was written by a newer Bursar (schema %2; this Bursar knows up to %3); "
                           "nothing was changed. Update Bursar to restore it.")
                            .arg(shown(file))
                            .arg(b.schemaVersion)
                            .arg(Database::latestSchemaVersion()));
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && q.next())
            b.customers = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM statements")) && q.next())
            b.statements = q.value(0).toLongLong();
        return b;
    });
    return looked;
}

Result<BackupInfo> DatabaseBackup::backup(Database &db, const QString &to, bool replace)
{
    if (db.dialect() == Dialect::PostgreSQL)
        return fail(pgDumpAdvice(db.location()));
    if (to.trimmed().isEmpty())
        return fail(tr("No backup file was given; name a new file, for example %1.").arg(suggestedName()));
    const QFileInfo target(to);
    const QString path = target.absoluteFilePath();
    if (!target.absoluteDir().exists())
        return fail(tr("The folder “%1” does not exist; create it or choose another place for the backup.")
                        .arg(shown(target.absolutePath())));
    if (target.isDir())
        return fail(tr("“%1” is a folder; name a backup file in it, for example %2.")
                        .arg(shown(path), shown(QDir(path).filePath(suggestedName()))));
    if (DatabaseFiles::isOpen(path))
        return fail(tr("“%1” is a database Bursar has open; a backup needs a file of its own.").arg(shown(path)));
    if (target.exists() && !replace)
        return fail(tr("“%1” exists already; choose a new name for the backup, or remove the old file first.")
                        .arg(shown(path)));

    // Written under a name of its own, checked, and only then named as asked: a failed or
    // interrupted backup never leaves a file that looks like one.
    const QString part = target.absoluteDir().filePath(
        QStringLiteral(".%1.part-%2").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (Status s = createOwnerOnly(part); !s)
        return s.error();
    auto discard = [&](const Error &e) -> Result<BackupInfo> {
        QFile::remove(part);
        return e;
    };
    Sql vacuum(db, QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(part);
    if (Status s = vacuum.exec(tr("backing up the database to %1").arg(shown(path))); !s)
        return discard(s.error());
    auto checked = inspect(part);
    if (!checked)
        return discard(checked.error());
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(part.toStdU16String()), std::filesystem::path(path.toStdU16String()),
                            error);
    if (error)
        return discard(fail(
            tr("Cannot name the backup “%1”: %2.").arg(shown(path), QString::fromLocal8Bit(error.message().c_str()))));
    BackupInfo info = *checked;
    info.path = path;
    info.written = QFileInfo(path).lastModified();
    return info;
}

Result<RestoreResult> DatabaseBackup::restore(Database &db, const QString &from)
{
    if (db.dialect() == Dialect::PostgreSQL)
        return fail(pgDumpAdvice(db.location()));
    const QString source = QFileInfo(from).absoluteFilePath();
    if (QFileInfo(source) == QFileInfo(db.location()))
        return fail(tr("“%1” is the database itself; choose a backup of it.").arg(shown(source)));
    auto info = inspect(source);
    if (!info)
        return info.error();
    RestoreResult result{*info, {}, 0};

    // An older backup is brought to this schema first, in a temporary copy: the backup
    // itself is never changed.
    QTemporaryDir temp;
    QString rowsFrom = source;
    if (info->schemaVersion < db.schemaVersion()) {
        auto upgraded = upgradedCopy(source, temp);
        if (!upgraded)
            return upgraded.error();
        rowsFrom = *upgraded;
    }

    // The database as it is now is kept beside it before anything is replaced.
    auto kept = backup(db, besidePath(db.location(), QStringLiteral("before-restore")));
    if (!kept)
        return fail(
            tr("Cannot keep the database as it is before restoring: %1 Nothing was changed.").arg(kept.message()));
    result.keptAs = kept->path;

    const QString doing = tr("restoring the backup %1").arg(shown(source));
    // Only read from: nothing is written to the attached backup. Foreign keys are off while
    // the rows are replaced (a cascade would delete rows already restored) and checked
    // whole before the commit; both outside the transaction, where SQLite allows them.
    Sql attach(db, QStringLiteral("ATTACH DATABASE ? AS restore_source"));
    attach.bind(rowsFrom);
    if (Status s = attach.exec(doing); !s)
        return s.error();
    if (Status s = Sql(db, QStringLiteral("PRAGMA foreign_keys = OFF")).exec(doing); !s)
        return s.error();
    struct Detach
    {
        Database &db;
        ~Detach()
        {
            (void)Sql(db, QStringLiteral("DETACH DATABASE restore_source")).exec(QString());
            (void)Sql(db, QStringLiteral("PRAGMA foreign_keys = ON")).exec(QString());
        }
    } detach{db};

    auto tablesOf = [&](const QString &schema) -> Result<QStringList> {
        Sql q(db, QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                 "AND name <> 'schema_migrations' ORDER BY name")
                      .arg(schema));
        if (Status s = q.exec(doing); !s)
            return s.error();
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        return names;
    };
    auto ours = tablesOf(QStringLiteral("main"));
    auto theirs = tablesOf(QStringLiteral("restore_source"));
    if (!ours || !theirs)
        return !ours ? ours.error() : theirs.error();
    if (*ours != *theirs)
        return fail(tr("The backup “%1” does not hold the tables of this database (schema %2); nothing was "
                       "changed beyond keeping the database as %3.")
                        .arg(shown(source))
                        .arg(db.schemaVersion())
                        .arg(shown(result.keptAs)));

    Status restored = db.transaction([&]() -> Status {
        if (Status s = replaceRows(db, *ours, result.rows, doing); !s)
            return s;
        return db.audit(QStringLiteral("restore"), QStringLiteral("database"), db.location(),
                        QStringLiteral("from %1 (schema %2, written %3); the database before it was kept as %4")
                            .arg(source)
                            .arg(info->schemaVersion)
                            .arg(info->written.toUTC().toString(Qt::ISODate), result.keptAs));
    });
    if (!restored)
        return fail(
            tr("%1 The database is as it was; it was also kept as %2.").arg(restored.message(), shown(result.keptAs)));
    return result;
}

} // namespace bursar::core
