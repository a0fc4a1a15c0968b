#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class CustomerListModel;
class CustomerProfileDialog;

/// Customers: the list (search as you type, filter by tenant, sortable) and the way into
/// each customer's profile.
class CustomersPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)
public:
    explicit CustomersPage(core::Database &db, QWidget *parent = nullptr);

    CustomerListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    /// Opens the profile of `customerId` (0 for a new customer); returns the dialog, which
    /// deletes itself when closed.
    /// Opens the customer's profile, or brings it to the front when it is open already.
    CustomerProfileDialog *openProfile(qint64 customerId);
    /// Closes every open profile, each asking about unsaved changes; false when the clerk
    /// chose Cancel in one (the window then stays open).
    bool closeProfiles();
    /// Writes the rows the list shows now (search and tenant applied) as CSV.
    bool exportCsv(const QString &path, QString *error);
    void reloadTenants();

private:
    void applyFilter();
    void updateCount();

    core::Database &m_db;
    CustomerListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_tenant;
    QLabel *m_count;
    QTimer *m_debounce;
    QList<QPointer<CustomerProfileDialog>> m_profiles;
};

} // namespace bursar::ui
