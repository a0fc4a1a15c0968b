#include "app/cli.h"
#include "app/cli_support.h"
#include "core/json/records_json.h"

#include "core/customers/customer_service.h"
#include "core/pricing/pricing_service.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/database_copy.h"
#include "core/users/user_service.h"
#include "core/customers/billing_parties.h"
#include "core/customers/customer.h"
#include "core/customers/tenant.h"
#include "core/domain/vendor.h"
#include "core/domain/vendor_account.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

namespace bursar::app {

using namespace bursar::core;

namespace {

// ---- commands -------------------------------------------------------------------------

int cmdDemo(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("demo"), Cli::tr("Fill an empty database with deterministic demo data."),
                    QStringLiteral("demo --customers N [--seed S] [--format table|json]"));
    p.add(QStringLiteral("customers"), Cli::tr("Number of customers to create (default 500)."), QStringLiteral("N"));
    p.add(QStringLiteral("seed"), Cli::tr("Seed; the same seed gives the same data (default 1)."), QStringLiteral("S"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const Format format = p.chosenFormat;
    bool ok = true;
    const int customers = p.isSet(QStringLiteral("customers")) ? p.value(QStringLiteral("customers")).toInt(&ok) : 500;
    if (!ok || customers < 1)
        return usage(Cli::tr("--customers must be a whole number of at least 1, not “%1”.").arg(p.value(QStringLiteral("customers"))));
    const quint64 seed = p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toULongLong(&ok) : 1;
    if (!ok)
        return usage(Cli::tr("--seed must be a whole number, not “%1”.").arg(p.value(QStringLiteral("seed"))));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    QElapsedTimer timer;
    timer.start();
    auto summary = generateDemoData(*ctx.db, customers, seed);
    if (!summary)
        return failure(summary.error().message);
    auto usage = generateDemoUsage(*ctx.db, QDate::currentDate(), seed);
    if (!usage)
        return failure(usage.error().message);
    auto billing = generateDemoBilling(*ctx.db, QDate::currentDate(), seed);
    if (!billing)
        return failure(billing.error().message);
    if (format == Format::Json) {
        QJsonObject o;
        o[QStringLiteral("database")] = ctx.db->location();
        o[QStringLiteral("tenants")] = summary->tenants;
        o[QStringLiteral("customers")] = summary->customers;
        o[QStringLiteral("vendor_accounts")] = summary->vendorAccounts;
        o[QStringLiteral("billing_profiles")] = summary->billingProfiles;
        o[QStringLiteral("subscriptions")] = summary->subscriptions;
        o[QStringLiteral("payment_methods")] = summary->paymentMethods;
        o[QStringLiteral("usage_files")] = usage->files;
        o[QStringLiteral("usage_lines")] = usage->lines;
        o[QStringLiteral("pricebooks")] = usage->pricebooks;
        o[QStringLiteral("credits")] = billing->credits;
        o[QStringLiteral("tax_rates")] = billing->taxRates;
        o[QStringLiteral("exchange_rates")] = billing->exchangeRates;
        o[QStringLiteral("milliseconds")] = static_cast<qint64>(timer.elapsed());
        outJson(o);
    } else {
        out(Cli::tr("Demo data written to %1: %2 customers, %3 vendor accounts, %4 subscriptions, %5 pricebooks, "
                    "%6 usage lines from %7 files, %8 credits, %9 tax rates in %10 ms.")
                .arg(ctx.db->location())
                .arg(summary->customers)
                .arg(summary->vendorAccounts)
                .arg(summary->subscriptions)
                .arg(usage->pricebooks)
                .arg(usage->lines)
                .arg(usage->files)
                .arg(billing->credits)
                .arg(billing->taxRates)
                .arg(timer.elapsed()));
    }
    return ExitOk;
}

int cmdCustomersList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("customers list"), Cli::tr("List customers."),
                    QStringLiteral("customers list [--format table|json|csv]"));
    p.addFormat({Format::Table, Format::Json, Format::Csv});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const Format format = p.chosenFormat;
    if (!p.positional().isEmpty())
        return usage(Cli::tr("customers list takes no arguments; “%1” is extra.").arg(p.positional().first()));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    CustomerService service(*ctx.db);
    auto tenants = service.tenants();
    if (!tenants)
        return failure(tenants.error().message);
    QHash<qint64, QString> tenantNames;
    for (const Tenant &t : *tenants)
        tenantNames.insert(t.id, t.name);
    auto customers = service.allCustomers();
    if (!customers)
        return failure(customers.error().message);

