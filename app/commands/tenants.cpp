// bursar tenants list|add: the tenant tree.
#include "app/commands/command.h"
#include "core/customers/billing_parties.h"
#include "core/customers/customer.h"
#include "core/customers/customer_service.h"
#include "core/customers/tenant.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/domain/vendor.h"
#include "core/domain/vendor_account.h"
#include "core/json/records_json.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "core/storage/database_copy.h"
#include "core/users/user_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <functional>
#include <map>

namespace bursar::app {

namespace {

int cmdTenantsList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("tenants list"), Cli::tr("List the tenant tree."),
                    QStringLiteral("tenants list [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const Format format = p.chosenFormat;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    CustomerService service(*ctx.db);
    auto tenants = service.tenants();
    auto counts = service.customerCountsByTenant();
    if (!tenants || !counts)
        return failure(!tenants ? tenants.message() : counts.message());
    const QHash<qint64, int> depth = tenantDepths(*tenants);
    Listing<Tenant> listing;
    listing.json = [&](const Tenant &t) {
        return QJsonObject{{QStringLiteral("id"), t.id},
                           {QStringLiteral("parent_id"), t.parentId ? QJsonValue(*t.parentId) : QJsonValue()},
                           {QStringLiteral("kind"), t.kind == TenantKind::Distributor ? QStringLiteral("distributor")
                                                                                      : QStringLiteral("partner")},
                           {QStringLiteral("name"), t.name},
                           {QStringLiteral("customers"), counts->value(t.id)}};
    };
    listing.line = [&](const Tenant &t) {
        return QStringLiteral("%1  %2%3  (%4)")
            .arg(t.id, 4)
            .arg(QString(depth.value(t.id) * 2, u' '), t.name)
            .arg(counts->value(t.id));
    };
    print(format, *tenants, listing);
    return ExitOk;
}

int cmdTenantsAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("tenants add"),
                    Cli::tr("Add a distributor (no --parent) or a partner below --parent."),
                    QStringLiteral("tenants add --name NAME [--parent ID] [--format table|json]"));
    p.add(QStringLiteral("name"), Cli::tr("The tenant's name."), QStringLiteral("NAME"));
    p.add(QStringLiteral("parent"), Cli::tr("The tenant it belongs to; without it, a new distributor."),
          QStringLiteral("ID"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const Format format = p.chosenFormat;
    if (!p.isSet(QStringLiteral("name")))
        return usage(Cli::tr("--name is required: bursar tenants add --name \"Partner Ltd\" --parent 1"));
    std::optional<qint64> parent;
    if (p.isSet(QStringLiteral("parent"))) {
        bool ok = false;
        parent = p.value(QStringLiteral("parent")).toLongLong(&ok);
        if (!ok || *parent <= 0)
            return usage(Cli::tr("--parent must be a tenant ID, not “%1”.").arg(p.value(QStringLiteral("parent"))));
    }
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto id = CustomerService(*ctx.db).addTenant(parent ? TenantKind::Partner : TenantKind::Distributor, parent,
                                                 p.value(QStringLiteral("name")));
    if (!id)
        return failure(id.error().message);
    if (format == Format::Json)
        outJson(QJsonObject{{QStringLiteral("id"), *id}});
    else
        out(Cli::tr("Added tenant %1.").arg(*id));
    return ExitOk;
}

} // namespace

int cmdTenants(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return cmdTenantsList(ctx, args.mid(1));
    if (sub == QLatin1String("add"))
        return cmdTenantsAdd(ctx, args.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] tenants list|add [--help]"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("unknown tenants command “%1”; use list or add.").arg(sub));
}

} // namespace bursar::app
