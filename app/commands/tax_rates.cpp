// bursar tax set|list|category and bursar rates set|list: the tax and exchange-rate tables.
#include "app/commands/command.h"
#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/rate_tables.h"
#include "core/finance/tax_categories.h"
#include "core/json/records_json.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bursar::app {

namespace {

// ---- tax and exchange rates -------------------------------------------------------------

int cmdTaxSet(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("tax set"),
                    Cli::tr("Set a tax rate for a region (and state or province) from a date on."),
                    QStringLiteral("tax set --region R [--state S] --rate PERCENT [--from YYYY-MM-DD] [--name NAME]"));
    p.add(QStringLiteral("region"), Cli::tr("The customers' region, for example US."), QStringLiteral("R"));
    p.add(QStringLiteral("state"), Cli::tr("The state or province; without it, the region's own rate."),
          QStringLiteral("S"));
    p.add(QStringLiteral("rate"), Cli::tr("Percent, for example 10.25."), QStringLiteral("PERCENT"));
    p.add(QStringLiteral("from"), Cli::tr("The first day it applies (default today)."), QStringLiteral("YYYY-MM-DD"));
    p.add(QStringLiteral("name"), Cli::tr("The name printed on statements, for example GST."), QStringLiteral("NAME"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("rate")))
        return usage(Cli::tr("--rate is required, for example --rate 10.25."));
    const auto from = dateOption(p, QStringLiteral("from"));
    if (!from)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto id = TaxTable(*ctx.db).set(p.value(QStringLiteral("region")), p.value(QStringLiteral("state")),
                                    p.value(QStringLiteral("rate")), from->isValid() ? *from : QDate::currentDate(),
                                    p.value(QStringLiteral("name")));
    if (!id)
        return failure(id.message());
    out(Cli::tr("Tax rate saved (%1).").arg(*id));
    return ExitOk;
}

