#include "core/usage/vendor_catalog.h"

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "core/usage/usage_importer.h"

#include <QSet>

namespace bursar::core {

namespace {

/// Names as a list from the clerk's text: trimmed, inner spaces collapsed, empty ones left
/// out, each once whatever its case.
QStringList cleanNames(const QStringList &names)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &n : names) {
        const QString clean = n.simplified();
        if (!clean.isEmpty() && !seen.contains(clean.toCaseFolded())) {
            seen.insert(clean.toCaseFolded());
            out << clean;
        }
    }
    return out;
}

/// One FOCUS provider name for the vendor with `key`, audited; refused when a vendor has it.
Status insertFocusProvider(Database &db, const QString &key, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(VendorCatalog::tr("The FOCUS provider name is empty; type it as the file's ProviderName column "
                                      "writes it."),
                    QStringLiteral("focus_provider"));
    Sql claimed(db, QStringLiteral("SELECT vendor, name FROM vendor_focus_providers WHERE name_folded = ?"));
    claimed.bind(clean.toCaseFolded());
    if (Status s = claimed.exec(VendorCatalog::tr("reading the vendors' FOCUS provider names")); !s)
        return s;
    if (claimed.next()) {
        const Vendor owner = storedVendor(claimed, 0);
        if (claimed.value(0).toString() == key)
            return fail(VendorCatalog::tr("%1 already has the FOCUS provider name “%2”.")
                            .arg(vendorName(owner), claimed.value(1).toString()),
                        QStringLiteral("focus_provider"));
        return fail(VendorCatalog::tr("The FOCUS provider name “%1” already means %2; a provider name means one "
                                      "vendor. Remove it there first (bursar vendors set %3 "
                                      "--remove-focus-provider NAME).")
                        .arg(clean, vendorName(owner), vendorKey(owner)),
                    QStringLiteral("focus_provider"));
    }
    Sql q(db, QStringLiteral("INSERT INTO vendor_focus_providers (vendor, name, name_folded) VALUES (?, ?, ?)"));
    q.bind(key).bind(clean).bind(clean.toCaseFolded());
    if (Status s = q.exec(VendorCatalog::tr("adding the FOCUS provider name")); !s)
        return s;
    return db.audit(QStringLiteral("add"), QStringLiteral("vendor_focus_provider"), key, clean);
}

Status deleteFocusProvider(Database &db, Vendor vendor, const QString &name)
{
    const QString clean = name.simplified();
    Sql q(db, QStringLiteral("DELETE FROM vendor_focus_providers WHERE vendor = ? AND name_folded = ?"));
    q.bind(vendorKey(vendor)).bind(clean.toCaseFolded());
    if (Status s = q.exec(VendorCatalog::tr("removing the FOCUS provider name")); !s)
        return s;
    if (q.rowsAffected() == 0)
        return fail(VendorCatalog::tr("%1 has no FOCUS provider name “%2”.").arg(vendorName(vendor), clean),
                    QStringLiteral("focus_provider"));
    return db.audit(QStringLiteral("remove"), QStringLiteral("vendor_focus_provider"), vendorKey(vendor), clean);
}

/// One legal entity for the vendor with `key`, audited; refused when the vendor lists it.
Status insertEntity(Database &db, const QString &key, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(VendorEntities::tr("The entity name is empty; type the legal name as usage files write it."),
                    QStringLiteral("name"));
    Sql exists(db, QStringLiteral("SELECT name FROM vendor_entities WHERE vendor = ? AND name_folded = ?"));
    exists.bind(key).bind(clean.toCaseFolded());
    if (Status s = exists.exec(VendorEntities::tr("reading the vendor's entities")); !s)
        return s;
    if (exists.next())
        return fail(VendorEntities::tr("%1 already lists “%2”.")
                        .arg(vendorName(storedVendor(db, key)), exists.value(0).toString()),
                    QStringLiteral("name"));
    Sql q(db, QStringLiteral("INSERT INTO vendor_entities (vendor, name, name_folded) VALUES (?, ?, ?)"));
    q.bind(key).bind(clean).bind(clean.toCaseFolded());
    if (Status s = q.exec(VendorEntities::tr("adding the entity")); !s)
        return s;
    return db.audit(QStringLiteral("add"), QStringLiteral("vendor_entity"), key, clean);
}

Status deleteEntity(Database &db, Vendor vendor, const QString &name)
{
    Sql q(db, QStringLiteral("DELETE FROM vendor_entities WHERE vendor = ? AND name_folded = ?"));
    q.bind(vendorKey(vendor)).bind(name.simplified().toCaseFolded());
    if (Status s = q.exec(VendorEntities::tr("removing the entity")); !s)
        return s;
    if (q.rowsAffected() == 0)
        return fail(VendorEntities::tr("%1 does not list “%2”.").arg(vendorName(vendor), name.simplified()),
                    QStringLiteral("name"));
    return db.audit(QStringLiteral("remove"), QStringLiteral("vendor_entity"), vendorKey(vendor), name.simplified());
}

} // namespace

