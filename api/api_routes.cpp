// The read-only routes of the Billing API, /v1. Each reads through the key's scope (the
// connection's views, core/storage/scope.h) and writes JSON through core/json, the same
// forms the command line prints.
#include "api/api_handler.h"
#include "core/billing/credit_service.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_query.h"
#include "core/customers/customer_service.h"
#include "core/domain/vendor.h"
#include "core/finance/aging.h"
#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"
#include "core/formats/document_format.h"
#include "core/formats/statement_export.h"
#include "core/json/finance_json.h"
#include "core/json/records_json.h"
#include "core/json/services_credits_json.h"
#include "core/servicescredits/services_credit_report.h"
#include "core/servicescredits/services_credit_service.h"
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

ApiResponse unavailable(const Error &e)
{
    return errorResponse(503, QStringLiteral("unavailable"), e.message);
}

/// An optional ID parameter ("customer_id=100003"); false with `error` set when malformed.
bool idParameter(const ApiRequest &r, const QString &name, std::optional<qint64> &out, ApiResponse &error)
{
    if (!r.query.hasQueryItem(name))
        return true;
    bool ok = false;
    const qint64 id = r.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        error = badParameter(name, ApiHandler::tr("give a number from the records' \"id\" fields."));
        return false;
    }
    out = id;
    return true;
}

/// An optional vendor parameter ("vendor=aws").
bool vendorParameter(const ApiRequest &r, std::optional<Vendor> &out, ApiResponse &error)
{
    if (!r.query.hasQueryItem(QStringLiteral("vendor")))
        return true;
    auto v = vendorFromText(r.query.queryItemValue(QStringLiteral("vendor")));
    if (!v) {
        error = badParameter(QStringLiteral("vendor"), ApiHandler::tr("no vendor has that key."));
        return false;
    }
    out = *v;
    return true;
}