    QTextStream s(stdout);
    if (format == Format::Json) {
        QJsonArray a;
        for (const Customer &c : *customers)
            a.append(json::customer(c, tenantNames.value(c.tenantId)));
        outJson(a);
    } else if (format == Format::Csv) {
        s << "id,name,tenant,region,state,email,payment_terms_days\r\n";
        for (const Customer &c : *customers)
            s << c.id << ',' << csvCell(c.name) << ',' << csvCell(tenantNames.value(c.tenantId)) << ','
              << csvCell(c.region) << ',' << csvCell(c.state) << ',' << csvCell(c.contact.email) << ','
              << c.paymentTermsDays << "\r\n";
    } else {
        s << QStringLiteral("%1  %2  %3  %4\n").arg(Cli::tr("ID"), -8).arg(Cli::tr("Name"), -40).arg(Cli::tr("Region"), -8).arg(Cli::tr("Terms"));
        for (const Customer &c : *customers)
            s << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(displayCustomerId(c.id), -8)
                     .arg(c.name.left(40), -40)
                     .arg((c.region + (c.state.isEmpty() ? QString() : u'/' + c.state)), -8)
                     .arg(c.paymentTermsDays == 1 ? Cli::tr("1 day") : Cli::tr("%1 days").arg(c.paymentTermsDays));
        s << (customers->size() == 1 ? Cli::tr("1 customer") : Cli::tr("%1 customers").arg(customers->size())) << '\n';
    }
    return ExitOk;
}

int cmdCustomersAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("customers add"), Cli::tr("Add a customer."),
                    QStringLiteral("customers add --name NAME [--region R] [--state S] [--payment-terms DAYS] [--format json]"));
    p.add(QStringLiteral("name"), Cli::tr("The customer's name (required)."), QStringLiteral("NAME"));
    p.add(QStringLiteral("region"), Cli::tr("Region (drives tax), for example US."), QStringLiteral("R"));
    p.add(QStringLiteral("state"), Cli::tr("State or province, for example WA."), QStringLiteral("S"));
    p.add(QStringLiteral("payment-terms"), Cli::tr("Payment terms in days, 0 to 365 (default 30)."), QStringLiteral("DAYS"));
    p.add(QStringLiteral("email"), Cli::tr("Billing email."), QStringLiteral("EMAIL"));
    p.add(QStringLiteral("tenant"), Cli::tr("Tenant ID the customer belongs to (default: the first partner)."), QStringLiteral("ID"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const Format format = p.chosenFormat;
    if (!p.isSet(QStringLiteral("name")))
        return usage(Cli::tr("--name is required: bursar customers add --name \"Acme Inc.\""));
    Customer c;
    c.name = p.value(QStringLiteral("name"));
    c.region = p.value(QStringLiteral("region"));
    c.state = p.value(QStringLiteral("state"));
    c.contact.email = p.value(QStringLiteral("email"));
    if (p.isSet(QStringLiteral("payment-terms"))) {
        bool ok = false;
        c.paymentTermsDays = p.value(QStringLiteral("payment-terms")).toInt(&ok);
        if (!ok)
            return usage(Cli::tr("--payment-terms must be a whole number of days, not “%1”.").arg(p.value(QStringLiteral("payment-terms"))));
    }
    if (p.isSet(QStringLiteral("tenant"))) {
        bool ok = false;
        c.tenantId = p.value(QStringLiteral("tenant")).toLongLong(&ok);
        if (!ok || c.tenantId <= 0)
            return usage(Cli::tr("--tenant must be a tenant ID, not “%1”.").arg(p.value(QStringLiteral("tenant"))));
    }
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto id = CustomerService(*ctx.db).addCustomer(c);
    if (!id)
        return failure(id.error().message);
    if (format == Format::Json)
        outJson(QJsonObject{{QStringLiteral("id"), *id}});
    else
        out(Cli::tr("Added customer %1.").arg(displayCustomerId(*id)));
    return ExitOk;
}

int cmdCustomersShow(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("customers show"), Cli::tr("Show one customer with its billing setup."),
                    QStringLiteral("customers show ID [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const Format format = p.chosenFormat;
    if (p.positional().size() != 1)
        return usage(Cli::tr("customers show needs one customer ID, for example: bursar customers show 100042"));
    auto id = parseCustomerId(p.positional().first());
    if (!id)
        return usage(Cli::tr("“%1” is not a customer ID; give the number, for example 100042.").arg(p.positional().first()));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    CustomerService service(*ctx.db);
    auto c = service.customer(*id);
    if (!c)
        return failure(c.error().message);
    auto providers = service.providers(*id);
    auto accounts = service.accounts(*id);
    auto subs = service.subscriptions(*id);
    if (!providers || !accounts || !subs)
        return failure(!providers ? providers.message() : !accounts ? accounts.message() : subs.message());
    QString tenantName;
    if (auto tenants = service.tenants())
        for (const Tenant &t : *tenants)
            if (t.id == c->tenantId)
                tenantName = t.name;
    if (format == Format::Json) {
        QJsonObject o = json::customer(*c, tenantName);
        QJsonArray pa;
        for (const CustomerProvider &pr : *providers)
            pa.append(QJsonObject{{QStringLiteral("vendor"), vendorKey(pr.vendor)},
                                  {QStringLiteral("enabled"), pr.enabled},
                                  {QStringLiteral("currency"), pr.currency}});
        o[QStringLiteral("providers")] = pa;
        QJsonArray aa;
        for (const VendorAccount &a : *accounts)
            aa.append(QJsonObject{{QStringLiteral("vendor"), vendorKey(a.vendor)},
                                  {QStringLiteral("account"), a.accountId},
                                  {QStringLiteral("label"), a.label}});
        o[QStringLiteral("accounts")] = aa;
        QJsonArray sa;
        for (const Subscription &s : *subs)
            sa.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name},
                                  {QStringLiteral("region"), s.region}, {QStringLiteral("state"), s.state},
                                  {QStringLiteral("default"), s.isDefault}});
        o[QStringLiteral("subscriptions")] = sa;
        outJson(o);
        return ExitOk;
    }
    QTextStream s(stdout);
    s << displayCustomerId(c->id) << "  " << c->name << '\n';
    s << Cli::tr("Tenant: ") << tenantName << '\n';
    s << Cli::tr("Region: ") << c->region << ' ' << c->state << Cli::tr("  Terms: ") << c->paymentTermsDays << '\n';
    for (const CustomerProvider &pr : *providers)
        s << vendorName(pr.vendor) << ": " << (pr.enabled ? Cli::tr("enabled") : Cli::tr("disabled")) << ' ' << pr.currency << '\n';
    for (const VendorAccount &a : *accounts)
        s << Cli::tr("Account ") << vendorName(a.vendor) << ' ' << a.accountId << '\n';
    return ExitOk;
}

