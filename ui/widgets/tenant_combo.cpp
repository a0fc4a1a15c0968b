#include "widgets/tenant_combo.h"

#include <QComboBox>
#include <QHash>

namespace bursar::ui {

void addTenantItems(QComboBox *combo, const QList<core::Tenant> &tenants)
{
    QHash<qint64, int> depth;
    for (const core::Tenant &t : tenants) { // parents come before children: IDs grow down the tree
        const int d = t.parentId ? depth.value(*t.parentId) + 1 : 0;
        depth.insert(t.id, d);
        combo->addItem(QString(d * 4, u' ') + t.name, t.id);
    }
}

} // namespace bursar::ui
