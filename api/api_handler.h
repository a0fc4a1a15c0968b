#pragma once

#include "core/apikeys/api_key.h"
#include "core/result.h"
#include "core/storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <map>
#include <memory>

namespace bursar::api {

/// One HTTP request as the routes see it: no type of the HTTP server appears here, so the
/// routes and their tests do not depend on Qt HttpServer (a Technology Preview in 6.4).
struct ApiRequest
{
    QByteArray method = "GET";
    QByteArray path; ///< as sent, still percent-encoded
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString remote; ///< the client's address
    QByteArray header(const QByteArray &name) const;
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// HEAD: the length GET would send (the body itself is left out); -1: the body's size.
    qsizetype contentLength = -1;
};

struct ApiSettings
{
    /// Host header values accepted ("127.0.0.1:8080", "billing.example.com"); empty: any.
    QStringList hosts;
    /// Per key: requests a second, and how many may come at once before 429.
    int ratePerSecond = 100;
    int burst = 200;
};

/// The Billing API without its transport: authentication, the per-key rate budget, the
/// scope of each key, the read-only routes under /v1 and the request log. Lives on one
/// thread with its connections (Qt's rule); the server hands it every request in turn.
class ApiHandler
{
    Q_DECLARE_TR_FUNCTIONS(bursar::api::ApiHandler)

public:
    ApiHandler(core::Database::ConnectionInfo info, ApiSettings settings);
    ~ApiHandler();
    ApiHandler(const ApiHandler &) = delete;
    ApiHandler &operator=(const ApiHandler &) = delete;

    /// Opens the connection that reads keys and writes the log.
    core::Status open();
    ApiResponse handle(const ApiRequest &request);
    /// Writes the buffered log: one audit row per request (key name, route, status,
    /// duration; never the key), api_reads for statements, each key's last use.
    core::Status flushLog();

    /// The routes, "GET /v1/statements/{id}": what openapi.json must describe.
    static QStringList routes();
    /// The OpenAPI 3 document served at /v1/openapi.json (resources/api/openapi.json).
    static QByteArray openApiDocument();

    /// One request being answered by a route (api_routes.cpp).
    struct Call
    {
        core::Database &db; ///< read through the key's scope
        const core::ApiKey &key;
        const ApiRequest &request;
        QList<qint64> ids;      ///< the path's {id}s
        qint64 statementId = 0; ///< the statement read, for the log of reads
    };

private:
    /// Finds the route for the path and answers it; `route` becomes its pattern.
    ApiResponse dispatch(Call &call, QString &route);
    core::Result<core::Database *> connectionFor(const core::ApiKey &key);
    bool takeToken(qint64 keyId, int &retryAfter);
    void log(const ApiRequest &request, const QString &route, const ApiResponse &response, const core::ApiKey *key,
             qint64 statementId, qint64 micros);

    struct Bucket
    {
        qint64 milliTokens = 0; // a thousandth of a request
        qint64 at = 0;          // ms of m_clock when last filled
    };

    core::Database::ConnectionInfo m_info;
    ApiSettings m_settings;
    std::unique_ptr<core::Database> m_admin;
    std::map<std::pair<int, qint64>, std::unique_ptr<core::Database>> m_scoped; // (kind, id) -> connection
    QHash<qint64, Bucket> m_buckets;
    QElapsedTimer m_clock;
    QList<core::ApiRequestRecord> m_log;
};

/// The one JSON shape of an error: {"error": {"code": "...", "message": "..."}}.
ApiResponse errorResponse(int status, const QString &code, const QString &message);

} // namespace bursar::api
