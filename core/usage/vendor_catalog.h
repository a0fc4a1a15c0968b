#pragma once

#include "core/domain/vendor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace bursar::core {

class Database;

/// A vendor as Settings > Vendors shows it.
struct VendorRecord
{
    Vendor vendor;
    VendorInfo info;
    QStringList focusProviders; ///< the FOCUS ProviderName values that mean the vendor
    QStringList entities;       ///< its own legal entities (a publisher among them is not a marketplace seller)
    QString createdAt;
    QString createdBy;
};

/// A vendor a clerk adds.
struct NewVendor
{
    QString key;          ///< 2–23 characters: lower-case letters, digits, '-' ("oracle", "ibm-cloud")
    QString name;         ///< "Oracle Cloud"
    QString accountLabel; ///< what the vendor calls an account; "account" when empty
    bool marketplaceFeesInReports = true;
    QStringList focusProviders;
    QStringList entities;
};

/// Names to add to and remove from a vendor.
struct VendorChange
{
    QStringList addFocusProviders;
    QStringList removeFocusProviders;
    QStringList addEntities;
    QStringList removeEntities;
};

/// Settings > Vendors and `bursar vendors`: the vendors Bursar bills. AWS, Microsoft and
/// Google ship with Bursar; a clerk adds others with their FOCUS provider names, their own
/// legal entities and their account label. A vendor is never removed (its key is in usage,
/// pricebooks, credits and statements). A FOCUS provider name means one vendor. Writing
/// needs MANAGE_SETTINGS; each change is audited in the same transaction.
class VendorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::VendorCatalog)

public:
    explicit VendorCatalog(Database &db) : m_db(db) {}

    Result<QList<VendorRecord>> list();
    Result<Vendor> add(const NewVendor &input);
    /// Adds and removes FOCUS provider names and entities of one vendor, all or nothing.
    Status change(Vendor vendor, const VendorChange &change);

private:
    Database &m_db;
};

/// The vendor's own legal entities (marketplace detection): `usage entities`, Settings > Vendors.
class VendorEntities
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::VendorEntities)

public:
    explicit VendorEntities(Database &db) : m_db(db) {}
    Result<QStringList> list(Vendor vendor);
    Status add(Vendor vendor, const QString &name);
    Status remove(Vendor vendor, const QString &name);

private:
    Database &m_db;
};

} // namespace bursar::core
