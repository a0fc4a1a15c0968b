#pragma once

#include "core/result.h"

#include <memory>

class QWidget;

namespace bursar::core {
class Database;
class WindowLock;
} // namespace bursar::core

namespace bursar::ui {

/// Opens a SQLite file or a PostgreSQL URL. When the server asks for a password that
/// neither PGPASSWORD nor ~/.pgpass gave, asks the clerk for it (up to three times); the
/// password is used for this connection only and never stored.
core::Result<std::unique_ptr<core::Database>> openDatabaseInteractively(QWidget *parent, const QString &location);

/// What a window holds: its database, and the lock that keeps a second window off the
/// same SQLite file (none is needed on PostgreSQL). The lock outlives the connection.
struct WindowDatabase
{
    std::unique_ptr<core::WindowLock> lock;
    std::unique_ptr<core::Database> db;
    WindowDatabase();
    WindowDatabase(WindowDatabase &&) noexcept;
    WindowDatabase &operator=(WindowDatabase &&) noexcept;
    ~WindowDatabase();
};

/// Opens `location` for a window: refused, naming the other window, when another Bursar
/// window has the same SQLite file open; then as openDatabaseInteractively.
core::Result<WindowDatabase> openDatabaseForWindow(QWidget *parent, const QString &location);

/// True when a connection failed because the server wants a (different) password.
bool needsPassword(const QString &message);

} // namespace bursar::ui
