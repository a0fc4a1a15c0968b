#pragma once

#include "core/storage/database_backup.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// File > Back Up Database…: a consistent copy of the SQLite database, taken on a worker
/// connection while the window goes on (core/storage/database_backup.h). On PostgreSQL it
/// explains pg_dump instead.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(core::Database &db, QWidget *parent = nullptr);
    /// Writes the backup to the file in the field; the outcome is shown in the dialog.
    bool backUp();

private:
    core::Database &m_db;
    QLineEdit *m_file = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_backUp = nullptr;
};

/// File > Restore Database…: the chosen backup is checked and described before anything
/// happens; Restore replaces the database's contents after keeping it beside itself.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(core::Database &db, QWidget *parent = nullptr);
    /// Looks at the file in the field and says what it holds (or why it cannot be restored).
    void inspect();
    /// Restores the file in the field, after the clerk confirmed (unless `confirmed`).
    bool restore(bool confirmed = false);

Q_SIGNALS:
    /// The database's contents were replaced: every page must read it again.
    void restored();

private:
    core::Database &m_db;
    QLineEdit *m_file = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_restore = nullptr;
    std::optional<core::BackupInfo> m_checked;
};

} // namespace bursar::ui
