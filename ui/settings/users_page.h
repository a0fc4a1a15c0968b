#pragma once

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Settings > Users & Privileges: one row per Bursar user, one checkbox per privilege.
/// A tick grants, an untick revokes, at once; the core refuses what the acting user may
/// not do, and the screen says so.
class UsersPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)
public:
    explicit UsersPage(core::Database &db, QWidget *parent = nullptr);

    void reload();
    bool addUser(const QString &name, const QString &login);
    QTableWidget *table() const { return m_table; }
    QString feedbackText() const;

private:
    core::Database &m_db;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_login;
    FormFeedback *m_feedback;
    bool m_loading = false;
};

} // namespace bursar::ui
