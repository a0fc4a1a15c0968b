// bursar services-credits purchase|allocate|release-allocation|complete-milestone|expire|settings
// and bursar report services-credits: Services Credits (issue 15).
#include "app/commands/command.h"
#include "app/commands/services_credits_common.h"
#include "core/json/services_credits_json.h"
#include "core/servicescredits/services_credit_report.h"
#include "core/servicescredits/services_credit_service.h"

namespace bursar::app {

namespace {

void addPurchaseFields(CommandParser &p)
{
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("credits"), Cli::tr("Number of services credits (a positive whole number)."),
          QStringLiteral("N"));
    p.add(QStringLiteral("value"), Cli::tr("Value per credit."), QStringLiteral("V"));
    p.add(QStringLiteral("paid"),
          Cli::tr("Amount paid per credit (default: the value; ignored while the setting keeps them equal)."),
          QStringLiteral("P"));
    p.add(QStringLiteral("currency"), Cli::tr("Currency (ISO 4217)."), QStringLiteral("C"));
    p.add(QStringLiteral("start"), Cli::tr("First day the credits can be used (YYYY-MM-DD)."), QStringLiteral("D"));
    p.add(QStringLiteral("expires"), Cli::tr("Last day the credits can be used (YYYY-MM-DD)."), QStringLiteral("D"));
    p.add(QStringLiteral("draft"), Cli::tr("Record it as a draft (editable; its credits cannot move)."));
    p.add(QStringLiteral("description"), Cli::tr("Description."), QStringLiteral("T"));
}

/// The purchase fields given on the command line, over `base` (an edit starts from the purchase).
std::optional<PurchaseInput> purchaseInput(const CommandParser &p, PurchaseInput in)
{
    if (p.isSet(QStringLiteral("customer"))) {
        auto c = customerOption(p);
        if (!c) {
            usage(c.message());
            return std::nullopt;
        }
        in.customerId = *c;
    }
    const auto start = dateOption(p, QStringLiteral("start"));
    const auto expires = dateOption(p, QStringLiteral("expires"));
    if (!start || !expires)
        return std::nullopt;
    if (start->isValid())
        in.startDate = *start;
    if (expires->isValid())
        in.expiryDate = *expires;
    const auto take = [&](const QString &option, QString &field) {
        if (p.isSet(option))
            field = p.value(option);
    };
    take(QStringLiteral("credits"), in.credits);
    take(QStringLiteral("value"), in.valuePerCredit);
    take(QStringLiteral("paid"), in.paidPerCredit);
    take(QStringLiteral("currency"), in.currency);
    take(QStringLiteral("description"), in.description);
    return in;
}

int cmdPurchaseAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("services-credits purchase add"),
                    Cli::tr("Record a services credits customer purchase: a number of credits bought on one day at "
                            "one value and amount paid, in one currency."),
                    QStringLiteral("services-credits purchase add --customer ID --credits N --value V [--paid P] "
                                   "--currency C --start D --expires D [--draft] [--description T] [--format json]"));
    addPurchaseFields(p);
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("customer")))
        return usage(customerOption(p).message());
    auto in = purchaseInput(p, {});
    if (!in)
        return ExitUsage;
    if (!p.isSet(QStringLiteral("paid")))
        in->paidPerCredit = in->valuePerCredit;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    auto settings = ServicesCreditSettingsService(*ctx.db).load();
    if (!settings)
        return failure(settings.message());
    in->draft = p.isSet(QStringLiteral("draft")) || settings->newPurchasesDraft;
    auto id = PurchaseService(*ctx.db).add(*in);
    if (!id)
        return failure(id.message());
    return printId(p, *id, Cli::tr("Purchase %1 recorded.").arg(*id));
}

