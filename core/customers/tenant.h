#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace bursar::core {

enum class TenantKind { Distributor, Partner };

/// A node of the tenant tree Distributor > Partner; customers hang below either.
struct Tenant
{
    qint64 id = 0;
    std::optional<qint64> parentId;
    TenantKind kind = TenantKind::Partner;
    QString name;
};

/// The tenants in the order a tree is read: each parent, then its children (by name, then
/// ID) with their own children under them, before the parent's next sibling. A tenant whose
/// parent is not in the list is a root. Indented by tenantDepths(), this draws the tree right
/// whatever order the tenants were added in.
QList<Tenant> inTreeOrder(const QList<Tenant> &tenants);

/// Depth of each tenant in the tree (a distributor is 0), for indented lists. `tenants`
/// must list parents before children, as CustomerService::tenants() does.
QHash<qint64, int> tenantDepths(const QList<Tenant> &tenants);

} // namespace bursar::core
