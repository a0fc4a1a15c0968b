#pragma once

#include <QString>
#include <optional>

namespace bursar::core {

/// How Bursar talks to the SMTP server: plain (a relay on this machine), STARTTLS on the
/// submission port, or TLS from the first byte (port 465).
enum class SmtpSecurity { None, StartTls, Tls };

/// Settings > Notifications: the SMTP server statements are emailed through and the email's
/// words. The password is never here: it stays in the system keyring or is asked.
struct NotificationSettings
{
    bool enabled = false; ///< approving a statement queues its email
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString sender; ///< the From address
    QString login;  ///< empty: the server takes mail without a login
    QString subject;
    QString body;
};

/// A customer's billing contact for statement emails. No row: on, to the customer's email.
struct CustomerNotification
{
    qint64 customerId = 0;
    QString email;         ///< the billing contact; empty: the customer's own email
    bool enabled = true;   ///< approving this customer's statements emails them
    QString customerEmail; ///< the customer's own email, for the fallback
    QString address() const { return email.isEmpty() ? customerEmail : email; }
};

/// One email of one statement. status: "queued" (waiting, or waiting to try again at
/// nextAttemptAt), "sent" or "failed" (for good; a resend queues a new one).
struct Notification
{
    qint64 id = 0;
    qint64 statementId = 0;
    qint64 customerId = 0;
    QString statementNumber;
    QString customerName;
    QString recipient;
    QString subject;
    QString body;
    QString status;
    int attempts = 0;
    QString nextAttemptAt;
    QString lastReply; ///< the server's latest answer
    QString queuedAt;
    QString queuedBy;
    QString sentAt;
};

/// A line of the notification log: queued, sent, failed (with the server's answer), retry
/// (a temporary failure; the next try is in the detail) and resent.
struct NotificationEvent
{
    qint64 id = 0;
    qint64 notificationId = 0;
    qint64 statementId = 0;
    QString at;
    QString event;
    QString detail;
    QString actor;
};

struct NotificationFilter
{
    std::optional<qint64> statementId;
    std::optional<qint64> customerId;
    QString status; ///< "queued", "sent", "failed"; empty: any
};

} // namespace bursar::core