int cmdPurchaseEdit(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("services-credits purchase edit"),
                    Cli::tr("Change a draft purchase's fields (a purchase that is not a draft: add --draft, allowed "
                            "while none of its credits moved)."),
                    QStringLiteral("services-credits purchase edit ID [--customer ID] [--credits N] [--value V] "
                                   "[--paid P] [--currency C] [--start D] [--expires D] [--description T] [--draft | "
                                   "--not-draft]"));
    addPurchaseFields(p);
    p.add(QStringLiteral("not-draft"), Cli::tr("Remove the draft flag in the same change."));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto ids = idArguments(p, Cli::tr("purchase"));
    if (!ids)
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    PurchaseService service(*ctx.db);
    auto current = service.purchase(ids->first());
    if (!current)
        return failure(current.message());
    PurchaseInput base{current->customerId,
                       current->startDate,
                       current->expiryDate,
                       QString::number(current->credits),
                       current->valuePerCredit.toString(),
                       current->paidPerCredit.toString(),
                       current->description,
                       current->currency,
                       current->draft,
                       current->version};
    auto in = purchaseInput(p, base);
    if (!in)
        return ExitUsage;
    if (p.isSet(QStringLiteral("draft")))
        in->draft = true;
    if (p.isSet(QStringLiteral("not-draft")))
        in->draft = false;
    if (Status s = service.edit(ids->first(), *in); !s)
        return failure(s.message());
    out(Cli::tr("Purchase %1 saved.").arg(ids->first()));
    return ExitOk;
}

int cmdPurchaseDraft(Context &ctx, const QStringList &args, bool draft)
{
    const QString name = draft ? QStringLiteral("draft") : QStringLiteral("undraft");
    CommandParser p(QStringLiteral("services-credits purchase ") + name,
                    draft ? Cli::tr("Mark a purchase draft (only while none of its credits moved).")
                          : Cli::tr("Remove a purchase's draft flag: its credits are available from its start date."),
                    QStringLiteral("services-credits purchase %1 ID").arg(name));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto ids = idArguments(p, Cli::tr("purchase"));
    if (!ids)
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    for (qint64 id : *ids)
        if (Status s = PurchaseService(*ctx.db).setDraft(id, draft); !s)
            return failure(s.message());
    out(draft ? Cli::tr("Marked draft.") : Cli::tr("Draft flag removed."));
    return ExitOk;
}

