// bursar report billing: the Billing Customers Report.
#include "app/commands/command.h"
#include "core/domain/billing_period.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_rules.h"
#include "core/pricing/pricing_service.h"
#include "core/reports/billing_report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <map>

namespace bursar::app {

namespace {

// ---- report billing ---------------------------------------------------------------------

int cmdReportBilling(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("report billing"),
        Cli::tr("The <Vendor> Billing Customers Report: per customer the vendor cost, the customer price and "
                "the margin, by product type. Vendor credits and tax are not in it. Amounts are exact."),
        QStringLiteral("report billing --vendor V --period YYYY-MM [--to YYYY-MM] [--format table|json|csv]"));
    p.add(QStringLiteral("vendor"), Cli::tr("Vendor key: aws, microsoft, google, or one from bursar vendors list."),
          QStringLiteral("V"));
    p.add(QStringLiteral("period"), Cli::tr("The billing period (the first one with --to)."),
          QStringLiteral("YYYY-MM"));
    p.add(QStringLiteral("to"), Cli::tr("The last period of a range."), QStringLiteral("YYYY-MM"));
    p.add(QStringLiteral("lines"), Cli::tr("JSON: include each customer's lines by product."));
    p.addFormat({Format::Table, Format::Json, Format::Csv});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto vendor = vendorOption(ctx, p);
    if (!vendor)
        return usage(vendor.message());
    const QString from = p.value(QStringLiteral("period"));
    const QString to = p.isSet(QStringLiteral("to")) ? p.value(QStringLiteral("to")) : from;
    if (!isPeriod(from) || !isPeriod(to))
        return usage(
            Cli::tr("--period (and --to) must be a billing period written YYYY-MM, for example --period 2026-09."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto report = BillingReportBuilder(*ctx.db).build(*vendor, from, to);
    if (!report)
        return failure(report.message());
    if (p.chosenFormat == Format::Json) {
        QJsonArray rows;
        const bool withLines = p.isSet(QStringLiteral("lines"));
        for (const BillingReportRow &r : report->rows) {
            QJsonObject o{{QStringLiteral("customer_id"), r.customerId},
                          {QStringLiteral("customer"), r.customerName},
                          {QStringLiteral("currency"), r.currency},
                          {QStringLiteral("pricebook"), r.pricebook},
                          {QStringLiteral("cost"), r.cost.toString()},
                          {QStringLiteral("price"), r.hasPrice ? QJsonValue(r.price.toString()) : QJsonValue()},
                          {QStringLiteral("margin"), r.hasPrice ? QJsonValue(r.margin().toString()) : QJsonValue()},
                          {QStringLiteral("marketplace"), r.marketplace.toString()},
                          {QStringLiteral("support"), r.support.toString()},
                          {QStringLiteral("custom_charges"), r.customCharges.toString()},
                          {QStringLiteral("problem"), r.problem},
                          {QStringLiteral("invoice_currency"), r.invoiceCurrency},
                          {QStringLiteral("draft_statements"), r.draftStatements},
                          {QStringLiteral("approved_statements"), r.approvedStatements}};
            std::map<QString, std::pair<Decimal, Decimal>> byType;
            QJsonArray lines;
            for (const BillingReportLine &l : r.lines) {
                if (!l.marketplace) {
                    byType[l.productType].first += l.cost;
                    byType[l.productType].second += l.price;
                }
                if (withLines)
                    lines.append(QJsonObject{{QStringLiteral("product_type"), l.productType},
                                             {QStringLiteral("product"), l.product},
                                             {QStringLiteral("marketplace"), l.marketplace},
                                             {QStringLiteral("usage_lines"), l.usageLines},
                                             {QStringLiteral("cost"), l.cost.toString()},
                                             {QStringLiteral("price"), l.price.toString()},
                                             {QStringLiteral("rule"), l.rule}});
            }
            QJsonArray types;
            for (const auto &[type, sums] : byType)
                types.append(QJsonObject{
                    {QStringLiteral("product_type"), type},
                    {QStringLiteral("cost"), sums.first.toString()},
                    {QStringLiteral("price"), r.hasPrice ? QJsonValue(sums.second.toString()) : QJsonValue()}});
            o[QStringLiteral("product_types")] = types;
            if (withLines)
                o[QStringLiteral("lines")] = lines;
            rows.append(o);
        }
        QJsonArray unmappedCost;
        for (const CurrencyTotal &t : report->unmappedCost)
            unmappedCost.append(
                QJsonObject{{QStringLiteral("currency"), t.currency}, {QStringLiteral("cost"), t.cost.toString()}});
        outJson(QJsonObject{{QStringLiteral("report"), Cli::tr("%1 Billing Customers Report").arg(vendorName(*vendor))},
                            {QStringLiteral("vendor"), vendorKey(*vendor)},
                            {QStringLiteral("from_period"), from},
                            {QStringLiteral("to_period"), to},
                            {QStringLiteral("rows"), rows},
                            {QStringLiteral("unmapped_accounts"), report->unmappedAccounts},
                            {QStringLiteral("unmapped_cost"), unmappedCost},
                            {QStringLiteral("excluded_marketplace_lines"), report->excludedMarketplaceLines}});
        return ExitOk;
    }
    if (p.chosenFormat == Format::Csv) {
        const QByteArray csv = billingReportCsv(report->rows);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        return ExitOk;
    }
    QString text = Cli::tr("%1 Billing Customers Report, %2 to %3").arg(vendorName(*vendor), from, to) + u'\n';
    // The columns named once, aligned as the rows are (issue 14: the table had no headers).
    text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                .arg(Cli::tr("Customer"), -8)
                .arg(Cli::tr("Name"), -30)
                .arg(Cli::tr("Cur"), -3)
                .arg(Cli::tr("Cost"), 14)
                .arg(Cli::tr("Price"), 14)
                .arg(Cli::tr("Margin"), 14)
                .arg(Cli::tr("Problem"));
    for (const BillingReportRow &r : report->rows) {
        const Currency currency = Currencies::lookup(r.currency);
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                    .arg(displayCustomerId(r.customerId), -8)
                    .arg(r.customerName.left(30), -30)
                    .arg(r.currency)
                    .arg(formatPlain(r.cost, currency), 14)
                    .arg(r.hasPrice ? formatPlain(r.price, currency) : QStringLiteral("-"), 14)
                    .arg(r.hasPrice ? formatPlain(r.margin(), currency) : QStringLiteral("-"), 14)
                    .arg(r.problem);
    }
    text += Cli::tr("%n customer row(s)", nullptr, int(report->rows.size()));
    if (report->unmappedAccounts > 0)
        text += u'\n' + Cli::tr("%n account(s) with usage are not mapped to a customer (bursar usage unmapped).",
                                nullptr, int(report->unmappedAccounts));
    out(text);
    return ExitOk;
}

} // namespace

int cmdReport(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("billing"))
        return cmdReportBilling(ctx, args.mid(1));
    if (sub == QLatin1String("balance"))
        return cmdReportBalance(ctx, args.mid(1));
    if (sub == QLatin1String("aging"))
        return cmdReportAging(ctx, args.mid(1));
    if (sub == QLatin1String("numbering"))
        return cmdReportNumbering(ctx, args.mid(1));
    if (sub == QLatin1String("credits"))
        return cmdReportCredits(ctx, args.mid(1));
    if (sub == QLatin1String("services-credits"))
        return cmdReportServicesCredits(ctx, args.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] report billing|balance|aging|numbering|credits|services-credits "
                    "... [--help]"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(
        Cli::tr(
            "unknown report “%1”; use: bursar report billing, balance, aging, numbering, credits or services-credits")
            .arg(sub));
}

} // namespace bursar::app
