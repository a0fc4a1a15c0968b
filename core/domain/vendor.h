#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace bursar::core {

/// A vendor whose usage Bursar bills. AWS, Microsoft and Google ship with Bursar; a clerk adds
/// others (Oracle Cloud, IBM Cloud, a SaaS publisher) as data (the `vendors` table, Settings >
/// Vendors, `bursar vendors add`). A Vendor is a small handle: its key, name and account label
/// live in the process's vendor register, which every database fills as it opens
/// (registerVendor). Handles compare in register order: the three built-in vendors first, in
/// the order they always had, then the added ones as they were added.
class Vendor
{
public:
    constexpr Vendor() = default;

    static const Vendor Aws;
    static const Vendor Microsoft;
    static const Vendor Google;

    /// The handle's place in the register; stable for the process, not stored anywhere.
    constexpr int id() const { return m_id; }

    friend constexpr bool operator==(Vendor a, Vendor b) { return a.m_id == b.m_id; }
    friend constexpr auto operator<=>(Vendor a, Vendor b) { return a.m_id <=> b.m_id; }
    friend size_t qHash(Vendor v, size_t seed = 0) noexcept { return size_t(v.m_id) ^ seed; }

private:
    friend class VendorRegister;
    constexpr explicit Vendor(int id) : m_id(id) {}
    int m_id = 0;
};

inline constexpr Vendor Vendor::Aws{0};
inline constexpr Vendor Vendor::Microsoft{1};
inline constexpr Vendor Vendor::Google{2};

/// What the register knows of a vendor (the `vendors` table's row).
struct VendorInfo
{
    QString key;                          ///< stored in the database and typed on the command line: "aws", "oracle"
    QString name;                         ///< shown to people: "AWS", "Oracle Cloud"
    QString accountLabel;                 ///< what the vendor calls an account: "account", "subscription"
    bool marketplaceFeesInReports = true; ///< PRODUCT.md §3: Azure Marketplace fees are not
    bool builtIn = false;
};

/// Adds a vendor to the process's register, or updates the name and label of the one with
/// that key; returns its handle. Databases call it as they open; keys are never removed.
Vendor registerVendor(const VendorInfo &info);

/// Every registered vendor, built-in ones first.
QList<Vendor> allVendors();
VendorInfo vendorInfo(Vendor v);

/// Stable key stored in the database and used on the command line: "aws", "microsoft", "google".
QString vendorKey(Vendor v);
/// Name shown to people: "AWS", "Microsoft", "Google".
QString vendorName(Vendor v);
/// Whether the vendor's marketplace fees are in the Billing Customers Report and can be
/// billed (PRODUCT.md §3: AWS Marketplace charges are; Azure Marketplace fees are not).
bool marketplaceFeesInReports(Vendor v);

/// "AWS" or, for usage of several vendors, "AWS, Microsoft"; `fallback`'s name for none.
QString vendorNames(const QList<Vendor> &vendors, Vendor fallback);
/// "aws, microsoft or google" (every registered key), for messages that say what to type.
QString vendorKeyChoices();

/// Accepts the key or the display name of a registered vendor, case-insensitive ("azure" and
/// "gcp" too).
std::optional<Vendor> vendorFromText(QStringView text);

/// Whether `key` can name a new vendor: 2 to 23 characters, lower-case letters, digits and
/// '-', starting with a letter.
bool isValidVendorKey(const QString &key);

} // namespace bursar::core
