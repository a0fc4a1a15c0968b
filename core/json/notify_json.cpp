#include "core/json/notify_json.h"

#include "core/notify/notification_settings.h"

namespace bursar::core::json {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject notification(const Notification &n)
{
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("statement_id"), n.statementId},
            {QStringLiteral("statement_number"), n.statementNumber},
            {QStringLiteral("customer_id"), n.customerId},
            {QStringLiteral("customer_name"), n.customerName},
            {QStringLiteral("recipient"), n.recipient},
            {QStringLiteral("subject"), n.subject},
            {QStringLiteral("status"), n.status},
            {QStringLiteral("attempts"), n.attempts},
            {QStringLiteral("next_attempt_at"), n.status == u"queued" ? QJsonValue(n.nextAttemptAt) : QJsonValue()},
            {QStringLiteral("last_reply"), n.lastReply},
            {QStringLiteral("queued_at"), n.queuedAt},
            {QStringLiteral("queued_by"), n.queuedBy},
            {QStringLiteral("sent_at"), orNull(n.sentAt)}};
}

QJsonObject notificationEvent(const NotificationEvent &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("notification_id"), e.notificationId},
            {QStringLiteral("statement_id"), e.statementId},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("event"), e.event},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("actor"), e.actor}};
}

QJsonObject notificationSettings(const NotificationSettings &s)
{
    return {{QStringLiteral("enabled"), s.enabled},
            {QStringLiteral("host"), s.host},
            {QStringLiteral("port"), s.port},
            {QStringLiteral("security"), NotificationSettingsService::securityKey(s.security)},
            {QStringLiteral("sender"), s.sender},
            {QStringLiteral("login"), s.login},
            {QStringLiteral("subject"), s.subject},
            {QStringLiteral("body"), s.body}};
}

QJsonObject customerNotification(const CustomerNotification &c)
{
    return {{QStringLiteral("customer_id"), c.customerId},
            {QStringLiteral("email"), orNull(c.email)},
            {QStringLiteral("enabled"), c.enabled},
            {QStringLiteral("address"), orNull(c.address())}};
}

} // namespace bursar::core::json
