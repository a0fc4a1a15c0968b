#pragma once

// The e-invoice between Bursar's documents and the XML: what ubl_model.cpp maps a statement
// or memo to, what the checks read and what ubl_xml.cpp writes. Internal to core/einvoice.

#include "core/einvoice/ubl_writer.h"
#include "core/money/decimal.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bursar::core::ubl {

struct Party
{
    QString endpointId, endpointScheme;
    QString name, legalName, vatId, companyId;
    QString street, street2, city, postalZone, countryCode;
    QString contactName, phone, email;
};

struct Line
{
    QString id;
    QString name;
    QString description;
    Decimal quantity;
    QString unitCode = QStringLiteral("C62");
    Decimal net;      ///< BT-131, in `places` decimals
    Decimal price;    ///< BT-146, not negative
    Decimal discount; ///< a line allowance (BT-136); zero: none
    QString category;
    Decimal rate;
};

struct Allowance
{
    QString reason;
    Decimal amount; ///< positive
    QString category;
    Decimal rate;
};

struct Tax
{
    QString category;
    Decimal rate;
    Decimal base;
    Decimal amount;
    QString reasonCode;
    QString reason;
};

struct Document
{
    QString record;            ///< "Statement INV-2026-000001", for messages
    QString customer;          ///< "#100001", for the fields messages name
    bool buyerReceives = true; ///< the customer is set up to receive e-invoices
    bool creditNote = false;
    QString typeCode;
    QString number;
    QDate issueDate, dueDate;
    QString currency;
    int places = 2; ///< the currency's minor units, at most EN 16931's two
    QString taxCurrency;
    Decimal taxInTaxCurrency;
    QString buyerReference;
    QString note;
    QDate periodStart, periodEnd;
    QString precedingNumber;
    Party seller, buyer;
    QString deliveryCountry; ///< written for intra-community supplies (BR-IC-12)
    QDate deliveryDate;      ///< likewise (BR-IC-11), where no invoice period says it
    QString paymentMeansCode, paymentId, iban, bic, paymentTerms;
    QList<Line> lines;
    QList<Allowance> allowances;
    QList<Tax> taxes;
    Decimal lineTotal, allowanceTotal, taxExclusive, taxTotal, taxInclusive, prepaid, rounding, payable;
    QList<EInvoiceProblem> problems;
};

Document fromStatement(const StatementInput &input);
Document fromMemo(const MemoInput &input);
/// The BR-CO sums and the required data per VAT category, added to doc.problems.
void check(Document &doc);
QByteArray write(const Document &doc);
/// `text` without the characters XML 1.0 cannot hold (control characters but tab, line
/// feed and carriage return; lone surrogates; U+FFFE and U+FFFF).
QString xmlSafe(const QString &text);

} // namespace bursar::core::ubl
