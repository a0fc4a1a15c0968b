#include "ui/widgets/tenant_combo.h"

#include <QComboBox>
#include <QHash>

namespace bursar::ui {

void addTenantItems(QComboBox *combo, const QList<core::Tenant> &tenants)
{
    const QHash<qint64, int> depth = core::tenantDepths(tenants);
    for (const core::Tenant &t : tenants)
        combo->addItem(QString(depth.value(t.id) * 4, u' ') + t.name, t.id);
}

} // namespace bursar::ui
