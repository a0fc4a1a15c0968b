#pragma once
// What every command of the command line shares: output, exit codes, the command parser,
// the database context and the options several commands take.

#include "app/cli.h"
#include "app/commands/printer.h"
#include "core/customers/customer.h"
#include "core/domain/vendor.h"
#include "core/formats/csv.h"
#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace bursar::app {

using namespace bursar::core;

/// Translation context of the command line's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(bursar::app::Cli)
};

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

/// A usage error is one line; the command's --help tells the rest.
inline int usage(const QString &message)
{
    printError(message);
    return ExitUsage;
}

inline int failure(const QString &message)
{
    printError(message);
    return ExitFailure;
}

/// An amount in its currency's minor units ("12.50", "1250").
inline QString money(const Decimal &d, const QString &currency)
{
    return d.toString(Currencies::lookup(currency).minorUnits);
}

/// One CSV cell, quoted by core's one CSV rule (core/formats/csv.h).
inline QString csvCell(const QString &s)
{
    return QString::fromUtf8(csvField(s));
}

/// Options shared by every command.
struct Context
{
    const GlobalOptions &global;
    std::unique_ptr<Database> db;

    /// Whether there is a database to read already: a PostgreSQL URL, or a file that exists.
    bool databaseExists() const
    {
        const QString path = global.database.isEmpty() ? Database::defaultPath() : global.database;
        return Database::isPostgresUrl(path) || QFileInfo::exists(path);
    }

    int openDatabase()
    {
        if (db)
            return ExitOk;
        QString path = global.database;
        if (path.isEmpty()) {
            path = Database::defaultPath();
            QDir().mkpath(QFileInfo(path).absolutePath());
        }
        auto opened = Database::open(path);
        if (!opened)
            return failure(opened.error().message);
        db = std::move(opened).value();
        if (!global.user.isEmpty()) {
            if (db->dialect() == Dialect::PostgreSQL)
                return usage(
                    Cli::tr("--user works on SQLite files only; on PostgreSQL the database login is the user."));
            if (Status s = db->actAs(global.user); !s)
                return failure(s.error().message);
        }
        return ExitOk;
    }
};

inline QString formatName(Format f)
{
    return f == Format::Table  ? QStringLiteral("table")
           : f == Format::Json ? QStringLiteral("json")
                               : QStringLiteral("csv");
}

inline QString formatNames(const QList<Format> &allowed)
{
    QStringList names;
    for (Format f : allowed)
        names << formatName(f);
    return names.join(u'|');
}

/// Parses a command's own options; --help prints the command's help and exits 0.
struct CommandParser
{
    QCommandLineParser parser;
    QString name;
    QString synopsis;

    CommandParser(QString commandName, QString description, QString syn)
        : name(std::move(commandName)), synopsis(std::move(syn))
    {
        parser.setApplicationDescription(description);
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")});
    }
    void add(const QString &option, const QString &description, const QString &valueName = {})
    {
        parser.addOption(valueName.isEmpty() ? QCommandLineOption(option, description)
                                             : QCommandLineOption(option, description, valueName));
    }
    /// Returns -1 to go on, or an exit code.
    int parse(const QStringList &args)
    {
        if (!parser.parse(QStringList{QStringLiteral("bursar")} + args))
            return usage(parser.errorText() + Cli::tr(" (see bursar %1 --help)").arg(name));
        if (parser.isSet(QStringLiteral("help"))) {
            QString help = parser.helpText();
            help.replace(0, help.indexOf(u'\n'), QStringLiteral("Usage: bursar [--database PATH] ") + synopsis);
            out(help);
            return ExitOk;
        }
        if (!formats.isEmpty()) {
            const auto chosen = format();
            if (!chosen)
                return ExitUsage;
            chosenFormat = *chosen;
        }
        return -1;
    }
    /// Declares --format with the formats this command prints; the first is the default.
    void addFormat(std::initializer_list<Format> allowed)
    {
        formats = allowed;
        add(QStringLiteral("format"),
            Cli::tr("Output: %1 (default %2).").arg(formatNames(formats), formatName(formats.first())),
            QStringLiteral("FORMAT"));
    }
    /// The chosen format, or nothing after printing a usage error.
    std::optional<Format> format() const
    {
        const QString v = parser.value(QStringLiteral("format")).toLower();
        if (v.isEmpty())
            return formats.first();
        for (Format f : formats)
            if (formatName(f) == v)
                return f;
        usage(Cli::tr("--format must be %1, not “%2”.").arg(formatNames(formats), v));
        return std::nullopt;
    }
    QList<Format> formats;
    Format chosenFormat = Format::Table; ///< after parse(): the --format given, or the default
    QString value(const QString &o) const { return parser.value(o); }
    bool isSet(const QString &o) const { return parser.isSet(o); }
    QStringList positional() const { return parser.positionalArguments(); }
};

