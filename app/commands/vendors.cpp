// bursar vendors list|add|set: the vendors Bursar bills (Settings > Vendors).
#include "app/commands/command.h"
#include "core/usage/vendor_catalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bursar::app {

namespace {

int cmdVendorsList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("vendors list"),
                    Cli::tr("The vendors Bursar bills, with the FOCUS provider names that mean each and its own "
                            "legal entities."),
                    QStringLiteral("vendors list [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto list = VendorCatalog(*ctx.db).list();
    if (!list)
        return failure(list.message());
    Listing<VendorRecord> listing;
    listing.json = [](const VendorRecord &v) {
        return QJsonObject{{QStringLiteral("key"), v.info.key},
                           {QStringLiteral("name"), v.info.name},
                           {QStringLiteral("account_label"), v.info.accountLabel},
                           {QStringLiteral("marketplace_fees_in_reports"), v.info.marketplaceFeesInReports},
                           {QStringLiteral("built_in"), v.info.builtIn},
                           {QStringLiteral("focus_providers"), QJsonArray::fromStringList(v.focusProviders)},
                           {QStringLiteral("entities"), QJsonArray::fromStringList(v.entities)}};
    };
    listing.line = [](const VendorRecord &v) {
        return QStringLiteral("%1  %2  %3  %4")
            .arg(v.info.key, -12)
            .arg(v.info.name, -20)
            .arg(v.info.accountLabel, -16)
            .arg(Cli::tr("FOCUS providers: %1").arg(v.focusProviders.join(QStringLiteral(", "))));
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n vendor(s)", nullptr, int(n)); };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

int cmdVendorsAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("vendors add"),
                    Cli::tr("Add a vendor (Oracle Cloud, IBM Cloud, a SaaS publisher): its key, its name, the FOCUS "
                            "ProviderName values that mean it and its own legal entities. Its usage, pricebooks, "
                            "credits, reports and statements then work as AWS's do."),
                    QStringLiteral("vendors add --key KEY --name NAME [--focus-provider NAME]... [--entity NAME]... "
                                   "[--account-label LABEL] [--no-marketplace-fees] [--format table|json]"));
    p.add(QStringLiteral("key"), Cli::tr("The key typed in commands and stored: oracle, ibm-cloud."),
          QStringLiteral("KEY"));
    p.add(QStringLiteral("name"), Cli::tr("The name clerks know it by: Oracle Cloud."), QStringLiteral("NAME"));
    p.add(QStringLiteral("focus-provider"),
          Cli::tr("A FOCUS ProviderName that means this vendor (repeat for several)."), QStringLiteral("NAME"));
    p.add(QStringLiteral("entity"),
          Cli::tr("One of the vendor's own legal entities: a publisher among them is not a marketplace seller "
                  "(repeat for several)."),
          QStringLiteral("NAME"));
    p.add(QStringLiteral("account-label"), Cli::tr("What the vendor calls an account (default: account)."),
          QStringLiteral("LABEL"));
    p.add(QStringLiteral("no-marketplace-fees"),
          Cli::tr("The vendor's marketplace fees are not billed (as Azure Marketplace's are not)."));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("key")) || !p.isSet(QStringLiteral("name")))
        return usage(Cli::tr("--key and --name are required, for example: bursar vendors add --key oracle --name "
                             "\"Oracle Cloud\" --focus-provider Oracle."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    NewVendor v;
    v.key = p.value(QStringLiteral("key"));
    v.name = p.value(QStringLiteral("name"));
    v.accountLabel = p.value(QStringLiteral("account-label"));
    v.marketplaceFeesInReports = !p.isSet(QStringLiteral("no-marketplace-fees"));
    v.focusProviders = p.parser.values(QStringLiteral("focus-provider"));
    v.entities = p.parser.values(QStringLiteral("entity"));
    auto added = VendorCatalog(*ctx.db).add(v);
    if (!added)
        return failure(added.message());
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("key"), vendorKey(*added)}, {QStringLiteral("name"), vendorName(*added)}});
    else
        out(Cli::tr("Vendor added: %1 (%2).").arg(vendorName(*added), vendorKey(*added)));
    return ExitOk;
}

int cmdVendorsSet(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("vendors set"),
                    Cli::tr("Add or remove a vendor's FOCUS provider names and legal entities."),
                    QStringLiteral("vendors set KEY [--add-focus-provider NAME]... [--remove-focus-provider NAME]... "
                                   "[--add-entity NAME]... [--remove-entity NAME]..."));
    p.add(QStringLiteral("add-focus-provider"), Cli::tr("A FOCUS ProviderName that means this vendor."),
          QStringLiteral("NAME"));
    p.add(QStringLiteral("remove-focus-provider"), Cli::tr("A FOCUS ProviderName that no longer means it."),
          QStringLiteral("NAME"));
    p.add(QStringLiteral("add-entity"), Cli::tr("One of the vendor's own legal entities."), QStringLiteral("NAME"));
    p.add(QStringLiteral("remove-entity"), Cli::tr("A legal entity to remove."), QStringLiteral("NAME"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.positional().size() != 1)
        return usage(Cli::tr("give one vendor key, for example: bursar vendors set oracle --add-focus-provider "
                             "\"Oracle Cloud Infrastructure\"."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    const auto vendor = vendorFromText(p.positional().first());
    if (!vendor)
        return usage(Cli::tr("“%1” is not a vendor Bursar bills; use %2 (bursar vendors list).")
                         .arg(p.positional().first(), vendorKeyChoices()));
    VendorChange change;
    change.addFocusProviders = p.parser.values(QStringLiteral("add-focus-provider"));
    change.removeFocusProviders = p.parser.values(QStringLiteral("remove-focus-provider"));
    change.addEntities = p.parser.values(QStringLiteral("add-entity"));
    change.removeEntities = p.parser.values(QStringLiteral("remove-entity"));
    if (Status s = VendorCatalog(*ctx.db).change(*vendor, change); !s)
        return failure(s.message());
    out(Cli::tr("Vendor saved: %1.").arg(vendorName(*vendor)));
    return ExitOk;
}

} // namespace

int cmdVendors(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("vendors"),
                    {{QStringLiteral("list"), cmdVendorsList},
                     {QStringLiteral("add"), cmdVendorsAdd},
                     {QStringLiteral("set"), cmdVendorsSet}});
}

} // namespace bursar::app