int cmdTaxList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("tax list"), Cli::tr("The tax table."),
                    QStringLiteral("tax list [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto list = TaxTable(*ctx.db).list();
    if (!list)
        return failure(list.message());
    Listing<TaxRate> listing;
    listing.json = [](const TaxRate &t) {
        return QJsonObject{{QStringLiteral("region"), t.region},
                           {QStringLiteral("state"), t.state},
                           {QStringLiteral("name"), t.name},
                           {QStringLiteral("rate"), t.rate.toString()},
                           {QStringLiteral("from"), t.from.toString(Qt::ISODate)}};
    };
    listing.line = [](const TaxRate &t) {
        return QStringLiteral("%1  %2  %3  %4%  %5")
            .arg(t.region, -4)
            .arg(t.state, -4)
            .arg(t.name, -20)
            .arg(t.rate.toString())
            .arg(Cli::tr("from %1").arg(t.from.toString(Qt::ISODate)));
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n rate(s)", nullptr, int(n)); };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

// ---- tax categories of memo lines -------------------------------------------------------

int cmdTaxCategoryList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("tax category list"),
                    Cli::tr("The tax categories of memo lines and which rates each pays."),
                    QStringLiteral("tax category list [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto list = TaxCategories(*ctx.db).list();
    if (!list)
        return failure(list.message());
    Listing<TaxCategory> listing;
    listing.json = [](const TaxCategory &c) {
        return QJsonObject{{QStringLiteral("name"), c.name},
                           {QStringLiteral("region_rate"), c.regionRate},
                           {QStringLiteral("state_rate"), c.stateRate}};
    };
    listing.line = [](const TaxCategory &c) {
        return QStringLiteral("%1  %2  %3")
            .arg(c.name, -20)
            .arg(c.regionRate ? Cli::tr("region rate") : Cli::tr("no region rate"), -16)
            .arg(c.stateRate ? Cli::tr("state rate") : Cli::tr("no state rate"));
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n tax category(ies)", nullptr, int(n)); };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

int cmdTaxCategorySet(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("tax category set"),
                    Cli::tr("Add a tax category of memo lines, or change the rates it pays: the region's and the "
                            "state's, unless turned off."),
                    QStringLiteral("tax category set NAME [--no-region-rate] [--no-state-rate]"));
    p.add(QStringLiteral("no-region-rate"), Cli::tr("Lines of this category do not pay the region's rate."));
    p.add(QStringLiteral("no-state-rate"), Cli::tr("Lines of this category do not pay the state's rate."));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.positional().size() != 1)
        return usage(Cli::tr("give one tax category name, for example: bursar tax category set Reduced."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    if (Status s = TaxCategories(*ctx.db).set(p.positional().first(), !p.isSet(QStringLiteral("no-region-rate")),
                                              !p.isSet(QStringLiteral("no-state-rate")));
        !s)
        return failure(s.message());
    out(Cli::tr("Tax category saved: %1.").arg(p.positional().first().simplified()));
    return ExitOk;
}

int cmdTaxCategoryRemove(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("tax category remove"),
                    Cli::tr("Remove a tax category that no Hold memo uses (released memos keep their tax)."),
                    QStringLiteral("tax category remove NAME"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.positional().size() != 1)
        return usage(Cli::tr("give one tax category name."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    if (Status s = TaxCategories(*ctx.db).remove(p.positional().first()); !s)
        return failure(s.message());
    out(Cli::tr("Tax category removed: %1.").arg(p.positional().first().simplified()));
    return ExitOk;
}

int cmdTaxCategory(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("tax category"),
                    {{QStringLiteral("list"), cmdTaxCategoryList},
                     {QStringLiteral("set"), cmdTaxCategorySet},
                     {QStringLiteral("remove"), cmdTaxCategoryRemove}});
}

int cmdRatesSet(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("rates set"), Cli::tr("Set an exchange rate: 1 FROM = RATE TO, from a date on."),
                    QStringLiteral("rates set --from USD --to EUR --rate 0.92 [--date YYYY-MM-DD]"));
    p.add(QStringLiteral("from"), Cli::tr("The currency converted."), QStringLiteral("C"));
    p.add(QStringLiteral("to"), Cli::tr("The currency it becomes."), QStringLiteral("C"));
    p.add(QStringLiteral("rate"), Cli::tr("Units of TO per unit of FROM."), QStringLiteral("RATE"));
    p.add(QStringLiteral("date"), Cli::tr("The rate's date (default today)."), QStringLiteral("YYYY-MM-DD"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto date = dateOption(p, QStringLiteral("date"));
    if (!date)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    if (Status s =
            ExchangeRates(*ctx.db).set(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")),
                                       date->isValid() ? *date : QDate::currentDate(), p.value(QStringLiteral("rate")));
        !s)
        return failure(s.message());
    out(Cli::tr("Exchange rate saved."));
    return ExitOk;
}

int cmdRatesList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("rates list"), Cli::tr("The exchange-rate table."),
                    QStringLiteral("rates list [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto list = ExchangeRates(*ctx.db).list();
    if (!list)
        return failure(list.message());
    Listing<ExchangeRate> listing;
    listing.json = [](const ExchangeRate &r) {
        return QJsonObject{{QStringLiteral("from"), r.base},
                           {QStringLiteral("to"), r.quote},
                           {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                           {QStringLiteral("rate"), r.rate.toString()}};
    };
    listing.line = [](const ExchangeRate &r) {
        return QStringLiteral("1 %1 = %2 %3  (%4)")
            .arg(r.base, r.rate.toString(), r.quote, r.date.toString(Qt::ISODate));
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n rate(s)", nullptr, int(n)); };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

} // namespace

int cmdTax(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("tax"),
                    {{QStringLiteral("set"), cmdTaxSet},
                     {QStringLiteral("list"), cmdTaxList},
                     {QStringLiteral("category"), cmdTaxCategory}});
}

int cmdRates(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("rates"),
                    {{QStringLiteral("set"), cmdRatesSet}, {QStringLiteral("list"), cmdRatesList}});
}

} // namespace bursar::app
