#pragma once

#include "core/domain/contact.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace bursar::core {

enum class PaymentKind { Card, BankTransfer, DirectDebit, Other };
QString paymentKindKey(PaymentKind k);
QString paymentKindName(PaymentKind k);
std::optional<PaymentKind> paymentKindFromKey(QStringView key);

struct PaymentMethod
{
    qint64 id = 0;
    qint64 customerId = 0;
    PaymentKind kind = PaymentKind::Card;
    QString maskedReference; ///< e.g. "**** 4242"; a full number is never stored
    QString holderName;
};

struct BillingProfile
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    Contact contact;
    std::optional<qint64> paymentMethodId;
};

struct Subscription
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    QString region;
    QString state;
    std::optional<qint64> billingProfileId;
    bool isDefault = false;
};

} // namespace bursar::core
