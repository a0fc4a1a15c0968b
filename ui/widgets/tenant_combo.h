#pragma once
#include "core/customers/tenant.h"

class QComboBox;

namespace bursar::ui {

/// Appends the tenants to `combo`, indented by depth so Distributor > Partner > sub-partner
/// reads as a tree; each item's data is the tenant ID.
void addTenantItems(QComboBox *combo, const QList<core::Tenant> &tenants);

} // namespace bursar::ui
