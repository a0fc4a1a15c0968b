#include "core/finance/ar_document.h"

#include <QCoreApplication>

namespace bursar::core {

namespace {
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ArDocument)
};
} // namespace

QString arKindKey(ArKind k)
{
    switch (k) {
    case ArKind::CreditMemo:
        return QStringLiteral("credit_memo");
    case ArKind::DebitMemo:
        return QStringLiteral("debit_memo");
    case ArKind::Payment:
        return QStringLiteral("payment");
    }
    Q_UNREACHABLE();
}

QString arKindName(ArKind k)
{
    switch (k) {
    case ArKind::CreditMemo:
        return Words::tr("Credit Memo");
    case ArKind::DebitMemo:
        return Words::tr("Debit Memo");
    case ArKind::Payment:
        return Words::tr("Payment");
    }
    Q_UNREACHABLE();
}

std::optional<ArKind> arKindFromKey(QStringView key)
{
    for (ArKind k : {ArKind::CreditMemo, ArKind::DebitMemo, ArKind::Payment})
        if (key == arKindKey(k))
            return k;
    return std::nullopt;
}

QString arStatusKey(ArStatus s)
{
    switch (s) {
    case ArStatus::Hold:
        return QStringLiteral("hold");
    case ArStatus::Open:
        return QStringLiteral("open");
    case ArStatus::Closed:
        return QStringLiteral("closed");
    case ArStatus::PastDue:
        return QStringLiteral("past_due");
    case ArStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    Q_UNREACHABLE();
}

QString arStatusName(ArStatus s)
{
    switch (s) {
    case ArStatus::Hold:
        return Words::tr("Hold");
    case ArStatus::Open:
        return Words::tr("Open");
    case ArStatus::Closed:
        return Words::tr("Closed");
    case ArStatus::PastDue:
        return Words::tr("Past Due");
    case ArStatus::Cancelled:
        return Words::tr("Cancelled");
    }
    Q_UNREACHABLE();
}

std::optional<ArStatus> arStatusFromKey(QStringView key)
{
    for (ArStatus s : {ArStatus::Hold, ArStatus::Open, ArStatus::Closed, ArStatus::PastDue, ArStatus::Cancelled})
        if (key == arStatusKey(s))
            return s;
    return std::nullopt;
}

QString ArDocument::displayNumber() const
{
    if (!number.isEmpty())
        return number;
    const QString prefix = kind == ArKind::CreditMemo ? QStringLiteral("CM") : QStringLiteral("DM");
    return Words::tr("Hold %1 %2").arg(prefix).arg(id);
}

NewMemo newMemoFrom(const ArDocument &d)
{
    NewMemo m;
    m.kind = d.kind;
    m.customerId = d.customerId;
    m.currency = d.currency;
    m.date = d.date;
    m.description = d.description;
    m.salesBranch = d.salesBranch;
    m.salesPerson = d.salesPerson;
    if (!d.adjustsNumber.isEmpty())
        m.adjusts = d.adjustsNumber;
    else if (d.adjustsId != 0)
        m.adjusts = d.adjustsKind == u"statement" ? QStringLiteral("statement:%1").arg(d.adjustsId)
                                                  : QString::number(d.adjustsId);
    m.paymentTermsDays = d.paymentTermsDays;
    for (const MemoLine &l : d.lines)
        m.lines.append(
            {l.description, l.quantity.toString(), l.unit, l.price.toString(), l.discount.toString(), l.taxCategory});
    return m;
}

} // namespace bursar::core
