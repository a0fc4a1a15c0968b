#include "ui/widgets/open_database.h"

#include "core/storage/database.h"
#include "core/storage/window_lock.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace bursar::ui {

bool needsPassword(const QString &message)
{
    // libpq's words for a missing or wrong password.
    return message.contains(QLatin1String("no password supplied")) ||
           message.contains(QLatin1String("password authentication failed"));
}

core::Result<std::unique_ptr<core::Database>> openDatabaseInteractively(QWidget *parent, const QString &location)
{
    auto opened = core::Database::open(location);
    for (int attempt = 0;
         attempt < 3 && !opened && core::Database::isPostgresUrl(location) && needsPassword(opened.error().message);
         ++attempt) {
        bool ok = false;
        const QString password =
            QInputDialog::getText(parent, QCoreApplication::translate("bursar::ui", "PostgreSQL Password"),
                                  QCoreApplication::translate("bursar::ui", "Password for %1:").arg(location),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        opened = core::Database::open(location, password);
    }
    return opened;
}

WindowDatabase::WindowDatabase() = default;
WindowDatabase::WindowDatabase(WindowDatabase &&) noexcept = default;
WindowDatabase &WindowDatabase::operator=(WindowDatabase &&) noexcept = default;
WindowDatabase::~WindowDatabase()
{
    db.reset(); // the connection closes before the lock is given up
    lock.reset();
}

core::Result<WindowDatabase> openDatabaseForWindow(QWidget *parent, const QString &location)
{
    auto lock = core::WindowLock::acquire(location);
    if (!lock)
        return lock.error();
    auto db = openDatabaseInteractively(parent, location);
    if (!db)
        return db.error();
    WindowDatabase opened;
    opened.lock = std::move(lock).value();
    opened.db = std::move(db).value();
    return opened;
}

} // namespace bursar::ui
