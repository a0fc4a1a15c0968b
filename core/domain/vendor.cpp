#include "core/domain/vendor.h"

#include <QCoreApplication>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QStringList>

namespace bursar::core {

/// The process's vendors: append-only, so a handle stays valid for the process. Read by
/// every thread (importers, the window's workers); written when a database opens or a
/// vendor is added.
class VendorRegister
{
public:
    VendorRegister()
    {
        m_vendors = {
            {QStringLiteral("aws"), QStringLiteral("AWS"), QStringLiteral("account"), true, true},
            {QStringLiteral("microsoft"), QStringLiteral("Microsoft"), QStringLiteral("subscription"), false, true},
            {QStringLiteral("google"), QStringLiteral("Google"), QStringLiteral("billing account"), true, true}};
    }

    static VendorRegister &instance()
    {
        static VendorRegister r;
        return r;
    }

    Vendor add(const VendorInfo &info)
    {
        QWriteLocker lock(&m_lock);
        for (qsizetype i = 0; i < m_vendors.size(); ++i) {
            if (m_vendors[i].key == info.key) {
                if (!m_vendors[i].builtIn) {
                    m_vendors[i].name = info.name;
                    m_vendors[i].accountLabel = info.accountLabel;
                    m_vendors[i].marketplaceFeesInReports = info.marketplaceFeesInReports;
                }
                return Vendor(int(i));
            }
        }
        m_vendors.append(info);
        m_vendors.last().builtIn = false;
        return Vendor(int(m_vendors.size() - 1));
    }

    QList<Vendor> all() const
    {
        QReadLocker lock(&m_lock);
        QList<Vendor> out;
        for (qsizetype i = 0; i < m_vendors.size(); ++i)
            out.append(Vendor(int(i)));
        return out;
    }

    VendorInfo info(Vendor v) const
    {
        QReadLocker lock(&m_lock);
        // Handles are made only here (the constructor is private), so every one is in range.
        Q_ASSERT(v.id() >= 0 && v.id() < m_vendors.size());
        return m_vendors.value(v.id());
    }

    std::optional<Vendor> find(const QString &folded) const
    {
        QReadLocker lock(&m_lock);
        for (qsizetype i = 0; i < m_vendors.size(); ++i)
            if (m_vendors[i].key == folded)
                return Vendor(int(i));
        for (qsizetype i = 0; i < m_vendors.size(); ++i)
            if (m_vendors[i].name.toCaseFolded() == folded)
                return Vendor(int(i));
        return std::nullopt;
    }

private:
    mutable QReadWriteLock m_lock;
    QList<VendorInfo> m_vendors;
};

Vendor registerVendor(const VendorInfo &info)
{
    return VendorRegister::instance().add(info);
}

QList<Vendor> allVendors()
{
    return VendorRegister::instance().all();
}

VendorInfo vendorInfo(Vendor v)
{
    return VendorRegister::instance().info(v);
}

QString vendorKey(Vendor v)
{
    // The built-in keys without the lock: the importer asks once per row.
    if (v == Vendor::Aws)
        return QStringLiteral("aws");
    if (v == Vendor::Microsoft)
        return QStringLiteral("microsoft");
    if (v == Vendor::Google)
        return QStringLiteral("google");
    return vendorInfo(v).key;
}

QString vendorName(Vendor v)
{
    return vendorInfo(v).name;
}

bool marketplaceFeesInReports(Vendor v)
{
    return vendorInfo(v).marketplaceFeesInReports;
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

QString vendorKeyChoices()
{
    QStringList keys;
    for (Vendor v : allVendors())
        keys << vendorKey(v);
    const QString last = keys.takeLast();
    return keys.isEmpty() ? last
                          : QCoreApplication::translate("bursar::core::Vendor", "%1 or %2")
                                .arg(keys.join(QStringLiteral(", ")), last);
}

std::optional<Vendor> vendorFromText(QStringView text)
{
    const QString t = text.trimmed().toString().toCaseFolded();
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("azure"))
        return Vendor::Microsoft;
    if (t == QLatin1String("gcp"))
        return Vendor::Google;
    return VendorRegister::instance().find(t);
}

bool isValidVendorKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]{1,22}$"));
    return pattern.match(key).hasMatch();
}

} // namespace bursar::core
