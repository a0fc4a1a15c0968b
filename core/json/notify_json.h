#pragma once

#include "core/notify/notification.h"

#include <QJsonObject>

namespace bursar::core::json {

/// A statement's email as `notify list` shows it: id, statement_id, statement_number,
/// customer_id, customer_name, recipient, subject, status, attempts, next_attempt_at,
/// last_reply, queued_at, queued_by, sent_at (null until sent).
QJsonObject notification(const Notification &n);
/// A line of the notification log: id, notification_id, statement_id, at, event, detail, actor.
QJsonObject notificationEvent(const NotificationEvent &e);
/// Settings > Notifications (never a password): enabled, host, port, security, sender,
/// login, subject, body.
QJsonObject notificationSettings(const NotificationSettings &s);
/// A customer's billing contact: customer_id, email, enabled, address (where it goes).
QJsonObject customerNotification(const CustomerNotification &c);

} // namespace bursar::core::json
