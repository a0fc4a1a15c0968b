// bursar invoices generate|list|show|approve|delete|numbering (export and account: documents.cpp).
#include "app/commands/command.h"
#include "core/billing/billing_run.h"
#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/domain/billing_period.h"
#include "core/finance/number_audit.h"
#include "core/json/records_json.h"
#include "core/money/currency.h"
#include "core/numbering/number_series.h"
#include "core/pricing/pricing_service.h"
#include "core/settings/document_settings.h"
#include "core/storage/database_files.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace bursar::app {

namespace {

/// Accepts the statement's ID or its number.
Result<Statement> findStatement(Database &db, const QString &ref)
{
    bool isId = false;
    const qint64 id = ref.toLongLong(&isId);
    StatementService s(db);
    return isId ? s.statement(id) : s.statementByNumber(ref);
}

std::optional<QList<qint64>> customerList(const CommandParser &p)
{
    QList<qint64> ids;
    for (const QString &value : p.parser.values(QStringLiteral("customer")))
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            auto id = parseCustomerId(part.trimmed());
            if (!id) {
                usage(Cli::tr("--customer “%1” is not a customer ID; give the number, for example 100042.").arg(part));
                return std::nullopt;
            }
            ids << *id;
        }
    return ids;
}

// ---- invoices ---------------------------------------------------------------------------

