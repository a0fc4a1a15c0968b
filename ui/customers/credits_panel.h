#pragma once

#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "ui/widgets/paged_model.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Add Credit: vendor, kind, currency, a positive amount (stored negative), comment and an
/// optional expiry date. Refusals show beside the field they concern.
class AddCreditDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddCreditDialog)
public:
    AddCreditDialog(core::Database &db, qint64 customerId, QWidget *parent = nullptr);
    /// Fills the form from a vendor credit to pass on (CreditService::fromVendorCredit); the
    /// saved credit names it, so it is issued once. False, with the reason shown, when the
    /// vendor credit cannot be passed on.
    bool passOn(const core::VendorCredit &credit);
    /// Saves the credit; false (with the message shown) when refused.
    bool save();
    qint64 savedId() const { return m_saved; }
    QString feedbackText() const;

    QComboBox *vendor() const { return m_vendor; }
    QComboBox *kind() const { return m_kind; }
    QComboBox *currency() const { return m_currency; }
    QLineEdit *amount() const { return m_amount; }
    QLineEdit *comment() const { return m_comment; }
    QCheckBox *expires() const { return m_expires; }
    QDateEdit *expiresOn() const { return m_expiresOn; }

private:
    void defaultCurrency();
    core::Database &m_db;
    qint64 m_customer;
    qint64 m_saved = 0;
    QString m_vendorCredit; ///< the vendor credit passed on (vendorCreditKey), if any
    QComboBox *m_vendor;
    QComboBox *m_kind;
    QComboBox *m_currency;
    QLineEdit *m_amount;
    QLineEdit *m_comment;
    QCheckBox *m_expires;
    QDateEdit *m_expiresOn;
    FormFeedback *m_feedback;
};

/// Customers > profile > Cloud Billing > Credits: the customer's credits with issued,
/// applied and remaining amounts, the balance per vendor and currency, the order of use,
/// and each credit's history of applications.
class CreditsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditsPanel)
public:
    CreditsPanel(core::Database &db, QWidget *parent = nullptr);
    void setCustomer(qint64 customerId);
    void reload();
    /// Opens Add Credit; the dialog deletes itself when closed.
    AddCreditDialog *openAddCredit();
    bool voidSelected(const QString &reason);

    QTableView *credits() const { return m_table; }
    QTableView *history() const { return m_history; }
    PagedListModel<core::Credit> *creditsModel() const { return m_credits; }
    PagedListModel<core::CreditApplication> *historyModel() const { return m_applications; }
    QString balanceText() const;
    QString feedbackText() const;

Q_SIGNALS:
    void creditsChanged();

private:
    static QList<ListColumn<core::Credit>> creditColumns();
    static QList<ListColumn<core::CreditApplication>> applicationColumns(const CreditsPanel *self);
    void showHistory();
    core::Database &m_db;
    qint64 m_customer = 0;
    core::Credit m_selected; ///< the credit whose applications show; id 0 for none
    QLabel *m_balance;
    PagedListModel<core::Credit> *m_credits;
    PagedListModel<core::CreditApplication> *m_applications;
    QTableView *m_table;
    QTableView *m_history;
    FormFeedback *m_feedback;
};

/// What the Credits screens call a credit's state.
QString creditStateName(const core::Credit &credit, QDate today);

} // namespace bursar::ui
