// bursar users list|add|set|grant|revoke: Bursar users, their privileges and what they see.
#include "app/commands/command.h"
#include "core/customers/billing_parties.h"
#include "core/customers/customer.h"
#include "core/customers/customer_service.h"
#include "core/customers/tenant.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/domain/vendor.h"
#include "core/domain/vendor_account.h"
#include "core/json/api_key_json.h"
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
#include <optional>

namespace bursar::app {

namespace {

QJsonObject userJson(const User &u)
{
    QJsonArray privileges;
    for (Privilege p : allPrivileges())
        if (u.privileges.contains(p))
            privileges.append(privilegeKey(p));
    QJsonObject o{{QStringLiteral("id"), u.id},
                  {QStringLiteral("name"), u.name},
                  {QStringLiteral("login"), u.dbLogin.isEmpty() ? QJsonValue() : QJsonValue(u.dbLogin)},
                  {QStringLiteral("privileges"), privileges}};
    json::addScope(o, u.scope);
    return o;
}

QString scopeLabel(const User &u)
{
    switch (u.scope.kind) {
    case Scope::Kind::Tenant:
        return Cli::tr("tenant %1, reads only").arg(u.scope.id);
    case Scope::Kind::Customer:
        return Cli::tr("customer %1, reads only").arg(u.scope.id);
    case Scope::Kind::All:
        break;
    }
    return u.privileges.isEmpty()
               ? Cli::tr("no privileges")
               : userJson(u).value(QStringLiteral("privileges")).toVariant().toStringList().join(QStringLiteral(", "));
}

int listUsers(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("users list"), Cli::tr("List Bursar users, their privileges and what they see."),
                    QStringLiteral("users list [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    const Format format = p.chosenFormat;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto users = UserService(*ctx.db).users();
    if (!users)
        return failure(users.error().message);
    if (format == Format::Json) {
        QJsonArray a;
        for (const User &u : *users)
            a.append(userJson(u));
        outJson(a);
    } else {
        QTextStream s(stdout);
        for (const User &u : *users)
            s << u.name << (u.dbLogin.isEmpty() ? QString() : QStringLiteral(" (login %1)").arg(u.dbLogin)) << ": "
              << scopeLabel(u) << '\n';
    }
    return ExitOk;
}

int setUser(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("users set"), Cli::tr("Change what a user sees."),
                    QStringLiteral("users set --name NAME (--tenant ID | --customer ID | --all-tenants)"));
    p.add(QStringLiteral("name"), Cli::tr("The user's name."), QStringLiteral("NAME"));
    addScopeOptions(p);
    p.add(QStringLiteral("all-tenants"), Cli::tr("The user sees the whole installation again."));
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("name")).trimmed().isEmpty())
        return usage(Cli::tr("--name is required: the Bursar user's name."));
    int rc = ExitOk;
    const auto scope = scopeOption(p, true, rc);
    if (!scope)
        return rc;
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    if (Status s = UserService(*ctx.db).setScope(p.value(QStringLiteral("name")), *scope); !s)
        return failure(s.error().message);
    out(Cli::tr("%1 changed.").arg(p.value(QStringLiteral("name")).trimmed()));
    return ExitOk;
}

int addOrChange(Context &ctx, const QString &sub, const QStringList &rest)
{
    const bool add = sub == QLatin1String("add");
    CommandParser p(QStringLiteral("users ") + sub,
                    add                             ? Cli::tr("Add a Bursar user.")
                    : sub == QLatin1String("grant") ? Cli::tr("Grant privileges.")
                                                    : Cli::tr("Revoke privileges."),
                    add ? QStringLiteral("users add --name NAME [--login LOGIN] (--privileges P1,P2,... | --all | "
                                         "--tenant ID | --customer ID)")
                        : QStringLiteral("users %1 --name NAME (--privileges P1,P2,... | --all)").arg(sub));
    p.add(QStringLiteral("name"), Cli::tr("The user's name."), QStringLiteral("NAME"));
    if (add) {
        p.add(QStringLiteral("login"), Cli::tr("The PostgreSQL login that acts as this user (shared databases)."),
              QStringLiteral("LOGIN"));
        addScopeOptions(p);
    }
    p.add(QStringLiteral("privileges"),
          Cli::tr("Comma-separated privileges, for example ARDOCS_CREATE,MANAGE_CUSTOMERS."), QStringLiteral("LIST"));
    p.add(QStringLiteral("all"), Cli::tr("Every privilege."));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    const Format format = p.chosenFormat;
    if (p.value(QStringLiteral("name")).trimmed().isEmpty())
        return usage(Cli::tr("--name is required: the Bursar user's name."));
    int rc = ExitOk;
    const auto scope = add ? scopeOption(p, false, rc) : std::optional<Scope>(Scope::all());
    if (!scope)
        return rc;
    const bool any = p.isSet(QStringLiteral("all")) || p.isSet(QStringLiteral("privileges"));
    if (!scope->isAll() && any)
        return usage(Cli::tr("A user of a tenant or a customer reads only: leave out --privileges and --all."));
    if (scope->isAll() && p.isSet(QStringLiteral("all")) == p.isSet(QStringLiteral("privileges")))
        return usage(add ? Cli::tr("Give either --privileges P1,P2,... or --all, or --tenant ID or --customer ID.")
                         : Cli::tr("Give either --privileges P1,P2,... or --all."));
    QSet<Privilege> privileges;
    if (p.isSet(QStringLiteral("all"))) {
        const QList<Privilege> all = allPrivileges();
        privileges = QSet<Privilege>(all.cbegin(), all.cend());
    } else if (any) {
        auto parsed = UserService::parsePrivileges(p.value(QStringLiteral("privileges")));
        if (!parsed)
            return usage(parsed.error().message);
        privileges = *parsed;
    }
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    UserService users(*ctx.db);
    const QString name = p.value(QStringLiteral("name"));
    if (add) {
        auto id = users.add(name, p.value(QStringLiteral("login")), privileges, *scope);
        if (!id)
            return failure(id.error().message);
        if (format == Format::Json)
            outJson(QJsonObject{{QStringLiteral("id"), *id}});
        else
            out(Cli::tr("Added user %1.").arg(name.trimmed()));
        return ExitOk;
    }
    Status s = sub == QLatin1String("grant") ? users.grant(name, privileges) : users.revoke(name, privileges);
    if (!s)
        return failure(s.error().message);
    out(Cli::tr("Privileges of %1 changed.").arg(name.trimmed()));
    return ExitOk;
}

} // namespace

int cmdUsers(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return listUsers(ctx, rest);
    if (sub == QLatin1String("set"))
        return setUser(ctx, rest);
    if (sub == QLatin1String("add") || sub == QLatin1String("grant") || sub == QLatin1String("revoke"))
        return addOrChange(ctx, sub, rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] users list|add|set|grant|revoke [--help]"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("unknown users command “%1”; use list, add, set, grant or revoke.").arg(sub));
}

} // namespace bursar::app