/// "as_of=YYYY-MM-DD", today when not given.
bool asOfParameter(const ApiRequest &r, QDate &out, ApiResponse &error)
{
    out = QDate::currentDate();
    if (!r.query.hasQueryItem(QStringLiteral("as_of")))
        return true;
    out = QDate::fromString(r.query.queryItemValue(QStringLiteral("as_of")), Qt::ISODate);
    if (!out.isValid()) {
        error = badParameter(QStringLiteral("as_of"), ApiHandler::tr("give a day as YYYY-MM-DD."));
        return false;
    }
    return true;
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
    if (!idParameter(r, QStringLiteral("customer_id"), f.customerId, error))
        return false;
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
    if (!vendorParameter(r, f.vendor, error))
        return false;
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
    if (!bytes && format->keepsExports) // a UBL file the rules refuse: what to fix, not an outage
        return errorResponse(422, QStringLiteral("einvoice_refused"), bytes.error().message);
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

ApiResponse statementXml(ApiHandler::Call &call)
{
    return statementFile(call, "ubl", "application/xml");
}

ApiResponse statementCsv(ApiHandler::Call &call)
{
    return statementFile(call, "detailed-csv", "text/csv; charset=utf-8");
}

ApiResponse credits(ApiHandler::Call &call)
{
    int limit = 0;
    std::optional<qint64> after, customer;
    std::optional<Vendor> vendor;
    ApiResponse error;
    if (!pageOf(call.request, limit, after, error) ||
        !idParameter(call.request, QStringLiteral("customer_id"), customer, error) ||
        !vendorParameter(call.request, vendor, error))
        return error;
    auto list = CreditService(call.db).listAfter(after.value_or(0), customer, vendor, limit + 1);
    if (!list)
        return unavailable(list.error());
    QJsonArray items;
    qint64 last = 0;
    const QDate today = QDate::currentDate();
    for (const Credit &c : *list) {
        if (items.size() < limit)
            last = c.id;
        items.append(json::credit(c, today));
    }
    return page(items, limit, last);
}

ApiResponse oneCredit(ApiHandler::Call &call)
{
    auto c = CreditService(call.db).credit(call.ids.value(0));
    if (!c)
        return notFound(ApiHandler::tr("There is no credit %1.").arg(call.ids.value(0)));
    return json(json::credit(*c, QDate::currentDate()));
}

/// Credit memos, debit memos and payments that are released (never on Hold): type
/// (credit_memo, debit_memo, payment), customer_id, status (open, closed, past_due, cancelled).
ApiResponse documents(ApiHandler::Call &call)
{
    int limit = 0;
    ArFilter filter;
    filter.releasedOnly = true;
    ApiResponse error;
    if (!pageOf(call.request, limit, filter.afterId, error) ||
        !idParameter(call.request, QStringLiteral("customer_id"), filter.customerId, error))
        return error;
    if (!filter.afterId)
        filter.afterId = 0;
    const QUrlQuery &q = call.request.query;
    if (q.hasQueryItem(QStringLiteral("type"))) {
        filter.kind = arKindFromKey(q.queryItemValue(QStringLiteral("type")));
        if (!filter.kind)
            return badParameter(QStringLiteral("type"), ApiHandler::tr("give credit_memo, debit_memo or payment."));
    }
    if (q.hasQueryItem(QStringLiteral("status"))) {
        const QString status = q.queryItemValue(QStringLiteral("status"));
        filter.status = arStatusFromKey(status);
        if (!filter.status || *filter.status == ArStatus::Hold)
            return badParameter(QStringLiteral("status"), ApiHandler::tr("give open, closed, past_due or cancelled."));
    }
    auto list = ArDocuments(call.db).list(filter, Page{0, limit + 1});
    if (!list)
        return unavailable(list.error());
    QJsonArray items;
    qint64 last = 0;
    for (const ArDocument &d : *list) {
        if (items.size() < limit)
            last = d.id;
        items.append(json::arDocument(d, {}, false));
    }
    return page(items, limit, last);
}

ApiResponse oneDocument(ApiHandler::Call &call)
{
    const qint64 id = call.ids.value(0);
    const ApiResponse missing = notFound(ApiHandler::tr("There is no document %1.").arg(id));
    auto d = ArDocuments(call.db).document(id);
    if (!d || d->status == ArStatus::Hold)
        return missing;
    auto history = ArApplications(call.db).history({arKindKey(d->kind), d->id});
    if (!history)
        return unavailable(history.error());
    return json(json::arDocument(*d, *history, true));
}

/// The customer of the path within the key's scope; not found answers as a customer that
/// does not exist.
bool customerInScope(ApiHandler::Call &call, ApiResponse &error)
{
    if (CustomerService(call.db).customer(call.ids.value(0)))
        return true;
    error = notFound(ApiHandler::tr("There is no customer %1.").arg(call.ids.value(0)));
    return false;
}

/// Open statements + open debit memos − unapplied credit memos − unapplied payments, per
/// currency, as of a day (as_of, default today).
ApiResponse customerBalance(ApiHandler::Call &call)
{
    QDate asOf;
    ApiResponse error;
    if (!asOfParameter(call.request, asOf, error) || !customerInScope(call, error))
        return error;
    auto balances = Aging(call.db).balances(call.ids.value(0), asOf);
    if (!balances)
        return unavailable(balances.error());
    QJsonArray items;
    for (const CustomerBalance &b : *balances)
        items.append(json::customerBalance(b));
    return json(QJsonObject{{QStringLiteral("customer_id"), call.ids.value(0)},
                            {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                            {QStringLiteral("balances"), items}});
}

/// The aging as of a day (as_of, default today), of the key's customers; tenant_id and
/// customer_id narrow it.
ApiResponse aging(ApiHandler::Call &call)
{
    QDate asOf;
    std::optional<qint64> tenant, customer;
    ApiResponse error;
    if (!asOfParameter(call.request, asOf, error) ||
        !idParameter(call.request, QStringLiteral("tenant_id"), tenant, error) ||
        !idParameter(call.request, QStringLiteral("customer_id"), customer, error))
        return error;
    auto report = Aging(call.db).report(asOf, tenant, customer);
    if (!report)
        return unavailable(report.error());
    return json(json::aging(*report));
}

/// Services credits purchases that are not drafts, with the credits left on each.
ApiResponse purchases(ApiHandler::Call &call)
{
    int limit = 0;
    std::optional<qint64> after, customer;
    ApiResponse error;
    if (!pageOf(call.request, limit, after, error) ||
        !idParameter(call.request, QStringLiteral("customer_id"), customer, error))
        return error;
    auto list = PurchaseService(call.db).issued(customer, after.value_or(0), limit + 1);
    if (!list)
        return unavailable(list.error());
    QJsonArray items;
    qint64 last = 0;
    for (const ServicesPurchase &p : *list) {
        if (items.size() < limit)
            last = p.id;
        items.append(json::servicesPurchase(p));
    }
    return page(items, limit, last);
}

ApiResponse onePurchase(ApiHandler::Call &call)
{
    auto p = PurchaseService(call.db).purchase(call.ids.value(0));
    if (!p || p->draft)
        return notFound(ApiHandler::tr("There is no services credits purchase %1.").arg(call.ids.value(0)));
    return json(json::servicesPurchase(*p));
}

/// A customer's services credits per currency as of a day (as_of, default today).
ApiResponse customerServicesCredits(ApiHandler::Call &call)
{
    QDate asOf;
    ApiResponse error;
    if (!asOfParameter(call.request, asOf, error) || !customerInScope(call, error))
        return error;
    auto balances = ServicesCreditReport(call.db).customerBalances(asOf, {}, call.ids.value(0));
    if (!balances)
        return unavailable(balances.error());
    QJsonArray items;
    for (const CustomerCreditsBalance &b : *balances)
        items.append(json::customerCreditsBalance(b));
    return json(QJsonObject{{QStringLiteral("customer_id"), call.ids.value(0)},
                            {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                            {QStringLiteral("balances"), items}});
}

const QList<Route> &table()
{
    static const QList<Route> list{
        {"/v1/customers", customers},
        {"/v1/customers/{id}", oneCustomer},
        {"/v1/customers/{id}/balance", customerBalance},
        {"/v1/customers/{id}/services_credits", customerServicesCredits},
        {"/v1/statements", statements},
        {"/v1/statements/{id}", oneStatement},
        {"/v1/statements/{id}.pdf", statementPdf},
        {"/v1/statements/{id}.csv", statementCsv},
        {"/v1/statements/{id}.xml", statementXml},
        {"/v1/credits", credits},
        {"/v1/credits/{id}", oneCredit},
        {"/v1/documents", documents},
        {"/v1/documents/{id}", oneDocument},
        {"/v1/aging", aging},
        {"/v1/services_credits/purchases", purchases},
        {"/v1/services_credits/purchases/{id}", onePurchase},
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
