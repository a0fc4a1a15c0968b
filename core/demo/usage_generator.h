#pragma once

#include "core/domain/vendor.h"
#include "core/result.h"
#include "core/usage/usage_formats.h"

#include <QDate>
#include <QStringList>

class QIODevice;

namespace bursar::core {

/// What a generated usage export holds. The same spec gives the same bytes on every machine.
struct UsageFileSpec
{
    Vendor vendor = Vendor::Aws;
    UsageFormat format = UsageFormat::Focus;
    QStringList accounts; ///< vendor account / subscription IDs the rows spread over
    QStringList periods;  ///< billing periods "YYYY-MM"; rows spread over them
    qint64 rows = 1000;
    quint64 seed = 1;
    QString currency = QStringLiteral("USD");
    bool marketplace = true; ///< include third-party marketplace rows (about 3 %)
    bool vendorRows = true;  ///< include the vendor's tax and credit rows (FOCUS, CUR)
    int maxPlaces = 16;      ///< costs have 2 to this many decimals (up to 36: amortized exports carry 20-24)
    /// FOCUS only: a FinOps tool's file of several providers; each row's vendor is one of
    /// these (its ProviderName the vendor's FOCUS name). Empty: every row is `vendor`'s.
    QList<Vendor> providers;
};

/// Writes a realistic, messy export: costs with up to maxPlaces decimals, tiny ones in scientific
/// notation, empty and NULL optional cells, both date-time spellings, quoted fields.
Status writeUsageFile(QIODevice *out, const UsageFileSpec &spec);

} // namespace bursar::core

namespace bursar::core {

class Database;

struct DemoUsageSummary
{
    int files = 0;
    qint64 lines = 0;
    int pricebooks = 0;
};

/// Demo pricing and usage for the demo customers: pricebooks for every vendor (with an
/// override, and a few customers left without one so the report shows the problem), a
/// support plan and custom charges, and usage files for the three months before `today`:
/// AWS as FOCUS and CUR, Microsoft as Azure cost details, Google as FOCUS, with marketplace
/// lines and a few unmapped accounts. The files go through the real importer.
Result<DemoUsageSummary> generateDemoUsage(Database &db, QDate today, quint64 seed);

} // namespace bursar::core
