// The read-only routes of the Billing API, /v1. Each reads through the key's scope (the
// connection's views, core/storage/scope.h) and writes JSON through core/json, the same
// forms the command line prints.
#include "api/api_handler.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_query.h"
#include "core/customers/customer_service.h"
#include "core/domain/vendor.h"
#include "core/formats/document_format.h"
#include "core/formats/statement_export.h"
#include "core/json/records_json.h"
#include "core/settings/document_settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bursar::api {

using namespace bursar::core;

namespace {

constexpr int DefaultLimit = 100;
constexpr int MaxLimit = 500;

using Handler = ApiResponse (*)(ApiHandler::Call &);

struct Route
{
    const char *pattern; ///< "/v1/statements/{id}.pdf"
    Handler handler;
};

ApiResponse json(const QJsonObject &o)
{
    ApiResponse r;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse notFound(const QString &what)
{
    return errorResponse(404, QStringLiteral("not_found"), what);
}

ApiResponse badParameter(const QString &name, const QString &why)
{
    return errorResponse(400, QStringLiteral("bad_parameter"), ApiHandler::tr("The parameter “%1”: %2").arg(name, why));
}

/// limit and cursor of a keyset page; false with `error` set when one is malformed.
bool pageOf(const ApiRequest &r, int &limit, std::optional<qint64> &after, ApiResponse &error)
{
    limit = DefaultLimit;
    if (r.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = r.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit) {
            error = badParameter(QStringLiteral("limit"), ApiHandler::tr("give 1 to %1.").arg(MaxLimit));
            return false;
        }
    }
    if (r.query.hasQueryItem(QStringLiteral("cursor"))) {
        bool ok = false;
        const qint64 id = r.query.queryItemValue(QStringLiteral("cursor")).toLongLong(&ok);
        if (!ok || id < 0) {
            error = badParameter(QStringLiteral("cursor"), ApiHandler::tr("give the next_cursor of the page before."));
            return false;
        }
        after = id;
    }
    return true;
}

/// {"items": [...], "next_cursor": "<last id>" or null}: `items` holds limit + 1 at most.
ApiResponse page(QJsonArray items, int limit, qint64 lastId)
{
    const bool more = items.size() > limit;
    while (items.size() > limit)
        items.removeLast();
    return json(
        QJsonObject{{QStringLiteral("items"), items},
                    {QStringLiteral("next_cursor"), more ? QJsonValue(QString::number(lastId)) : QJsonValue()}});
}

ApiResponse customers(ApiHandler::Call &call)
{
    int limit = 0;
    CustomerFilter filter;
    if (ApiResponse e; !pageOf(call.request, limit, filter.afterId, e))
        return e;
    auto rows = CustomerQuery(call.db).page(filter, CustomerSort::Id, false, 0, limit + 1);
    if (!rows)
        return errorResponse(503, QStringLiteral("unavailable"), rows.error().message);
    QJsonArray items;
    CustomerService service(call.db);
    qint64 last = 0;
    for (const CustomerRow &row : *rows) {
        auto c = service.customer(row.id);
        if (!c)
            continue; // gone between the two reads
        if (items.size() < limit)
            last = row.id;
        items.append(json::customer(*c, row.tenant));
    }
    return page(items, limit, last);
}

ApiResponse oneCustomer(ApiHandler::Call &call)
{
    CustomerService service(call.db);
    auto c = service.customer(call.ids.value(0));
    if (!c)
        return notFound(c.error().message);
    QString tenant;
    if (auto tenants = service.tenants(); tenants)
        for (const Tenant &t : *tenants)
            if (t.id == c->tenantId)
                tenant = t.name;
    return json(json::customer(*c, tenant));
}

/// The statement list's filters: customer_id, status (open, closed, past_due), vendor,
/// period_from, period_to (YYYY-MM). Drafts are never listed.
bool statementFilter(const ApiRequest &r, StatementFilter &f, ApiResponse &error)
{
    f.approvedOnly = true;
    const QUrlQuery &q = r.query;
    if (q.hasQueryItem(QStringLiteral("customer_id"))) {
        bool ok = false;
        f.customerId = q.queryItemValue(QStringLiteral("customer_id")).toLongLong(&ok);
        if (!ok) {
            error = badParameter(QStringLiteral("customer_id"), ApiHandler::tr("give a customer's number."));
            return false;
        }
    }
    if (q.hasQueryItem(QStringLiteral("status"))) {
        const QString s = q.queryItemValue(QStringLiteral("status"));
        if (s == QLatin1String("open"))
            f.status = StatementStatus::Open;
        else if (s == QLatin1String("closed"))
            f.status = StatementStatus::Closed;
        else if (s == QLatin1String("past_due") || s == QLatin1String("past-due"))
            f.status = StatementStatus::PastDue;
        else {
            error = badParameter(QStringLiteral("status"), ApiHandler::tr("give open, closed or past_due."));
            return false;
        }
    }
    if (q.hasQueryItem(QStringLiteral("vendor"))) {
        auto v = vendorFromText(q.queryItemValue(QStringLiteral("vendor")));
        if (!v) {
            error = badParameter(QStringLiteral("vendor"), ApiHandler::tr("no vendor has that key."));
            return false;
        }
        f.vendor = *v;
    }
    for (const char *name : {"period_from", "period_to"}) {
        const QString key = QLatin1String(name);
        if (!q.hasQueryItem(key))
            continue;
        const QString period = q.queryItemValue(key);
        if (!QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate).isValid()) {
            error = badParameter(key, ApiHandler::tr("give a month as YYYY-MM."));
            return false;
        }
        (key == QLatin1String("period_from") ? f.fromPeriod : f.toPeriod) = period;
    }
    return true;
}

