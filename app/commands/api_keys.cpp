// bursar api-keys create|list|revoke: keys of the Billing API (issue 16).
#include "app/commands/command.h"
#include "core/apikeys/api_key_service.h"
#include "core/json/api_key_json.h"

namespace bursar::app {

namespace {

QString scopeText(Scope scope)
{
    switch (scope.kind) {
    case Scope::Kind::Tenant:
        return Cli::tr("tenant %1").arg(scope.id);
    case Scope::Kind::Customer:
        return Cli::tr("customer %1").arg(scope.id);
    case Scope::Kind::All:
        break;
    }
    return Cli::tr("all");
}

int createKey(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("api-keys create"),
                    Cli::tr("Make a key of the Billing API. The key is printed this once; Bursar keeps only its hash."),
                    QStringLiteral("api-keys create --name N [--tenant ID | --customer ID] [--expires YYYY-MM-DD] "
                                   "[--format table|json]"));
    p.add(QStringLiteral("name"), Cli::tr("The key's name, for the log and for revoking it."), QStringLiteral("N"));
    addScopeOptions(p);
    p.add(QStringLiteral("expires"), Cli::tr("The last day the key works; none: until revoked."),
          QStringLiteral("YYYY-MM-DD"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("name")).trimmed().isEmpty())
        return usage(Cli::tr("--name is required: what the key is for, for example \"partner portal\"."));
    int rc = ExitOk;
    const auto scope = scopeOption(p, false, rc);
    if (!scope)
        return rc;
    QDate expires;
    if (p.isSet(QStringLiteral("expires"))) {
        const auto d = dateOption(p, QStringLiteral("expires"));
        if (!d)
            return ExitUsage;
        expires = *d;
    }
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    auto made = ApiKeyService(*ctx.db).create(p.value(QStringLiteral("name")), *scope, expires);
    if (!made)
        return failure(made.error().message);
    if (p.chosenFormat == Format::Json) {
        outJson(json::newApiKey(*made));
    } else {
        out(Cli::tr("API key “%1” (%2) made. Keep it now; Bursar cannot show it again:")
                .arg(made->key.name, scopeText(*scope)));
        out(made->secret);
    }
    return ExitOk;
}

int listKeys(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("api-keys list"), Cli::tr("List the keys of the Billing API (never the keys)."),
                    QStringLiteral("api-keys list [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    auto keys = ApiKeyService(*ctx.db).list();
    if (!keys)
        return failure(keys.error().message);
    if (p.chosenFormat == Format::Json) {
        QJsonArray a;
        for (const ApiKey &k : *keys)
            a.append(json::apiKey(k));
        outJson(a);
        return ExitOk;
    }
    QTextStream s(stdout);
    for (const ApiKey &k : *keys) {
        const QString state = !k.revokedAt.isEmpty()  ? Cli::tr("revoked %1").arg(k.revokedAt)
                              : k.expiresOn.isValid() ? Cli::tr("expires %1").arg(k.expiresOn.toString(Qt::ISODate))
                                                      : Cli::tr("no expiry");
        s << k.name << "  bursar_" << k.prefix << "_…  " << scopeText(k.scope) << "  " << state << "  "
          << (k.lastUsedAt.isEmpty() ? Cli::tr("never used")
                                     : Cli::tr("last used %1 from %2").arg(k.lastUsedAt, k.lastUsedFrom))
          << '\n';
    }
    if (keys->isEmpty())
        s << Cli::tr("No API keys; make one with bursar api-keys create --name N.") << '\n';
    return ExitOk;
}

int revokeKey(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("api-keys revoke"),
                    Cli::tr("Revoke a key of the Billing API: it stops working at once."),
                    QStringLiteral("api-keys revoke --name N"));
    p.add(QStringLiteral("name"), Cli::tr("The key's name."), QStringLiteral("N"));
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("name")).trimmed().isEmpty())
        return usage(Cli::tr("--name is required: the key to revoke (bursar api-keys list)."));
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    if (Status s = ApiKeyService(*ctx.db).revoke(p.value(QStringLiteral("name"))); !s)
        return failure(s.error().message);
    out(Cli::tr("API key “%1” revoked.").arg(p.value(QStringLiteral("name")).simplified()));
    return ExitOk;
}

} // namespace

int cmdApiKeys(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("api-keys"),
                    {{QStringLiteral("create"), createKey},
                     {QStringLiteral("list"), listKeys},
                     {QStringLiteral("revoke"), revokeKey}});
}

} // namespace bursar::app