int cmdPurchaseList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("services-credits purchase list"),
                    Cli::tr("Purchases, newest first, with their credits purchased, allocated, redeemed, expired and "
                            "available."),
                    QStringLiteral("services-credits purchase list [--customer ID] [--format table|json|csv]"));
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.addFormat({Format::Table, Format::Json, Format::Csv});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    std::optional<qint64> customer;
    if (!optionalCustomer(p, customer))
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    auto list = PurchaseService(*ctx.db).list(customer);
    if (!list)
        return failure(list.message());
    Listing<ServicesPurchase> listing;
    listing.json = json::servicesPurchase;
    listing.heading = Cli::tr("ID      Customer  Currency  Start       Expires     Purchased  Allocated  Redeemed  "
                              "Expired  Available  Value per credit");
    listing.line = [](const ServicesPurchase &s) {
        return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10  %11%12")
            .arg(s.id, -6)
            .arg(displayCustomerId(s.customerId), -8)
            .arg(s.currency, -8)
            .arg(s.startDate.toString(Qt::ISODate), s.expiryDate.toString(Qt::ISODate))
            .arg(s.units.purchased.toString(), 9)
            .arg(s.units.allocated.toString(), 9)
            .arg(s.units.redeemed.toString(), 8)
            .arg(s.units.expired.toString(), 7)
            .arg(s.units.available().toString(), 9)
            .arg(shown(s.valuePerCredit, s.currency), s.draft ? Cli::tr("  draft") : QString());
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n purchase(s)", nullptr, int(n)); };
    listing.csvHeader = {QStringLiteral("id"),
                         QStringLiteral("customer_id"),
                         QStringLiteral("currency"),
                         QStringLiteral("start"),
                         QStringLiteral("expires"),
                         QStringLiteral("draft"),
                         QStringLiteral("purchased"),
                         QStringLiteral("allocated"),
                         QStringLiteral("redeemed"),
                         QStringLiteral("expired"),
                         QStringLiteral("available"),
                         QStringLiteral("value_per_credit"),
                         QStringLiteral("amount_paid_per_credit")};
    listing.csv = [](const ServicesPurchase &s) {
        return QStringList{QString::number(s.id),
                           QString::number(s.customerId),
                           s.currency,
                           s.startDate.toString(Qt::ISODate),
                           s.expiryDate.toString(Qt::ISODate),
                           s.draft ? QStringLiteral("1") : QStringLiteral("0"),
                           s.units.purchased.toString(),
                           s.units.allocated.toString(),
                           s.units.redeemed.toString(),
                           s.units.expired.toString(),
                           s.units.available().toString(),
                           s.valuePerCredit.toString(),
                           s.paidPerCredit.toString()};
    };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

int cmdPurchaseShow(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("services-credits purchase show"),
                    Cli::tr("One purchase: its fields, its credits by where they are, and its history with running "
                            "balances."),
                    QStringLiteral("services-credits purchase show ID [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto ids = idArguments(p, Cli::tr("purchase"));
    if (!ids)
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    PurchaseService service(*ctx.db);
    auto s = service.purchase(ids->first());
    if (!s)
        return failure(s.message());
    auto history = service.history(s->id);
    if (!history)
        return failure(history.message());
    if (p.chosenFormat == Format::Json) {
        QJsonObject o = json::servicesPurchase(*s);
        QJsonArray h;
        for (const PurchaseMovement &m : *history)
            h.append(json::purchaseMovement(m));
        o.insert(QStringLiteral("history"), h);
        outJson(o);
        return ExitOk;
    }
    QString text =
        Cli::tr("Purchase %1%2 — customer %3 %4\n")
            .arg(s->id)
            .arg(s->draft ? Cli::tr(" (draft)") : QString(), displayCustomerId(s->customerId), s->customerName);
    text += Cli::tr("%1 credits at %2 %3 (paid %4), usable %5 to %6\n")
                .arg(s->credits)
                .arg(s->valuePerCredit.toString(), s->currency, s->paidPerCredit.toString(),
                     s->startDate.toString(Qt::ISODate), s->expiryDate.toString(Qt::ISODate));
    text += Cli::tr("Allocated %1, redeemed %2, expired %3, available %4\n")
                .arg(s->units.allocated.toString(), s->units.redeemed.toString(), s->units.expired.toString(),
                     s->units.available().toString());
    for (const PurchaseMovement &m : *history)
        text += QStringLiteral("  %1  %2  %3  %4  %5\n")
                    .arg(m.on.toString(Qt::ISODate), m.kind.leftJustified(20))
                    .arg(m.credits.toString(), 8)
                    .arg(m.available.toString(), 8)
                    .arg(m.reason);
    out(text);
    return ExitOk;
}

int cmdPurchase(Context &ctx, const QStringList &args)
{
    return dispatch(
        ctx, args, QStringLiteral("services-credits purchase"),
        {{QStringLiteral("add"), cmdPurchaseAdd},
         {QStringLiteral("edit"), cmdPurchaseEdit},
         {QStringLiteral("list"), cmdPurchaseList},
         {QStringLiteral("show"), cmdPurchaseShow},
         {QStringLiteral("draft"), [](Context &c, const QStringList &a) { return cmdPurchaseDraft(c, a, true); }},
         {QStringLiteral("undraft"), [](Context &c, const QStringList &a) { return cmdPurchaseDraft(c, a, false); }}});
}

int cmdAllocate(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("services-credits allocate"),
                    Cli::tr("Allocate credits to a milestone: from one purchase, or automatically (non-draft, "
                            "started, unexpired purchases of the milestone's currency, earliest expiry first, then "
                            "oldest). --all-open allocates every open milestone automatically."),
                    QStringLiteral("services-credits allocate (--milestone ID (--purchase ID --credits N | --auto) | "
                                   "--all-open [--customer ID]) [--on YYYY-MM-DD] [--format table|json]"));
    p.add(QStringLiteral("milestone"), Cli::tr("Milestone ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("purchase"), Cli::tr("Purchase ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("credits"), Cli::tr("Credits to allocate."), QStringLiteral("N"));
    p.add(QStringLiteral("auto"), Cli::tr("Choose the purchases automatically."));
    p.add(QStringLiteral("all-open"), Cli::tr("Every open milestone, automatically."));
    p.add(QStringLiteral("customer"), Cli::tr("With --all-open: one customer's milestones."), QStringLiteral("ID"));
    p.add(QStringLiteral("on"), Cli::tr("The day of the allocation (default today)."), QStringLiteral("D"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto on = dateOption(p, QStringLiteral("on"));
    if (!on)
        return ExitUsage;
    const QDate day = on->isValid() ? *on : QDate::currentDate();
    const bool all = p.isSet(QStringLiteral("all-open"));
    const bool automatic = p.isSet(QStringLiteral("auto")) || all;
    if (!all && !p.isSet(QStringLiteral("milestone")))
        return usage(Cli::tr("--milestone is required (or --all-open)."));
    if (!automatic && (!p.isSet(QStringLiteral("purchase")) || !p.isSet(QStringLiteral("credits"))))
        return usage(Cli::tr("give --purchase ID --credits N, or --auto."));
    std::optional<qint64> milestone, purchase;
    if (!all && !(milestone = idOption(p, QStringLiteral("milestone"), Cli::tr("milestone"))))
        return ExitUsage;
    if (!automatic && !(purchase = idOption(p, QStringLiteral("purchase"), Cli::tr("purchase"))))
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    MilestoneService service(*ctx.db);
    if (!automatic) {
        if (Status s = service.allocate(*milestone, *purchase, p.value(QStringLiteral("credits")), day); !s)
            return failure(s.message());
        return printAllocated(p, Decimal::fromInt(p.value(QStringLiteral("credits")).toLongLong()));
    }
    QList<qint64> ids;
    if (all) {
        std::optional<qint64> customer;
        if (!optionalCustomer(p, customer))
            return ExitUsage;
        auto open = service.openMilestoneIds(customer);
        if (!open)
            return failure(open.message());
        ids = *open;
    } else {
        ids << *milestone;
    }
    auto allocated = service.allocateAuto(ids, day);
    if (!allocated)
        return failure(allocated.message());
    return printAllocated(p, *allocated);
}

int cmdRelease(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("services-credits release-allocation"),
                    Cli::tr("Lower or remove a milestone's allocation; the credits return to their purchase (and "
                            "expire at once if the purchase has expired)."),
                    QStringLiteral("services-credits release-allocation --milestone ID [--purchase ID [--credits N]] "
                                   "[--on YYYY-MM-DD]"));
    p.add(QStringLiteral("milestone"), Cli::tr("Milestone ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("purchase"), Cli::tr("Only this purchase's credits (default: all)."), QStringLiteral("ID"));
    p.add(QStringLiteral("credits"), Cli::tr("Credits to return (default: all)."), QStringLiteral("N"));
    p.add(QStringLiteral("on"), Cli::tr("The day of the return (default today)."), QStringLiteral("D"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto on = dateOption(p, QStringLiteral("on"));
    if (!on)
        return ExitUsage;
    const auto milestone = idOption(p, QStringLiteral("milestone"), Cli::tr("milestone"));
    if (!milestone)
        return ExitUsage;
    std::optional<qint64> purchase = 0;
    if (p.isSet(QStringLiteral("purchase")) &&
        !(purchase = idOption(p, QStringLiteral("purchase"), Cli::tr("purchase"))))
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    if (Status s = MilestoneService(*ctx.db).releaseAllocation(
            *milestone, *purchase, p.value(QStringLiteral("credits")), on->isValid() ? *on : QDate::currentDate());
        !s)
        return failure(s.message());
    out(Cli::tr("Credits returned."));
    return ExitOk;
}

int cmdExpire(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("services-credits expire"),
                    Cli::tr("The expiry run: what is left of every purchase past its expiry date (and the grace "
                            "period) expires, including credits allocated to milestones not completed; each expiry "
                            "is a ledger entry, nothing is deleted."),
                    QStringLiteral("services-credits expire [--as-of YYYY-MM-DD] [--format table|json]"));
    p.add(QStringLiteral("as-of"), Cli::tr("Run as of this day (default today)."), QStringLiteral("D"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto asOf = dateOption(p, QStringLiteral("as-of"));
    if (!asOf)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto r = MilestoneService(*ctx.db).expire(asOf->isValid() ? *asOf : QDate::currentDate());
    if (!r)
        return failure(r.message());
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("purchases"), r->purchases},
                            {QStringLiteral("expired"), r->expired.toString()},
                            {QStringLiteral("allocations_returned"), r->allocationsReturned}});
    else
        out(Cli::tr("%1 credits of %2 purchase(s) expired (%3 allocation(s) to milestones not completed returned "
                    "and expired).")
                .arg(r->expired.toString())
                .arg(r->purchases)
                .arg(r->allocationsReturned));
    return ExitOk;
}

} // namespace

int cmdServicesCredits(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("services-credits"),
                    {{QStringLiteral("purchase"), cmdPurchase},
                     {QStringLiteral("allocate"), cmdAllocate},
                     {QStringLiteral("release-allocation"), cmdRelease},
                     {QStringLiteral("complete-milestone"), cmdCompleteMilestone},
                     {QStringLiteral("expire"), cmdExpire},
                     {QStringLiteral("settings"), cmdServicesCreditsSettings}});
}

} // namespace bursar::app
