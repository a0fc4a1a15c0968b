// bursar opportunity add|add-product|list|show|create-purchases, bursar project
// add|list|milestone add|list|complete-milestone|reopen-milestone, services-credits settings and
// bursar report services-credits (issue 15).
#include "app/commands/command.h"
#include "app/commands/services_credits_common.h"
#include "core/json/services_credits_json.h"
#include "core/servicescredits/services_credit_report.h"
#include "core/servicescredits/services_credit_service.h"

namespace bursar::app {

namespace {

int cmdOpportunityAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("opportunity add"), Cli::tr("Add an opportunity for a customer."),
                    QStringLiteral("opportunity add --customer ID --name T [--close-date D] [--format json]"));
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("name"), Cli::tr("Name."), QStringLiteral("T"));
    p.add(QStringLiteral("close-date"), Cli::tr("Close date (YYYY-MM-DD)."), QStringLiteral("D"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto customer = customerOption(p);
    if (!customer)
        return usage(customer.message());
    const auto close = dateOption(p, QStringLiteral("close-date"));
    if (!close)
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    auto id = OpportunityService(*ctx.db).add(*customer, p.value(QStringLiteral("name")), *close);
    if (!id)
        return failure(id.message());
    return printId(p, *id, Cli::tr("Opportunity %1 added.").arg(*id));
}

int cmdOpportunityAddProduct(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("opportunity add-product"),
                    Cli::tr("Add a product to an opportunity; one with --credits can become a services credits "
                            "purchase."),
                    QStringLiteral("opportunity add-product --opportunity ID --name T --quantity Q --price P "
                                   "[--credits N] [--format json]"));
    p.add(QStringLiteral("opportunity"), Cli::tr("Opportunity ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("name"), Cli::tr("Product name."), QStringLiteral("T"));
    p.add(QStringLiteral("quantity"), Cli::tr("Quantity."), QStringLiteral("Q"));
    p.add(QStringLiteral("price"), Cli::tr("Unit price."), QStringLiteral("P"));
    p.add(QStringLiteral("credits"), Cli::tr("Services credits the product carries."), QStringLiteral("N"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto opportunity = idOption(p, QStringLiteral("opportunity"), Cli::tr("opportunity"));
    if (!opportunity)
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    auto id = OpportunityService(*ctx.db).addProduct(
        *opportunity, p.value(QStringLiteral("name")), p.value(QStringLiteral("quantity")),
        p.value(QStringLiteral("price")), p.value(QStringLiteral("credits")));
    if (!id)
        return failure(id.message());
    return printId(p, *id, Cli::tr("Product %1 added.").arg(*id));
}

int cmdOpportunityList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("opportunity list"), Cli::tr("Opportunities, newest first."),
                    QStringLiteral("opportunity list [--customer ID] [--format table|json]"));
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    std::optional<qint64> customer;
    if (!optionalCustomer(p, customer))
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    auto list = OpportunityService(*ctx.db).list(customer);
    if (!list)
        return failure(list.message());
    Listing<Opportunity> listing;
    listing.json = json::opportunity;
    listing.line = [](const Opportunity &o) {
        return Cli::tr("%1  %2  %3  %4 product(s), %5 without a purchase yet")
            .arg(o.id, -6)
            .arg(displayCustomerId(o.customerId), o.name.leftJustified(30))
            .arg(o.products)
            .arg(o.eligible);
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n opportunity(s)", nullptr, int(n)); };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

int cmdOpportunityShow(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("opportunity show"), Cli::tr("An opportunity with its products."),
                    QStringLiteral("opportunity show ID [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto ids = idArguments(p, Cli::tr("opportunity"));
    if (!ids)
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    OpportunityService service(*ctx.db);
    auto o = service.opportunity(ids->first());
    if (!o)
        return failure(o.message());
    auto products = service.products(o->id);
    if (!products)
        return failure(products.message());
    if (p.chosenFormat == Format::Json) {
        QJsonObject j = json::opportunity(*o);
        QJsonArray a;
        for (const OpportunityProduct &pr : *products)
            a.append(json::opportunityProduct(pr));
        j.insert(QStringLiteral("product_lines"), a);
        outJson(j);
        return ExitOk;
    }
    QString text =
        Cli::tr("Opportunity %1 — %2, customer %3\n").arg(o->id).arg(o->name, displayCustomerId(o->customerId));
    for (const OpportunityProduct &pr : *products)
        text += Cli::tr("  %1  %2  %3 × %4  credits %5%6\n")
                    .arg(pr.id, -6)
                    .arg(pr.name.leftJustified(30), pr.quantity.toString(), pr.unitPrice.toString(2),
                         pr.credits ? QString::number(pr.credits) : QStringLiteral("-"),
                         pr.purchaseId ? Cli::tr("  purchase %1").arg(pr.purchaseId) : QString());
    out(text);
    return ExitOk;
}

int cmdOpportunityCreatePurchases(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("opportunity create-purchases"),
                    Cli::tr("Create Services Credits Customer Purchase: one purchase per product with services "
                            "credits and no purchase yet; value and amount paid per credit = the product's total / "
                            "its credits, exact; start today, expiry one year later."),
                    QStringLiteral("opportunity create-purchases ID [--currency C] [--start D] [--expires D] "
                                   "[--draft] [--format table|json]"));
    p.add(QStringLiteral("currency"), Cli::tr("Currency of the purchases (default USD)."), QStringLiteral("C"));
    p.add(QStringLiteral("start"), Cli::tr("Start date (default today)."), QStringLiteral("D"));
    p.add(QStringLiteral("expires"), Cli::tr("Expiry date (default one year after the start)."), QStringLiteral("D"));
    p.add(QStringLiteral("draft"), Cli::tr("Create them as drafts."));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto ids = idArguments(p, Cli::tr("opportunity"));
    if (!ids)
        return ExitUsage;
    const auto start = dateOption(p, QStringLiteral("start"));
    const auto expires = dateOption(p, QStringLiteral("expires"));
    if (!start || !expires)
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    OpportunityService service(*ctx.db);
    const QString currency =
        p.isSet(QStringLiteral("currency")) ? p.value(QStringLiteral("currency")) : QStringLiteral("USD");
    const QDate today = start->isValid() ? *start : QDate::currentDate();
    auto defaults = service.purchaseDefaults(ids->first(), currency, today);
    if (!defaults)
        return failure(defaults.message());
    QList<PurchaseFromProduct> chosen = *defaults;
    for (PurchaseFromProduct &c : chosen) {
        if (expires->isValid())
            c.expiryDate = *expires;
        c.draft = c.draft || p.isSet(QStringLiteral("draft"));
    }
    auto products = service.products(ids->first());
    if (!products)
        return failure(products.message());
    auto created = service.createPurchases(ids->first(), chosen);
    if (!created)
        return failure(created.message());
    PurchaseService purchases(*ctx.db);
    QJsonArray made, skipped;
    QString text;
    for (qint64 id : *created) {
        auto s = purchases.purchase(id);
        if (!s)
            return failure(s.message());
        made.append(json::servicesPurchase(*s));
        text += Cli::tr("Purchase %1: %2 credits at %3 %4 (%5)\n")
                    .arg(id)
                    .arg(s->credits)
                    .arg(shown(s->valuePerCredit, s->currency), s->currency, s->description);
    }
    for (const OpportunityProduct &pr : *products)
        if (pr.credits <= 0 || pr.purchaseId) {
            skipped.append(
                QJsonObject{{QStringLiteral("product_id"), pr.id},
                            {QStringLiteral("name"), pr.name},
                            {QStringLiteral("reason"),
                             pr.purchaseId ? QStringLiteral("has a purchase") : QStringLiteral("no credits")},
                            {QStringLiteral("purchase_id"), pr.purchaseId ? QJsonValue(pr.purchaseId) : QJsonValue()}});
            text += Cli::tr("Skipped product %1 (%2): %3\n")
                        .arg(pr.id)
                        .arg(pr.name, pr.purchaseId ? Cli::tr("it has purchase %1").arg(pr.purchaseId)
                                                    : Cli::tr("it carries no services credits"));
        }
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("created"), made}, {QStringLiteral("skipped"), skipped}});
    else
        out(text.isEmpty() ? Cli::tr("Nothing to create.") : text);
    return ExitOk;
}

int cmdProjectAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("project add"), Cli::tr("Add a project for a customer."),
                    QStringLiteral("project add --customer ID --name T [--format json]"));
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("name"), Cli::tr("Name."), QStringLiteral("T"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto customer = customerOption(p);
    if (!customer)
        return usage(customer.message());
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    auto id = MilestoneService(*ctx.db).addProject(*customer, p.value(QStringLiteral("name")));
    if (!id)
        return failure(id.message());
    return printId(p, *id, Cli::tr("Project %1 added.").arg(*id));
}

int cmdMilestoneAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("project milestone add"), Cli::tr("Add a milestone to a project."),
                    QStringLiteral("project milestone add --project ID --name T --credits N [--due D] [--currency C] "
                                   "[--format json]"));
    p.add(QStringLiteral("project"), Cli::tr("Project ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("name"), Cli::tr("Name."), QStringLiteral("T"));
    p.add(QStringLiteral("credits"), Cli::tr("Credits required."), QStringLiteral("N"));
    p.add(QStringLiteral("due"), Cli::tr("Due date (YYYY-MM-DD)."), QStringLiteral("D"));
    p.add(QStringLiteral("currency"), Cli::tr("Currency of its credits (default: its first allocation's)."),
          QStringLiteral("C"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto project = idOption(p, QStringLiteral("project"), Cli::tr("project"));
    const auto due = dateOption(p, QStringLiteral("due"));
    if (!project || !due)
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    auto id = MilestoneService(*ctx.db).addMilestone(*project, p.value(QStringLiteral("name")),
                                                     p.value(QStringLiteral("credits")), *due,
                                                     p.value(QStringLiteral("currency")));
    if (!id)
        return failure(id.message());
    return printId(p, *id, Cli::tr("Milestone %1 added.").arg(*id));
}

int cmdMilestoneList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("project milestone list"), Cli::tr("Milestones with their credits."),
                    QStringLiteral("project milestone list [--project ID] [--format table|json]"));
    p.add(QStringLiteral("project"), Cli::tr("Project ID."), QStringLiteral("ID"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    std::optional<qint64> project;
    if (p.isSet(QStringLiteral("project")) && !(project = idOption(p, QStringLiteral("project"), Cli::tr("project"))))
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    auto list = MilestoneService(*ctx.db).milestones(project);
    if (!list)
        return failure(list.message());
    Listing<Milestone> listing;
    listing.json = json::milestone;
    listing.line = [](const Milestone &m) {
        return Cli::tr("%1  project %2  %3  needs %4, allocated %5, redeemed %6 %7  %8")
            .arg(m.id, -6)
            .arg(m.projectId)
            .arg(m.name.leftJustified(24))
            .arg(m.creditsRequired)
            .arg(m.allocated.toString(), m.redeemed.toString(), m.currency,
                 m.status == MilestoneStatus::Completed
                     ? Cli::tr("completed %1").arg(m.completedOn.toString(Qt::ISODate))
                     : Cli::tr("open"));
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n milestone(s)", nullptr, int(n)); };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

int cmdProjectList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("project list"), Cli::tr("Projects with their milestones."),
                    QStringLiteral("project list [--customer ID] [--format table|json]"));
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    std::optional<qint64> customer;
    if (!optionalCustomer(p, customer))
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    MilestoneService service(*ctx.db);
    auto list = service.projects(customer);
    if (!list)
        return failure(list.message());
    Listing<Project> listing;
    listing.json = [&service](const Project &pr) {
        QJsonObject o = json::project(pr);
        QJsonArray a;
        if (auto ms = service.milestones(pr.id))
            for (const Milestone &m : *ms)
                a.append(json::milestone(m));
        o.insert(QStringLiteral("milestone_list"), a);
        return o;
    };
    listing.line = [](const Project &pr) {
        return Cli::tr("%1  %2  %3  %4 milestone(s)")
            .arg(pr.id, -6)
            .arg(displayCustomerId(pr.customerId), pr.name.leftJustified(30))
            .arg(pr.milestones);
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n project(s)", nullptr, int(n)); };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

int cmdReopenMilestone(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("project reopen-milestone"),
                    Cli::tr("Correct a completion: the redemptions are reversed (recorded, with the reason), the "
                            "credits are allocated to the milestone again and it is open."),
                    QStringLiteral("project reopen-milestone ID --reason T [--on D]"));
    p.add(QStringLiteral("reason"), Cli::tr("Why the completion is corrected."), QStringLiteral("T"));
    p.add(QStringLiteral("on"), Cli::tr("The day of the correction (default today)."), QStringLiteral("D"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto ids = idArguments(p, Cli::tr("milestone"));
    const auto on = dateOption(p, QStringLiteral("on"));
    if (!ids || !on)
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    if (Status s = MilestoneService(*ctx.db).reopenMilestone(ids->first(), p.value(QStringLiteral("reason")),
                                                             on->isValid() ? *on : QDate::currentDate());
        !s)
        return failure(s.message());
    out(Cli::tr("Milestone %1 reopened.").arg(ids->first()));
    return ExitOk;
}

int cmdMilestone(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("project milestone"),
                    {{QStringLiteral("add"), cmdMilestoneAdd}, {QStringLiteral("list"), cmdMilestoneList}});
}

} // namespace

int cmdCompleteMilestone(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("project complete-milestone"),
                    Cli::tr("Complete a milestone: its allocated credits are redeemed (recorded and dated)."),
                    QStringLiteral("project complete-milestone ID [--on YYYY-MM-DD]"));
    p.add(QStringLiteral("on"), Cli::tr("The day it was completed (default today)."), QStringLiteral("D"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto ids = idArguments(p, Cli::tr("milestone"));
    const auto on = dateOption(p, QStringLiteral("on"));
    if (!ids || !on)
        return ExitUsage;
    if (int rc = openServicesCredits(ctx); rc != ExitOk)
        return rc;
    for (qint64 id : *ids)
        if (Status s = MilestoneService(*ctx.db).completeMilestone(id, on->isValid() ? *on : QDate::currentDate()); !s)
            return failure(s.message());
    out(Cli::tr("Completed; the credits are redeemed."));
    return ExitOk;
}

int cmdServicesCreditsSettings(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("services-credits settings"),
                    Cli::tr("Settings > Services Credits: show them, or change those given."),
                    QStringLiteral("services-credits settings [--paid-equals-value on|off] [--new-draft on|off] "
                                   "[--manual-allocation on|off] [--allocate-after-expiry on|off] [--grace-days N] "
                                   "[--format table|json]"));
    const QStringList flags{QStringLiteral("paid-equals-value"), QStringLiteral("new-draft"),
                            QStringLiteral("manual-allocation"), QStringLiteral("allocate-after-expiry")};
    for (const QString &f : flags)
        p.add(f, Cli::tr("on or off."), QStringLiteral("on|off"));
    p.add(QStringLiteral("grace-days"), Cli::tr("Days after the expiry date before credits expire."),
          QStringLiteral("N"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    ServicesCreditSettingsService service(*ctx.db);
    auto loaded = service.load();
    if (!loaded)
        return failure(loaded.message());
    ServicesCreditSettings settings = *loaded;
    ServicesCreditSettings *s = &settings;
    bool *fields[] = {&s->paidEqualsValue, &s->newPurchasesDraft, &s->manualAllocation, &s->allocateAfterExpiry};
    bool changed = false;
    for (qsizetype i = 0; i < flags.size(); ++i)
        if (p.isSet(flags[i])) {
            const QString v = p.value(flags[i]).toLower();
            if (v != QLatin1String("on") && v != QLatin1String("off"))
                return usage(Cli::tr("--%1 is on or off, not “%2”.").arg(flags[i], v));
            *fields[i] = v == QLatin1String("on");
            changed = true;
        }
    if (p.isSet(QStringLiteral("grace-days"))) {
        bool ok = false;
        s->graceDays = p.value(QStringLiteral("grace-days")).toInt(&ok);
        if (!ok)
            return usage(
                Cli::tr("--grace-days is a number of days, not “%1”.").arg(p.value(QStringLiteral("grace-days"))));
        changed = true;
    }
    if (changed)
        if (Status r = service.save(*s); !r)
            return failure(r.message());
    const QJsonObject o{{QStringLiteral("paid_equals_value"), s->paidEqualsValue},
                        {QStringLiteral("new_purchases_draft"), s->newPurchasesDraft},
                        {QStringLiteral("manual_allocation"), s->manualAllocation},
                        {QStringLiteral("allocate_after_expiry"), s->allocateAfterExpiry},
                        {QStringLiteral("grace_days"), s->graceDays}};
    if (p.chosenFormat == Format::Json) {
        outJson(o);
    } else {
        QString text;
        for (auto it = o.begin(); it != o.end(); ++it)
            text += QStringLiteral("%1: %2\n")
                        .arg(it.key(), it.value().isBool()
                                           ? (it.value().toBool() ? QStringLiteral("on") : QStringLiteral("off"))
                                           : QString::number(it.value().toInt()));
        out(text);
    }
    return ExitOk;
}

int cmdOpportunity(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("opportunity"),
                    {{QStringLiteral("add"), cmdOpportunityAdd},
                     {QStringLiteral("add-product"), cmdOpportunityAddProduct},
                     {QStringLiteral("list"), cmdOpportunityList},
                     {QStringLiteral("show"), cmdOpportunityShow},
                     {QStringLiteral("create-purchases"), cmdOpportunityCreatePurchases}});
}

int cmdProject(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("project"),
                    {{QStringLiteral("add"), cmdProjectAdd},
                     {QStringLiteral("list"), cmdProjectList},
                     {QStringLiteral("milestone"), cmdMilestone},
                     {QStringLiteral("complete-milestone"), cmdCompleteMilestone},
                     {QStringLiteral("reopen-milestone"), cmdReopenMilestone}});
}

} // namespace bursar::app
