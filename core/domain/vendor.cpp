#include "core/domain/vendor.h"

#include <QStringList>

namespace bursar::core {

QString vendorKey(Vendor v)
{
    switch (v) {
    case Vendor::Aws:
        return QStringLiteral("aws");
    case Vendor::Microsoft:
        return QStringLiteral("microsoft");
    case Vendor::Google:
        return QStringLiteral("google");
    }
    Q_UNREACHABLE();
    return {};
}

QString vendorNames(const QList<Vendor> &vendors, Vendor fallback)
{
    if (vendors.isEmpty())
        return vendorName(fallback);
    QStringList names;
    for (Vendor v : vendors)
        names << vendorName(v);
    return names.join(QStringLiteral(", "));
}

QString vendorName(Vendor v)
{
    switch (v) {
    case Vendor::Aws:
        return QStringLiteral("AWS");
    case Vendor::Microsoft:
        return QStringLiteral("Microsoft");
    case Vendor::Google:
        return QStringLiteral("Google");
    }
    Q_UNREACHABLE();
    return {};
}

bool marketplaceFeesInReports(Vendor v)
{
    return v != Vendor::Microsoft;
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

} // namespace bursar::core
