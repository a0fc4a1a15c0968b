#pragma once

#include "core/domain/vendor.h"
#include "core/money/decimal.h"
#include "core/money/wide_decimal.h"
#include "core/result.h"
#include "core/storage/internal/internal_only.h"

#include <QDate>
#include <QVariant>
#include <optional>

namespace bursar::core {

class Database;

/// Fills the process's vendor register from the database's `vendors` table (schema 12), so
/// every vendor a clerk added, here or in another process, has a handle. Runs as a database
/// opens.
Status loadVendorRegister(Database &db);

/// The vendor of a stored key. A key this process has not seen yet (another process added the
/// vendor since this one opened the database) reads the register again; a key still unknown
/// is registered under its own name, so it is never mistaken for another vendor.
Vendor storedVendor(Database &db, const QVariant &key);
/// The vendor in column `column` of a statement's current row.
Vendor storedVendor(const class Sql &q, int column);
/// The database's vendors in their order (built-in ones first), registered in this process.
Result<QList<Vendor>> storedVendors(Database &db);

/// An amount as stored: TEXT on SQLite, NUMERIC(38,18) on PostgreSQL (read with high
/// precision, so it arrives as text too). The one reader of stored amounts, with one NULL
/// policy: a NULL is never zero. In a NOT NULL money column it can only be damage, so it
/// reads as invalid (and invalid is refused by every writer and by Decimal's arithmetic
/// checks); a column that may be empty is read with storedOptionalAmount. Anything that is
/// not a decimal is invalid too.
inline Decimal storedAmount(const QVariant &v)
{
    if (v.isNull())
        return Decimal::invalid();
    auto d = Decimal::parseVendor(v.toString().toUtf8());
    return d ? *d : Decimal::invalid();
}

/// For columns that may be empty: NULL is "none", anything else reads as storedAmount.
inline std::optional<Decimal> storedOptionalAmount(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return storedAmount(v);
}

/// A usage amount as stored (usage_lines, usage_totals): up to 36 decimal places, TEXT on
/// SQLite and NUMERIC(56,36) on PostgreSQL; NULL and anything not a number are invalid.
inline WideDecimal storedWide(const QVariant &v)
{
    if (v.isNull())
        return WideDecimal::invalid();
    auto d = WideDecimal::parseVendor(v.toString().toUtf8());
    return d ? *d : WideDecimal::invalid();
}

inline std::optional<WideDecimal> storedOptionalWide(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return storedWide(v);
}

/// A date stored as ISO 8601 text; invalid for NULL.
inline QDate storedDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

/// A date to store: NULL when invalid.
inline QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

/// Text for a NOT NULL column: an empty string, never NULL.
inline QString notNullText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace bursar::core
