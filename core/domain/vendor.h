#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace bursar::core {

/// The cloud vendors whose usage Bursar bills.
enum class Vendor { Aws, Microsoft, Google };

inline constexpr Vendor AllVendors[] = {Vendor::Aws, Vendor::Microsoft, Vendor::Google};

/// Stable key stored in the database and used on the command line: "aws", "microsoft", "google".
QString vendorKey(Vendor v);
/// Name shown to people: "AWS", "Microsoft", "Google".
QString vendorName(Vendor v);
/// Whether the vendor's marketplace fees are in the Billing Customers Report and can be
/// billed (PRODUCT.md §3: AWS Marketplace charges are; Azure Marketplace fees are not).
bool marketplaceFeesInReports(Vendor v);

/// "AWS" or, for usage of several vendors, "AWS, Microsoft"; `fallback`'s name for none.
QString vendorNames(const QList<Vendor> &vendors, Vendor fallback);

/// Accepts the key or the display name, case-insensitive.
std::optional<Vendor> vendorFromText(QStringView text);

} // namespace bursar::core
