// Benchmark of statement generation (issue 5). Prints figures; never passes or fails on time.
//   bench_billing [--customers N] [--rows N] [--database postgresql://...] [--keep FILE]
// 1. --customers demo customers (default 10,000), their AWS accounts on one pricebook, the demo
//    tax table and exchange rates, and credits on every third customer (some marketplace).
// 2. Imports an N-row FOCUS file (default 1,000,000, marketplace rows included) over their AWS
//    accounts: the import time.
// 3. Generates statements for all of them with Apply Credits, Include Tax, Include Marketplace
//    Fees and Use Credits for Marketplace Fees: the run time, and run / import.
// 4. Approve All on the drafts: the time for the numbering of every one.
#include "bench_support.h"
#include "core/billing/billing_run.h"
#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/notify/notification_settings.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/usage/usage_importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace bursar::core;

using bursar::bench::option;
using bursar::bench::peakKiB;

namespace {

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int customers = option(args, QStringLiteral("--customers"), QStringLiteral("10000")).toInt();
    const qint64 rows = option(args, QStringLiteral("--rows"), QStringLiteral("1000000")).toLongLong();
    const QString url = option(args, QStringLiteral("--database"), QString());
    QTemporaryDir dir;
    const QString location =
        url.isEmpty() ? option(args, QStringLiteral("--keep"), dir.filePath(QStringLiteral("billing.sqlite"))) : url;
    out << "database: " << (url.isEmpty() ? "SQLite" : "PostgreSQL") << '\n';
    auto db = Database::open(location);
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    const QDate today(2026, 11, 5);
    const QString period = QStringLiteral("2026-10");
    QElapsedTimer t;
    t.start();
    if (auto demo = generateDemoData(**db, customers, 7); !demo) {
        out << demo.error().message << '\n';
        return 1;
    }
    PricingService pricing(**db, today);
    const qint64 book = pricing.addPricebook(Vendor::Aws, QStringLiteral("Standard"), Decimal::fromInt(10))->first;
    Sql assign(**db, QStringLiteral("UPDATE customer_providers SET pricebook_id = ? WHERE vendor = 'aws'"));
    assign.bind(book);
    (void)assign.exec();
    if (auto billing = generateDemoBilling(**db, today, 7); !billing) {
        out << billing.error().message << '\n';
        return 1;
    }
    // More credits: every third customer, in its invoice currency; every ninth a marketplace credit.
    {
        Sql q(**db, QStringLiteral("SELECT customer_id, currency FROM customer_providers WHERE vendor = 'aws' AND "
                                   "customer_id % 3 = 0"));
        (void)q.exec();
        QList<std::pair<qint64, QString>> list;
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString()});
        CreditService credits(**db);
        for (const auto &[customer, currency] : list) {
            NewCredit c{customer,
                        Vendor::Aws,
                        customer % 9 == 0 && currency == QLatin1String("USD") ? CreditKind::Marketplace
                                                                              : CreditKind::Manual,
                        currency,
                        currency == QLatin1String("JPY") ? QStringLiteral("20000") : QStringLiteral("150"),
                        {},
                        {},
                        0};
            (void)credits.add(c);
        }
    }
    QStringList accounts;
    {
        Sql q(**db, QStringLiteral("SELECT account_id FROM vendor_accounts WHERE vendor = 'aws'"));
        (void)q.exec();
        while (q.next())
            accounts << q.value(0).toString();
    }
    out << QStringLiteral("set-up: %1 customers, %2 AWS accounts in %3 ms\n")
               .arg(customers)
               .arg(accounts.size())
               .arg(t.elapsed());
    UsageFileSpec spec;
    spec.accounts = accounts;
    spec.periods = {period};
    spec.rows = rows;
    spec.seed = 42;
    const QString file = dir.filePath(QStringLiteral("usage.csv"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || !writeUsageFile(&f, spec).ok()) {
            out << "cannot write the usage file\n";
            return 1;
        }
    }
    out.flush();

    t.restart();
    auto imported = UsageImporter(**db).importFile(file, {});
    const qint64 importMs = t.elapsed();
    if (!imported) {
        out << imported.error().message << '\n';
        return 1;
    }
    out << QStringLiteral("import: %1 usage lines in %2 ms\n").arg(imported->lines).arg(importMs);
    out.flush();

    GenerateRequest request;
    request.vendor = Vendor::Aws;
    request.period = period;
    request.options = {true, true, true, true};
    t.restart();
    auto run = BillingRun(**db).generate(request);
    const qint64 runMs = t.elapsed();
    if (!run) {
        out << run.error().message << '\n';
        return 1;
    }
    qint64 allocations = 0;
    {
        Sql q(**db, QStringLiteral("SELECT COUNT(*) FROM allocations"));
        (void)q.exec();
        allocations = q.next() ? q.value(0).toLongLong() : 0;
    }
    out << QStringLiteral(
               "billing run (credits, tax, marketplace fees and credits): %1 statements, %2 failed, %3 credit "
               "applications in %4 ms (goal <= 3000 ms)\n")
               .arg(run->generated.size())
               .arg(run->failed.size())
               .arg(allocations)
               .arg(runMs);
    out << QStringLiteral("ratio billing run / import of the same data = %1\n")
               .arg(double(runMs) / double(std::max<qint64>(1, importMs)), 0, 'f', 3);
    out.flush();

    StatementFilter drafts;
    drafts.vendor = Vendor::Aws;
    drafts.fromPeriod = drafts.toPeriod = period;
    // --emails: statement emails switched on, so Approve All also queues one per statement.
    const bool emails = args.contains(QStringLiteral("--emails"));
    if (emails) {
        NotificationSettings mail;
        mail.enabled = true;
        mail.host = QStringLiteral("127.0.0.1");
        mail.sender = QStringLiteral("billing@bursar.test");
        if (Status s = NotificationSettingsService(**db).save(mail); !s) {
            out << s.error().message << '\n';
            return 1;
        }
    }
    t.restart();
    auto approved = StatementService(**db).approveAll(drafts, today);
    const qint64 approveMs = t.elapsed();
    if (!approved) {
        out << approved.error().message << '\n';
        return 1;
    }
    out << QStringLiteral("Approve All: %1 drafts numbered %2 .. %3 in %4 ms (goal <= 2000 ms)\n")
               .arg(approved->approved.size())
               .arg(approved->approved.isEmpty() ? QString() : approved->approved.first().second,
                    approved->approved.isEmpty() ? QString() : approved->approved.last().second)
               .arg(approveMs);
    if (emails) {
        Sql q(**db, QStringLiteral("SELECT COUNT(*) FROM notifications"));
        (void)q.exec();
        out << QStringLiteral("  with statement emails on: %1 emails queued\n")
                   .arg(q.next() ? q.value(0).toLongLong() : 0);
    }
    out << QStringLiteral("peak memory %1 MB\n").arg(peakKiB() / 1024);
    return 0;
}
