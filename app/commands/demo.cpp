// bursar demo: deterministic demo data.
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
        return usage(Cli::tr("--customers must be a whole number of at least 1, not “%1”.")
                         .arg(p.value(QStringLiteral("customers"))));
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
    auto receivables = generateDemoReceivables(*ctx.db, QDate::currentDate());
    if (!receivables)
        return failure(receivables.error().message);
    auto servicesCredits = generateDemoServicesCredits(*ctx.db, QDate::currentDate());
    if (!servicesCredits)
        return failure(servicesCredits.error().message);
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
        o[QStringLiteral("statements")] = receivables->statements;
        o[QStringLiteral("credit_memos")] = receivables->creditMemos;
        o[QStringLiteral("debit_memos")] = receivables->debitMemos;
        o[QStringLiteral("payments")] = receivables->payments;
        o[QStringLiteral("applications")] = receivables->applications;
        o[QStringLiteral("services_credit_purchases")] = servicesCredits->purchases;
        o[QStringLiteral("opportunities")] = servicesCredits->opportunities;
        o[QStringLiteral("projects")] = servicesCredits->projects;
        o[QStringLiteral("milestones")] = servicesCredits->milestones;
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
        out(Cli::tr("Receivables: %1 approved statements, %2 payments, %3 credit memos, %4 debit memos, %5 "
                    "applications.")
                .arg(receivables->statements)
                .arg(receivables->payments)
                .arg(receivables->creditMemos)
                .arg(receivables->debitMemos)
                .arg(receivables->applications));
        out(Cli::tr("Services credits: %1 purchases, %2 opportunities, %3 projects with %4 milestones.")
                .arg(servicesCredits->purchases)
                .arg(servicesCredits->opportunities)
                .arg(servicesCredits->projects)
                .arg(servicesCredits->milestones));
    }
    return ExitOk;
}

} // namespace bursar::app
