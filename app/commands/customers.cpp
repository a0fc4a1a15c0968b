// bursar customers list|add|show|map-account|set-provider.
#include "app/commands/command.h"
#include "core/customers/billing_parties.h"
#include "core/customers/customer.h"
#include "core/customers/customer_service.h"
#include "core/customers/tenant.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/domain/vendor.h"
#include "core/domain/vendor_account.h"
#include "core/json/records_json.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "core/storage/database_copy.h"
#include "core/users/user_service.h"

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

namespace {

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

    Listing<Customer> listing;
    listing.json = [&](const Customer &c) { return json::customer(c, tenantNames.value(c.tenantId)); };
    listing.heading = QStringLiteral("%1  %2  %3  %4")
                          .arg(Cli::tr("ID"), -8)
                          .arg(Cli::tr("Name"), -40)
                          .arg(Cli::tr("Region"), -8)
                          .arg(Cli::tr("Terms"));
    listing.line = [](const Customer &c) {
        return QStringLiteral("%1  %2  %3  %4")
            .arg(displayCustomerId(c.id), -8)
            .arg(c.name.left(40), -40)
            .arg((c.region + (c.state.isEmpty() ? QString() : u'/' + c.state)), -8)
            .arg(c.paymentTermsDays == 1 ? Cli::tr("1 day") : Cli::tr("%1 days").arg(c.paymentTermsDays));
    };
    listing.count = [](qsizetype n) { return n == 1 ? Cli::tr("1 customer") : Cli::tr("%1 customers").arg(n); };
    listing.csvHeader = QStringList{QStringLiteral("id"),
                                    QStringLiteral("name"),
                                    QStringLiteral("tenant"),
                                    QStringLiteral("region"),
                                    QStringLiteral("state"),
                                    QStringLiteral("email"),
                                    QStringLiteral("payment_terms_days")};
    listing.csv = [&](const Customer &c) {
        return QStringList{QString::number(c.id),
                           c.name,
                           tenantNames.value(c.tenantId),
                           c.region,
                           c.state,
                           c.contact.email,
                           QString::number(c.paymentTermsDays)};
    };
    print(format, *customers, listing);
    return ExitOk;
}

int cmdCustomersAdd(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("customers add"), Cli::tr("Add a customer."),
        QStringLiteral("customers add --name NAME [--region R] [--state S] [--payment-terms DAYS] [--format json]"));
    p.add(QStringLiteral("name"), Cli::tr("The customer's name (required)."), QStringLiteral("NAME"));
    p.add(QStringLiteral("region"), Cli::tr("Region (drives tax), for example US."), QStringLiteral("R"));
    p.add(QStringLiteral("state"), Cli::tr("State or province, for example WA."), QStringLiteral("S"));
    p.add(QStringLiteral("payment-terms"), Cli::tr("Payment terms in days, 0 to 365 (default 30)."),
          QStringLiteral("DAYS"));
    p.add(QStringLiteral("email"), Cli::tr("Billing email."), QStringLiteral("EMAIL"));
    p.add(QStringLiteral("tenant"), Cli::tr("Tenant ID the customer belongs to (default: the first partner)."),
          QStringLiteral("ID"));
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
            return usage(Cli::tr("--payment-terms must be a whole number of days, not “%1”.")
                             .arg(p.value(QStringLiteral("payment-terms"))));
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
        return usage(
            Cli::tr("“%1” is not a customer ID; give the number, for example 100042.").arg(p.positional().first()));
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
            sa.append(QJsonObject{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("name"), s.name},
                                  {QStringLiteral("region"), s.region},
                                  {QStringLiteral("state"), s.state},
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
        s << vendorName(pr.vendor) << ": " << (pr.enabled ? Cli::tr("enabled") : Cli::tr("disabled")) << ' '
          << pr.currency << '\n';
    for (const VendorAccount &a : *accounts)
        s << Cli::tr("Account ") << vendorName(a.vendor) << ' ' << a.accountId << '\n';
    return ExitOk;
}

/// Declares --customer and --vendor, which map-account and set-provider share.
int cmdMapAccount(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("customers map-account"),
                    Cli::tr("Map a vendor account or subscription to a customer."),
                    QStringLiteral("customers map-account --customer ID --vendor V --account ACCOUNT"));
    addCustomerAndVendor(p);
    p.add(QStringLiteral("account"), Cli::tr("Vendor account or subscription ID."), QStringLiteral("ACCOUNT"));
    p.add(QStringLiteral("label"), Cli::tr("Optional label."), QStringLiteral("TEXT"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto target = customerAndVendor(ctx, p);
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
    CommandParser p(QStringLiteral("customers set-provider"),
                    Cli::tr("Set a customer's Cloud Provider setting for a vendor."),
                    QStringLiteral("customers set-provider --customer ID --vendor V --currency CUR [--pricebook NAME] "
                                   "[--disabled]"));
    addCustomerAndVendor(p);
    p.add(QStringLiteral("currency"), Cli::tr("Invoice currency, ISO 4217 (USD, EUR, JPY ...)."),
          QStringLiteral("CUR"));
    p.add(QStringLiteral("pricebook"),
          Cli::tr("The vendor's pricebook that prices this customer (kept when not given)."), QStringLiteral("NAME"));
    p.add(QStringLiteral("disabled"), Cli::tr("Keep the vendor disabled for this customer."));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto target = customerAndVendor(ctx, p);
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

} // namespace

int cmdCustomers(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    static const std::map<QString, std::function<int(Context &, const QStringList &)>> subs{
        {QStringLiteral("list"), cmdCustomersList},       {QStringLiteral("add"), cmdCustomersAdd},
        {QStringLiteral("show"), cmdCustomersShow},       {QStringLiteral("map-account"), cmdMapAccount},
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

} // namespace bursar::app
