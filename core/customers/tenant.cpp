#include "core/customers/tenant.h"

#include <QSet>
#include <algorithm>

namespace bursar::core {

QList<Tenant> inTreeOrder(const QList<Tenant> &tenants)
{
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < tenants.size(); ++i)
        at.insert(tenants.at(i).id, i);
    QHash<qint64, QList<qsizetype>> children; // by parent; roots under 0
    for (qsizetype i = 0; i < tenants.size(); ++i) {
        const Tenant &t = tenants.at(i);
        children[t.parentId && at.contains(*t.parentId) && *t.parentId != t.id ? *t.parentId : 0].append(i);
    }
    for (QList<qsizetype> &list : children)
        std::sort(list.begin(), list.end(), [&](qsizetype a, qsizetype b) {
            const int byName = QString::compare(tenants.at(a).name, tenants.at(b).name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : tenants.at(a).id < tenants.at(b).id;
        });
    QList<Tenant> out;
    out.reserve(tenants.size());
    QSet<qint64> placed;
    // Depth first, without recursion; a tenant is placed once even if the stored tree had a loop.
    QList<qsizetype> stack(children.value(0).crbegin(), children.value(0).crend());
    while (!stack.isEmpty()) {
        const Tenant &t = tenants.at(stack.takeLast());
        if (placed.contains(t.id))
            continue;
        placed.insert(t.id);
        out.append(t);
        const QList<qsizetype> below = children.value(t.id);
        for (auto it = below.crbegin(); it != below.crend(); ++it)
            stack.append(*it);
    }
    for (const Tenant &t : tenants) // in a loop with no way in from a root: listed at the end
        if (!placed.contains(t.id))
            out.append(t);
    return out;
}

QHash<qint64, int> tenantDepths(const QList<Tenant> &tenants)
{
    QHash<qint64, int> depth;
    for (const Tenant &t : tenants)
        depth.insert(t.id, t.parentId ? depth.value(*t.parentId) + 1 : 0);
    return depth;
}

} // namespace bursar::core
