// bursar pricebooks add|set|list and bursar pricing global|charges|support.
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

/// --uplift P or --discount P as a signed percent, or a usage error printed.
std::optional<Decimal> percentOption(const CommandParser &p, bool required)
{
    const bool up = p.isSet(QStringLiteral("uplift")), down = p.isSet(QStringLiteral("discount"));
    if (up && down) {
        usage(Cli::tr("give --uplift or --discount, not both."));
        return std::nullopt;
    }
    if (!up && !down) {
        if (!required)
            return Decimal();
        usage(Cli::tr("--uplift PERCENT or --discount PERCENT is required, for example --uplift 10."));
        return std::nullopt;
    }
    const QString text = p.value(up ? QStringLiteral("uplift") : QStringLiteral("discount")).trimmed();
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        usage(Cli::tr("--uplift and --discount take a percent without a sign, not “%1”.").arg(text));
        return std::nullopt;
    }
    auto percent = PricingService::parsePercent(text);
    if (!percent) {
        usage(percent.message());
        return std::nullopt;
    }
    return up ? *percent : -*percent;
}

QString effectiveText(const EffectiveFrom &e)
{
    const QString from =
        e.period == QLatin1String("0000-01") ? Cli::tr("every period") : Cli::tr("period %1 on").arg(e.period);
    return e.moved ? Cli::tr("Applies from %1. %2").arg(from, e.note) : Cli::tr("Applies from %1.").arg(from);
}

QJsonObject effectiveJson(const EffectiveFrom &e)
{
    return {{QStringLiteral("from_period"), e.period},
            {QStringLiteral("moved"), e.moved},
            {QStringLiteral("note"), e.note}};
}

void addPercentOptions(CommandParser &p)
{
    p.add(QStringLiteral("uplift"), Cli::tr("Percent added to the vendor's cost, for example 10."),
          QStringLiteral("PERCENT"));
    p.add(QStringLiteral("discount"), Cli::tr("Percent taken off the vendor's cost, for example 5."),
          QStringLiteral("PERCENT"));
    p.add(QStringLiteral("effective"),
          Cli::tr("First day it applies (default today); ended periods are never changed."),
          QStringLiteral("YYYY-MM-DD"));
}

int cmdPricebooksAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("pricebooks add"),
                    Cli::tr("Add a pricebook: a percent uplift or discount on vendor cost."),
                    QStringLiteral("pricebooks add --name NAME --vendor V [--uplift P | --discount P] "
                                   "[--effective YYYY-MM-DD] [--format table|json]"));
    p.add(QStringLiteral("name"), Cli::tr("The pricebook's name."), QStringLiteral("NAME"));
    p.add(QStringLiteral("vendor"), Cli::tr("Vendor key: aws, microsoft, google, or one from bursar vendors list."),
          QStringLiteral("V"));
    addPercentOptions(p);
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto vendor = vendorOption(ctx, p);
    if (!vendor)
        return usage(vendor.message());
    if (p.value(QStringLiteral("name")).trimmed().isEmpty())
        return usage(Cli::tr("--name is required: bursar pricebooks add --name Standard --vendor aws --uplift 10"));
    const auto percent = percentOption(p, false);
    const auto effective = dateOption(p, QStringLiteral("effective"));
    if (!percent || !effective)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto added = PricingService(*ctx.db).addPricebook(*vendor, p.value(QStringLiteral("name")), *percent, *effective);
    if (!added)
        return failure(added.message());
    if (p.chosenFormat == Format::Json) {
        QJsonObject o = effectiveJson(added->second);
        o[QStringLiteral("id")] = added->first;
        o[QStringLiteral("name")] = p.value(QStringLiteral("name")).simplified();
        o[QStringLiteral("vendor")] = vendorKey(*vendor);
        o[QStringLiteral("percent")] = percent->toString();
        outJson(o);
    } else {
        out(Cli::tr("Added pricebook %1 for %2: %3%. %4")
                .arg(p.value(QStringLiteral("name")).simplified(), vendorName(*vendor), percent->toString(),
                     effectiveText(added->second)));
    }
    return ExitOk;
}

