#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace bursar::core {

class Database;

/// A backup file as Bursar found it.
struct BackupInfo
{
    QString path;
    int schemaVersion = 0;
    qint64 bytes = 0;
    QDateTime written; ///< the file's modification time
    qint64 customers = 0;
    qint64 statements = 0;
};

/// What a restore did.
struct RestoreResult
{
    BackupInfo from;
    QString keptAs; ///< the database as it was before, kept as a backup of its own
    qint64 rows = 0;
};

/// Backups of a SQLite database, always through SQLite (issue 7: nothing else may open the
/// database file while Bursar has it open).
///
/// A backup is `VACUUM INTO` a new file: one consistent snapshot, taken while the window and
/// other processes go on working. The file is made readable by its owner only before SQLite
/// writes into it, then checked (integrity, Bursar's, schema) and only then given its name.
///
/// A restore checks the backup first and changes nothing when it is not a sound Bursar
/// database of this schema or older. It keeps the current database as a backup beside it,
/// then replaces every table's rows with the backup's in one transaction of the open
/// connection (an older backup is brought to this schema in a temporary copy first), and
/// compares every table with the backup before it commits. The restore is the one row it
/// adds to the audit log. Other connections see the restored data at the commit, as they
/// would any other change.
///
/// PostgreSQL is backed up with its own tools; see pgDumpAdvice().
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::DatabaseBackup)

public:
    /// Writes a backup of `db` to `to`. An existing `to` is refused unless `replace`.
    static Result<BackupInfo> backup(Database &db, const QString &to, bool replace = false);
    /// Looks at a backup file without changing it.
    static Result<BackupInfo> inspect(const QString &file);
    /// Replaces the contents of `db` with the backup in `from`.
    static Result<RestoreResult> restore(Database &db, const QString &from);

    /// "bursar-backup-2026-12-06-1030.sqlite": a name for a backup made now.
    static QString suggestedName(const QDateTime &now = QDateTime::currentDateTime());
    /// Where the automatic backups of `databasePath` go: beside it, named after it, what
    /// they were taken before, and the time.
    static QString besidePath(const QString &databasePath, const QString &what,
                              const QDateTime &now = QDateTime::currentDateTime());
    /// How to back up and restore a shared PostgreSQL database (pg_dump / pg_restore).
    static QString pgDumpAdvice(const QString &location);
};

} // namespace bursar::core