int cmdInvoicesGenerate(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("invoices generate"),
        Cli::tr("Generate draft statements for a vendor and period. A customer that cannot be billed fails "
                "alone; exit code 1 when any did."),
        QStringLiteral("invoices generate --vendor V --period YYYY-MM (--all | --customer ID...) "
                       "[--apply-credits] [--tax] [--marketplace-fees] [--marketplace-credits] [--format table|json]"));
    p.add(QStringLiteral("vendor"), Cli::tr("Vendor key: aws, microsoft, google, or one from bursar vendors list."),
          QStringLiteral("V"));
    p.add(QStringLiteral("period"), Cli::tr("The billing period."), QStringLiteral("YYYY-MM"));
    p.add(QStringLiteral("all"), Cli::tr("Every customer with charges in the period."));
    p.add(QStringLiteral("customer"), Cli::tr("A customer to bill (repeat it, or separate IDs with commas)."),
          QStringLiteral("ID"));
    p.add(QStringLiteral("apply-credits"), Cli::tr("Apply the customers' credits."));
    p.add(QStringLiteral("tax"), Cli::tr("Include tax from the tax table."));
    p.add(QStringLiteral("marketplace-fees"), Cli::tr("Include marketplace fees (pass-through, 0 margin)."));
    p.add(QStringLiteral("marketplace-credits"), Cli::tr("Use marketplace credits for marketplace fees."));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto vendor = vendorOption(ctx, p);
    if (!vendor)
        return usage(vendor.message());
    if (!isPeriod(p.value(QStringLiteral("period"))))
        return usage(Cli::tr("--period must be a billing period written YYYY-MM, for example --period 2026-09."));
    const bool all = p.isSet(QStringLiteral("all"));
    if (all == p.isSet(QStringLiteral("customer")))
        return usage(Cli::tr("give --all or one or more --customer ID, not both or neither."));
    const auto customers = customerList(p);
    if (!customers)
        return ExitUsage;
    GenerateRequest r;
    r.vendor = *vendor;
    r.period = p.value(QStringLiteral("period"));
    if (!all)
        r.customers = *customers;
    r.options = {p.isSet(QStringLiteral("apply-credits")), p.isSet(QStringLiteral("tax")),
                 p.isSet(QStringLiteral("marketplace-fees")), p.isSet(QStringLiteral("marketplace-credits"))};
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    // Said before the run: the period's other statements were made another way.
    QString warning;
    if (auto existing = BillingRun(*ctx.db).taxInPeriod(r.vendor, r.period); existing)
        warning = BillingRun::taxWarning(r.vendor, r.period, *existing, r.options);
    else
        return failure(existing.message());
    if (!warning.isEmpty())
        printError(Cli::tr("warning: %1").arg(warning));
    auto result = BillingRun(*ctx.db).generate(r);
    if (!result)
        return failure(result.message());
    auto outcomes = [](const QList<CustomerOutcome> &list) {
        QJsonArray a;
        for (const CustomerOutcome &o : list)
            a.append(QJsonObject{{QStringLiteral("customer_id"), o.customerId},
                                 {QStringLiteral("customer"), o.customerName},
                                 {QStringLiteral("message"), o.message}});
        return a;
    };
    if (p.chosenFormat == Format::Json) {
        QJsonArray generated;
        for (const GeneratedStatement &g : result->generated)
            generated.append(QJsonObject{{QStringLiteral("statement_id"), g.statementId},
                                         {QStringLiteral("customer_id"), g.customerId},
                                         {QStringLiteral("customer"), g.customerName},
                                         {QStringLiteral("currency"), g.currency},
                                         {QStringLiteral("total"), g.total.toString()}});
        outJson(QJsonObject{{QStringLiteral("run_id"), result->runId},
                            {QStringLiteral("vendor"), vendorKey(r.vendor)},
                            {QStringLiteral("period"), r.period},
                            {QStringLiteral("generated"), generated},
                            {QStringLiteral("failed"), outcomes(result->failed)},
                            {QStringLiteral("skipped"), outcomes(result->skipped)},
                            {QStringLiteral("warnings"), warning.isEmpty() ? QJsonArray() : QJsonArray{warning}}});
    } else {
        QString text = result->runId == 0
                           ? Cli::tr("%1 %2: no customer to bill, so no run was recorded; %3 skipped.")
                                 .arg(vendorName(r.vendor), r.period)
                                 .arg(result->skipped.size())
                           : Cli::tr("Run %1, %2 %3: %4 draft statement(s) generated, %5 failed, %6 skipped.")
                                 .arg(result->runId)
                                 .arg(vendorName(r.vendor), r.period)
                                 .arg(result->generated.size())
                                 .arg(result->failed.size())
                                 .arg(result->skipped.size());
        text += u'\n';
        for (const GeneratedStatement &g : result->generated)
            text += QStringLiteral("  %1  %2  %3 %4\n")
                        .arg(g.statementId)
                        .arg(displayCustomerId(g.customerId), g.total.toString(), g.currency);
        for (const CustomerOutcome &f : result->failed)
            text += Cli::tr("  failed: %1").arg(f.message) + u'\n';
        for (const CustomerOutcome &f : result->skipped)
            text += Cli::tr("  skipped: %1").arg(f.message) + u'\n';
        out(text);
    }
    if (!result->failed.isEmpty()) {
        printError(
            Cli::tr("%n customer(s) could not be billed; the others were.", nullptr, int(result->failed.size())));
        return ExitFailure;
    }
    return ExitOk;
}

/// The filter options several invoice commands share.
void addFilterOptions(CommandParser &p)
{
    p.add(QStringLiteral("customer"), Cli::tr("Only this customer."), QStringLiteral("ID"));
    p.add(QStringLiteral("vendor"), Cli::tr("Only this vendor."), QStringLiteral("V"));
    p.add(QStringLiteral("period"), Cli::tr("Only this billing period (the first with --to)."),
          QStringLiteral("YYYY-MM"));
    p.add(QStringLiteral("to"), Cli::tr("The last period of a range."), QStringLiteral("YYYY-MM"));
    p.add(QStringLiteral("status"), Cli::tr("draft, open, closed or past-due."), QStringLiteral("S"));
    p.add(QStringLiteral("run"), Cli::tr("Only the statements of this billing run."), QStringLiteral("RUN"));
}