int cmdPricebooksSet(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("pricebooks set"),
        Cli::tr("Change a pricebook's percent, or set a per-product override with --product."),
        QStringLiteral("pricebooks set --name NAME --vendor V (--uplift P | --discount P) [--product PRODUCT] "
                       "[--effective YYYY-MM-DD] [--format table|json]"));
    p.add(QStringLiteral("name"), Cli::tr("The pricebook's name."), QStringLiteral("NAME"));
    p.add(QStringLiteral("vendor"), Cli::tr("Vendor key: aws, microsoft, google, or one from bursar vendors list."),
          QStringLiteral("V"));
    p.add(QStringLiteral("product"), Cli::tr("The product (service name) the override is for."),
          QStringLiteral("PRODUCT"));
    addPercentOptions(p);
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto vendor = vendorOption(ctx, p);
    if (!vendor)
        return usage(vendor.message());
    const auto percent = percentOption(p, true);
    const auto effective = dateOption(p, QStringLiteral("effective"));
    if (!percent || !effective)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    PricingService pricing(*ctx.db);
    auto book = pricing.pricebook(*vendor, p.value(QStringLiteral("name")));
    if (!book)
        return failure(book.message());
    auto set = pricing.setRule(book->id, p.value(QStringLiteral("product")), *percent, *effective);
    if (!set)
        return failure(set.message());
    if (p.chosenFormat == Format::Json) {
        QJsonObject o = effectiveJson(*set);
        o[QStringLiteral("pricebook")] = book->name;
        o[QStringLiteral("product")] = p.value(QStringLiteral("product")).simplified();
        o[QStringLiteral("percent")] = percent->toString();
        outJson(o);
    } else {
        out(Cli::tr("Pricebook %1%2: %3%. %4")
                .arg(book->name,
                     p.isSet(QStringLiteral("product"))
                         ? Cli::tr(", override for %1").arg(p.value(QStringLiteral("product")))
                         : QString(),
                     percent->toString(), effectiveText(*set)));
    }
    return ExitOk;
}

