#pragma once

#include "core/notify/notification_sender.h"

#include <QString>

namespace bursar::notify {

/// Sends one message through the SMTP server of Settings > Notifications with libcurl:
/// STARTTLS or TLS as set (the server's certificate checked against the system's
/// authorities), a login when one is set, bounded connect and transfer times. The server's
/// last answer is kept for the log; a 5xx answer is a permanent failure.
core::MailDelivery sendSmtp(const core::NotificationSettings &settings, const QString &password, const QString &to,
                            const QByteArray &message);

/// sendSmtp with this password, in the shape core's sender takes.
core::MailTransport smtpTransport(const QString &password);

} // namespace bursar::notify