std::optional<StatementFilter> filterOf(Context &ctx, const CommandParser &p)
{
    StatementFilter f;
    if (p.isSet(QStringLiteral("customer"))) {
        auto c = customerOption(p);
        if (!c) {
            usage(c.message());
            return std::nullopt;
        }
        f.customerId = *c;
    }
    if (p.isSet(QStringLiteral("vendor"))) {
        auto v = vendorOption(ctx, p);
        if (!v) {
            usage(v.message());
            return std::nullopt;
        }
        f.vendor = *v;
    }
    if (p.isSet(QStringLiteral("period"))) {
        f.fromPeriod = p.value(QStringLiteral("period"));
        f.toPeriod = p.isSet(QStringLiteral("to")) ? p.value(QStringLiteral("to")) : f.fromPeriod;
        if (!isPeriod(f.fromPeriod) || !isPeriod(f.toPeriod)) {
            usage(Cli::tr("--period (and --to) must be a billing period written YYYY-MM."));
            return std::nullopt;
        }
    }
    if (p.isSet(QStringLiteral("status"))) {
        f.status = statementStatusFromKey(p.value(QStringLiteral("status")));
        if (!f.status) {
            usage(Cli::tr("--status must be draft, open, closed or past-due, not “%1”.")
                      .arg(p.value(QStringLiteral("status"))));
            return std::nullopt;
        }
    }
    if (p.isSet(QStringLiteral("run"))) {
        bool ok = false;
        f.runId = p.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok) {
            usage(Cli::tr("--run takes a billing run's number."));
            return std::nullopt;
        }
    }
    return f;
}

