#include "widgets/open_database.h"

#include "storage/database.h"

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
    for (int attempt = 0; attempt < 3 && !opened && core::Database::isPostgresUrl(location) &&
                          needsPassword(opened.error().message);
         ++attempt) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, QCoreApplication::translate("bursar::ui", "PostgreSQL Password"),
            QCoreApplication::translate("bursar::ui", "Password for %1:").arg(location), QLineEdit::Password, QString(),
            &ok);
        if (!ok)
            break;
        opened = core::Database::open(location, password);
    }
    return opened;
}

} // namespace bursar::ui