int cmdPricebooksList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("pricebooks list"), Cli::tr("List pricebooks with their effective-dated rules."),
                    QStringLiteral("pricebooks list [--vendor V] [--format table|json]"));
    p.add(QStringLiteral("vendor"), Cli::tr("Vendor key: aws, microsoft, google, or one from bursar vendors list."),
          QStringLiteral("V"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    std::optional<Vendor> vendor;
    if (p.isSet(QStringLiteral("vendor"))) {
        auto v = vendorOption(ctx, p);
        if (!v)
            return usage(v.message());
        vendor = *v;
    }
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    PricingService pricing(*ctx.db);
    auto books = pricing.pricebooks(vendor);
    if (!books)
        return failure(books.message());
    QJsonArray array;
    QString text;
    for (const Pricebook &b : *books) {
        auto rules = pricing.rules(b.id);
        if (!rules)
            return failure(rules.message());
        QJsonArray ruleArray;
        text += QStringLiteral("%1  %2\n").arg(vendorName(b.vendor), b.name);
        for (const PricebookRule &r : *rules) {
            ruleArray.append(QJsonObject{{QStringLiteral("product"), r.product},
                                         {QStringLiteral("from_period"), r.fromPeriod},
                                         {QStringLiteral("percent"), r.percent.toString()},
                                         {QStringLiteral("created_by"), r.createdBy},
                                         {QStringLiteral("created_at"), r.createdAt}});
            text += QStringLiteral("    %1  %2%  %3\n")
                        .arg(r.product.isEmpty() ? Cli::tr("(all products)") : r.product, r.percent.toString(),
                             r.fromPeriod == QLatin1String("0000-01") ? Cli::tr("always")
                                                                      : Cli::tr("from %1").arg(r.fromPeriod));
        }
        array.append(QJsonObject{{QStringLiteral("id"), b.id},
                                 {QStringLiteral("vendor"), vendorKey(b.vendor)},
                                 {QStringLiteral("name"), b.name},
                                 {QStringLiteral("rules"), ruleArray}});
    }
    if (p.chosenFormat == Format::Json)
        outJson(array);
    else
        out(text + Cli::tr("%n pricebook(s)", nullptr, int(books->size())));
    return ExitOk;
}

// ---- pricing global|charges|support -----------------------------------------------------

int cmdPricingGlobal(Context &ctx, const QString &action, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("pricing global ") + action,
        Cli::tr("Global discounts and uplifts on every customer's price for a vendor."),
        QStringLiteral("pricing global add --vendor V --description TEXT (--uplift P | --discount P) "
                       "[--effective YYYY-MM-DD] | list [--vendor V] | end --id N [--last-day YYYY-MM-DD]"));
    p.add(QStringLiteral("vendor"), Cli::tr("Vendor key: aws, microsoft, google, or one from bursar vendors list."),
          QStringLiteral("V"));
    p.add(QStringLiteral("description"), Cli::tr("What it is, for the statement's explanation."),
          QStringLiteral("TEXT"));
    p.add(QStringLiteral("id"), Cli::tr("The adjustment to end."), QStringLiteral("N"));
    p.add(QStringLiteral("last-day"), Cli::tr("The last day it applies (default: the end of last month)."),
          QStringLiteral("YYYY-MM-DD"));
    addPercentOptions(p);
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    std::optional<Vendor> vendor;
    if (p.isSet(QStringLiteral("vendor")) || action == QLatin1String("add")) {
        auto v = vendorOption(ctx, p);
        if (!v)
            return usage(v.message());
        vendor = *v;
    }
    const auto effective = dateOption(p, QStringLiteral("effective"));
    const auto lastDay = dateOption(p, QStringLiteral("last-day"));
    if (!effective || !lastDay)
        return ExitUsage;
    std::optional<Decimal> percent;
    if (action == QLatin1String("add")) {
        percent = percentOption(p, true);
        if (!percent)
            return ExitUsage;
    }
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    PricingService pricing(*ctx.db);
    if (action == QLatin1String("add")) {
        auto added = pricing.addGlobalAdjustment(*vendor, p.value(QStringLiteral("description")), *percent, *effective);
        if (!added)
            return failure(added.message());
        if (p.chosenFormat == Format::Json) {
            QJsonObject o = effectiveJson(added->second);
            o[QStringLiteral("id")] = added->first;
            outJson(o);
        } else {
            out(Cli::tr("Added global adjustment %1: %2%. %3")
                    .arg(added->first)
                    .arg(percent->toString(), effectiveText(added->second)));
        }
        return ExitOk;
    }
    if (action == QLatin1String("end")) {
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok)
            return usage(Cli::tr("--id is required: the number bursar pricing global list shows."));
        auto ended = pricing.endGlobalAdjustment(id, *lastDay);
        if (!ended)
            return failure(ended.message());
        out(Cli::tr("Global adjustment %1 applies up to %2. %3").arg(id).arg(ended->period, ended->note));
        return ExitOk;
    }
    auto list = pricing.globalAdjustments(vendor);
    if (!list)
        return failure(list.message());
    QJsonArray a;
    QString text;
    for (const GlobalAdjustment &g : *list) {
        a.append(QJsonObject{{QStringLiteral("id"), g.id},
                             {QStringLiteral("vendor"), vendorKey(g.vendor)},
                             {QStringLiteral("description"), g.description},
                             {QStringLiteral("percent"), g.percent.toString()},
                             {QStringLiteral("from_period"), g.fromPeriod},
                             {QStringLiteral("to_period"), g.toPeriod}});
        text += QStringLiteral("%1  %2  %3  %4%  %5..%6\n")
                    .arg(g.id)
                    .arg(vendorName(g.vendor), g.description, g.percent.toString(), g.fromPeriod, g.toPeriod);
    }
    if (p.chosenFormat == Format::Json)
        outJson(a);
    else
        out(text + Cli::tr("%n global adjustment(s)", nullptr, int(list->size())));
    return ExitOk;
}