ApiResponse statements(ApiHandler::Call &call)
{
    int limit = 0;
    StatementFilter filter;
    ApiResponse error;
    if (!pageOf(call.request, limit, filter.afterId, error) || !statementFilter(call.request, filter, error))
        return error;
    auto list = StatementService(call.db).list(filter, 0, limit + 1, QStringLiteral("id"));
    if (!list)
        return errorResponse(503, QStringLiteral("unavailable"), list.error().message);
    QJsonArray items;
    qint64 last = 0;
    const QDate today = QDate::currentDate();
    for (const Statement &s : *list) {
        if (items.size() < limit)
            last = s.id;
        items.append(json::statement(s, today, false));
    }
    return page(items, limit, last);
}

/// The statement of the path, never a draft; not found answers as a statement that does
/// not exist.
Result<Statement> approvedStatement(ApiHandler::Call &call)
{
    const qint64 id = call.ids.value(0);
    auto s = StatementService(call.db).statement(id);
    if (!s || s->storedStatus == QLatin1String("draft"))
        return fail(ApiHandler::tr("There is no statement %1.").arg(id), QStringLiteral("statement"));
    call.statementId = id;
    return s;
}

ApiResponse oneStatement(ApiHandler::Call &call)
{
    auto s = approvedStatement(call);
    if (!s)
        return notFound(s.error().message);
    return json(json::statement(*s, QDate::currentDate(), true));
}

ApiResponse statementFile(ApiHandler::Call &call, const char *formatKey, const QByteArray &contentType)
{
    auto s = approvedStatement(call);
    if (!s)
        return notFound(s.error().message);
    const auto format = DocumentFormats::find(QString::fromLatin1(formatKey));
    if (!format)
        return errorResponse(503, QStringLiteral("unavailable"),
                             ApiHandler::tr("This server cannot write %1.").arg(QLatin1String(formatKey)));
    auto settings = DocumentSettingsService(call.db).load();
    if (!settings)
        return errorResponse(503, QStringLiteral("unavailable"), settings.error().message);
    auto bytes = StatementExporter(call.db).write(s->id, *format, *settings);
    if (!bytes)
        return errorResponse(503, QStringLiteral("unavailable"), bytes.error().message);
    ApiResponse r;
    r.contentType = contentType;
    r.body = *bytes;
    const QString name = exportFileName(*s, QStringLiteral("{period}-{vendor}-{number}"), *format);
    r.headers.emplaceBack("Content-Disposition", "attachment; filename=\"" + name.toUtf8() + '"');
    return r;
}

ApiResponse statementPdf(ApiHandler::Call &call)
{
    return statementFile(call, "pdf", "application/pdf");
}

ApiResponse statementCsv(ApiHandler::Call &call)
{
    return statementFile(call, "detailed-csv", "text/csv; charset=utf-8");
}

const QList<Route> &table()
{
    static const QList<Route> list{
        {"/v1/customers", customers},
        {"/v1/customers/{id}", oneCustomer},
        {"/v1/statements", statements},
        {"/v1/statements/{id}", oneStatement},
        {"/v1/statements/{id}.pdf", statementPdf},
        {"/v1/statements/{id}.csv", statementCsv},
    };
    return list;
}

/// Matches "/v1/statements/12.pdf" to "/v1/statements/{id}.pdf", collecting the IDs.
bool matches(const QString &pattern, const QString &path, QList<qint64> &ids)
{
    const QStringList want = pattern.split(u'/'), got = path.split(u'/');
    if (want.size() != got.size())
        return false;
    ids.clear();
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &w = want.at(i), &g = got.at(i);
        if (!w.startsWith(QLatin1String("{id}"))) {
            if (w != g)
                return false;
            continue;
        }
        const QString suffix = w.mid(4);
        if (!g.endsWith(suffix))
            return false;
        bool ok = false;
        const qint64 id = g.left(g.size() - suffix.size()).toLongLong(&ok);
        if (!ok || id <= 0 || g.left(g.size() - suffix.size()).startsWith(u'+'))
            return false;
        ids << id;
    }
    return true;
}

} // namespace

QStringList ApiHandler::routes()
{
    QStringList out{QStringLiteral("GET /v1/openapi.json")};
    for (const Route &r : table())
        out << QStringLiteral("GET ") + QLatin1String(r.pattern);
    return out;
}

ApiResponse ApiHandler::dispatch(Call &call, QString &route)
{
    const QString path = QString::fromLatin1(call.request.path);
    for (const Route &r : table()) {
        if (matches(QLatin1String(r.pattern), path, call.ids)) {
            route = QStringLiteral("GET ") + QLatin1String(r.pattern);
            return r.handler(call);
        }
    }
    return notFound(tr("“%1” is not a path of the Billing API; see /v1/openapi.json.").arg(path));
}

} // namespace bursar::api
