#pragma once

#include "core/notify/notification.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <functional>

namespace bursar::core {

class Database;

/// What the mail server made of one message: sent (with its answer), or refused for good (a
/// 5xx answer: the address or the message is wrong), or failed for now (no connection, a
/// 4xx answer: worth another try).
struct MailDelivery
{
    bool sent = false;
    bool permanent = false;
    QString reply; ///< the server's last answer, or why there was none
};

/// Hands one message to the mail server. The SMTP one is notify/smtp_transport.h (libcurl);
/// core only knows this shape.
using MailTransport =
    std::function<MailDelivery(const NotificationSettings &settings, const QString &to, const QByteArray &message)>;

struct SendSummary
{
    int sent = 0;
    int retrying = 0; ///< failed for now; tried again later
    int failed = 0;   ///< failed for good
};

/// Sends the queued statement emails that are due, each with its statement's PDF (the "pdf"
/// document format: render registers it) named like an exported file, and records each
/// answer in the notification log. A failure never changes the statement.
class NotificationSender
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::NotificationSender)

public:
    NotificationSender(Database &db, MailTransport transport) : m_db(db), m_transport(std::move(transport)) {}
    /// Up to `limit` due emails. Refused, sending nothing, when no SMTP server is set or no
    /// PDF format is registered.
    Result<SendSummary> sendDue(int limit = 50, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Database &m_db;
    MailTransport m_transport;
};

} // namespace bursar::core
