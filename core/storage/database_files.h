#pragma once
// The one rule of Bursar's storage that no compiler checks:
//
//   While any connection of this process may have a SQLite database open, nothing but
//   SQLite itself opens, reads, writes, copies, hashes, renames over or closes that
//   database file or its -wal, -shm and -journal files.
//
// Why: SQLite coordinates processes with POSIX advisory locks, and POSIX drops *every*
// lock a process holds on a file as soon as the process closes *any* descriptor of that
// file ("How To Corrupt An SQLite Database File", section 2.2). One QFile::open/close of
// the database — to sniff its header, hash it, back it up, or because a clerk picked it
// as a usage file or a logo — makes the next Bursar process that closes the database
// believe it is the last user: it checkpoints and deletes the WAL, this process goes on
// committing into a deleted file, and those commits are lost. SQLite's own connections in
// one process share one record of the locks per file and never close a descriptor that
// still carries one, so a second connection (a worker's) is safe; a plain file handle is
// not. Issue 11 lost committed credits, audit records and statement numbers this way.
//
// So: Database::open inspects files through SQLite only, registers every SQLite file it
// opens here, and each place that opens a path a user chose asks refuseDatabaseFile()
// first. A backup or copy of a database goes through SQLite (VACUUM INTO or the backup
// API), never through the file system.

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bursar::core {

class DatabaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::DatabaseFiles)

public:
    /// True when `path` names a SQLite database that a connection of this process has
    /// open, or that database's -wal, -shm or -journal file (by path after resolving
    /// links, and on POSIX by device and inode, so a hard link is caught too). Looks with
    /// stat() only: asking never opens the file.
    static bool isOpen(const QString &path);

    /// Database::open and ~Database keep the registry: one entry per open connection.
    /// registerOpen returns the key to unregister with (the path as resolved then: a file
    /// created afterwards may resolve differently through a linked folder).
    static QString registerOpen(const QString &databasePath);
    static void unregisterOpen(const QString &key);
};

/// Refused, with the file named and what to do instead, when `path` is a file of a
/// database this process has open (DatabaseFiles::isOpen). `purpose` says what the file
/// was chosen for ("import it as usage", "use it as the logo", "write the export there").
Status refuseDatabaseFile(const QString &path, const QString &purpose);

/// Writes `bytes` to `path` under a temporary name and renames it into place (a reader
/// never sees half a file); refused for a file of an open database.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace bursar::core
