#pragma once

#include "domain/records.h"
#include "result.h"
#include "usage/usage_formats.h"

#include <QStringList>

class QIODevice;

namespace bursar::core {

/// What a generated usage export holds. The same spec gives the same bytes on every machine.
struct UsageFileSpec
{
    Vendor vendor = Vendor::Aws;
    UsageFormat format = UsageFormat::Focus;
    QStringList accounts;     ///< vendor account / subscription IDs the rows spread over
    QStringList periods;      ///< billing periods "YYYY-MM"; rows spread over them
    qint64 rows = 1000;
    quint64 seed = 1;
    QString currency = QStringLiteral("USD");
    bool marketplace = true;  ///< include third-party marketplace rows (about 3 %)
    bool vendorRows = true;   ///< include the vendor's tax and credit rows (FOCUS, CUR)
};

/// Writes a realistic, messy export: costs with up to 16 decimals, tiny ones in scientific
/// notation, empty and NULL optional cells, both date-time spellings, quoted fields.
Status writeUsageFile(QIODevice *out, const UsageFileSpec &spec);

} // namespace bursar::core
