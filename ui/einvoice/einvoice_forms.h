#pragma once

#include "core/einvoice/einvoice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Settings > Account Information > E-invoicing: what our e-invoices name us by (legal
/// name, VAT ID, registration, electronic address, bank account, VAT currency).
class SellerEInvoiceForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SellerEInvoiceForm)
public:
    explicit SellerEInvoiceForm(core::Database &db, QWidget *parent = nullptr);

    void load();
    bool save();
    QString feedbackText() const;

private:
    core::Database &m_db;
    core::EInvoiceSeller m_loaded;
    QLineEdit *m_legalName, *m_vatId, *m_companyId, *m_endpointId, *m_iban, *m_bic;
    QComboBox *m_scheme, *m_vatCurrency;
    FormFeedback *m_feedback;
};

/// Customers > the customer > E-invoicing: whether the customer receives e-invoices, its
/// VAT ID, electronic address and buyer reference, and the VAT category of untaxed documents.
class CustomerEInvoiceForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerEInvoiceForm)
public:
    explicit CustomerEInvoiceForm(core::Database &db, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    bool save();
    QString feedbackText() const;
    QCheckBox *receives() const { return m_receives; }

private:
    core::Database &m_db;
    core::EInvoiceCustomer m_loaded;
    QCheckBox *m_receives;
    QLineEdit *m_vatId, *m_endpointId, *m_buyerReference, *m_exemptionReason;
    QComboBox *m_scheme, *m_category;
    FormFeedback *m_feedback;
};

/// The Peppol electronic address schemes as a clerk picks one: "9930 — German VAT number".
void addEndpointSchemeItems(QComboBox *combo);

} // namespace bursar::ui