/// The positional arguments as IDs of `what`; nothing after printing a usage error.
inline std::optional<QList<qint64>> idArguments(const CommandParser &p, const QString &what)
{
    QList<qint64> ids;
    for (const QString &a : p.positional()) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok) {
            usage(Cli::tr("“%1” is not a %2 ID; give the numbers, for example 12 13.").arg(a, what));
            return std::nullopt;
        }
        ids << id;
    }
    if (ids.isEmpty()) {
        usage(Cli::tr("give at least one %1 ID.").arg(what));
        return std::nullopt;
    }
    return ids;
}

inline Result<qint64> customerOption(const CommandParser &p)
{
    const QString text = p.value(QStringLiteral("customer"));
    if (text.isEmpty())
        return fail(Cli::tr("--customer is required: give the customer's ID, for example --customer 100042."));
    auto id = parseCustomerId(text);
    if (!id)
        return fail(
            Cli::tr("--customer “%1” is not a customer ID; give the number, for example 100042 or #100042.").arg(text));
    return *id;
}

/// The vendor named by --vendor. A key that is not one of the built-in three opens the
/// database first (when there is one: a mistyped key never creates a file): the vendors a
/// clerk added are read from it as it opens.
inline Result<Vendor> vendorOption(Context &ctx, const CommandParser &p)
{
    const QString text = p.value(QStringLiteral("vendor"));
    if (text.isEmpty())
        return fail(Cli::tr("--vendor is required: %1.").arg(vendorKeyChoices()));
    auto v = vendorFromText(text);
    if (!v && !ctx.db && ctx.databaseExists() && ctx.openDatabase() == ExitOk)
        v = vendorFromText(text);
    if (!v)
        return fail(Cli::tr("--vendor “%1” is not a vendor Bursar bills; use %2 (bursar vendors list), or add it with "
                            "bursar vendors add.")
                        .arg(text, vendorKeyChoices()));
    return *v;
}

/// --NAME YYYY-MM-DD, or an invalid date when not given; nothing after a usage error.
inline std::optional<QDate> dateOption(const CommandParser &p, const QString &name)
{
    if (!p.isSet(name))
        return QDate();
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid()) {
        usage(Cli::tr("--%1 must be a date written YYYY-MM-DD, not “%2”.").arg(name, p.value(name)));
        return std::nullopt;
    }
    return d;
}

inline void addCustomerAndVendor(CommandParser &p)
{
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("vendor"), Cli::tr("Vendor key: aws, microsoft, google, or one from bursar vendors list."),
          QStringLiteral("V"));
}

/// The parsed --customer and --vendor, or nothing after printing a usage error.
inline std::optional<std::pair<qint64, Vendor>> customerAndVendor(Context &ctx, const CommandParser &p)
{
    auto customer = customerOption(p);
    if (!customer) {
        usage(customer.error().message);
        return std::nullopt;
    }
    auto vendor = vendorOption(ctx, p);
    if (!vendor) {
        usage(vendor.error().message);
        return std::nullopt;
    }
    return std::pair{*customer, *vendor};
}

/// --tenant ID, --customer ID or (users set) --all-tenants; nullopt with `rc` set when none
/// or a bad one was given.
inline std::optional<Scope> scopeOption(const CommandParser &p, bool required, int &rc)
{
    // --all-tenants exists only where the scope is required (users set).
    const bool tenant = p.isSet(QStringLiteral("tenant")), customer = p.isSet(QStringLiteral("customer")),
               all = required && p.isSet(QStringLiteral("all-tenants"));
    if (int(tenant) + int(customer) + int(all) > 1) {
        rc = usage(Cli::tr("Give one of --tenant ID, --customer ID or --all-tenants."));
        return std::nullopt;
    }
    if (!tenant && !customer) {
        if (required && !all) {
            rc = usage(Cli::tr("Give --tenant ID, --customer ID or --all-tenants: what the user sees."));
            return std::nullopt;
        }
        return Scope::all();
    }
    const QString name = tenant ? QStringLiteral("tenant") : QStringLiteral("customer");
    bool ok = false;
    const qint64 id = p.value(name).trimmed().remove(u'#').toLongLong(&ok);
    if (!ok || id <= 0) {
        rc = usage(Cli::tr("--%1: “%2” is not an ID; give the number tenants list or customers list shows.")
                       .arg(name, p.value(name)));
        return std::nullopt;
    }
    return tenant ? Scope::tenant(id) : Scope::customer(id);
}

