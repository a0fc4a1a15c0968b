#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bursar::core {

/// The cloud vendors whose usage Bursar bills.
enum class Vendor { Aws, Microsoft, Google };

inline constexpr Vendor AllVendors[] = {Vendor::Aws, Vendor::Microsoft, Vendor::Google};

/// Stable key stored in the database and used on the command line: "aws", "microsoft", "google".
QString vendorKey(Vendor v);
/// Name shown to people: "AWS", "Microsoft", "Google".
QString vendorName(Vendor v);
/// Accepts the key or the display name, case-insensitive.
std::optional<Vendor> vendorFromText(QStringView text);

/// Customer IDs are shown as "#123456".
QString displayCustomerId(qint64 id);
/// A stored UTC timestamp ("2026-12-02T13:02:09.092Z") as the clerk reads it: local time in
/// the locale's short format. Text that is not a timestamp comes back unchanged.
QString displayTimestamp(const QString &storedUtc);
/// Accepts "123456" or "#123456".
std::optional<qint64> parseCustomerId(QStringView text);

enum class TenantKind { Distributor, Partner };

/// A node of the tenant tree Distributor > Partner; customers hang below either.
struct Tenant
{
    qint64 id = 0;
    std::optional<qint64> parentId;
    TenantKind kind = TenantKind::Partner;
    QString name;
};

/// Depth of each tenant in the tree (a distributor is 0), for indented lists. `tenants`
/// must list parents before children, as CustomerService::tenants() does.
QHash<qint64, int> tenantDepths(const QList<Tenant> &tenants);

/// Postal address and the people to reach.
struct Contact
{
    QString contactName;
    QString email;
    QString phone;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString postalCode;
    QString country;

    bool operator==(const Contact &) const = default;
};

struct Customer
{
    qint64 id = 0;
    qint64 tenantId = 0;
    QString name;
    Contact contact;
    QString region; ///< drives tax, with state
    QString state;
    int paymentTermsDays = 30;
    int rowVersion = 0; ///< optimistic lock: an update must name the version it read
    QString updatedAt;
    QString updatedBy;
};

/// A customer's Cloud Provider setting for one vendor.
struct CustomerProvider
{
    Vendor vendor = Vendor::Aws;
    bool enabled = true;
    QString currency; ///< invoice currency; empty when not set yet
    qint64 pricebookId = 0; ///< the vendor's pricebook that prices this customer; 0 when none
    QString pricebookName = {}; ///< read only: the pricebook's name
};

/// A vendor account (AWS account, Azure subscription, Google billing account) mapped to a
/// customer, so usage rows with this ID become that customer's charges.
struct VendorAccount
{
    Vendor vendor = Vendor::Aws;
    QString accountId;
    qint64 customerId = 0;
    QString label;
};

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

/// Settings > Account Information: who we are, as printed on every statement.
struct AccountInfo
{
    QString companyName;
    Contact contact;
    QString defaultCurrency = QStringLiteral("USD");
    QByteArray logo; ///< image file bytes (PNG, JPEG or SVG)
    QString logoMime;
    int rowVersion = 0;
};

} // namespace bursar::core
