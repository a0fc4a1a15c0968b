#pragma once

#include "core/calculators/tax_calculator.h"
#include "core/money/decimal.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace bursar::core {

/// The documents of Finance > Documents (PRODUCT.md §7). A credit memo lowers what the
/// customer owes, a debit memo raises it, a payment pays it.
enum class ArKind { CreditMemo, DebitMemo, Payment };
QString arKindKey(ArKind k);  ///< "credit_memo", "debit_memo", "payment"
QString arKindName(ArKind k); ///< "Credit Memo", ...
std::optional<ArKind> arKindFromKey(QStringView key);
/// The kinds whose total is applied to receivables (credit memos, payments).
inline bool isArSource(ArKind k)
{
    return k != ArKind::DebitMemo;
}

/// Hold (editable, deletable, a draft reference instead of a number), Open (numbered),
/// Closed (a receivable with balance 0, a source with nothing left to apply), Past Due (an
/// Open debit memo after its due date; derived, never stored), Cancelled (closed by a
/// reversing document; derived from it).
enum class ArStatus { Hold, Open, Closed, PastDue, Cancelled };
QString arStatusKey(ArStatus s);
QString arStatusName(ArStatus s);
std::optional<ArStatus> arStatusFromKey(QStringView key);

/// One detail of a memo: amount = quantity × price − discount, exact.
struct MemoLine
{
    int lineNo = 0;
    QString description;
    Decimal quantity;
    QString unit;
    Decimal price;
    Decimal discount;
    QString taxCategory; ///< empty: not taxable
    Decimal amount;
};

/// A memo's tax line: the calculator's line and the category it taxes.
struct MemoTax
{
    QString category;
    TaxLine line;
};

/// A credit memo, debit memo or payment as stored.
struct ArDocument
{
    qint64 id = 0;
    ArKind kind = ArKind::CreditMemo;
    QString storedStatus; ///< "hold", "open" or "closed"
    ArStatus status = ArStatus::Hold;
    qint64 customerId = 0;
    QString customerName;
    QString currency;
    QString number; ///< empty while Hold
    QDate date;
    QDate dueDate;
    int paymentTermsDays = 0;
    QString description;
    QString salesBranch;
    QString salesPerson;
    QString adjustsKind; ///< "statement", "credit_memo", "debit_memo" or empty
    qint64 adjustsId = 0;
    QString adjustsNumber;
    qint64 reversesId = 0;   ///< the document this one cancels
    qint64 reversedById = 0; ///< the document that cancelled this one
    qint64 paymentMethodId = 0;
    QString paymentMethod;
    QString reference;
    Decimal subtotal;
    Decimal tax;
    Decimal totalExact;
    Decimal rounding;
    Decimal total;
    Decimal applied;
    QDate closedOn;
    QString region;
    QString state;
    QString createdAt;
    QString createdBy;
    QString releasedAt;
    QString releasedBy;
    QList<MemoLine> lines;
    QList<MemoTax> taxes;

    /// What is left: a receivable's balance, a source's available amount.
    Decimal remaining() const { return total - applied; }
    /// The number, or the draft reference a Hold memo shows ("Hold CM 12"): deleting a Hold
    /// memo leaves no gap in the series.
    QString displayNumber() const;
};

/// What a clerk types for a new memo. Amounts are text, checked by the service.
struct MemoLineInput
{
    QString description;
    QString quantity;
    QString unit;
    QString price;
    QString discount;
    QString taxCategory;
};

struct NewMemo
{
    ArKind kind = ArKind::CreditMemo; ///< CreditMemo or DebitMemo
    qint64 customerId = 0;
    QString currency; ///< empty: the customer's invoice currency
    QDate date;       ///< invalid: today
    QString description;
    QString salesBranch;
    QString salesPerson;
    QString adjusts;                     ///< a statement's or memo's number or "statement:ID"/"memo:ID"; empty for none
    std::optional<int> paymentTermsDays; ///< empty: the customer's
    QList<MemoLineInput> lines;
};

/// A stored memo as what a clerk would type for it: what editing a Hold memo starts from.
NewMemo newMemoFrom(const ArDocument &d);

struct NewPayment
{
    qint64 customerId = 0;
    QString amount;
    QString currency;
    QDate date;     ///< invalid: today
    QString method; ///< a payment method's ID of the customer, or a new reference text
    QString reference;
};

/// A receivable or source as the Apply dialog and the aging read it: a statement, a memo or
/// a payment with what is left on it.
struct ArItem
{
    QString kind; ///< "statement", "credit_memo", "debit_memo", "payment"
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString currency;
    QDate date;
    QDate dueDate;
    Decimal total;
    Decimal remaining; ///< balance of a receivable, available of a source (both positive)
};

} // namespace bursar::core