/// Declares --customer and --vendor, which map-account and set-provider share.
int cmdMapAccount(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("customers map-account"), Cli::tr("Map a vendor account or subscription to a customer."),
                    QStringLiteral("customers map-account --customer ID --vendor aws|microsoft|google --account ACCOUNT"));
    addCustomerAndVendor(p);
    p.add(QStringLiteral("account"), Cli::tr("Vendor account or subscription ID."), QStringLiteral("ACCOUNT"));
    p.add(QStringLiteral("label"), Cli::tr("Optional label."), QStringLiteral("TEXT"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto target = customerAndVendor(p);
    if (!target)
        return ExitUsage;
    const auto [customer, vendor] = *target;
    if (!p.isSet(QStringLiteral("account")))
        return usage(Cli::tr("--account is required: the vendor account or subscription ID."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    Status s = CustomerService(*ctx.db).mapAccount(
        VendorAccount{vendor, p.value(QStringLiteral("account")), customer, p.value(QStringLiteral("label"))});
    if (!s)
        return failure(s.error().message);
    out(Cli::tr("Mapped %1 account %2 to customer %3.")
            .arg(vendorName(vendor), p.value(QStringLiteral("account")).trimmed(), displayCustomerId(customer)));
    return ExitOk;
}

int cmdSetProvider(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("customers set-provider"), Cli::tr("Set a customer's Cloud Provider setting for a vendor."),
                    QStringLiteral("customers set-provider --customer ID --vendor V --currency CUR [--pricebook NAME] "
                                   "[--disabled]"));
    addCustomerAndVendor(p);
    p.add(QStringLiteral("currency"), Cli::tr("Invoice currency, ISO 4217 (USD, EUR, JPY ...)."), QStringLiteral("CUR"));
    p.add(QStringLiteral("pricebook"), Cli::tr("The vendor's pricebook that prices this customer (kept when not given)."),
          QStringLiteral("NAME"));
    p.add(QStringLiteral("disabled"), Cli::tr("Keep the vendor disabled for this customer."));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto target = customerAndVendor(p);
    if (!target)
        return ExitUsage;
    const auto [customer, vendor] = *target;
    if (!p.isSet(QStringLiteral("currency")))
        return usage(Cli::tr("--currency is required: the invoice currency, for example USD."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    CustomerService service(*ctx.db);
    CustomerProvider provider;
    provider.vendor = vendor;
    provider.enabled = !p.isSet(QStringLiteral("disabled"));
    provider.currency = p.value(QStringLiteral("currency"));
    if (auto current = service.providers(customer)) {
        for (const CustomerProvider &c : *current)
            if (c.vendor == vendor)
                provider.pricebookId = c.pricebookId;
    } else {
        return failure(current.message());
    }
    if (p.isSet(QStringLiteral("pricebook"))) {
        auto book = PricingService(*ctx.db).pricebook(vendor, p.value(QStringLiteral("pricebook")));
        if (!book)
            return failure(book.message());
        provider.pricebookId = book->id;
    }
    if (Status s = service.setProvider(customer, provider); !s)
        return failure(s.error().message);
    auto saved = service.providers(customer);
    QString book;
    if (saved)
        for (const CustomerProvider &c : *saved)
            if (c.vendor == vendor)
                book = c.pricebookName;
    out(Cli::tr("Customer %1: %2 %3, invoice currency %4, pricebook %5.")
            .arg(displayCustomerId(customer), vendorName(vendor),
                 provider.enabled ? Cli::tr("enabled") : Cli::tr("disabled"), provider.currency.trimmed().toUpper(),
                 book.isEmpty() ? Cli::tr("none") : book));
    return ExitOk;
}

int cmdDb(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("path")) {
        CommandParser p(QStringLiteral("db path"), Cli::tr("Print the database path Bursar uses."),
                        QStringLiteral("db path [--if-exists]"));
        p.add(QStringLiteral("if-exists"), Cli::tr("Print nothing when the database file does not exist yet."));
        if (int rc = p.parse(rest); rc >= 0)
            return rc;
        const QString path = ctx.global.database.isEmpty() ? Database::defaultPath()
                                                           : QFileInfo(ctx.global.database).absoluteFilePath();
        if (!p.isSet(QStringLiteral("if-exists")) || QFileInfo::exists(path))
            out(path);
        return ExitOk;
    }
    if (sub == QLatin1String("check")) {
        CommandParser p(QStringLiteral("db check"), Cli::tr("Check the database file for damage."), QStringLiteral("db check"));
        if (int rc = p.parse(rest); rc >= 0)
            return rc;
        if (int rc = ctx.openDatabase(); rc != ExitOk)
            return rc;
        if (Status s = ctx.db->checkIntegrity(); !s)
            return failure(s.error().message);
        out(Cli::tr("%1: schema %2, no damage found.").arg(ctx.db->location()).arg(ctx.db->schemaVersion()));
        return ExitOk;
    }
    if (sub == QLatin1String("copy")) {
        CommandParser p(QStringLiteral("db copy"),
                        Cli::tr("Copy a single-clerk SQLite database into a new, empty shared PostgreSQL database, "
                                "then verify every table."),
                        QStringLiteral("db copy --from FILE --to postgresql://... [--format table|json]"));
        p.add(QStringLiteral("from"), Cli::tr("The SQLite database file to copy."), QStringLiteral("FILE"));
        p.add(QStringLiteral("to"), Cli::tr("The new PostgreSQL database, as a URL."), QStringLiteral("URL"));
        p.addFormat({Format::Table, Format::Json});
        if (int rc = p.parse(rest); rc >= 0)
            return rc;
        const Format format = p.chosenFormat;
        const QString from = p.value(QStringLiteral("from")), to = p.value(QStringLiteral("to"));
        if (from.isEmpty() || to.isEmpty())
            return usage(Cli::tr("db copy needs --from FILE and --to postgresql://user@host/dbname."));
        if (Database::isPostgresUrl(from))
            return usage(Cli::tr("--from must be a SQLite file; “%1” is a PostgreSQL URL.").arg(from));
        if (!QFileInfo::exists(from))
            return failure(Cli::tr("The database file “%1” does not exist.").arg(from));
        if (!Database::isPostgresUrl(to))
            return usage(Cli::tr("--to must be a PostgreSQL URL such as postgresql://user@host/dbname, not “%1”.").arg(to));
        auto source = Database::open(from);
        if (!source)
            return failure(source.error().message);
        auto target = Database::open(to);
        if (!target)
            return failure(target.error().message);
        auto copied = DatabaseCopy::copy(**source, **target);
        if (!copied)
            return failure(copied.error().message);
        if (format == Format::Json) {
            QJsonArray tables;
            for (const TableCopy &t : *copied)
                tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                          {QStringLiteral("rows"), t.rows},
                                          {QStringLiteral("fingerprint"), t.fingerprint}});
            outJson(QJsonObject{{QStringLiteral("from"), (*source)->location()},
                                {QStringLiteral("to"), (*target)->location()},
                                {QStringLiteral("tables"), tables},
                                {QStringLiteral("verified"), true}});
        } else {
            QTextStream s(stdout);
            for (const TableCopy &t : *copied)
                s << QStringLiteral("%1 %2 rows, verified\n").arg(t.table, -20).arg(t.rows);
            s << Cli::tr("Copied %1 to %2.").arg((*source)->location(), (*target)->location()) << '\n';
        }
        return ExitOk;
    }
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] db path|check|copy"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("unknown db command “%1”; use path, check or copy.").arg(sub));
}

