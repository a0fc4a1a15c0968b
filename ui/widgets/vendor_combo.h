#pragma once

#include "core/domain/vendor.h"

#include <QComboBox>
#include <optional>

namespace bursar::ui {

/// Adds every vendor Bursar bills to `box` (the built-in ones first, then those added in
/// Settings > Vendors), each item's data its key. `format` turns the name into the item's
/// text ("%1 Billing Customers Report"). A vendor added later in this session is appended
/// to the box when Settings > Vendors announces it (vendorsAdded()).
void addVendorItems(QComboBox *box, const QString &format = QStringLiteral("%1"));

/// Tells every box filled by addVendorItems that vendors were added.
void vendorsAdded();

/// The vendor chosen in a box filled by addVendorItems; nothing for an "All vendors" item.
inline std::optional<core::Vendor> comboVendor(const QComboBox *box)
{
    return core::vendorFromText(box->currentData().toString());
}

inline void selectVendor(QComboBox *box, core::Vendor v)
{
    box->setCurrentIndex(box->findData(core::vendorKey(v)));
}

} // namespace bursar::ui