inline void addScopeOptions(CommandParser &p)
{
    p.add(QStringLiteral("tenant"), Cli::tr("Sees this tenant and the tenants below it, and reads only."),
          QStringLiteral("ID"));
    p.add(QStringLiteral("customer"),
          Cli::tr("Sees this one customer's records that are not draft or on hold, and "
                  "reads only."),
          QStringLiteral("ID"));
}

/// Runs the sub-command args[0] of `group` ("customers list", ...); prints the group's usage
/// line for no sub-command or --help, and a usage error for an unknown one.
using SubCommand = std::function<int(Context &, const QStringList &)>;
inline int dispatch(Context &ctx, const QStringList &args, const QString &group,
                    const std::map<QString, SubCommand> &subs)
{
    const QString sub = args.value(0);
    if (auto it = subs.find(sub); it != subs.end())
        return it->second(ctx, args.mid(1));
    QStringList names;
    for (const auto &[name, run] : subs)
        names << name;
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] %1 %2 [--help]").arg(group, names.join(u'|')));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("unknown %1 command “%2”; use %3.").arg(group, sub, names.join(QStringLiteral(", "))));
}

// The command groups, one file each in app/commands/.
int cmdDemo(Context &ctx, const QStringList &args);           // demo.cpp
int cmdCustomers(Context &ctx, const QStringList &args);      // customers.cpp
int cmdTenants(Context &ctx, const QStringList &args);        // tenants.cpp
int cmdUsers(Context &ctx, const QStringList &args);          // users.cpp
int cmdApiKeys(Context &ctx, const QStringList &args);        // api_keys.cpp
int cmdNotify(Context &ctx, const QStringList &args);         // notify.cpp
int cmdServe(Context &ctx, const QStringList &args);          // serve.cpp
int cmdDb(Context &ctx, const QStringList &args);             // db.cpp
int cmdAudit(Context &ctx, const QStringList &args);          // audit.cpp
int cmdImport(Context &ctx, const QStringList &args);         // usage.cpp
int cmdUsage(Context &ctx, const QStringList &args);          // usage.cpp
int cmdPricebooks(Context &ctx, const QStringList &args);     // pricing.cpp
int cmdPricing(Context &ctx, const QStringList &args);        // pricing.cpp
int cmdReport(Context &ctx, const QStringList &args);         // report.cpp
int cmdCredits(Context &ctx, const QStringList &args);        // credits.cpp
int cmdInvoices(Context &ctx, const QStringList &args);       // invoices.cpp
int cmdInvoicesExport(Context &ctx, const QStringList &args); // documents.cpp, dispatched by cmdInvoices
int cmdInvoicesAccount(Context &ctx, const QStringList &args);
int cmdMemo(Context &ctx, const QStringList &args);                  // memos.cpp
int cmdPayment(Context &ctx, const QStringList &args);               // memos.cpp
int cmdApply(Context &ctx, const QStringList &args);                 // receivables.cpp
int cmdUnapply(Context &ctx, const QStringList &args);               // receivables.cpp
int cmdWriteOff(Context &ctx, const QStringList &args);              // write_off.cpp
int cmdReportBalance(Context &ctx, const QStringList &args);         // receivables.cpp, dispatched by cmdReport
int cmdReportAging(Context &ctx, const QStringList &args);           // receivables.cpp, dispatched by cmdReport
int cmdReportNumbering(Context &ctx, const QStringList &args);       // receivables.cpp, dispatched by cmdReport
int cmdReportCredits(Context &ctx, const QStringList &args);         // credits.cpp, dispatched by cmdReport
int cmdTax(Context &ctx, const QStringList &args);                   // tax_rates.cpp
int cmdEInvoice(Context &ctx, const QStringList &args);              // einvoice.cpp
int cmdRates(Context &ctx, const QStringList &args);                 // tax_rates.cpp
int cmdVendors(Context &ctx, const QStringList &args);               // vendors.cpp
int cmdServicesCredits(Context &ctx, const QStringList &args);       // services_credits.cpp
int cmdOpportunity(Context &ctx, const QStringList &args);           // projects.cpp
int cmdProject(Context &ctx, const QStringList &args);               // projects.cpp
int cmdReportServicesCredits(Context &ctx, const QStringList &args); // services_credits_report.cpp, by cmdReport

} // namespace bursar::app