/// `pricing support|charges add`: a support plan or custom charge from the options.
int addCustomerPricing(Context &ctx, const CommandParser &p, bool support, QDate effective)
{
    auto amountOption = [&](const QString &name) -> std::optional<Decimal> {
        auto d = Decimal::parse(p.value(name));
        if (!d) {
            usage(Cli::tr("--%1 must be an amount such as 250.00: %2").arg(name, d.message()));
            return std::nullopt;
        }
        return *d;
    };
    const auto target = customerAndVendor(ctx, p);
    if (!target)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    PricingService pricing(*ctx.db);
    Result<std::pair<qint64, EffectiveFrom>> added = fail(QString());
    if (support) {
        const auto minimum = amountOption(QStringLiteral("minimum"));
        if (!minimum)
            return ExitUsage;
        auto percent = PricingService::parsePercent(p.value(QStringLiteral("percent")));
        if (!percent)
            return usage(percent.message());
        SupportPlan plan;
        plan.customerId = target->first;
        plan.vendor = target->second;
        plan.name = p.value(QStringLiteral("name"));
        plan.percent = *percent;
        plan.minimum = *minimum;
        plan.currency = p.value(QStringLiteral("currency"));
        added = pricing.addSupportPlan(plan, effective);
    } else {
        const auto amount = amountOption(QStringLiteral("amount"));
        if (!amount)
            return ExitUsage;
        CustomCharge charge;
        charge.customerId = target->first;
        charge.vendor = target->second;
        charge.description = p.value(QStringLiteral("description"));
        charge.amount = *amount;
        charge.currency = p.value(QStringLiteral("currency"));
        added = pricing.addCustomCharge(charge, effective);
    }
    if (!added)
        return failure(added.message());
    if (p.chosenFormat == Format::Json) {
        QJsonObject o = effectiveJson(added->second);
        o[QStringLiteral("id")] = added->first;
        outJson(o);
    } else {
        out((support ? Cli::tr("Added support plan %1.") : Cli::tr("Added custom charge %1.")).arg(added->first) +
            u' ' + effectiveText(added->second));
    }
    return ExitOk;
}

