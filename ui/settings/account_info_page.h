#pragma once
#include "core/settings/account_info.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class BillingApiBox;
class ContactForm;
class FormFeedback;
class SellerEInvoiceForm;

/// Settings > Account Information: company name, logo, address, contact and default
/// currency, as printed on every statement; and the Billing API (its own tab).
class AccountInfoPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountInfoPage)
public:
    explicit AccountInfoPage(core::Database &db, QWidget *parent = nullptr);

    void load();
    bool save();
    /// Takes the logo from an image file (what "Choose Logo…" does after its file dialog).
    bool setLogoFile(const QString &path);
    QString feedbackText() const;
    BillingApiBox *billingApi() const { return m_api; }
    SellerEInvoiceForm *einvoicing() const { return m_einvoice; }

Q_SIGNALS:
    /// The Billing API's switch or address was saved: the window starts, restarts or stops it.
    void apiSettingsChanged();

private:
    void showLogo();

    core::Database &m_db;
    core::AccountInfo m_info;
    QLineEdit *m_company;
    ContactForm *m_contact;
    QComboBox *m_currency;
    QLabel *m_logo;
    FormFeedback *m_feedback;
    BillingApiBox *m_api;
    SellerEInvoiceForm *m_einvoice;
};

} // namespace bursar::ui
