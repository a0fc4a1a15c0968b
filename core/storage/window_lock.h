#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <memory>

class QLockFile;

namespace bursar::core {

/// One window per SQLite file. A second Bursar window on the same file is refused, naming
/// the window that has it (its process, user, host and since when): a file database is one
/// clerk's, and two clerks share data through PostgreSQL. The command line never takes this
/// lock, so month-end scripts run beside the window. Held until destroyed; a crashed
/// window's lock is recognised as stale (QLockFile checks that its process still lives).
class WindowLock
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::WindowLock)

public:
    ~WindowLock();
    WindowLock(const WindowLock &) = delete;
    WindowLock &operator=(const WindowLock &) = delete;

    /// Takes the lock for the database at `location`. A PostgreSQL URL needs none: the
    /// lock is granted and holds nothing. The lock file is "<file>.window.lock", a file of
    /// its own, never the database or its -wal/-shm.
    static Result<std::unique_ptr<WindowLock>> acquire(const QString &location);
    static QString lockPath(const QString &databasePath);

private:
    WindowLock() = default;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace bursar::core
