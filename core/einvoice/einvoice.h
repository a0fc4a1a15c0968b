#pragma once

#include "core/money/decimal.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace bursar::core {

/// Our company as an e-invoice names it (Settings > Account Information > E-invoicing):
/// what EN 16931 and Peppol BIS Billing 3.0 need beyond the name and address a PDF prints.
struct EInvoiceSeller
{
    QString legalName;      ///< BT-27; empty: the company name
    QString vatId;          ///< BT-31, with its country prefix: "DE123456789", "EL…" for Greece
    QString companyId;      ///< BT-30, the company registration
    QString endpointId;     ///< BT-34, the electronic address
    QString endpointScheme; ///< its scheme (Peppol EAS code): "0088", "9930", …
    QString iban;           ///< BT-84, where customers pay
    QString bic;            ///< BT-86
    QString vatCurrency;    ///< BT-6, the currency we account VAT in; empty: each document's own
    int rowVersion = 0;

    bool operator==(const EInvoiceSeller &) const = default;
};

/// A customer as an e-invoice names it (Customers > the customer > E-invoicing).
struct EInvoiceCustomer
{
    qint64 customerId = 0;
    bool receives = false;  ///< the customer receives e-invoices: UBL export is checked for them
    QString vatId;          ///< BT-48
    QString endpointId;     ///< BT-49
    QString endpointScheme; ///< its Peppol EAS code
    QString buyerReference; ///< BT-10, what the buyer asked to see on every invoice
    /// The VAT category (UNCL 5305) of documents that carry no tax: "" decides by region
    /// (reverse charge inside the EU, export outside it), or one of Z, E, AE, K, G, O.
    QString taxCategory;
    QString exemptionReason; ///< BT-120, printed for E (required), AE, K, G and O
    int rowVersion = 0;

    bool operator==(const EInvoiceCustomer &) const = default;
};

/// What one UBL file is written from besides the statement or memo: both parties'
/// e-invoice data and the amounts that change after approval (payments applied), as they
/// were at the first UBL export of the document. Kept with the document from then on, so
/// an export made next year is the same file.
struct EInvoiceParties
{
    EInvoiceSeller seller;
    EInvoiceCustomer buyer;
    Decimal prepaid;                        ///< BT-113: payments and credit memos applied at the first export
    std::optional<Decimal> taxCurrencyRate; ///< 1 document currency = rate VAT currency, when they differ
    QDate taxCurrencyRateDate;
    bool kept = false; ///< read from an earlier export rather than today's settings
};

/// The codes EN 16931's VAT categories use (UNCL 5305) that Bursar writes.
QStringList einvoiceTaxCategories();
/// Whether `code` (ISO 3166 alpha-2) is a member state of the EU (Greece as "GR").
bool isEuCountry(QStringView code);
/// The Peppol Electronic Address Scheme codes (EAS) a Peppol validator accepts.
const QStringList &peppolEndpointSchemes();
/// Whether `iban` (spaces allowed) has the ISO 13616 form and check digits.
bool isValidIban(QStringView iban);

} // namespace bursar::core
