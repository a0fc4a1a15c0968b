#include "core/json/api_key_json.h"

namespace bursar::core::json {

namespace {
QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

void addScope(QJsonObject &o, Scope scope)
{
    const bool tenant = scope.kind == Scope::Kind::Tenant, customer = scope.kind == Scope::Kind::Customer;
    o.insert(QStringLiteral("scope"), tenant     ? QStringLiteral("tenant")
                                      : customer ? QStringLiteral("customer")
                                                 : QStringLiteral("all"));
    o.insert(QStringLiteral("tenant_id"), tenant ? QJsonValue(scope.id) : QJsonValue());
    o.insert(QStringLiteral("customer_id"), customer ? QJsonValue(scope.id) : QJsonValue());
}

QJsonObject apiKey(const ApiKey &k)
{
    QJsonObject o{{QStringLiteral("id"), k.id},
                  {QStringLiteral("name"), k.name},
                  {QStringLiteral("prefix"), k.prefix},
                  {QStringLiteral("expires_on"),
                   k.expiresOn.isValid() ? QJsonValue(k.expiresOn.toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("created_at"), k.createdAt},
                  {QStringLiteral("created_by"), k.createdBy},
                  {QStringLiteral("revoked_at"), text(k.revokedAt)},
                  {QStringLiteral("revoked_by"), text(k.revokedBy)},
                  {QStringLiteral("last_used_at"), text(k.lastUsedAt)},
                  {QStringLiteral("last_used_from"), text(k.lastUsedFrom)}};
    addScope(o, k.scope);
    return o;
}

QJsonObject newApiKey(const NewApiKey &made)
{
    QJsonObject o = apiKey(made.key);
    o.insert(QStringLiteral("key"), made.secret);
    return o;
}

} // namespace bursar::core::json
