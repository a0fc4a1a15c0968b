#pragma once

#include "core/customers/billing_parties.h"
#include "core/customers/customer.h"
#include "core/domain/vendor.h"
#include "core/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace bursar::core {
class Database;
class CustomerService;
} // namespace bursar::core

namespace bursar::ui {

class ContactForm;
class CreditsPanel;
class FormFeedback;
class CustomerArPanel;
class CustomerEmailsPanel;
class CustomerEInvoiceForm;
class PlaceCombo;

/// A customer's profile with the folders of PRODUCT.md §1: General, Cloud Billing > Cloud
/// Providers and Vendor Accounts, Billing Profiles, Subscriptions, Payment Methods.
/// Opened with ID 0 it creates a new customer; the other folders open once it is saved.
class CustomerProfileDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerProfileDialog)
public:
    CustomerProfileDialog(core::Database &db, qint64 customerId, QWidget *parent = nullptr);
    ~CustomerProfileDialog() override;

    qint64 customerId() const { return m_customer.id; }
    CreditsPanel *creditsPanel() const { return m_credits; }
    CustomerArPanel *arPanel() const { return m_ar; }
    CustomerEmailsPanel *emailsPanel() const { return m_emails; }
    CustomerEInvoiceForm *einvoicePanel() const { return m_einvoice; }
    /// Folder names, as shown in the tree; selectFolder() takes the same.
    QStringList folders() const;
    void selectFolder(const QString &name);
    /// Saves General and Cloud Providers; false (with the message shown) when refused.
    bool save();
    QString feedbackText() const;
    FormFeedback *feedback() const { return m_feedback; }
    /// General or Cloud Providers differ from what was loaded or last saved.
    bool hasUnsavedChanges() const;

public Q_SLOTS:
    /// Close, Escape and the window's close button (QDialog::closeEvent calls reject): with
    /// unsaved changes, asks Save / Discard / Cancel first.
    void reject() override;

Q_SIGNALS:
    void customerSaved(qint64 customerId);

private:
    QWidget *buildGeneral();
    QWidget *buildProviders();
    QWidget *buildAccounts();
    QWidget *buildCredits();
    QWidget *buildArDocuments();
    QWidget *buildEmails();
    QWidget *buildEInvoicing();
    QWidget *buildPaymentMethods();
    QWidget *buildBillingProfiles();
    QWidget *buildSubscriptions();
    void load();
    void loadAccounts();
    void loadPaymentMethods();
    void loadBillingProfiles();
    void loadSubscriptions();
    void updateTitle();
    void showError(const core::Error &error);
    void showInfo(const QString &text);
    QString formState() const;
    bool maySaveOrDiscard();

    core::Database &m_db;
    std::unique_ptr<core::CustomerService> m_service;
    core::Customer m_customer;
    QString m_savedState; ///< formState() as loaded or last saved

    QTreeWidget *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    FormFeedback *m_feedback = nullptr;

    // General
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_tenant = nullptr;
    ContactForm *m_contact = nullptr;
    PlaceCombo *m_region = nullptr;
    PlaceCombo *m_state = nullptr;
    QSpinBox *m_terms = nullptr;

    // Cloud Providers: one row per vendor
    struct ProviderRow
    {
        core::Vendor vendor;
        QCheckBox *enabled;
        QComboBox *currency;
        QComboBox *pricebook;
    };
    QList<ProviderRow> m_providerRows;
    QList<core::CustomerProvider> m_loadedProviders; // as read, so Save writes only what changed

    // Credits
    CreditsPanel *m_credits = nullptr;
    CustomerArPanel *m_ar = nullptr;
    CustomerEmailsPanel *m_emails = nullptr;
    CustomerEInvoiceForm *m_einvoice = nullptr;

    // Vendor accounts
    QTableWidget *m_accounts = nullptr;
    QComboBox *m_accountVendor = nullptr;
    QLineEdit *m_accountId = nullptr;
    QLineEdit *m_accountLabel = nullptr;

    // Payment methods
    QTableWidget *m_payments = nullptr;
    QComboBox *m_paymentKind = nullptr;
    QLineEdit *m_paymentReference = nullptr;
    QLineEdit *m_paymentHolder = nullptr;

    // Billing profiles
    QTableWidget *m_profiles = nullptr;
    QList<core::BillingProfile> m_profileList;
    qint64 m_editingProfile = 0;
    QLineEdit *m_profileName = nullptr;
    ContactForm *m_profileContact = nullptr;
    QComboBox *m_profilePayment = nullptr;

    // Subscriptions
    QTableWidget *m_subscriptions = nullptr;
    QList<core::Subscription> m_subscriptionList;
    qint64 m_editingSubscription = 0;
    QLineEdit *m_subName = nullptr;
    PlaceCombo *m_subRegion = nullptr;
    PlaceCombo *m_subState = nullptr;
    QComboBox *m_subProfile = nullptr;
    QCheckBox *m_subDefault = nullptr;
};

} // namespace bursar::ui