/// `pricing support|charges list`, of one customer or all.
int listCustomerPricing(PricingService &pricing, const CommandParser &p, bool support)
{
    std::optional<qint64> customer;
    if (p.isSet(QStringLiteral("customer"))) {
        auto c = customerOption(p);
        if (!c)
            return usage(c.message());
        customer = *c;
    }
    auto count = [](qsizetype n) { return Cli::tr("%n entries", nullptr, int(n)); };
    if (support) {
        auto list = pricing.supportPlans(customer);
        if (!list)
            return failure(list.message());
        Listing<SupportPlan> listing;
        listing.json = [](const SupportPlan &s) {
            return QJsonObject{{QStringLiteral("id"), s.id},
                               {QStringLiteral("customer_id"), s.customerId},
                               {QStringLiteral("vendor"), vendorKey(s.vendor)},
                               {QStringLiteral("name"), s.name},
                               {QStringLiteral("percent"), s.percent.toString()},
                               {QStringLiteral("minimum"), s.minimum.toString()},
                               {QStringLiteral("currency"), s.currency},
                               {QStringLiteral("from_period"), s.fromPeriod},
                               {QStringLiteral("to_period"), s.toPeriod}};
        };
        listing.line = [](const SupportPlan &s) {
            return QStringLiteral("%1  %2  %3  %4  %5%  min %6 %7  %8..%9")
                .arg(s.id)
                .arg(displayCustomerId(s.customerId), vendorName(s.vendor), s.name, s.percent.toString(),
                     s.minimum.toString(), s.currency, s.fromPeriod, s.toPeriod);
        };
        listing.count = count;
        print(p.chosenFormat, *list, listing);
        return ExitOk;
    }
    auto list = pricing.customCharges(customer);
    if (!list)
        return failure(list.message());
    Listing<CustomCharge> listing;
    listing.json = [](const CustomCharge &c) {
        return QJsonObject{{QStringLiteral("id"), c.id},
                           {QStringLiteral("customer_id"), c.customerId},
                           {QStringLiteral("vendor"), vendorKey(c.vendor)},
                           {QStringLiteral("description"), c.description},
                           {QStringLiteral("amount"), c.amount.toString()},
                           {QStringLiteral("currency"), c.currency},
                           {QStringLiteral("from_period"), c.fromPeriod},
                           {QStringLiteral("to_period"), c.toPeriod}};
    };
    listing.line = [](const CustomCharge &c) {
        return QStringLiteral("%1  %2  %3  %4  %5 %6  %7..%8")
            .arg(c.id)
            .arg(displayCustomerId(c.customerId), vendorName(c.vendor), c.description, c.amount.toString(), c.currency,
                 c.fromPeriod, c.toPeriod);
    };
    listing.count = count;
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

int cmdPricingCustomer(Context &ctx, bool support, const QString &action, const QStringList &args)
{
    const QString what = support ? QStringLiteral("support") : QStringLiteral("charges");
    CommandParser p(QStringLiteral("pricing %1 %2").arg(what, action),
                    support ? Cli::tr("Support plans: a percent of a customer's usage price, at least a minimum.")
                            : Cli::tr("Custom charges: fixed monthly lines on a customer's statement."),
                    support
                        ? QStringLiteral("pricing support add --customer ID --vendor V --name NAME --percent P "
                                         "--minimum M --currency C [--effective YYYY-MM-DD] | list [--customer ID] | "
                                         "end --id N [--last-day YYYY-MM-DD]")
                        : QStringLiteral("pricing charges add --customer ID --vendor V --description TEXT --amount A "
                                         "--currency C [--effective YYYY-MM-DD] | list [--customer ID] | end --id N "
                                         "[--last-day YYYY-MM-DD]"));
    addCustomerAndVendor(p);
    p.add(QStringLiteral("name"), Cli::tr("The support plan's name."), QStringLiteral("NAME"));
    p.add(QStringLiteral("description"), Cli::tr("The line's text on the statement."), QStringLiteral("TEXT"));
    p.add(QStringLiteral("amount"), Cli::tr("The monthly amount."), QStringLiteral("A"));
    p.add(QStringLiteral("percent"), Cli::tr("Percent of the usage price, 0 to 100."), QStringLiteral("P"));
    p.add(QStringLiteral("minimum"), Cli::tr("The least it charges in a month."), QStringLiteral("M"));
    p.add(QStringLiteral("currency"), Cli::tr("ISO 4217 currency."), QStringLiteral("C"));
    p.add(QStringLiteral("effective"), Cli::tr("First day it applies (default today)."), QStringLiteral("YYYY-MM-DD"));
    p.add(QStringLiteral("id"), Cli::tr("The entry to end."), QStringLiteral("N"));
    p.add(QStringLiteral("last-day"), Cli::tr("The last day it applies (default: the end of last month)."),
          QStringLiteral("YYYY-MM-DD"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto effective = dateOption(p, QStringLiteral("effective"));
    const auto lastDay = dateOption(p, QStringLiteral("last-day"));
    if (!effective || !lastDay)
        return ExitUsage;
    if (action == QLatin1String("add"))
        return addCustomerPricing(ctx, p, support, *effective);
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    PricingService pricing(*ctx.db);
    if (action == QLatin1String("end")) {
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok)
            return usage(Cli::tr("--id is required: the number the list shows."));
        auto ended = support ? pricing.endSupportPlan(id, *lastDay) : pricing.endCustomCharge(id, *lastDay);
        if (!ended)
            return failure(ended.message());
        out(Cli::tr("%1 applies up to %2. %3").arg(id).arg(ended->period, ended->note));
        return ExitOk;
    }
    return listCustomerPricing(pricing, p, support);
}

} // namespace

int cmdPricebooks(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("pricebooks"),
                    {{QStringLiteral("add"), cmdPricebooksAdd},
                     {QStringLiteral("set"), cmdPricebooksSet},
                     {QStringLiteral("list"), cmdPricebooksList}});
}

int cmdPricing(Context &ctx, const QStringList &args)
{
    const QString area = args.value(0), action = args.value(1);
    const bool known =
        action == QLatin1String("add") || action == QLatin1String("list") || action == QLatin1String("end");
    if (known && area == QLatin1String("global"))
        return cmdPricingGlobal(ctx, action, args.mid(2));
    if (known && (area == QLatin1String("charges") || area == QLatin1String("support")))
        return cmdPricingCustomer(ctx, area == QLatin1String("support"), action, args.mid(2));
    if (area.isEmpty() || area == QLatin1String("--help") || area == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] pricing global|charges|support add|list|end [--help]"));
        return area.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("use: bursar pricing global|charges|support add|list|end, not “%1”.").arg(args.join(u' ')));
}

} // namespace bursar::app
