#include "core/apikeys/api_server_settings.h"

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

namespace bursar::core {

namespace {

bool isLoopbackHost(const QString &host)
{
    // What the server itself takes for loopback (QHostAddress::isLoopback): addresses, not names.
    return host == QLatin1String("::1") || host == QLatin1String("[::1]") || host.startsWith(QLatin1String("127."));
}

} // namespace

Result<ApiServerSettings> ApiServerSettingsService::load()
{
    Sql q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'api.%'"));
    if (Status s = q.exec(tr("reading the Billing API settings")); !s)
        return s.error();
    ApiServerSettings a;
    while (q.next()) {
        const QString key = q.value(0).toString(), value = q.value(1).toString();
        if (key == QLatin1String("api.enabled"))
            a.enabled = value == QLatin1String("1");
        else if (key == QLatin1String("api.listen"))
            a.listen = value;
        else if (key == QLatin1String("api.certificate"))
            a.certificateFile = value;
        else if (key == QLatin1String("api.key"))
            a.keyFile = value;
        else if (key == QLatin1String("api.hosts"))
            a.hosts = value.split(u' ', Qt::SkipEmptyParts);
        else if (key == QLatin1String("api.rate"))
            a.ratePerSecond = value.toInt() > 0 ? value.toInt() : 100;
    }
    return a;
}

Status ApiServerSettingsService::validateListen(const QString &listen, bool anyPort)
{
    const qsizetype colon = listen.lastIndexOf(u':');
    bool ok = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || port < (anyPort ? 0 : 1) || port > 65535)
        return fail(tr("The listen address “%1” is not HOST:PORT, for example 127.0.0.1:8080.").arg(listen),
                    QStringLiteral("listen"));
    return success();
}

Status ApiServerSettingsService::save(const ApiServerSettings &a)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the Billing API settings")); !s)
        return s;
    const QString listen = a.listen.trimmed();
    if (Status s = validateListen(listen); !s)
        return s;
    const QString host = listen.left(listen.lastIndexOf(u':'));
    const bool tls = !a.certificateFile.trimmed().isEmpty() && !a.keyFile.trimmed().isEmpty();
    if (!isLoopbackHost(host) && !tls)
        return fail(tr("The Billing API listens on %1, which is not this computer alone: give a TLS certificate "
                       "and key, or listen on 127.0.0.1 behind a reverse proxy.")
                        .arg(listen),
                    QStringLiteral("certificate"));
    if (a.certificateFile.trimmed().isEmpty() != a.keyFile.trimmed().isEmpty())
        return fail(tr("TLS needs both the certificate and its private key."), QStringLiteral("certificate"));
    if (a.ratePerSecond < 1 || a.ratePerSecond > 1000000)
        return fail(tr("Each key's budget is 1 to 1000000 requests a second, not %1.").arg(a.ratePerSecond),
                    QStringLiteral("rate"));
    return m_db.transaction([&]() -> Status {
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("api.enabled"), a.enabled ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("api.listen"), listen},
            {QStringLiteral("api.certificate"), a.certificateFile.trimmed()},
            {QStringLiteral("api.key"), a.keyFile.trimmed()},
            {QStringLiteral("api.hosts"), a.hosts.join(u' ')},
            {QStringLiteral("api.rate"), QString::number(a.ratePerSecond)}};
        if (Status e = storeSettings(m_db, values, tr("saving the Billing API settings")); !e)
            return e;
        return m_db.audit(QStringLiteral("set"), QStringLiteral("settings"), QStringLiteral("billing api"),
                          QStringLiteral("%1 %2%3, rate %4")
                              .arg(a.enabled ? QStringLiteral("on") : QStringLiteral("off"), listen,
                                   tls ? QStringLiteral(" (TLS)") : QString())
                              .arg(a.ratePerSecond));
    });
}

} // namespace bursar::core
