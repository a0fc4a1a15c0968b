// Benchmarks for usage import and the Billing Customers Report (issue 4). Prints figures;
// never passes or fails on time.
//   bench_import [--rows N] [--accounts N] [--customers N] [--database postgresql://...] [--skip-report]
//                [--file FOCUS.csv]   (an existing file instead of a generated one)
//                [--max-places N]   (costs with up to N decimals, 16 by default; amortized exports carry 24)
//                [--multi-provider]   (a FinOps tool's file: rows of AWS, Microsoft, Google and an added
//                                      vendor, Oracle Cloud, split per vendor by ProviderName)
//                [--write-file FOCUS.csv]   (only write the generated file, for the sqlite3 shell or a profiler)
//                [--report-db FILE]   (keep the report database there; reuse it when it exists)
// 1. Generates an N-row FOCUS file over --accounts accounts (default 1,000,000 and 1,000).
// 2. Imports it into a fresh database with Bursar's importer: time, rows/s, peak memory.
// 3. Imports the same file with the sqlite3 shell's .import into an equivalent table (the
//    file's columns, as TEXT, with the same (account, period) index): time, and the ratio.
// 4. Report: --customers demo customers (default 10,000), a second N-row file spread over
//    their AWS accounts; time to the first rows of Reports > Billing in the window, and the
//    wall time of `bursar report billing --format json` as a clerk's script runs it.
#include "bench_support.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/pricing/pricing_service.h"
#include "core/reports/billing_report.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/usage/usage_importer.h"
#include "core/usage/vendor_catalog.h"
#include "ui/reports/billing_report_model.h"
#include "ui/reports/billing_report_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

using namespace bursar;
using namespace bursar::core;

using bursar::bench::option;
using bursar::bench::peakKiB;

namespace {

qint64 msSince(const QElapsedTimer &t)
{
    return t.elapsed();
}

bool generate(const QString &path, const UsageFileSpec &spec)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && writeUsageFile(&f, spec).ok();
}

