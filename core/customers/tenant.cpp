#include "core/customers/tenant.h"

namespace bursar::core {

QHash<qint64, int> tenantDepths(const QList<Tenant> &tenants)
{
    QHash<qint64, int> depth;
    for (const Tenant &t : tenants)
        depth.insert(t.id, t.parentId ? depth.value(*t.parentId) + 1 : 0);
    return depth;
}

} // namespace bursar::core
