// bursar report services-credits: balances per customer and currency, what expires soon, and
// the liability roll-forward with its proof line (Reports > Services Credits).
#include "app/commands/command.h"
#include "app/commands/services_credits_common.h"
#include "core/json/services_credits_json.h"
#include "core/servicescredits/services_credit_report.h"

#include <array>
#include <map>

namespace bursar::app {

namespace {

int printBalances(const CommandParser &p, ServicesCreditReport &report, QDate asOf)
{
    auto rows = report.customerBalances(asOf);
    if (!rows)
        return failure(rows.message());
    Listing<CustomerCreditsBalance> listing;
    listing.json = json::customerCreditsBalance;
    listing.heading = Cli::tr("Customer  Name                            Currency  Purchased  Allocated  Redeemed  "
                              "Expired  Available  Available value");
    listing.line = [](const CustomerCreditsBalance &b) {
        return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
            .arg(displayCustomerId(b.customerId), -8)
            .arg(b.customerName.left(30), -30)
            .arg(b.currency, -8)
            .arg(b.units.purchased.toString(), 9)
            .arg(b.units.allocated.toString(), 9)
            .arg(b.units.redeemed.toString(), 8)
            .arg(b.units.expired.toString(), 7)
            .arg(b.units.available().toString(), 9)
            .arg(shown(b.available.value, b.currency), 15);
    };
    listing.csvHeader = {QStringLiteral("customer_id"),      QStringLiteral("customer_name"),
                         QStringLiteral("currency"),         QStringLiteral("purchased"),
                         QStringLiteral("allocated"),        QStringLiteral("redeemed"),
                         QStringLiteral("expired"),          QStringLiteral("available"),
                         QStringLiteral("available_value"),  QStringLiteral("outstanding_credits"),
                         QStringLiteral("outstanding_value")};
    listing.csv = [](const CustomerCreditsBalance &b) {
        return QStringList{QString::number(b.customerId),
                           b.customerName,
                           b.currency,
                           b.units.purchased.toString(),
                           b.units.allocated.toString(),
                           b.units.redeemed.toString(),
                           b.units.expired.toString(),
                           b.units.available().toString(),
                           b.available.value.toString(),
                           b.outstanding.credits.toString(),
                           b.outstanding.value.toString()};
    };
    print(p.chosenFormat, *rows, listing);
    return ExitOk;
}

int printExpiring(const CommandParser &p, ServicesCreditReport &report, QDate asOf, int days)
{
    auto rows = report.expiring(asOf, days);
    if (!rows)
        return failure(rows.message());
    Listing<ExpiringCredits> listing;
    listing.json = json::expiringCredits;
    listing.heading = Cli::tr("Purchase  Customer  Currency  Expires     Days  Credits  Value");
    listing.line = [](const ExpiringCredits &e) {
        return QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
            .arg(e.purchaseId, -8)
            .arg(displayCustomerId(e.customerId), -8)
            .arg(e.currency, -8)
            .arg(e.expiryDate.toString(Qt::ISODate))
            .arg(e.daysLeft, 4)
            .arg(e.credits.credits.toString(), 7)
            .arg(shown(e.credits.value, e.currency));
    };
    listing.count = [rows](qsizetype) {
        // The 30, 60 and 90 day buckets, in credits per currency.
        std::map<QString, std::array<Decimal, 4>> buckets;
        for (const ExpiringCredits &e : *rows)
            buckets[e.currency][e.daysLeft <= 30   ? 0
                                : e.daysLeft <= 60 ? 1
                                : e.daysLeft <= 90 ? 2
                                                   : 3] += e.credits.credits;
        QStringList lines;
        for (const auto &[currency, b] : buckets)
            lines << Cli::tr("%1: %2 credits within 30 days, %3 within 31–60, %4 within 61–90, %5 later")
                         .arg(currency, b[0].toString(), b[1].toString(), b[2].toString(), b[3].toString());
        return lines.join(u'\n');
    };
    listing.csvHeader = {QStringLiteral("purchase_id"), QStringLiteral("customer_id"), QStringLiteral("currency"),
                         QStringLiteral("expires"),     QStringLiteral("days_left"),   QStringLiteral("credits"),
                         QStringLiteral("value")};
    listing.csv = [](const ExpiringCredits &e) {
        return QStringList{
            QString::number(e.purchaseId),      QString::number(e.customerId), e.currency,
            e.expiryDate.toString(Qt::ISODate), QString::number(e.daysLeft),   e.credits.credits.toString(),
            e.credits.value.toString()};
    };
    print(p.chosenFormat, *rows, listing);
    return ExitOk;
}

int printRollForward(const CommandParser &p, ServicesCreditReport &report, QDate from, QDate to)
{
    auto r = report.rollForward(from, to);
    if (!r)
        return failure(r.message());
    if (p.chosenFormat == Format::Json) {
        outJson(json::rollForward(*r));
        return ExitOk;
    }
    QList<RollForwardLine> all = r->lines;
    all << r->totals;
    if (p.chosenFormat == Format::Csv) {
        const QStringList header{
            QStringLiteral("customer_id"), QStringLiteral("currency"),  QStringLiteral("measure"),
            QStringLiteral("opening"),     QStringLiteral("purchased"), QStringLiteral("redeemed"),
            QStringLiteral("expired"),     QStringLiteral("closing"),   QStringLiteral("proof_holds")};
        // One record per line and measure (credits, value, paid), as auditors pivot it.
        QList<std::pair<RollForwardLine, int>> records;
        for (const RollForwardLine &l : all)
            for (int m = 0; m < 3; ++m)
                records << std::pair{l, m};
        Listing<std::pair<RollForwardLine, int>> csv;
        csv.csvHeader = header;
        csv.csv = [](const std::pair<RollForwardLine, int> &rec) {
            const RollForwardLine &l = rec.first;
            const auto pick = [&](const CreditsAndValue &c) {
                return (rec.second == 0 ? c.credits : rec.second == 1 ? c.value : c.paid).toString();
            };
            return QStringList{l.customerId ? QString::number(l.customerId) : QStringLiteral("total"),
                               l.currency,
                               rec.second == 0   ? QStringLiteral("credits")
                               : rec.second == 1 ? QStringLiteral("value")
                                                 : QStringLiteral("paid"),
                               pick(l.opening),
                               pick(l.purchased),
                               pick(l.redeemed),
                               pick(l.expired),
                               pick(l.closing),
                               l.proofHolds() ? QStringLiteral("1") : QStringLiteral("0")};
        };
        print(Format::Csv, records, csv);
        return ExitOk;
    }
    QString text = Cli::tr("Services credits liability %1 to %2 (credits; value)\n")
                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    for (const RollForwardLine &l : all)
        text += Cli::tr("%1  %2  opening %3 + purchased %4 − redeemed %5 − expired %6 = closing %7 (%8)%9\n")
                    .arg(l.customerId ? displayCustomerId(l.customerId) : Cli::tr("Total  "), l.currency)
                    .arg(l.opening.credits.toString(), l.purchased.credits.toString(), l.redeemed.credits.toString(),
                         l.expired.credits.toString(), l.closing.credits.toString(), shown(l.closing.value, l.currency),
                         l.proofHolds() ? QString() : Cli::tr("  PROOF FAILS"));
    out(text);
    return ExitOk;
}

} // namespace

int cmdReportServicesCredits(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("report services-credits"),
                    Cli::tr("Services credits: balance per customer and currency (credits and value), credits "
                            "expiring within DAYS, or the liability roll-forward for a period with its proof line "
                            "(opening + purchased − redeemed − expired = closing)."),
                    QStringLiteral("report services-credits [--as-of D] [--expiring-within DAYS] [--roll-forward "
                                   "--from D --to D] [--format table|json|csv]"));
    p.add(QStringLiteral("as-of"), Cli::tr("Balances as of this day (default today)."), QStringLiteral("D"));
    p.add(QStringLiteral("expiring-within"), Cli::tr("Purchases expiring within DAYS days."), QStringLiteral("DAYS"));
    p.add(QStringLiteral("roll-forward"), Cli::tr("The liability roll-forward for --from to --to."));
    p.add(QStringLiteral("from"), Cli::tr("First day of the period."), QStringLiteral("D"));
    p.add(QStringLiteral("to"), Cli::tr("Last day of the period."), QStringLiteral("D"));
    p.addFormat({Format::Table, Format::Json, Format::Csv});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto asOf = dateOption(p, QStringLiteral("as-of"));
    const auto from = dateOption(p, QStringLiteral("from"));
    const auto to = dateOption(p, QStringLiteral("to"));
    if (!asOf || !from || !to)
        return ExitUsage;
    int days = 0;
    if (p.isSet(QStringLiteral("expiring-within"))) {
        bool ok = false;
        days = p.value(QStringLiteral("expiring-within")).toInt(&ok);
        if (!ok || days < 0)
            return usage(Cli::tr("--expiring-within is a number of days, for example 90."));
    }
    if (p.isSet(QStringLiteral("roll-forward")) && (!from->isValid() || !to->isValid()))
        return usage(Cli::tr("--roll-forward needs --from YYYY-MM-DD and --to YYYY-MM-DD."));
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    ServicesCreditReport report(*ctx.db);
    if (p.isSet(QStringLiteral("roll-forward")))
        return printRollForward(p, report, *from, *to);
    if (p.isSet(QStringLiteral("expiring-within")))
        return printExpiring(p, report, asOf->isValid() ? *asOf : QDate::currentDate(), days);
    return printBalances(p, report, *asOf);
}

} // namespace bursar::app
