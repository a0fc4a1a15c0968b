#include "core/domain/timestamp.h"

#include <QDateTime>
#include <QLocale>

namespace bursar::core {

QString displayTimestamp(const QString &storedUtc)
{
    QDateTime at = QDateTime::fromString(storedUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(storedUtc, Qt::ISODate);
    if (!at.isValid())
        return storedUtc;
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace bursar::core
