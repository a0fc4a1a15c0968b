#pragma once

#include "result.h"

#include <memory>

class QWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// Opens a SQLite file or a PostgreSQL URL. When the server asks for a password that
/// neither PGPASSWORD nor ~/.pgpass gave, asks the clerk for it (up to three times); the
/// password is used for this connection only and never stored.
core::Result<std::unique_ptr<core::Database>> openDatabaseInteractively(QWidget *parent, const QString &location);

/// True when a connection failed because the server wants a (different) password.
bool needsPassword(const QString &message);

} // namespace bursar::ui
