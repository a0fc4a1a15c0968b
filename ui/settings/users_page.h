#pragma once

#include "core/users/privilege.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;
class CustomerPicker;

/// Settings > Users & Privileges: one row per Bursar user, what the user sees (the whole
/// installation, a tenant and those below it, or one customer), one checkbox per privilege.
/// A tick grants, an untick revokes, at once; the core refuses what the acting user may
/// not do (a user of a tenant or a customer reads only), and the screen says so.
class UsersPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)
public:
    explicit UsersPage(core::Database &db, QWidget *parent = nullptr);

    void reload();
    bool addUser(const QString &name, const QString &login);
    /// Moves the selected user to what the "Sees" fields say.
    bool applyScopeToSelected();
    /// "Sees": "all", "tenant" with the tenant chosen, or "customer" with the ID typed.
    QComboBox *scopeBox() const { return m_scope; }
    QLineEdit *customerField() const;
    QTableWidget *table() const { return m_table; }
    QString feedbackText() const;

private:
    std::optional<core::Scope> chosenScope();

    core::Database &m_db;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_login;
    QComboBox *m_scope;
    CustomerPicker *m_customer;
    FormFeedback *m_feedback;
    bool m_loading = false;
};

} // namespace bursar::ui
