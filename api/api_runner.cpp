#include "api/api_runner.h"

#include "api/api_server.h"
#include "core/apikeys/api_server_settings.h"

namespace bursar::api {

using namespace bursar::core;

ApiRunner::ApiRunner(QObject *parent) : QObject(parent), m_home(new QObject)
{
    m_thread.setObjectName(QStringLiteral("Billing API"));
    m_home->moveToThread(&m_thread);
    m_thread.start();
}

ApiRunner::~ApiRunner()
{
    stop();
    QMetaObject::invokeMethod(
        m_home, [home = m_home] { delete home; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ApiRunner::setState(const QString &text)
{
    m_state = text;
    Q_EMIT stateChanged(text);
}

void ApiRunner::stop()
{
    if (!m_server)
        return;
    ApiServer *server = std::exchange(m_server, nullptr);
    // Stopped on its own thread: the log is written, then the server and its connections go.
    QMetaObject::invokeMethod(
        m_home,
        [server] {
            server->stop();
            delete server;
        },
        Qt::BlockingQueuedConnection);
    m_url.clear();
}

void ApiRunner::apply(Database &db)
{
    stop();
    auto settings = ApiServerSettingsService(db).load();
    if (!settings) {
        setState(tr("Billing API: %1").arg(settings.error().message));
        return;
    }
    if (!settings->enabled) {
        setState(QString());
        return;
    }
    ApiSettings handling;
    handling.hosts = settings->hosts;
    handling.ratePerSecond = settings->ratePerSecond;
    handling.burst = settings->ratePerSecond * 2;
    ListenOptions listen;
    listen.listen = settings->listen;
    listen.certificateFile = settings->certificateFile;
    listen.keyFile = settings->keyFile;
    const Database::ConnectionInfo info = db.connectionInfo();
    Status started = success();
    ApiServer *server = nullptr;
    QMetaObject::invokeMethod(
        m_home,
        [&] {
            auto made = std::make_unique<ApiServer>(std::make_unique<ApiHandler>(info, handling));
            started = made->start(listen);
            if (started)
                server = made.release();
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        setState(tr("Billing API not running: %1").arg(started.error().message));
        return;
    }
    m_server = server;
    m_url = server->url();
    setState(tr("Billing API: %1").arg(m_url));
}

} // namespace bursar::api
