#include "core/customers/billing_parties.h"

#include <QCoreApplication>

namespace bursar::core {

QString paymentKindKey(PaymentKind k)
{
    switch (k) {
    case PaymentKind::Card:
        return QStringLiteral("card");
    case PaymentKind::BankTransfer:
        return QStringLiteral("bank_transfer");
    case PaymentKind::DirectDebit:
        return QStringLiteral("direct_debit");
    case PaymentKind::Other:
        return QStringLiteral("other");
    }
    Q_UNREACHABLE();
    return {};
}

QString paymentKindName(PaymentKind k)
{
    switch (k) {
    case PaymentKind::Card:
        return QCoreApplication::translate("bursar::PaymentKind", "Card");
    case PaymentKind::BankTransfer:
        return QCoreApplication::translate("bursar::PaymentKind", "Bank transfer");
    case PaymentKind::DirectDebit:
        return QCoreApplication::translate("bursar::PaymentKind", "Direct debit");
    case PaymentKind::Other:
        return QCoreApplication::translate("bursar::PaymentKind", "Other");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PaymentKind> paymentKindFromKey(QStringView key)
{
    for (PaymentKind k : {PaymentKind::Card, PaymentKind::BankTransfer, PaymentKind::DirectDebit, PaymentKind::Other})
        if (key == paymentKindKey(k))
            return k;
    return std::nullopt;
}

} // namespace bursar::core
