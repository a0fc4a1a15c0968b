#include "api/api_server.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace bursar::api {

using namespace bursar::core;

namespace {

constexpr int MaxHeaderLines = 64;
constexpr qsizetype MaxHeaderBytes = 16 * 1024;

/// Guards one connection: closed when it stays silent for `idleMs` (slow or stalled clients),
/// or when its request head does not arrive whole within `idleMs` of its first byte however
/// steadily it trickles in (a slow-loris client keeping a connection open byte by byte); a
/// header block over the limits is answered 431 before Qt's parser sees it (the parser would
/// keep part of it silently). Connected before the HTTP server's own reader, so it sees the
/// bytes first. For TLS connections it starts with the handshake, which must finish in time too.
void guardConnection(QTcpSocket *socket, int idleMs)
{
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->setInterval(idleMs);
    QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->abort(); });
    QObject::connect(socket, &QTcpSocket::readyRead, timer, qOverload<>(&QTimer::start));
    QObject::connect(socket, &QTcpSocket::bytesWritten, timer, qOverload<>(&QTimer::start));
    auto *headTimer = new QTimer(socket);
    headTimer->setSingleShot(true);
    headTimer->setInterval(idleMs);
    QObject::connect(headTimer, &QTimer::timeout, socket, [socket] { socket->abort(); });
    auto pending = std::make_shared<qsizetype>(0);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, pending, headTimer] {
        const QByteArray data = socket->peek(socket->bytesAvailable());
        const qsizetype end = data.indexOf("\r\n\r\n");
        const QByteArray head = end < 0 ? data : data.left(end);
        *pending += head.size();
        if (*pending > MaxHeaderBytes || head.count("\r\n") > MaxHeaderLines) {
            const ApiResponse r = errorResponse(431, QStringLiteral("headers_too_large"),
                                                ApiHandler::tr("The request's headers are over %1 lines or %2 bytes.")
                                                    .arg(MaxHeaderLines)
                                                    .arg(MaxHeaderBytes));
            socket->readAll(); // nothing of it reaches the parser
            socket->write("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\nContent-Length: " +
                          QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body);
            socket->disconnectFromHost();
            return;
        }
        if (end >= 0) {
            *pending = 0; // the next request starts counting afresh
            headTimer->stop();
        } else if (!headTimer->isActive()) {
            headTimer->start(); // the head's first bytes: all of it must follow in time
        }
    });
    timer->start();
}

/// Plain HTTP (loopback): each connection guarded from its first moment.
class GuardedServer : public QTcpServer
{
public:
    GuardedServer(int idleMs, QObject *parent) : QTcpServer(parent), m_idle(idleMs) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        guardConnection(socket, m_idle);
        addPendingConnection(socket);
    }

private:
    int m_idle;
};

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

} // namespace

ApiServer::ApiServer(std::unique_ptr<ApiHandler> handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
    m_flush.setInterval(1000);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        [[maybe_unused]] const Status written = m_handler->flushLog(); // kept and tried again next time
    });
}

ApiServer::~ApiServer()
{
    stop();
}

Status ApiServer::start(const ListenOptions &options)
{
    const qsizetype colon = options.listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? options.listen.mid(colon + 1).toInt(&portOk) : -1;
    QString host = colon > 0 ? options.listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        return fail(tr("--listen “%1” is not an address and port; write it as 127.0.0.1:8080.").arg(options.listen),
                    QStringLiteral("listen"));
    m_tls = !options.certificateFile.isEmpty() || !options.keyFile.isEmpty();
    if (!address.isLoopback() && !m_tls)
        return fail(tr("The Billing API listens on %1 only with TLS: give --certificate and --key, or listen on "
                       "127.0.0.1 behind a reverse proxy (README).")
                        .arg(options.listen),
                    QStringLiteral("listen"));
    if (Status s = m_handler->open(); !s)
        return s;
    QTcpServer *server = nullptr;
    if (m_tls) {
        QFile cert(options.certificateFile), key(options.keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return fail(
                tr("Cannot read the certificate “%1” or the key “%2”.").arg(options.certificateFile, options.keyFile),
                QStringLiteral("certificate"));
        const QSslCertificate certificate(&cert, QSsl::Pem);
        const QSslKey privateKey(&key, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || privateKey.isNull())
            return fail(
                tr("“%1” or “%2” is not a PEM certificate and RSA key.").arg(options.certificateFile, options.keyFile),
                QStringLiteral("certificate"));
        // Qt's own QSslServer (what sslSetup() would make), guarded like the plain one.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(privateKey);
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(tls);
        const int idleMs = options.idleSeconds * 1000;
        connect(ssl, &QSslServer::startedEncryptionHandshake, ssl,
                [idleMs](QSslSocket *socket) { guardConnection(socket, idleMs); });
        server = ssl;
    } else {
        server = new GuardedServer(options.idleSeconds * 1000, this);
    }
    server->setListenBacklogSize(1024); // a burst of clients waits in the kernel, not in SYN retries
    if (!server->listen(address, quint16(port)))
        return fail(tr("Cannot listen on %1: %2").arg(options.listen, server->errorString()), QStringLiteral("listen"));
    bind(server);
    m_port = server->serverPort();
    if (m_port == 0)
        return fail(tr("Cannot listen on %1.").arg(options.listen), QStringLiteral("listen"));
    m_address = address;
    m_flush.start();
    return success();
}

QString ApiServer::url() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + m_address.toString() + u']'
                                                                               : m_address.toString();
    return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + u':' + QString::number(m_port);
}

void ApiServer::stop()
{
    m_flush.stop();
    for (QTcpServer *s : servers())
        s->close();
    if (m_handler) {
        [[maybe_unused]] const Status written = m_handler->flushLog();
    }
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.remote = request.remoteAddress().toString();
    const ApiResponse answer = m_handler->handle(r);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    responder.writeHeader("Content-Type", answer.contentType);
    responder.writeHeader("Content-Length",
                          QByteArray::number(answer.contentLength >= 0 ? answer.contentLength : answer.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : answer.headers)
        responder.writeHeader(name, value);
    responder.writeBody(answer.body);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    Q_UNUSED(socket);
}

} // namespace bursar::api
