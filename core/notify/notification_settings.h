#pragma once

#include "core/notify/notification.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace bursar::core {

class Database;

/// Loads and saves Settings > Notifications, and writes an email's subject and body from
/// their templates.
class NotificationSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::NotificationSettingsService)

public:
    explicit NotificationSettingsService(Database &db) : m_db(db) {}
    /// The saved settings; the templates are the defaults until a clerk changes them.
    Result<NotificationSettings> load();
    /// ManageSettings is required. Switched on, the server, the port and the sender must be
    /// right; the templates may use only the known placeholders. Audited.
    Status save(const NotificationSettings &settings);

    /// Refuses settings without a server or a sender: nothing can be sent through them.
    static Status requireServer(const NotificationSettings &settings);

    static QString defaultSubject();
    static QString defaultBody();
    /// "{number}, {period}, {total}, {currency}, {due_date}, {customer}, {company}".
    static QString placeholders();
    /// Refuses a placeholder that is not one of placeholders(); `field` names the input.
    static Status validateTemplate(const QString &text, const QString &field);
    /// The template with each {name} replaced by values[name].
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    /// An address a mail server takes: local@domain, no spaces, no line breaks, no brackets.
    static bool isAddress(const QString &address);
    static QString securityKey(SmtpSecurity security); ///< "none", "starttls", "tls"
    static std::optional<SmtpSecurity> securityFromKey(QStringView key);

private:
    Database &m_db;
};

} // namespace bursar::core
