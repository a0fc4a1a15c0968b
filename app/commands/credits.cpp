// bursar credits add|list|show|void, and report credits --expiring.
#include "app/commands/command.h"
#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/expiring_credits.h"
#include "core/billing/rate_tables.h"
#include "core/json/records_json.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bursar::app {

namespace {

// ---- credits ----------------------------------------------------------------------------

/// --customer and --vendor when given; an exit code when one of them is wrong, else -1.
int optionalCustomerAndVendor(Context &ctx, const CommandParser &p, std::optional<qint64> &customer,
                              std::optional<Vendor> &vendor)
{
    if (p.isSet(QStringLiteral("customer"))) {
        auto c = customerOption(p);
        if (!c)
            return usage(c.message());
        customer = *c;
    }
    if (p.isSet(QStringLiteral("vendor"))) {
        auto v = vendorOption(ctx, p);
        if (!v)
            return usage(v.message());
        vendor = *v;
    }
    return -1;
}

int cmdCreditsAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("credits add"),
                    Cli::tr("Add a credit to a customer's profile. Type the amount without a minus sign: it is stored "
                            "negative."),
                    QStringLiteral("credits add --customer ID --vendor V --currency C --amount A [--comment T] "
                                   "[--expires YYYY-MM-DD] [--marketplace] [--corrects CREDIT] [--format table|json]"));
    addCustomerAndVendor(p);
    p.add(QStringLiteral("currency"), Cli::tr("The credit's currency, for example USD."), QStringLiteral("C"));
    p.add(QStringLiteral("amount"), Cli::tr("The amount the customer is owed, positive, for example 250.00."),
          QStringLiteral("A"));
    p.add(QStringLiteral("comment"), Cli::tr("Account or subscription, and why."), QStringLiteral("T"));
    p.add(QStringLiteral("expires"), Cli::tr("The last day the credit can pay for."), QStringLiteral("YYYY-MM-DD"));
    p.add(QStringLiteral("marketplace"), Cli::tr("A marketplace credit: pays marketplace fees only."));
    p.add(QStringLiteral("corrects"), Cli::tr("The credit this new entry corrects."), QStringLiteral("CREDIT"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto cv = customerAndVendor(ctx, p);
    if (!cv)
        return ExitUsage;
    if (p.value(QStringLiteral("currency")).isEmpty())
        return usage(Cli::tr("--currency is required, for example --currency USD."));
    if (!p.isSet(QStringLiteral("amount")))
        return usage(Cli::tr("--amount is required: the amount the customer is owed, without a minus sign."));
    const auto expires = dateOption(p, QStringLiteral("expires"));
    if (!expires)
        return ExitUsage;
    NewCredit c;
    c.customerId = cv->first;
    c.vendor = cv->second;
    c.kind = p.isSet(QStringLiteral("marketplace")) ? CreditKind::Marketplace : CreditKind::Manual;
    c.currency = p.value(QStringLiteral("currency"));
    c.amount = p.value(QStringLiteral("amount"));
    c.comment = p.value(QStringLiteral("comment"));
    c.expiresOn = *expires;
    if (p.isSet(QStringLiteral("corrects"))) {
        bool ok = false;
        c.correctsId = p.value(QStringLiteral("corrects")).toLongLong(&ok);
        if (!ok)
            return usage(Cli::tr("--corrects takes a credit's ID, not “%1”.").arg(p.value(QStringLiteral("corrects"))));
    }
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    CreditService credits(*ctx.db);
    auto id = credits.add(c);
    if (!id)
        return failure(id.message());
    const Credit saved = *credits.credit(*id);
    if (p.chosenFormat == Format::Json)
        outJson(json::credit(saved, QDate::currentDate()));
    else
        out(Cli::tr("Added credit %1 for the customer with ID %2: %3 %4 (%5).")
                .arg(*id)
                .arg(displayCustomerId(saved.customerId), saved.amount.toString(), saved.currency,
                     vendorName(saved.vendor)));
    return ExitOk;
}

int cmdCreditsList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("credits list"),
                    Cli::tr("Credits with what was applied and what remains (issued = applied + remaining)."),
                    QStringLiteral("credits list [--customer ID] [--vendor V] [--format table|json|csv]"));
    addCustomerAndVendor(p);
    p.addFormat({Format::Table, Format::Json, Format::Csv});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    std::optional<qint64> customer;
    std::optional<Vendor> vendor;
    if (int rc = optionalCustomerAndVendor(ctx, p, customer, vendor); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto list = CreditService(*ctx.db).list(customer, vendor);
    if (!list)
        return failure(list.message());
    const QDate today = QDate::currentDate();
    Listing<Credit> listing;
    listing.json = [&](const Credit &c) { return json::credit(c, today); };
    listing.line = [&](const Credit &c) {
        return QStringLiteral("%1  %2  %3  %4  %5 %6  applied %7  remaining %8  %9  %10")
            .arg(c.id, 5)
            .arg(displayCustomerId(c.customerId), vendorName(c.vendor), creditKindName(c.kind), c.amount.toString(),
                 c.currency, c.applied.toString(), c.remaining().toString(), json::creditState(c, today), c.comment);
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n credit(s)", nullptr, int(n)); };
    listing.csvHeader =
        QStringLiteral("id,customer_id,vendor,kind,currency,amount,applied,remaining,expires,state,comment")
            .split(u',');
    listing.csv = [&](const Credit &c) {
        return QStringList{QString::number(c.id),
                           QString::number(c.customerId),
                           vendorKey(c.vendor),
                           creditKindKey(c.kind),
                           c.currency,
                           c.amount.toString(),
                           c.applied.toString(),
                           c.remaining().toString(),
                           c.expiresOn.toString(Qt::ISODate),
                           json::creditState(c, today),
                           c.comment};
    };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

int cmdCreditsShow(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("credits show"), Cli::tr("One credit and every statement it was applied to."),
                    QStringLiteral("credits show CREDIT [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 id = p.positional().value(0).toLongLong(&ok);
    if (!ok)
        return usage(Cli::tr("give the credit's ID: bursar credits show 12"));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    CreditService credits(*ctx.db);
    auto c = credits.credit(id);
    if (!c)
        return failure(c.message());
    auto history = credits.applications(id);
    if (!history)
        return failure(history.message());
    if (p.chosenFormat == Format::Json) {
        QJsonObject o = json::credit(*c, QDate::currentDate());
        QJsonArray a;
        for (const CreditApplication &h : *history)
            a.append(QJsonObject{
                {QStringLiteral("statement_id"), h.statementId},
                {QStringLiteral("number"), h.statementNumber.isEmpty() ? QJsonValue() : QJsonValue(h.statementNumber)},
                {QStringLiteral("period"), h.period},
                {QStringLiteral("account_id"), h.accountId},
                {QStringLiteral("amount"), h.amount.toString()},
                {QStringLiteral("at"), h.at}});
        o[QStringLiteral("applications")] = a;
        outJson(o);
        return ExitOk;
    }
    QString text = Cli::tr("Credit %1, customer %2, %3 %4: issued %5, applied %6, remaining %7")
                       .arg(c->id)
                       .arg(displayCustomerId(c->customerId), vendorName(c->vendor), c->currency, c->amount.toString(),
                            c->applied.toString(), c->remaining().toString()) +
                   u'\n';
    for (const CreditApplication &h : *history)
        text += QStringLiteral("  %1  %2  %3  %4  %5\n")
                    .arg(h.statementNumber.isEmpty() ? Cli::tr("draft %1").arg(h.statementId) : h.statementNumber,
                         h.period, h.accountId, h.amount.toString(), h.at);
    out(text);
    return ExitOk;
}

int cmdCreditsVoid(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("credits void"),
                    Cli::tr("Void a credit nothing was applied from (it is kept, marked, never counted)."),
                    QStringLiteral("credits void CREDIT --reason T"));
    p.add(QStringLiteral("reason"), Cli::tr("Why the credit is voided."), QStringLiteral("T"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 id = p.positional().value(0).toLongLong(&ok);
    if (!ok)
        return usage(Cli::tr("give the credit's ID: bursar credits void 12 --reason \"typed twice\""));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    if (Status s = CreditService(*ctx.db).voidCredit(id, p.value(QStringLiteral("reason"))); !s)
        return failure(s.message());
    out(Cli::tr("Credit %1 voided.").arg(id));
    return ExitOk;
}

} // namespace

int cmdReportCredits(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("report credits"),
                    Cli::tr("Expiring credits: per customer, vendor and currency, what remains of credits that expire "
                            "within 30, 60 and 90 days (each includes the ones before it; a credit expiring on the "
                            "day still counts). Amounts keep the credits' sign and are exact."),
                    QStringLiteral("report credits --expiring [--as-of YYYY-MM-DD] [--customer ID] [--vendor V] "
                                   "[--format table|json|csv]"));
    addCustomerAndVendor(p);
    p.add(QStringLiteral("expiring"), Cli::tr("The expiring credits (the only report of credits so far)."));
    p.add(QStringLiteral("as-of"), Cli::tr("The day to count from (default today)."), QStringLiteral("YYYY-MM-DD"));
    p.addFormat({Format::Table, Format::Json, Format::Csv});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("expiring")))
        return usage(Cli::tr("say which report of credits: bursar report credits --expiring (every credit is in "
                             "bursar credits list)"));
    std::optional<qint64> customer;
    std::optional<Vendor> vendor;
    if (int rc = optionalCustomerAndVendor(ctx, p, customer, vendor); rc >= 0)
        return rc;
    const auto asOf = dateOption(p, QStringLiteral("as-of"));
    if (!asOf)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto list = CreditService(*ctx.db).list(customer, vendor);
    if (!list)
        return failure(list.message());
    const QList<ExpiringCredits> rows = expiringCredits(*list, asOf->isValid() ? *asOf : QDate::currentDate());
    Listing<ExpiringCredits> listing;
    listing.json = [](const ExpiringCredits &e) {
        return QJsonObject{{QStringLiteral("customer_id"), e.customerId},
                           {QStringLiteral("customer"), e.customerName},
                           {QStringLiteral("vendor"), vendorKey(e.vendor)},
                           {QStringLiteral("currency"), e.currency},
                           {QStringLiteral("within_30_days"), money(e.within30, e.currency)},
                           {QStringLiteral("within_60_days"), money(e.within60, e.currency)},
                           {QStringLiteral("within_90_days"), money(e.within90, e.currency)},
                           {QStringLiteral("first_expiry"), e.firstExpiry.toString(Qt::ISODate)}};
    };
    listing.line = [](const ExpiringCredits &e) {
        return Cli::tr("%1  %2  %3 %4  30 days %5  60 days %6  90 days %7  first %8")
            .arg(displayCustomerId(e.customerId), vendorName(e.vendor), e.currency, e.customerName,
                 money(e.within30, e.currency), money(e.within60, e.currency), money(e.within90, e.currency),
                 e.firstExpiry.toString(Qt::ISODate));
    };
    listing.count = [](qsizetype n) { return n ? QString() : Cli::tr("No credit expires within 90 days."); };
    listing.csvHeader = QStringLiteral("customer_id,customer,vendor,currency,within_30_days,within_60_days,"
                                       "within_90_days,first_expiry")
                            .split(u',');
    listing.csv = [](const ExpiringCredits &e) {
        return QStringList{QString::number(e.customerId), e.customerName,
                           vendorKey(e.vendor),           e.currency,
                           money(e.within30, e.currency), money(e.within60, e.currency),
                           money(e.within90, e.currency), e.firstExpiry.toString(Qt::ISODate)};
    };
    print(p.chosenFormat, rows, listing);
    return ExitOk;
}

int cmdCredits(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("credits"),
                    {{QStringLiteral("add"), cmdCreditsAdd},
                     {QStringLiteral("list"), cmdCreditsList},
                     {QStringLiteral("show"), cmdCreditsShow},
                     {QStringLiteral("void"), cmdCreditsVoid}});
}

} // namespace bursar::app