int cmdTenantsList(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("tenants list"), Cli::tr("List the tenant tree."),
                    QStringLiteral("tenants list [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const Format format = p.chosenFormat;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    CustomerService service(*ctx.db);
    auto tenants = service.tenants();
    auto counts = service.customerCountsByTenant();
    if (!tenants || !counts)
        return failure(!tenants ? tenants.message() : counts.message());
    if (format == Format::Json) {
        QJsonArray a;
        for (const Tenant &t : *tenants)
            a.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("parent_id"), t.parentId ? QJsonValue(*t.parentId) : QJsonValue()},
                                 {QStringLiteral("kind"), t.kind == TenantKind::Distributor ? QStringLiteral("distributor")
                                                                                            : QStringLiteral("partner")},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("customers"), counts->value(t.id)}});
        outJson(a);
        return ExitOk;
    }
    const QHash<qint64, int> depth = tenantDepths(*tenants);
    QTextStream s(stdout);
    for (const Tenant &t : *tenants)
        s << QStringLiteral("%1  %2%3  (%4)\n")
                 .arg(t.id, 4)
                 .arg(QString(depth.value(t.id) * 2, u' '), t.name)
                 .arg(counts->value(t.id));
    return ExitOk;
}

int cmdTenantsAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("tenants add"), Cli::tr("Add a distributor (no --parent) or a partner below --parent."),
                    QStringLiteral("tenants add --name NAME [--parent ID] [--format table|json]"));
    p.add(QStringLiteral("name"), Cli::tr("The tenant's name."), QStringLiteral("NAME"));
    p.add(QStringLiteral("parent"), Cli::tr("The tenant it belongs to; without it, a new distributor."), QStringLiteral("ID"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const Format format = p.chosenFormat;
    if (!p.isSet(QStringLiteral("name")))
        return usage(Cli::tr("--name is required: bursar tenants add --name \"Partner Ltd\" --parent 1"));
    std::optional<qint64> parent;
    if (p.isSet(QStringLiteral("parent"))) {
        bool ok = false;
        parent = p.value(QStringLiteral("parent")).toLongLong(&ok);
        if (!ok || *parent <= 0)
            return usage(Cli::tr("--parent must be a tenant ID, not “%1”.").arg(p.value(QStringLiteral("parent"))));
    }
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto id = CustomerService(*ctx.db).addTenant(parent ? TenantKind::Partner : TenantKind::Distributor, parent,
                                                 p.value(QStringLiteral("name")));
    if (!id)
        return failure(id.error().message);
    if (format == Format::Json)
        outJson(QJsonObject{{QStringLiteral("id"), *id}});
    else
        out(Cli::tr("Added tenant %1.").arg(*id));
    return ExitOk;
}

int cmdTenants(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return cmdTenantsList(ctx, args.mid(1));
    if (sub == QLatin1String("add"))
        return cmdTenantsAdd(ctx, args.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] tenants list|add [--help]"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("unknown tenants command “%1”; use list or add.").arg(sub));
}

QJsonObject userJson(const User &u)
{
    QJsonArray privileges;
    for (Privilege p : allPrivileges())
        if (u.privileges.contains(p))
            privileges.append(privilegeKey(p));
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("name"), u.name},
                       {QStringLiteral("login"), u.dbLogin.isEmpty() ? QJsonValue() : QJsonValue(u.dbLogin)},
                       {QStringLiteral("privileges"), privileges}};
}

