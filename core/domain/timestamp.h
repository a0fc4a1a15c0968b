#pragma once

#include <QString>

namespace bursar::core {

/// A stored UTC timestamp ("2026-12-02T13:02:09.092Z") as the clerk reads it: local time in
/// the locale's short format. Text that is not a timestamp comes back unchanged.
QString displayTimestamp(const QString &storedUtc);

} // namespace bursar::core
