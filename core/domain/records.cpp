#include "core/domain/records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace bursar::core {

QString vendorKey(Vendor v)
{
    switch (v) {
    case Vendor::Aws: return QStringLiteral("aws");
    case Vendor::Microsoft: return QStringLiteral("microsoft");
    case Vendor::Google: return QStringLiteral("google");
    }
    Q_UNREACHABLE();
    return {};
}

QString vendorName(Vendor v)
{
    switch (v) {
    case Vendor::Aws: return QStringLiteral("AWS");
    case Vendor::Microsoft: return QStringLiteral("Microsoft");
    case Vendor::Google: return QStringLiteral("Google");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Vendor> vendorFromText(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    for (Vendor v : AllVendors)
        if (t == vendorKey(v))
            return v;
    if (t == QLatin1String("azure"))
        return Vendor::Microsoft;
    if (t == QLatin1String("gcp"))
        return Vendor::Google;
    return std::nullopt;
}

QHash<qint64, int> tenantDepths(const QList<Tenant> &tenants)
{
    QHash<qint64, int> depth;
    for (const Tenant &t : tenants)
        depth.insert(t.id, t.parentId ? depth.value(*t.parentId) + 1 : 0);
    return depth;
}

QString displayCustomerId(qint64 id) { return QStringLiteral("#%1").arg(id, 6, 10, QLatin1Char('0')); }

QString displayTimestamp(const QString &storedUtc)
{
    QDateTime at = QDateTime::fromString(storedUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(storedUtc, Qt::ISODate);
    if (!at.isValid())
        return storedUtc;
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

std::optional<qint64> parseCustomerId(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u'#'))
        t = t.mid(1);
    if (t.isEmpty())
        return std::nullopt;
    for (QChar c : t)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QString paymentKindKey(PaymentKind k)
{
    switch (k) {
    case PaymentKind::Card: return QStringLiteral("card");
    case PaymentKind::BankTransfer: return QStringLiteral("bank_transfer");
    case PaymentKind::DirectDebit: return QStringLiteral("direct_debit");
    case PaymentKind::Other: return QStringLiteral("other");
    }
    Q_UNREACHABLE();
    return {};
}

QString paymentKindName(PaymentKind k)
{
    switch (k) {
    case PaymentKind::Card: return QCoreApplication::translate("bursar::PaymentKind", "Card");
    case PaymentKind::BankTransfer: return QCoreApplication::translate("bursar::PaymentKind", "Bank transfer");
    case PaymentKind::DirectDebit: return QCoreApplication::translate("bursar::PaymentKind", "Direct debit");
    case PaymentKind::Other: return QCoreApplication::translate("bursar::PaymentKind", "Other");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PaymentKind> paymentKindFromKey(QStringView key)
{
    for (PaymentKind k : {PaymentKind::Card, PaymentKind::BankTransfer, PaymentKind::DirectDebit,
                          PaymentKind::Other})
        if (key == paymentKindKey(k))
            return k;
    return std::nullopt;
}

} // namespace bursar::core