int cmdUsers(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list")) {
        CommandParser p(QStringLiteral("users list"), Cli::tr("List Bursar users and their privileges."),
                        QStringLiteral("users list [--format table|json]"));
        p.addFormat({Format::Table, Format::Json});
        if (int rc = p.parse(rest); rc >= 0)
            return rc;
        const Format format = p.chosenFormat;
        if (int rc = ctx.openDatabase(); rc != ExitOk)
            return rc;
        auto users = UserService(*ctx.db).users();
        if (!users)
            return failure(users.error().message);
        if (format == Format::Json) {
            QJsonArray a;
            for (const User &u : *users)
                a.append(userJson(u));
            outJson(a);
        } else {
            QTextStream s(stdout);
            for (const User &u : *users)
                s << u.name << (u.dbLogin.isEmpty() ? QString() : QStringLiteral(" (login %1)").arg(u.dbLogin)) << ": "
                  << userJson(u).value(QStringLiteral("privileges")).toVariant().toStringList().join(QStringLiteral(", "))
                  << '\n';
        }
        return ExitOk;
    }
    if (sub == QLatin1String("add") || sub == QLatin1String("grant") || sub == QLatin1String("revoke")) {
        const bool add = sub == QLatin1String("add");
        CommandParser p(QStringLiteral("users ") + sub,
                        add ? Cli::tr("Add a Bursar user.") : sub == QLatin1String("grant") ? Cli::tr("Grant privileges.")
                                                                                            : Cli::tr("Revoke privileges."),
                        add ? QStringLiteral("users add --name NAME [--login LOGIN] (--privileges P1,P2,... | --all)")
                            : QStringLiteral("users %1 --name NAME (--privileges P1,P2,... | --all)").arg(sub));
        p.add(QStringLiteral("name"), Cli::tr("The user's name."), QStringLiteral("NAME"));
        if (add)
            p.add(QStringLiteral("login"), Cli::tr("The PostgreSQL login that acts as this user (shared databases)."),
                  QStringLiteral("LOGIN"));
        p.add(QStringLiteral("privileges"), Cli::tr("Comma-separated privileges, for example ARDOCS_CREATE,MANAGE_CUSTOMERS."),
              QStringLiteral("LIST"));
        p.add(QStringLiteral("all"), Cli::tr("Every privilege."));
        p.addFormat({Format::Table, Format::Json});
        if (int rc = p.parse(rest); rc >= 0)
            return rc;
        const Format format = p.chosenFormat;
        if (p.value(QStringLiteral("name")).trimmed().isEmpty())
            return usage(Cli::tr("--name is required: the Bursar user's name."));
        if (p.isSet(QStringLiteral("all")) == p.isSet(QStringLiteral("privileges")))
            return usage(Cli::tr("Give either --privileges P1,P2,... or --all."));
        QSet<Privilege> privileges;
        if (p.isSet(QStringLiteral("all"))) {
            const QList<Privilege> all = allPrivileges();
            privileges = QSet<Privilege>(all.cbegin(), all.cend());
        } else {
            auto parsed = UserService::parsePrivileges(p.value(QStringLiteral("privileges")));
            if (!parsed)
                return usage(parsed.error().message);
            privileges = *parsed;
        }
        if (int rc = ctx.openDatabase(); rc != ExitOk)
            return rc;
        UserService users(*ctx.db);
        const QString name = p.value(QStringLiteral("name"));
        if (add) {
            auto id = users.add(name, p.value(QStringLiteral("login")), privileges);
            if (!id)
                return failure(id.error().message);
            if (format == Format::Json)
                outJson(QJsonObject{{QStringLiteral("id"), *id}});
            else
                out(Cli::tr("Added user %1.").arg(name.trimmed()));
            return ExitOk;
        }
        Status s = sub == QLatin1String("grant") ? users.grant(name, privileges) : users.revoke(name, privileges);
        if (!s)
            return failure(s.error().message);
        out(Cli::tr("Privileges of %1 changed.").arg(name.trimmed()));
        return ExitOk;
    }
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] users list|add|grant|revoke [--help]"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("unknown users command “%1”; use list, add, grant or revoke.").arg(sub));
}

