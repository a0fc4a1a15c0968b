// bursar import usage, bursar usage history|unmapped|credits|entities.
#include "app/commands/command.h"
#include "core/billing/credit_service.h"
#include "core/domain/billing_period.h"
#include "core/domain/currency_total.h"
#include "core/pricing/pricing_service.h"
#include "core/usage/usage_importer.h"
#include "core/usage/usage_records.h"
#include "core/usage/vendor_catalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <map>

namespace bursar::app {

namespace {

QJsonArray totalsJson(const QList<WideCurrencyTotal> &totals)
{
    QJsonArray a;
    for (const WideCurrencyTotal &t : totals)
        a.append(QJsonObject{{QStringLiteral("currency"), t.currency}, {QStringLiteral("cost"), t.cost.toString()}});
    return a;
}

QString totalsText(const QList<WideCurrencyTotal> &totals)
{
    QStringList parts;
    for (const WideCurrencyTotal &t : totals)
        parts << t.currency + u' ' + t.cost.toString();
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

QJsonArray vendorKeys(const QList<Vendor> &vendors)
{
    QJsonArray a;
    for (Vendor v : vendors)
        a.append(vendorKey(v));
    return a;
}

int cmdImportUsage(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("import usage"),
                    Cli::tr("Import a vendor usage file (FOCUS, AWS CUR, Azure cost details, Partner Center). The "
                            "whole file imports or nothing does; the same file twice changes nothing, and a file "
                            "with the same usage as an earlier import is refused."),
                    QStringLiteral("import usage FILE [--vendor V] [--as FORMAT] [--replaces IMPORT] "
                                   "[--skip-provider NAME]... [--format table|json]"));
    p.add(QStringLiteral("vendor"),
          Cli::tr("Vendor key (bursar vendors list), for FOCUS files that do not name their provider."),
          QStringLiteral("V"));
    p.add(QStringLiteral("as"),
          Cli::tr("The file's format when its header does not tell: focus, aws-cur, azure, "
                  "partner-center."),
          QStringLiteral("FORMAT"));
    p.add(QStringLiteral("replaces"),
          Cli::tr("An earlier import of an unbilled period that this file replaces (a re-issued month): it stays "
                  "in the history as replaced and no longer counts."),
          QStringLiteral("IMPORT"));
    p.add(QStringLiteral("skip-provider"),
          Cli::tr("A FOCUS provider (ProviderName) whose rows are left out, on record; repeat for several."),
          QStringLiteral("NAME"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.positional().size() != 1)
        return usage(Cli::tr("import usage needs one file, for example: bursar import usage september-focus.csv"));
    ImportOptions options;
    options.skipProviders = p.parser.values(QStringLiteral("skip-provider"));
    if (p.isSet(QStringLiteral("replaces"))) {
        bool ok = false;
        options.replaces = p.value(QStringLiteral("replaces")).toLongLong(&ok);
        if (!ok || options.replaces <= 0)
            return usage(Cli::tr("--replaces takes the ID of an import (bursar usage history lists them), not “%1”.")
                             .arg(p.value(QStringLiteral("replaces"))));
    }
    if (p.isSet(QStringLiteral("vendor"))) {
        auto v = vendorOption(ctx, p);
        if (!v)
            return usage(v.message());
        options.vendor = *v;
    }
    if (p.isSet(QStringLiteral("as"))) {
        options.format = usageFormatFromKey(p.value(QStringLiteral("as")));
        if (!options.format)
            return usage(Cli::tr("--as must be focus, aws-cur, azure or partner-center, not “%1”.")
                             .arg(p.value(QStringLiteral("as"))));
    }
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto result = UsageImporter(*ctx.db).importFile(p.positional().first(), options);
    if (!result)
        return failure(result.message());
    const ImportSummary &s = *result;
    if (p.chosenFormat == Format::Json) {
        QJsonArray unmapped, skipped;
        const QJsonArray vendors = vendorKeys(s.vendors);
        for (const QString &a : s.unmappedAccounts)
            unmapped.append(a);
        for (const SkippedProvider &k : s.skippedProviders)
            skipped.append(QJsonObject{{QStringLiteral("provider"), k.provider}, {QStringLiteral("rows"), k.rows}});
        outJson(QJsonObject{
            {QStringLiteral("import_id"), s.importId},
            {QStringLiteral("already_imported"), s.alreadyImported},
            {QStringLiteral("earlier_file"), s.alreadyImported ? QJsonValue(s.earlierFileName) : QJsonValue()},
            {QStringLiteral("file"), s.fileName},
            {QStringLiteral("sha256"), s.sha256},
            {QStringLiteral("format"), usageFormatKey(s.format)},
            {QStringLiteral("vendor"), vendorKey(s.vendor)},
            {QStringLiteral("rows"), s.rows},
            {QStringLiteral("lines_imported"), s.alreadyImported ? 0 : s.lines},
            {QStringLiteral("lines"), s.lines},
            {QStringLiteral("ignored_rows"), s.ignored},
            {QStringLiteral("periods"), QJsonArray::fromStringList(s.periods)},
            {QStringLiteral("unmapped_accounts"), unmapped},
            {QStringLiteral("totals"), totalsJson(s.totals)},
            {QStringLiteral("replaces"), s.replacedImport ? QJsonValue(s.replacedImport) : QJsonValue()},
            {QStringLiteral("vendors"), vendors},
            {QStringLiteral("skipped_providers"), skipped},
        });
        return ExitOk;
    }
    if (s.alreadyImported) {
        out(Cli::tr("%1 was already imported as %2 on %3 by %4 (import %5); nothing changed.")
                .arg(s.fileName, s.earlierFileName, s.importedAt, s.importedBy)
                .arg(s.importId));
        return ExitOk;
    }
    QString text = Cli::tr("Imported %1 (%2, %3): %4 rows, %5 usage lines, %6 Free Tier rows ignored; periods %7; "
                           "cost %8.")
                       .arg(s.fileName, usageFormatName(s.format), vendorNames(s.vendors, s.vendor))
                       .arg(s.rows)
                       .arg(s.lines)
                       .arg(s.ignored)
                       .arg(s.periods.join(QStringLiteral(", ")), totalsText(s.totals));
    if (!s.unmappedAccounts.isEmpty())
        text += u'\n' + Cli::tr("%n account(s) are not mapped to a customer yet: %1. Map them with bursar customers "
                                "map-account; their usage then counts without a second import.",
                                nullptr, int(s.unmappedAccounts.size()))
                            .arg(s.unmappedAccounts.mid(0, 20).join(QStringLiteral(", ")));
    for (const SkippedProvider &k : s.skippedProviders)
        text += u'\n' + Cli::tr("Left out as asked: the rows of “%1” (%2).").arg(k.provider).arg(k.rows);
    if (s.replacedImport != 0)
        text += u'\n' + Cli::tr("Import %1 is replaced by this one: it stays in the history and no longer counts.")
                            .arg(s.replacedImport);
    out(text);
    return ExitOk;
}

int cmdUsageHistory(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("usage history"), Cli::tr("List imported usage files, newest first."),
                    QStringLiteral("usage history [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto history = UsageImporter(*ctx.db).history();
    if (!history)
        return failure(history.message());
    Listing<ImportRecord> listing;
    listing.json = [](const ImportRecord &r) {
        return QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("vendor"), vendorKey(r.vendor)},
            {QStringLiteral("format"), r.format},
            {QStringLiteral("file"), r.fileName},
            {QStringLiteral("sha256"), r.sha256},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("lines"), r.lines},
            {QStringLiteral("ignored_rows"), r.ignored},
            {QStringLiteral("imported_at"), r.importedAt},
            {QStringLiteral("imported_by"), r.importedBy},
            {QStringLiteral("totals"), totalsJson(r.totals)},
            {QStringLiteral("vendors"), vendorKeys(r.vendors)},
            {QStringLiteral("replaced_by"), r.replacedBy ? QJsonValue(r.replacedBy) : QJsonValue()},
            {QStringLiteral("replaced_at"), r.replacedBy ? QJsonValue(r.replacedAt) : QJsonValue()},
            {QStringLiteral("replaced_by_user"), r.replacedBy ? QJsonValue(r.replacedByUser) : QJsonValue()}};
    };
    listing.line = [](const ImportRecord &r) {
        QString line = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                           .arg(r.id, 5)
                           .arg(r.importedAt, vendorName(r.vendor), r.format, r.fileName)
                           .arg(r.lines)
                           .arg(totalsText(r.totals), r.importedBy);
        if (r.replacedBy)
            line += u"  " + Cli::tr("replaced by import %1 on %2 by %3")
                                .arg(QString::number(r.replacedBy), r.replacedAt, r.replacedByUser);
        return line;
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n import(s)", nullptr, int(n)); };
    print(p.chosenFormat, *history, listing);
    return ExitOk;
}

int cmdUsageUnmapped(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("usage unmapped"),
                    Cli::tr("List vendor accounts with imported usage that no customer is mapped to."),
                    QStringLiteral("usage unmapped [--vendor V] [--format table|json]"));
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
    auto accounts = UsageImporter(*ctx.db).unmappedAccounts(vendor);
    if (!accounts)
        return failure(accounts.message());
    if (p.chosenFormat == Format::Json) {
        QJsonArray a;
        for (const UnmappedAccount &u : *accounts)
            a.append(QJsonObject{{QStringLiteral("vendor"), vendorKey(u.vendor)},
                                 {QStringLiteral("account_id"), u.accountId},
                                 {QStringLiteral("periods"), QJsonArray::fromStringList(u.periods)},
                                 {QStringLiteral("lines"), u.lines},
                                 {QStringLiteral("totals"), totalsJson(u.totals)}});
        outJson(a);
        return ExitOk;
    }
    QString text;
    for (const UnmappedAccount &u : *accounts)
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(vendorName(u.vendor), u.accountId, u.periods.join(u','), totalsText(u.totals));
    text += Cli::tr("%n unmapped account(s)", nullptr, int(accounts->size()));
    out(text);
    return ExitOk;
}

int cmdUsageCredits(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("usage credits"),
        Cli::tr("List the credits the vendor gave in its usage files, per customer and account, so they can "
                "be issued as customer credits. They are never passed on by themselves."),
        QStringLiteral("usage credits --vendor V --period YYYY-MM [--to YYYY-MM] [--customer ID] [--issue] "
                       "[--format table|json]"));
    p.add(QStringLiteral("vendor"), Cli::tr("Vendor key: aws, microsoft, google, or one from bursar vendors list."),
          QStringLiteral("V"));
    p.add(QStringLiteral("period"), Cli::tr("The billing period (the first one with --to)."),
          QStringLiteral("YYYY-MM"));
    p.add(QStringLiteral("to"), Cli::tr("The last period of a range."), QStringLiteral("YYYY-MM"));
    p.add(QStringLiteral("customer"), Cli::tr("Only this customer's vendor credits."), QStringLiteral("ID"));
    p.add(QStringLiteral("issue"),
          Cli::tr("Issue every listed vendor credit not issued yet as a customer credit of its amount, rounded to "
                  "the currency's units: all in one transaction, or none when one cannot be (an account without "
                  "a customer, an amount that is not a credit). One that rounds to nothing is passed over."));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto vendor = vendorOption(ctx, p);
    if (!vendor)
        return usage(vendor.message());
    std::optional<qint64> customer;
    if (p.isSet(QStringLiteral("customer"))) {
        auto id = customerOption(p);
        if (!id)
            return usage(id.message());
        customer = *id;
    }
    const QString from = p.value(QStringLiteral("period"));
    const QString to = p.isSet(QStringLiteral("to")) ? p.value(QStringLiteral("to")) : from;
    if (!isPeriod(from) || !isPeriod(to))
        return usage(
            Cli::tr("--period (and --to) must be a billing period written YYYY-MM, for example --period 2026-09."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto read = UsageImporter(*ctx.db).vendorCredits(*vendor, from, to);
    if (!read)
        return failure(read.message());
    QList<VendorCredit> *credits = &read.value();
    if (customer)
        credits->removeIf([&](const VendorCredit &c) { return c.customerId != *customer; });
    qsizetype issued = -1; // -1: not asked to issue
    if (p.isSet(QStringLiteral("issue"))) {
        QList<VendorCredit> open;
        QList<qsizetype> where;
        for (qsizetype i = 0; i < credits->size(); ++i)
            if (credits->at(i).issuedCreditId == 0) {
                open << credits->at(i);
                where << i;
            }
        issued = 0;
        if (!open.isEmpty()) {
            auto ids = CreditService(*ctx.db).issueVendorCredits(open);
            if (!ids)
                return failure(ids.message());
            for (qsizetype i = 0; i < where.size(); ++i) {
                (*credits)[where[i]].issuedCreditId = ids->at(i);
                issued += ids->at(i) != 0 ? 1 : 0;
            }
        }
    }
    if (p.chosenFormat == Format::Json) {
        QJsonArray a;
        for (const VendorCredit &c : *credits)
            a.append(QJsonObject{
                {QStringLiteral("customer_id"), c.customerId ? QJsonValue(c.customerId) : QJsonValue()},
                {QStringLiteral("customer"), c.customerName},
                {QStringLiteral("account_id"), c.accountId},
                {QStringLiteral("period"), c.period},
                {QStringLiteral("product"), c.product},
                {QStringLiteral("currency"), c.currency},
                {QStringLiteral("amount"), c.amount.toString()},
                {QStringLiteral("lines"), c.lines},
                {QStringLiteral("issued_credit_id"), c.issuedCreditId ? QJsonValue(c.issuedCreditId) : QJsonValue()}});
        outJson(a);
        return ExitOk;
    }
    QString text;
    for (const VendorCredit &c : *credits)
        text += QStringLiteral("%1  %2  %3  %4  %5  %6 %7%8\n")
                    .arg(c.customerId ? displayCustomerId(c.customerId) : Cli::tr("(no customer)"), c.customerName,
                         c.accountId, c.period, c.product, c.currency, c.amount.toString(),
                         c.issuedCreditId ? Cli::tr("  issued as credit %1").arg(c.issuedCreditId) : QString());
    text += Cli::tr("%n vendor credit(s)", nullptr, int(credits->size()));
    if (issued >= 0)
        text += u'\n' + Cli::tr("Issued %n customer credit(s).", nullptr, int(issued));
    out(text);
    return ExitOk;
}

int cmdUsageEntities(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("usage entities"),
                    Cli::tr("List, add or remove a vendor's own legal entities. A usage row whose publisher is not "
                            "one of them is a marketplace charge."),
                    QStringLiteral("usage entities --vendor V [--add NAME | --remove NAME] [--format table|json]"));
    p.add(QStringLiteral("vendor"), Cli::tr("Vendor key: aws, microsoft, google, or one from bursar vendors list."),
          QStringLiteral("V"));
    p.add(QStringLiteral("add"), Cli::tr("Add this legal name."), QStringLiteral("NAME"));
    p.add(QStringLiteral("remove"), Cli::tr("Remove this legal name."), QStringLiteral("NAME"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto vendor = vendorOption(ctx, p);
    if (!vendor)
        return usage(vendor.message());
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    VendorEntities entities(*ctx.db);
    if (p.isSet(QStringLiteral("add")))
        if (Status s = entities.add(*vendor, p.value(QStringLiteral("add"))); !s)
            return failure(s.message());
    if (p.isSet(QStringLiteral("remove")))
        if (Status s = entities.remove(*vendor, p.value(QStringLiteral("remove"))); !s)
            return failure(s.message());
    auto names = entities.list(*vendor);
    if (!names)
        return failure(names.message());
    if (p.chosenFormat == Format::Json)
        outJson(QJsonArray::fromStringList(*names));
    else
        out(names->join(u'\n'));
    return ExitOk;
}

} // namespace

int cmdImport(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("usage"))
        return cmdImportUsage(ctx, args.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] import usage FILE [--vendor V] [--as FORMAT] [--format json]"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("unknown import command “%1”; use: bursar import usage FILE").arg(sub));
}

int cmdUsage(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("usage"),
                    {{QStringLiteral("history"), cmdUsageHistory},
                     {QStringLiteral("unmapped"), cmdUsageUnmapped},
                     {QStringLiteral("credits"), cmdUsageCredits},
                     {QStringLiteral("entities"), cmdUsageEntities}});
}

} // namespace bursar::app
