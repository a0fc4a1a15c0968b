#pragma once

#include "core/einvoice/einvoice.h"
#include "core/formats/document_format.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace bursar::core {

class Database;

/// One UBL file written: which document, the data it was written from, its SHA-256.
struct EInvoiceExport
{
    QString documentKind; ///< "statement", "credit_memo" or "debit_memo"
    qint64 documentId = 0;
    EInvoiceParties parties;
    QString sha256;
    QString fileName;
    QString exportedAt;
    QString exportedBy;
};

/// Settings > Account Information > E-invoicing and Customers > E-invoicing (issue 19), and
/// the record of every UBL file written. ManageSettings changes ours, ManageCustomers a
/// customer's; the audit log records each change in its transaction.
class EInvoices
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::EInvoices)

public:
    explicit EInvoices(Database &db) : m_db(db) {}

    Result<EInvoiceSeller> seller();
    /// Saves ours; refused when someone saved it since `seller.rowVersion` was read.
    Status saveSeller(const EInvoiceSeller &seller);
    /// A customer's (defaults when never set).
    Result<EInvoiceCustomer> customer(qint64 customerId);
    Status saveCustomer(const EInvoiceCustomer &customer);
    /// The field a value breaks and why, or success: what saveSeller/saveCustomer check.
    static Status check(const EInvoiceSeller &seller);
    static Status check(const EInvoiceCustomer &customer);

    /// What the UBL files of these statements are written from: each one's first export's
    /// data when it was exported before, else today's settings, prepaid amount and tax
    /// currency rate.
    Result<QHash<qint64, EInvoiceParties>> forStatements(const QList<Statement> &statements);
    Result<EInvoiceParties> forMemo(const ArDocument &memo);
    /// Keeps the files written, in one transaction, each with its SHA-256.
    Status record(const QList<EInvoiceExport> &exports);
    /// The UBL files written of a document, oldest first.
    Result<QList<EInvoiceExport>> exports(const QString &documentKind, qint64 documentId);

    static QString documentKind(const ArDocument &memo);
    static QString partiesText(const EInvoiceParties &parties);
    static EInvoiceParties partiesFrom(const QString &text);

private:
    Result<QHash<qint64, EInvoiceParties>> kept(const QString &documentKind, const QList<qint64> &ids);
    Result<QHash<qint64, EInvoiceCustomer>> customers(const QList<qint64> &ids);
    Status addTaxCurrencyRate(EInvoiceParties &parties, const QString &currency, QDate on);
    Database &m_db;
};

/// The JSON forms of our and a customer's e-invoice data (the command line's and the kept
/// exports'): legal_name, vat_id, company_id, endpoint_id, endpoint_scheme, iban, bic,
/// vat_currency; customer_id, receives, vat_id, endpoint_id, endpoint_scheme,
/// buyer_reference, tax_category, exemption_reason.
QJsonObject einvoiceJson(const EInvoiceSeller &seller);
QJsonObject einvoiceJson(const EInvoiceCustomer &customer);

/// Writes `bytes` of `format` for a document and, when the format keeps its exports (UBL),
/// records the file's SHA-256 and the data it was written from with the document.
Status recordExport(Database &db, const DocumentFormat &format, const QString &documentKind, qint64 documentId,
                    const EInvoiceParties &parties, const QByteArray &bytes, const QString &fileName);

} // namespace bursar::core
