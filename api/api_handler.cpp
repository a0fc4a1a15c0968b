// The Billing API's front door: request checks, keys, the rate budget, scopes and the log.
#include "api/api_handler.h"

#include "core/apikeys/api_key_service.h"
#include "core/storage/database.h"
#include "render/formats.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bursar::api {

using namespace bursar::core;

namespace {
constexpr int MaxHeaders = 64;
constexpr qsizetype MaxHeaderBytes = 16 * 1024;

QByteArray etagOf(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}
} // namespace

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

ApiResponse errorResponse(int status, const QString &code, const QString &message)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                             {QStringLiteral("message"), message}}}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

ApiHandler::ApiHandler(Database::ConnectionInfo info, ApiSettings settings)
    : m_info(std::move(info)), m_settings(std::move(settings))
{
    m_clock.start();
}

ApiHandler::~ApiHandler()
{
    if (m_admin) {
        [[maybe_unused]] const Status written = flushLog(); // nothing more can be done at exit
    }
}

Status ApiHandler::open()
{
    auto db = Database::open(m_info);
    if (!db)
        return db.error();
    m_admin = std::move(db).value();
    render::registerFormats(); // the PDF route
    return success();
}

QByteArray ApiHandler::openApiDocument()
{
    QFile f(QStringLiteral(":/bursar/api/openapi.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<Database *> ApiHandler::connectionFor(const ApiKey &key)
{
    const auto slot = std::make_pair(int(key.scope.kind), key.scope.id);
    auto it = m_scoped.find(slot);
    if (it == m_scoped.end()) {
        auto db = Database::open(m_info);
        if (!db)
            return db.error();
        if (Status s = (*db)->readAs(QStringLiteral("api"), key.scope); !s)
            return s.error();
        it = m_scoped.emplace(slot, std::move(db).value()).first;
    }
    return it->second.get();
}

bool ApiHandler::takeToken(qint64 keyId, int &retryAfter)
{
    const qint64 now = m_clock.elapsed();
    const qint64 full = qint64(m_settings.burst) * 1000;
    auto it = m_buckets.find(keyId);
    if (it == m_buckets.end())
        it = m_buckets.insert(keyId, Bucket{full, now});
    Bucket &b = *it;
    b.milliTokens = std::min(full, b.milliTokens + (now - b.at) * m_settings.ratePerSecond);
    b.at = now;
    if (b.milliTokens >= 1000) {
        b.milliTokens -= 1000;
        return true;
    }
    const qint64 missing = 1000 - b.milliTokens; // milli-requests; ratePerSecond of them a ms
    retryAfter = int(std::max<qint64>(1, (missing + qint64(m_settings.ratePerSecond) * 1000 - 1) /
                                             (qint64(m_settings.ratePerSecond) * 1000)));
    return false;
}

ApiResponse ApiHandler::handle(const ApiRequest &request)
{
    QElapsedTimer took;
    took.start();
    QString route = QStringLiteral("-");
    const ApiKey *keyUsed = nullptr;
    ApiKey key;
    qint64 statementId = 0;
    const auto answer = [&](ApiResponse r) {
        log(request, route, r, keyUsed, statementId, took.nsecsElapsed() / 1000);
        return r;
    };
    // The request itself: its size, its host, its path.
    qsizetype headerBytes = 0;
    for (const auto &[k, v] : request.headers)
        headerBytes += k.size() + v.size() + 4;
    if (request.headers.size() > MaxHeaders || headerBytes > MaxHeaderBytes)
        return answer(errorResponse(
            431, QStringLiteral("headers_too_large"),
            tr("The request has more than %1 headers or %2 bytes of them.").arg(MaxHeaders).arg(MaxHeaderBytes)));
    if (!request.body.isEmpty())
        return answer(errorResponse(413, QStringLiteral("body_not_allowed"),
                                    tr("The Billing API only reads: a request has no body.")));
    if (request.method != "GET" && request.method != "HEAD") {
        ApiResponse r =
            errorResponse(405, QStringLiteral("method_not_allowed"), tr("The Billing API only reads: use GET."));
        r.headers.emplaceBack("Allow", "GET, HEAD");
        return answer(r);
    }
    if (!m_settings.hosts.isEmpty() &&
        !m_settings.hosts.contains(QString::fromLatin1(request.header("Host")), Qt::CaseInsensitive))
        return answer(errorResponse(
            421, QStringLiteral("unknown_host"),
            tr("This server does not answer for the host “%1”.").arg(QString::fromLatin1(request.header("Host")))));
    static const QRegularExpression safePath(QStringLiteral("^(/[A-Za-z0-9_-]+(\\.[a-z]+)?)+$"));
    const QString path = QString::fromLatin1(request.path);
    if (!safePath.match(path).hasMatch())
        return answer(errorResponse(400, QStringLiteral("bad_path"),
                                    tr("“%1” is not a path of the Billing API; see /v1/openapi.json.").arg(path)));
    if (path == QLatin1String("/v1/openapi.json")) {
        route = QStringLiteral("GET /v1/openapi.json");
        ApiResponse r;
        r.body = openApiDocument();
        return answer(r);
    }
    // The key: every refusal alike.
    const QByteArray authorization = request.header("Authorization");
    auto found = authorization.startsWith("Bearer ")
                     ? ApiKeyService(*m_admin).authenticate(authorization.mid(7).trimmed())
                     : Result<ApiKey>(ApiKeyService::unauthorized());
    if (!found) {
        ApiResponse r = found.error().field == QLatin1String("unauthorized")
                            ? errorResponse(401, QStringLiteral("unauthorized"), found.error().message)
                            : errorResponse(503, QStringLiteral("unavailable"), found.error().message);
        r.headers.emplaceBack("WWW-Authenticate", "Bearer");
        return answer(r);
    }
    key = *found;
    keyUsed = &key;
    if (int retry = 0; !takeToken(key.id, retry)) {
        ApiResponse r = errorResponse(429, QStringLiteral("rate_limited"),
                                      tr("The key “%1” sent more than %2 requests a second; try again in %3 s.")
                                          .arg(key.name)
                                          .arg(m_settings.ratePerSecond)
                                          .arg(retry));
        r.headers.emplaceBack("Retry-After", QByteArray::number(retry));
        return answer(r);
    }
    auto db = connectionFor(key);
    if (!db)
        return answer(errorResponse(503, QStringLiteral("unavailable"), db.error().message));
    Call call{**db, key, request, {}, 0};
    ApiResponse r = dispatch(call, route);
    statementId = call.statementId;
    if (r.status == 200) {
        const QByteArray etag = etagOf(r.body);
        r.headers.emplaceBack("ETag", etag);
        if (request.header("If-None-Match") == etag) {
            r.status = 304;
            r.body.clear();
        }
    }
    if (request.method == "HEAD") {
        r.contentLength = r.body.size(); // what GET would send, as RFC 9110 asks of HEAD
        r.body.clear();
    }
    return answer(r);
}

void ApiHandler::log(const ApiRequest &request, const QString &route, const ApiResponse &response, const ApiKey *key,
                     qint64 statementId, qint64 micros)
{
    m_log.append(ApiRequestRecord{nowUtc(), key ? key->id : 0, key ? key->name : QString(), request.remote, route,
                                  response.status, micros, response.status == 200 ? statementId : 0});
    if (m_log.size() >= 200) {
        [[maybe_unused]] const Status written = flushLog(); // a failed batch is kept and tried again
    }
}

Status ApiHandler::flushLog()
{
    if (m_log.isEmpty() || !m_admin)
        return success();
    const QList<ApiRequestRecord> entries = std::exchange(m_log, {});
    const Status written = ApiKeyService(*m_admin).recordRequests(entries);
    if (!written) // kept for the next try (the database was busy or away)
        m_log = entries + m_log;
    return written;
}

} // namespace bursar::api
