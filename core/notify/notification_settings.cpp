#include "core/notify/notification_settings.h"

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QRegularExpression>

namespace bursar::core {

namespace {

const QStringList &knownPlaceholders()
{
    static const QStringList names{QStringLiteral("number"),   QStringLiteral("period"),   QStringLiteral("total"),
                                   QStringLiteral("currency"), QStringLiteral("due_date"), QStringLiteral("customer"),
                                   QStringLiteral("company")};
    return names;
}

} // namespace

Status NotificationSettingsService::requireServer(const NotificationSettings &settings)
{
    if (settings.host.isEmpty() || settings.sender.isEmpty())
        return fail(tr("No SMTP server is set: set one in Settings > Notifications (bursar notify settings)."),
                    QStringLiteral("host"));
    return success();
}

QString NotificationSettingsService::defaultSubject()
{
    return tr("Statement {number} for {period}");
}

QString NotificationSettingsService::defaultBody()
{
    return tr("Dear {customer},\n\nyour billing statement {number} for {period} is ready: {total} {currency}, due on "
              "{due_date}. The statement is attached as a PDF.\n\nKind regards\n{company}");
}

QString NotificationSettingsService::placeholders()
{
    QStringList out;
    for (const QString &name : knownPlaceholders())
        out << u'{' + name + u'}';
    return out.join(QStringLiteral(", "));
}

Status NotificationSettingsService::validateTemplate(const QString &text, const QString &field)
{
    static const QRegularExpression token(QStringLiteral("\\{([^{}]*)\\}"));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!knownPlaceholders().contains(name))
            return fail(tr("The placeholder {%1} is not known; use %2.").arg(name, placeholders()), field);
    }
    return success();
}

QString NotificationSettingsService::fill(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression token(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype from = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        const auto value = values.constFind(m.captured(1));
        out += value == values.constEnd() ? m.captured(0) : *value;
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

bool NotificationSettingsService::isAddress(const QString &address)
{
    static const QRegularExpression shape(
        QStringLiteral("^[^\\s@<>(),;:\"\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    return address.size() <= 254 && shape.match(address).hasMatch();
}

QString NotificationSettingsService::securityKey(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None:
        return QStringLiteral("none");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Tls:
        return QStringLiteral("tls");
    }
    return QStringLiteral("starttls");
}

std::optional<SmtpSecurity> NotificationSettingsService::securityFromKey(QStringView key)
{
    for (SmtpSecurity s : {SmtpSecurity::None, SmtpSecurity::StartTls, SmtpSecurity::Tls})
        if (key.compare(securityKey(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

Result<NotificationSettings> NotificationSettingsService::load()
{
    Sql q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'notify.%'"));
    if (Status s = q.exec(tr("reading the notification settings")); !s)
        return s.error();
    NotificationSettings n;
    n.subject = defaultSubject();
    n.body = defaultBody();
    while (q.next()) {
        const QString key = q.value(0).toString(), value = q.value(1).toString();
        if (key == QLatin1String("notify.enabled"))
            n.enabled = value == QLatin1String("1");
        else if (key == QLatin1String("notify.host"))
            n.host = value;
        else if (key == QLatin1String("notify.port"))
            n.port = value.toInt() > 0 ? value.toInt() : 587;
        else if (key == QLatin1String("notify.security"))
            n.security = securityFromKey(value).value_or(SmtpSecurity::StartTls);
        else if (key == QLatin1String("notify.sender"))
            n.sender = value;
        else if (key == QLatin1String("notify.login"))
            n.login = value;
        else if (key == QLatin1String("notify.subject") && !value.isEmpty())
            n.subject = value;
        else if (key == QLatin1String("notify.body") && !value.isEmpty())
            n.body = value;
    }
    return n;
}

Status NotificationSettingsService::save(const NotificationSettings &in)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the notification settings")); !s)
        return s;
    NotificationSettings n = in;
    n.host = n.host.trimmed();
    n.sender = n.sender.trimmed();
    n.login = n.login.trimmed();
    n.subject = n.subject.simplified();
    static const QRegularExpression hostShape(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]+$"));
    if (!n.host.isEmpty() && !hostShape.match(n.host).hasMatch())
        return fail(tr("The SMTP server “%1” is not a host name or address.").arg(n.host), QStringLiteral("host"));
    if (n.enabled && n.host.isEmpty())
        return fail(tr("Give the SMTP server that sends the statements, or switch the emails off."),
                    QStringLiteral("host"));
    if (n.port < 1 || n.port > 65535)
        return fail(tr("The SMTP port is 1 to 65535, not %1 (587 for STARTTLS, 465 for TLS).").arg(n.port),
                    QStringLiteral("port"));
    if ((n.enabled || !n.sender.isEmpty()) && !isAddress(n.sender))
        return fail(tr("The sender “%1” is not an email address like billing@example.com.").arg(n.sender),
                    QStringLiteral("sender"));
    if (Status s = validateTemplate(n.subject, QStringLiteral("subject")); !s)
        return s;
    if (Status s = validateTemplate(n.body, QStringLiteral("body")); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("notify.enabled"), n.enabled ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("notify.host"), n.host},
            {QStringLiteral("notify.port"), QString::number(n.port)},
            {QStringLiteral("notify.security"), securityKey(n.security)},
            {QStringLiteral("notify.sender"), n.sender},
            {QStringLiteral("notify.login"), n.login},
            {QStringLiteral("notify.subject"), n.subject == defaultSubject() ? QString() : n.subject},
            {QStringLiteral("notify.body"), n.body == defaultBody() ? QString() : n.body}};
        if (Status e = storeSettings(m_db, values, tr("saving the notification settings")); !e)
            return e;
        return m_db.audit(QStringLiteral("set"), QStringLiteral("settings"), QStringLiteral("notifications"),
                          QStringLiteral("%1 %2:%3 %4 from %5")
                              .arg(n.enabled ? QStringLiteral("on") : QStringLiteral("off"), n.host)
                              .arg(n.port)
                              .arg(securityKey(n.security), n.sender));
    });
}

} // namespace bursar::core