int cmdCustomers(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    static const std::map<QString, std::function<int(Context &, const QStringList &)>> subs{
        {QStringLiteral("list"), cmdCustomersList},
        {QStringLiteral("add"), cmdCustomersAdd},
        {QStringLiteral("show"), cmdCustomersShow},
        {QStringLiteral("map-account"), cmdMapAccount},
        {QStringLiteral("set-provider"), cmdSetProvider},
    };
    if (auto it = subs.find(sub); it != subs.end())
        return it->second(ctx, rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] customers list|add|show|map-account|set-provider [--help]"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("unknown customers command “%1”; use list, add, show, map-account or set-provider.").arg(sub));
}

} // namespace

void printError(const QString &message)
{
    QString oneLine = message.simplified();
    const QByteArray line = QByteArray("bursar: ") + oneLine.toUtf8() + '\n';
    std::fputs(line.constData(), stderr);
}

GlobalOptions parseGlobalOptions(const QStringList &args)
{
    GlobalOptions g;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!g.command.isEmpty()) {
            g.commandArgs << a;
        } else if (a == QLatin1String("--database") || a == QLatin1String("-d")) {
            if (i + 1 >= args.size()) {
                g.usageError = Cli::tr("--database needs a path, for example --database ~/bursar.sqlite");
                return g;
            }
            g.database = args.at(++i);
            if (g.database.trimmed().isEmpty())
                g.usageError = Cli::tr("--database needs a path, for example --database ~/bursar.sqlite");
        } else if (a.startsWith(QLatin1String("--database="))) {
            g.database = a.mid(11);
            if (g.database.trimmed().isEmpty())
                g.usageError = Cli::tr("--database needs a path, for example --database=~/bursar.sqlite");
        } else if (a == QLatin1String("--user")) {
            if (i + 1 >= args.size() || args.at(i + 1).trimmed().isEmpty()) {
                g.usageError = Cli::tr("--user needs a Bursar user name, for example --user alice");
                return g;
            }
            g.user = args.at(++i);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            g.help = true;
        } else if (a == QLatin1String("--version")) {
            g.version = true;
        } else if (a.startsWith(u'-')) {
            // Qt's own GUI options (-platform, -style ...) pass through to QApplication.
            if (a == QLatin1String("-platform") || a == QLatin1String("-style") || a == QLatin1String("-qwindowgeometry"))
                ++i;
            else if (!a.startsWith(QLatin1String("-reverse")) && !a.startsWith(QLatin1String("-qmljsdebugger")))
                g.usageError = Cli::tr("unknown option “%1” (see bursar --help)").arg(a);
        } else {
            g.command = a;
        }
    }
    return g;
}

