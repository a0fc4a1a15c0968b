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

/// Depth of each tenant in the tree (a distributor is 0), for indented lists. `tenants`
/// must list parents before children, as CustomerService::tenants() does.
QHash<qint64, int> tenantDepths(const QList<Tenant> &tenants);

} // namespace bursar::core
