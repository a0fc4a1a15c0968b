// The process's vendor register, filled from the database (schema 12's `vendors` table).
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

namespace bursar::core {

Status loadVendorRegister(Database &db)
{
    if (db.schemaVersion() < 12)
        return success();
    Sql q(db, QStringLiteral("SELECT vendor, name, account_label, marketplace_fees, built_in FROM vendors "
                             "ORDER BY position"));
    if (Status s = q.exec(Database::tr("reading the vendors")); !s)
        return s;
    while (q.next())
        registerVendor({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0,
                        q.value(4).toInt() != 0});
    return success();
}

Vendor storedVendor(Database &db, const QVariant &key)
{
    const QString text = key.toString();
    if (auto v = vendorFromText(text))
        return *v;
    if (loadVendorRegister(db))
        if (auto v = vendorFromText(text))
            return *v;
    return registerVendor({text, text, QStringLiteral("account"), true, false});
}

Vendor storedVendor(const Sql &q, int column)
{
    return storedVendor(q.database(), q.value(column));
}

Result<QList<Vendor>> storedVendors(Database &db)
{
    if (db.schemaVersion() < 12)
        return QList<Vendor>{Vendor::Aws, Vendor::Microsoft, Vendor::Google};
    Sql q(db, QStringLiteral("SELECT vendor FROM vendors ORDER BY position"));
    if (Status s = q.exec(Database::tr("reading the vendors")); !s)
        return s.error();
    QList<Vendor> out;
    while (q.next())
        out.append(storedVendor(db, q.value(0)));
    return out;
}

} // namespace bursar::core
