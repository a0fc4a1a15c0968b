#pragma once

#include "api/api_handler.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QTimer>
#include <memory>

namespace bursar::api {

/// Where and how the server listens.
struct ListenOptions
{
    QString listen = QStringLiteral("127.0.0.1:8080"); ///< HOST:PORT; port 0 takes a free one
    QString certificateFile;                           ///< PEM; with keyFile, the server speaks TLS
    QString keyFile;
    int idleSeconds = 10; ///< a connection that sends nothing for this long is closed
};

/// The Billing API over HTTP: Qt HttpServer (a Technology Preview in 6.4) kept behind this
/// class. Listens on loopback unless told otherwise, and on any other address only with
/// TLS. Clients that go quiet are cut off; the log is written every second and at stop.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ApiServer(std::unique_ptr<ApiHandler> handler, QObject *parent = nullptr);
    ~ApiServer() override;

    core::Status start(const ListenOptions &options);
    quint16 port() const { return m_port; }
    QString url() const;
    void stop();
    ApiHandler &handler() { return *m_handler; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::unique_ptr<ApiHandler> m_handler;
    QTimer m_flush;
    quint16 m_port = 0;
    QHostAddress m_address;
    bool m_tls = false;
};

} // namespace bursar::api