QStringList accountIds(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::number(200000000000LL + qint64(i) * 7919);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 rows = option(args, QStringLiteral("--rows"), QStringLiteral("1000000")).toLongLong();
    const int accounts = option(args, QStringLiteral("--accounts"), QStringLiteral("1000")).toInt();
    const int customers = option(args, QStringLiteral("--customers"), QStringLiteral("10000")).toInt();
    const QString url = option(args, QStringLiteral("--database"), QString());
    QTemporaryDir dir;
    out << "database: " << (url.isEmpty() ? "SQLite" : "PostgreSQL") << '\n';

    // 1. The file.
    UsageFileSpec spec;
    spec.accounts = accountIds(accounts);
    spec.periods = {QStringLiteral("2026-10")};
    spec.rows = rows;
    spec.seed = 42;
    spec.maxPlaces = option(args, QStringLiteral("--max-places"), QStringLiteral("16")).toInt();
    const bool multi = args.contains(QStringLiteral("--multi-provider"));
    NewVendor oracle;
    oracle.key = QStringLiteral("oracle");
    oracle.name = QStringLiteral("Oracle Cloud");
    oracle.focusProviders = oracle.entities = {QStringLiteral("Oracle Cloud")};
    if (multi)
        spec.providers = {Vendor::Aws, Vendor::Microsoft, Vendor::Google,
                          registerVendor({oracle.key, oracle.name, QStringLiteral("account"), true, false})};
    if (const QString target = option(args, QStringLiteral("--write-file"), QString()); !target.isEmpty())
        return generate(target, spec) ? 0 : 1;
    const QString given = option(args, QStringLiteral("--file"), QString());
    const QString file = given.isEmpty() ? dir.filePath(QStringLiteral("focus.csv")) : given;
    QElapsedTimer t;
    t.start();
    if (given.isEmpty() && !generate(file, spec)) {
        out << "cannot write " << file << '\n';
        return 1;
    }
    if (given.isEmpty())
        out << QStringLiteral("generated %1 rows over %2 accounts: %3 MB in %4 ms\n")
                   .arg(rows)
                   .arg(accounts)
                   .arg(QFileInfo(file).size() / 1000000)
                   .arg(msSince(t));
    out.flush();

    // 2. Bursar's import.
    const long peakBefore = peakKiB();
    qint64 bursarMs = 0;
    {
        auto db = Database::open(url.isEmpty() ? dir.filePath(QStringLiteral("import.sqlite")) : url);
        if (!db) {
            out << db.error().message << '\n';
            return 1;
        }
        if (multi && !VendorCatalog(**db).add(oracle)) {
            out << "cannot add the vendor Oracle Cloud\n";
            return 1;
        }
        t.restart();
        auto imported = UsageImporter(**db).importFile(file, {});
        bursarMs = msSince(t);
        if (!imported) {
            out << imported.error().message << '\n';
            return 1;
        }
        out << QStringLiteral("vendors in the file: %1\n").arg(vendorNames(imported->vendors, imported->vendor));
        out << QStringLiteral(
                   "bursar import: %1 lines in %2 ms (%3 rows/s); peak memory %4 MB (process peak before: %5 MB)\n")
                   .arg(imported->lines)
                   .arg(bursarMs)
                   .arg(bursarMs > 0 ? imported->lines * 1000 / bursarMs : 0)
                   .arg(peakKiB() / 1024)
                   .arg(peakBefore / 1024);
        out.flush();
    }

    // 3. The sqlite3 shell on the same file.
    if (url.isEmpty() && !args.contains(QStringLiteral("--no-shell"))) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QStringList columns = QString::fromUtf8(f.readLine()).trimmed().split(u',');
        QStringList defs;
        for (const QString &c : columns)
            defs << QStringLiteral("\"%1\" TEXT").arg(c);
        const QString shellDb = dir.filePath(QStringLiteral("shell.sqlite"));
        const QString script =
            QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n"
                           "CREATE TABLE usage (%1);\n"
                           "CREATE INDEX usage_account ON usage (SubAccountId, BillingPeriodStart);\n"
                           ".import --csv --skip 1 %2 usage\n"
                           "SELECT COUNT(*) FROM usage;\n")
                .arg(defs.join(QStringLiteral(", ")), file);
        QProcess shell;
        t.restart();
        shell.start(QStringLiteral("sqlite3"), {shellDb});
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        shell.waitForFinished(-1);
        const qint64 shellMs = msSince(t);
        out << QStringLiteral("sqlite3 .import: %1 rows in %2 ms (exit %3)%4\n")
                   .arg(QString::fromUtf8(shell.readAllStandardOutput()).trimmed().section(u'\n', -1)) // after "wal"
                   .arg(shellMs)
                   .arg(shell.exitCode())
                   .arg(shell.exitCode() ? QStringLiteral(": ") + QString::fromUtf8(shell.readAllStandardError())
                                         : QString());
        out << QStringLiteral("ratio bursar / sqlite3 = %1 (goal <= 1.0)\n")
                   .arg(QString::number(shellMs > 0 ? bursarMs * 1000 / shellMs : 0)
                            .rightJustified(4, u'0')
                            .insert(1, u'.'));
        out.flush();
    }
    if (args.contains(QStringLiteral("--skip-report")))
        return 0;

    // 4. The report on `customers` customers.
    const QString keptDb = option(args, QStringLiteral("--report-db"), QString());
    const QString reportDb = !keptDb.isEmpty() ? keptDb
                             : url.isEmpty()   ? dir.filePath(QStringLiteral("report.sqlite"))
                                               : url;
    if (keptDb.isEmpty() || !QFileInfo::exists(keptDb)) {
        auto db = Database::open(reportDb);
        if (!db)
            return 1;
        if (!url.isEmpty()) {
            Sql clear(**db, QStringLiteral("DELETE FROM usage_imports"));
            (void)clear.exec();
        }
        if (auto demo = generateDemoData(**db, customers, 7); !demo) {
            out << demo.error().message << '\n';
            return 1;
        }
        PricingService pricing(**db);
        const qint64 book = pricing.addPricebook(Vendor::Aws, QStringLiteral("Standard"), Decimal::fromInt(10))->first;
        Sql assign(**db, QStringLiteral("UPDATE customer_providers SET pricebook_id = ? WHERE vendor = 'aws'"));
        assign.bind(book);
        (void)assign.exec();
        QStringList aws;
        Sql q(**db, QStringLiteral("SELECT account_id FROM vendor_accounts WHERE vendor = 'aws'"));
        (void)q.exec();
        while (q.next())
            aws << q.value(0).toString();
        UsageFileSpec reportSpec = spec;
        reportSpec.accounts = aws;
        const QString reportFile = dir.filePath(QStringLiteral("report.csv"));
        generate(reportFile, reportSpec);
        t.restart();
        auto imported = UsageImporter(**db).importFile(reportFile, {});
        if (!imported) {
            out << imported.error().message << '\n';
            return 1;
        }
        out << QStringLiteral("report data: %1 customers, %2 AWS accounts, %3 usage lines (imported in %4 ms)\n")
                   .arg(customers)
                   .arg(aws.size())
                   .arg(imported->lines)
                   .arg(msSince(t));
        QFile::remove(reportFile);
    }
    {
        auto db = Database::open(reportDb);
        t.restart();
        auto built =
            BillingReportBuilder(**db).build(Vendor::Aws, QStringLiteral("2026-10"), QStringLiteral("2026-10"));
        out << QStringLiteral("core: report built in %1 ms (%2 rows)\n")
                   .arg(msSince(t))
                   .arg(built ? built->rows.size() : -1);
        t.restart();
        ui::BillingReportPage page(**db);
        page.setToday(QDate(2026, 11, 5)); // Last Month = 2026-10
        page.resize(1280, 800);
        page.show();
        QCoreApplication::processEvents();
        out << QStringLiteral("GUI: Reports > Billing shows %1 rows; first rows after %2 ms (goal <= 500 ms)\n")
                   .arg(page.model()->rowCount())
                   .arg(msSince(t));
        t.restart();
        page.view()->sortByColumn(ui::BillingReportModel::Margin, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        out << QStringLiteral("GUI: sort by margin %1 ms; ").arg(msSince(t));
        t.restart();
        page.setFilterText(QStringLiteral("Bakery"));
        QCoreApplication::processEvents();
        out << QStringLiteral("filter %1 ms (%2 rows)\n").arg(msSince(t)).arg(page.proxy()->rowCount());
    }
    QProcess cli;
    t.restart();
    cli.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/bursar"),
              {QStringLiteral("--database"), reportDb, QStringLiteral("report"), QStringLiteral("billing"),
               QStringLiteral("--vendor"), QStringLiteral("aws"), QStringLiteral("--period"), QStringLiteral("2026-10"),
               QStringLiteral("--format"), QStringLiteral("json")});
    cli.waitForFinished(-1);
    out << QStringLiteral(
               "CLI: bursar report billing --format json: %1 ms, %2 KB of JSON (exit %3) (goal <= 2000 ms)\n")
               .arg(msSince(t))
               .arg(cli.readAllStandardOutput().size() / 1000)
               .arg(cli.exitCode());
    return 0;
}