int cmdInvoicesList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("invoices list"), Cli::tr("Billing statements (Billing > Customer Invoices)."),
                    QStringLiteral("invoices list [--customer ID] [--vendor V] [--period YYYY-MM [--to YYYY-MM]] "
                                   "[--status draft|open|closed|past-due] [--run RUN] [--format table|json|csv]"));
    addFilterOptions(p);
    p.addFormat({Format::Table, Format::Json, Format::Csv});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto filter = filterOf(ctx, p);
    if (!filter)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto list = StatementService(*ctx.db).list(*filter);
    if (!list)
        return failure(list.message());
    const QDate today = filter->today;
    Listing<Statement> listing;
    listing.json = [&](const Statement &s) { return json::statement(s, today, false); };
    listing.line = [&](const Statement &s) {
        return QStringLiteral("%1  %2  %3  %4  %5 %6  %7  %8 %9")
            .arg(s.reference(), -16)
            .arg(statementStatusName(s.status(today)), -9)
            .arg(displayCustomerId(s.customerId), s.customerName.left(28), vendorName(s.vendor), s.period, s.currency)
            .arg(formatPlain(s.total, Currencies::lookup(s.currency)), 14)
            .arg(s.dueDate.isValid() ? Cli::tr("due %1").arg(s.dueDate.toString(Qt::ISODate)) : QString());
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n statement(s)", nullptr, int(n)); };
    listing.csvHeader =
        QStringLiteral("statement_id,number,status,customer_id,customer,vendor,period,currency,charges,credits,"
                       "marketplace_fees,marketplace_credits,tax,total,due_date")
            .split(u',');
    listing.csv = [&](const Statement &s) {
        return QStringList{QString::number(s.id),
                           s.number,
                           statementStatusKey(s.status(today)),
                           QString::number(s.customerId),
                           s.customerName,
                           vendorKey(s.vendor),
                           s.period,
                           s.currency,
                           s.charges.toString(),
                           s.credits.toString(),
                           s.marketplace.toString(),
                           s.marketplaceCredits.toString(),
                           s.tax.toString(),
                           s.total.toString(),
                           s.dueDate.toString(Qt::ISODate)};
    };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

int cmdInvoicesShow(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("invoices show"),
        Cli::tr("One statement whole: lines, credits, marketplace fees, tax and total as exact decimals, and "
                "where each number came from. --currency shows it in another currency (the rate is recorded)."),
        QStringLiteral("invoices show (ID | NUMBER) [--currency C] [--format table|json]"));
    p.add(QStringLiteral("currency"), Cli::tr("Show the amounts in this currency too."), QStringLiteral("C"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.positional().isEmpty())
        return usage(Cli::tr("give the statement's ID or number: bursar invoices show INV-2026-000001"));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto s = findStatement(*ctx.db, p.positional().first());
    if (!s)
        return failure(s.message());
    std::optional<DisplayConversion> shown;
    if (p.isSet(QStringLiteral("currency"))) {
        auto c = StatementService(*ctx.db).showIn(s->id, p.value(QStringLiteral("currency")));
        if (!c)
            return failure(c.message());
        shown = *c;
    }
    const QDate today = QDate::currentDate();
    if (p.chosenFormat == Format::Json) {
        QJsonObject o = json::statement(*s, today, true);
        if (shown)
            o[QStringLiteral("shown_in")] =
                QJsonObject{{QStringLiteral("currency"), shown->currency},
                            {QStringLiteral("rate"), shown->rate.toString()},
                            {QStringLiteral("rate_date"), shown->rateDate.toString(Qt::ISODate)},
                            {QStringLiteral("charges"), shown->charges.toString()},
                            {QStringLiteral("credits"), shown->credits.toString()},
                            {QStringLiteral("marketplace_fees"), shown->marketplace.toString()},
                            {QStringLiteral("marketplace_credits"), shown->marketplaceCredits.toString()},
                            {QStringLiteral("tax"), shown->tax.toString()},
                            {QStringLiteral("total"), shown->total.toString()}};
        outJson(o);
        return ExitOk;
    }
    QString text = explainStatement(*s).join(u'\n');
    text += u'\n' + Cli::tr("Status: %1").arg(statementStatusName(s->status(today)));
    if (shown)
        text += u'\n' + Cli::tr("In %1 at %2 (rate of %3): total %4 %1.")
                            .arg(shown->currency, shown->rate.toString(), shown->rateDate.toString(Qt::ISODate),
                                 shown->total.toString());
    out(text);
    return ExitOk;
}

int cmdInvoicesApprove(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("invoices approve"),
        Cli::tr("Approve drafts: each gets the next number and becomes Open (visible to the customer)."),
        QStringLiteral("invoices approve (ID... | --all [filters]) [--date YYYY-MM-DD] [--format table|json]"));
    p.add(QStringLiteral("all"), Cli::tr("Every draft the filters select."));
    addFilterOptions(p);
    p.add(QStringLiteral("date"), Cli::tr("The issue date (default today)."), QStringLiteral("YYYY-MM-DD"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const bool all = p.isSet(QStringLiteral("all"));
    if (all == !p.positional().isEmpty())
        return usage(Cli::tr("give statement IDs or --all, not both or neither."));
    QList<qint64> ids;
    for (const QString &a : p.positional()) {
        bool ok = false;
        ids << a.toLongLong(&ok);
        if (!ok)
            return usage(Cli::tr("“%1” is not a statement ID.").arg(a));
    }
    const auto filter = filterOf(ctx, p);
    const auto date = dateOption(p, QStringLiteral("date"));
    if (!filter || !date)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    const QDate today = date->isValid() ? *date : QDate::currentDate();
    StatementService statements(*ctx.db);
    auto r = all ? statements.approveAll(*filter, today) : statements.approve(ids, today);
    if (!r)
        return failure(r.message());
    if (p.chosenFormat == Format::Json) {
        QJsonArray approved, refused;
        for (const auto &[id, number] : r->approved)
            approved.append(QJsonObject{{QStringLiteral("statement_id"), id}, {QStringLiteral("number"), number}});
        for (const auto &[id, why] : r->refused)
            refused.append(QJsonObject{{QStringLiteral("statement_id"), id}, {QStringLiteral("message"), why}});
        outJson(QJsonObject{{QStringLiteral("approved"), approved}, {QStringLiteral("refused"), refused}});
    } else {
        QString text = Cli::tr("%n statement(s) approved.", nullptr, int(r->approved.size())) + u'\n';
        for (const auto &[id, number] : r->approved)
            text += QStringLiteral("  %1  %2\n").arg(id).arg(number);
        for (const auto &[id, why] : r->refused)
            text += QStringLiteral("  %1\n").arg(why);
        out(text);
    }
    if (!r->refused.isEmpty()) {
        printError(Cli::tr("%n statement(s) were not approved.", nullptr, int(r->refused.size())));
        return ExitFailure;
    }
    return ExitOk;
}

int cmdInvoicesDelete(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("invoices delete"),
                    Cli::tr("Delete draft statements: their credits return to the balance and the period unlocks."),
                    QStringLiteral("invoices delete ID..."));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.positional().isEmpty())
        return usage(Cli::tr("give the draft statements' IDs: bursar invoices delete 57 58"));
    QList<qint64> ids;
    for (const QString &a : p.positional()) {
        bool ok = false;
        ids << a.toLongLong(&ok);
        if (!ok)
            return usage(Cli::tr("“%1” is not a statement ID.").arg(a));
    }
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    StatementService statements(*ctx.db);
    int failed = 0;
    for (qint64 id : ids) {
        if (Status s = statements.deleteDraft(id); !s) {
            printError(s.message());
            ++failed;
        } else {
            out(Cli::tr("Deleted draft %1.").arg(id));
        }
    }
    return failed ? ExitFailure : ExitOk;
}