bool needsGui(const GlobalOptions &options)
{
    return options.command == QLatin1String("invoices") &&
           (options.commandArgs.value(0) == QLatin1String("export") || options.commandArgs.value(0) == QLatin1String("account"));
}

QString mainHelp()
{
    return Cli::tr("Usage: bursar [--database PATH] [COMMAND [ARGS...]]\n"
              "\n"
              "Without a command Bursar opens its window. With one it runs headless.\n"
              "\n"
              "Global options:\n"
              "  --database PATH   a SQLite file (default: %1) or a postgresql:// URL\n"
              "  --user NAME       act as this Bursar user (SQLite files; the administrator by default)\n"
              "  --help            this help; COMMAND --help for a command's own\n"
              "  --version         print the version\n"
              "\n"
              "Commands:\n"
              "  demo --customers N [--seed S]       fill an empty database with demo data\n"
              "  customers list [--format table|json|csv]\n"
              "  customers add --name NAME [--region R] [--state S] [--payment-terms DAYS] [--format json]\n"
              "  customers show ID [--format json]\n"
              "  customers map-account --customer ID --vendor aws|microsoft|google --account ACCOUNT\n"
              "  customers set-provider --customer ID --vendor V --currency CUR [--pricebook NAME] [--disabled]\n"
              "  tenants list [--format table|json]  the tenant tree with customer counts\n"
              "  tenants add --name NAME [--parent ID] [--format json]\n"
              "  users list [--format table|json]\n"
              "  users add --name NAME [--login LOGIN] (--privileges P1,P2,... | --all)\n"
              "  users grant|revoke --name NAME (--privileges P1,P2,... | --all)\n"
              "  import usage FILE [--vendor V] [--as focus|aws-cur|azure|partner-center] [--format json]\n"
              "  usage history|unmapped [--format table|json]   imported files; accounts without a customer\n"
              "  usage credits --vendor V --period YYYY-MM      the vendor's credits per customer and account\n"
              "  usage entities --vendor V [--add NAME | --remove NAME]   the vendor's own legal entities\n"
              "  pricebooks add --name NAME --vendor V [--uplift P | --discount P] [--effective YYYY-MM-DD]\n"
              "  pricebooks set --name NAME --vendor V (--uplift P | --discount P) [--product PRODUCT] [--effective D]\n"
              "  pricebooks list [--vendor V] [--format table|json]\n"
              "  pricing global|charges|support add|list|end ...   discounts/uplifts, custom charges, support plans\n"
              "  report billing --vendor V --period YYYY-MM [--to YYYY-MM] [--format table|json|csv]\n"
              "  credits add --customer ID --vendor V --currency C --amount A [--comment T] [--expires YYYY-MM-DD]\n"
              "              [--marketplace] [--corrects CREDIT]   typed positive, stored negative\n"
              "  credits list [--customer ID] [--vendor V] [--format table|json|csv]\n"
              "  credits show CREDIT | credits void CREDIT --reason T\n"
              "  invoices generate --vendor V --period YYYY-MM (--all | --customer ID...) [--apply-credits] [--tax]\n"
              "                    [--marketplace-fees] [--marketplace-credits] [--format table|json]\n"
              "  invoices list [--customer ID] [--vendor V] [--period P [--to P]] [--status S] [--format table|json|csv]\n"
              "  invoices show ID|NUMBER [--currency C] [--format table|json]\n"
              "  invoices approve (ID... | --all [filters]) [--date YYYY-MM-DD]   numbers the drafts\n"
              "  invoices delete ID...               deletes drafts; their credits return\n"
              "  invoices numbering [--pattern P]    the statement number pattern\n"
              "  invoices export (ID... | --vendor V --period YYYY-MM) --as pdf|csv|detailed-csv --out DIR\n"
              "                  [--pattern P] [--paper a4|letter] [--pdfa] [--csv-bom] [--csv-semicolon]\n"
              "  invoices account --customer ID [--as-of YYYY-MM-DD] --out FILE.pdf   statement of account\n"
              "  tax set --region R [--state S] --rate PERCENT [--from YYYY-MM-DD] [--name NAME] | tax list\n"
              "  rates set --from C --to C --rate R [--date YYYY-MM-DD] | rates list   exchange rates\n"
              "  db path [--if-exists]               print the database path\n"
              "  db check                            check the database for damage\n"
              "  db copy --from FILE --to postgresql://...   move a SQLite database into a new shared one\n"
              "\n"
              "Exit codes: 0 success, 1 failure, 2 wrong usage. Errors are one line on stderr.\n")
        .arg(Database::defaultPath());
}

int runCommand(const GlobalOptions &options)
{
    Context ctx{options, nullptr};
    static const std::map<QString, std::function<int(Context &, const QStringList &)>> commands{
        {QStringLiteral("demo"), cmdDemo},
        {QStringLiteral("customers"), cmdCustomers},
        {QStringLiteral("tenants"), cmdTenants},
        {QStringLiteral("users"), cmdUsers},
        {QStringLiteral("db"), cmdDb},
        {QStringLiteral("import"), cmdImport},
        {QStringLiteral("usage"), cmdUsage},
        {QStringLiteral("pricebooks"), cmdPricebooks},
        {QStringLiteral("pricing"), cmdPricing},
        {QStringLiteral("report"), cmdReport},
        {QStringLiteral("credits"), cmdCredits},
        {QStringLiteral("invoices"), cmdInvoices},
        {QStringLiteral("tax"), cmdTax},
        {QStringLiteral("rates"), cmdRates},
    };
    if (auto it = commands.find(options.command); it != commands.end())
        return it->second(ctx, options.commandArgs);
    return usage(Cli::tr("unknown command “%1” (see bursar --help)").arg(options.command));
}

} // namespace bursar::app
