#pragma once

#include "core/domain/vendor.h"

#include <QString>

namespace bursar::core {

/// A vendor account (AWS account, Azure subscription, Google billing account) mapped to a
/// customer, so usage rows with this ID become that customer's charges.
struct VendorAccount
{
    Vendor vendor = Vendor::Aws;
    QString accountId;
    qint64 customerId = 0;
    QString label;
};

/// An account ID as Bursar maps it: "/subscriptions/<guid>/..." becomes the GUID; GUIDs are
/// lower case; other IDs are only trimmed.
QString normalizeAccountId(const QString &accountId);

} // namespace bursar::core
