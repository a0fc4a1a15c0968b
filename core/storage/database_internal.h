#pragma once
// Shared by the storage files, not part of the public API: the file's application ID,
// connection names and the text of a driver error.

#include <QAtomicInteger>
#include <QSqlError>
#include <QString>

namespace bursar::core::storage_internal {

/// "BRSR": written into the SQLite header so a Bursar file is known before any table is read.
constexpr int ApplicationId = 0x42525352;

/// A name no other connection of the process has (Qt keys connections by name).
inline QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("bursar-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// The engine's own words for an error, else the driver's.
inline QString driverText(const QSqlError &e)
{
    QString t = e.databaseText().trimmed();
    if (t.isEmpty())
        t = e.driverText().trimmed();
    return t;
}

} // namespace bursar::core::storage_internal