Result<QList<VendorRecord>> VendorCatalog::list()
{
    Sql q(m_db, QStringLiteral("SELECT vendor, created_at, created_by FROM vendors ORDER BY position"));
    if (Status s = q.exec(tr("reading the vendors")); !s)
        return s.error();
    QList<VendorRecord> out;
    while (q.next()) {
        VendorRecord r;
        r.vendor = storedVendor(q, 0);
        r.info = vendorInfo(r.vendor);
        r.createdAt = q.value(1).toString();
        r.createdBy = q.value(2).toString();
        out.append(r);
    }
    Sql names(m_db, QStringLiteral("SELECT vendor, name FROM vendor_focus_providers ORDER BY name_folded"));
    if (Status s = names.exec(tr("reading the vendors' FOCUS provider names")); !s)
        return s.error();
    while (names.next())
        for (VendorRecord &r : out)
            if (r.info.key == names.value(0).toString())
                r.focusProviders << names.value(1).toString();
    for (VendorRecord &r : out) {
        auto entities = VendorEntities(m_db).list(r.vendor);
        if (!entities)
            return entities.error();
        r.entities = *entities;
    }
    return out;
}

Result<Vendor> VendorCatalog::add(const NewVendor &input)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("add vendors")); !s)
        return s.error();
    const QString key = input.key.trimmed();
    const QString name = input.name.simplified();
    const QString label =
        input.accountLabel.simplified().isEmpty() ? QStringLiteral("account") : input.accountLabel.simplified();
    if (!isValidVendorKey(key))
        return fail(tr("“%1” cannot be a vendor key: use 2 to 23 lower-case letters, digits or '-', starting with a "
                       "letter (oracle, ibm-cloud).")
                        .arg(key),
                    QStringLiteral("key"));
    if (name.isEmpty())
        return fail(tr("The vendor has no name; type the name clerks know it by (Oracle Cloud)."),
                    QStringLiteral("name"));
    const QStringList providers = cleanNames(input.focusProviders);
    const QStringList entities = cleanNames(input.entities);
    const Status added = m_db.transaction([&]() -> Status {
        // A key or name that already means a vendor of this database: its keys and names, and
        // the aliases "azure" and "gcp" that --vendor takes.
        for (const bool isKey : {true, false}) {
            const QString &text = isKey ? key : name;
            const QString folded = text.toCaseFolded();
            Sql taken(m_db, QStringLiteral("SELECT vendor, name FROM vendors WHERE vendor = ? OR name_folded = ?"));
            taken
                .bind(folded == QLatin1String("azure") ? QStringLiteral("microsoft")
                      : folded == QLatin1String("gcp") ? QStringLiteral("google")
                                                       : folded)
                .bind(folded);
            if (Status s = taken.exec(tr("reading the vendors")); !s)
                return s;
            if (taken.next())
                return fail((isKey ? tr("“%1” already means the vendor %2 (key %3); choose another key.")
                                   : tr("“%1” already means the vendor %2 (key %3); choose another name."))
                                .arg(text, taken.value(1).toString(), taken.value(0).toString()),
                            isKey ? QStringLiteral("key") : QStringLiteral("name"));
        }
        Sql q(m_db, QStringLiteral("INSERT INTO vendors (vendor, name, name_folded, account_label, marketplace_fees, "
                                   "built_in, position, created_at, created_by) SELECT ?, ?, ?, ?, ?, 0, "
                                   "COALESCE(MAX(position), 0) + 1, ?, ? FROM vendors"));
        q.bind(key)
            .bind(name)
            .bind(name.toCaseFolded())
            .bind(label)
            .bind(input.marketplaceFeesInReports ? 1 : 0)
            .bind(nowUtc())
            .bind(m_db.actor());
        if (Status s = q.exec(tr("adding the vendor")); !s)
            return s;
        for (const QString &p : providers)
            if (Status s = insertFocusProvider(m_db, key, p); !s)
                return s;
        for (const QString &e : entities)
            if (Status s = insertEntity(m_db, key, e); !s)
                return s;
        const QString detail = tr("%1; account label “%2”; marketplace fees %3; FOCUS providers: %4; entities: %5")
                                   .arg(name, label, input.marketplaceFeesInReports ? tr("billed") : tr("not billed"),
                                        providers.join(QStringLiteral(", ")), entities.join(QStringLiteral(", ")));
        return m_db.audit(QStringLiteral("add"), QStringLiteral("vendor"), key, detail);
    });
    if (!added)
        return added.error();
    // Registered once committed: a vendor this process knows is one the database has.
    return registerVendor({key, name, label, input.marketplaceFeesInReports, false});
}

Status VendorCatalog::change(Vendor vendor, const VendorChange &change)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the vendors")); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        for (const QString &n : change.removeFocusProviders)
            if (Status s = deleteFocusProvider(m_db, vendor, n); !s)
                return s;
        for (const QString &n : change.addFocusProviders)
            if (Status s = insertFocusProvider(m_db, vendorKey(vendor), n); !s)
                return s;
        for (const QString &n : change.removeEntities)
            if (Status s = deleteEntity(m_db, vendor, n); !s)
                return s;
        for (const QString &n : change.addEntities)
            if (Status s = insertEntity(m_db, vendorKey(vendor), n); !s)
                return s;
        return success();
    });
}

Result<QStringList> VendorEntities::list(Vendor vendor)
{
    Sql q(m_db, QStringLiteral("SELECT name FROM vendor_entities WHERE vendor = ? ORDER BY name"));
    q.bind(vendorKey(vendor));
    if (Status s = q.exec(tr("reading the vendor's entities")); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status VendorEntities::add(Vendor vendor, const QString &name)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the vendors' entities")); !s)
        return s;
    return m_db.transaction([&]() -> Status { return insertEntity(m_db, vendorKey(vendor), name); });
}

Status VendorEntities::remove(Vendor vendor, const QString &name)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the vendors' entities")); !s)
        return s;
    return m_db.transaction([&]() -> Status { return deleteEntity(m_db, vendor, name); });
}

} // namespace bursar::core