int cmdInvoicesNumbering(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("invoices numbering"),
                    Cli::tr("Show or set the pattern of a number series, for example INV-{YYYY}-{000000}: "
                            "statements by default, or credit memos, debit memos or payments."),
                    QStringLiteral("invoices numbering [--series statement|credit_memo|debit_memo|payment] "
                                   "[--pattern P]"));
    p.add(QStringLiteral("series"), Cli::tr("The series: statement (default), credit_memo, debit_memo or payment."),
          QStringLiteral("S"));
    p.add(QStringLiteral("pattern"), Cli::tr("The new pattern: {YYYY}, {YY}, {MM} and one counter such as {000000}."),
          QStringLiteral("P"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const QString name =
        p.isSet(QStringLiteral("series")) ? p.value(QStringLiteral("series")).trimmed() : StatementService::series();
    if (!NumberAudits::seriesNames().contains(name))
        return usage(
            Cli::tr("there is no number series “%1”; use statement, credit_memo, debit_memo or payment.").arg(name));
    if (p.isSet(QStringLiteral("pattern")))
        if (Status s = NumberSeries::validatePattern(p.value(QStringLiteral("pattern"))); !s)
            return usage(s.message());
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    NumberSeries series(*ctx.db);
    if (p.isSet(QStringLiteral("pattern")))
        if (Status s = series.define(name, p.value(QStringLiteral("pattern"))); !s)
            return failure(s.message());
    auto pattern = series.pattern(name);
    if (!pattern)
        return failure(pattern.message());
    auto next = series.peek(name, QDate::currentDate());
    if (!next)
        return failure(next.message());
    const QHash<QString, QString> titles = {{QStringLiteral("statement"), Cli::tr("Statement numbers")},
                                            {QStringLiteral("credit_memo"), Cli::tr("Credit memo numbers")},
                                            {QStringLiteral("debit_memo"), Cli::tr("Debit memo numbers")},
                                            {QStringLiteral("payment"), Cli::tr("Payment numbers")}};
    out(Cli::tr("%1: %2 (next: %3)").arg(titles.value(name), *pattern, *next));
    return ExitOk;
}

} // namespace

int cmdInvoices(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("invoices"),
                    {{QStringLiteral("generate"), cmdInvoicesGenerate},
                     {QStringLiteral("list"), cmdInvoicesList},
                     {QStringLiteral("show"), cmdInvoicesShow},
                     {QStringLiteral("approve"), cmdInvoicesApprove},
                     {QStringLiteral("delete"), cmdInvoicesDelete},
                     {QStringLiteral("numbering"), cmdInvoicesNumbering},
                     {QStringLiteral("export"), cmdInvoicesExport},
                     {QStringLiteral("account"), cmdInvoicesAccount}});
}

} // namespace bursar::app
