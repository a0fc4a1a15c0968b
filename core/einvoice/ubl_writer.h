#pragma once

#include "core/formats/document_format.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace bursar::core {

/// Why a document cannot leave as an e-invoice: the EN 16931 or Peppol rule it would break
/// ("BR-CO-15", "PEPPOL-EN16931-R010"), the Bursar field a clerk sets to fix it
/// ("Customers > #100001 > E-invoicing > VAT ID") and the whole sentence.
struct EInvoiceProblem
{
    QString rule;
    QString field;
    QString message;
};

/// UBL 2.1 e-invoices (EN 16931, Peppol BIS Billing 3.0) from a statement's or memo's
/// snapshot, with QXmlStreamWriter; no database. An approved statement is an Invoice (380),
/// a released credit memo a CreditNote (381) with a BillingReference to what it adjusts, a
/// released debit memo an Invoice (383). The mapping is in docs/EINVOICE.md.
///
/// Before a byte is written, the document is checked against the rules Bursar can check
/// itself (required data per VAT category, the BR-CO sums, two decimals): a document that
/// breaks one is refused with the rule and the field to fix, never written.
class UblWriter
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::UblWriter)

public:
    static Result<QByteArray> statement(const StatementInput &input);
    static Result<QByteArray> memo(const MemoInput &input);
    /// Every problem that stops the export, empty when the file can be written.
    static QList<EInvoiceProblem> problems(const StatementInput &input);
    static QList<EInvoiceProblem> problems(const MemoInput &input);
};

} // namespace bursar::core
