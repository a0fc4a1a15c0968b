// Benchmark of statement PDFs (issue 6). Prints figures; never passes or fails on time.
//   bench_render [--statements N] [--lines L] [--weasyprint K]
// 1. N approved statements (default 1,000) of L lines each (default 60: two pages), made
//    through the importer and a billing run.
// 2. One core: statementPdf() on 200 of them, one after another: ms per statement.
// 3. The batch: StatementExporter writing all N PDFs to a folder on one thread and on every
//    core: statements per second.
// 4. WeasyPrint (Debian's weasyprint, its Python API in one process, so its start-up is not
//    counted) rendering the same content from HTML for K statements (default 20): ms per
//    statement, and the ratio to Bursar's.
#include "bench_support.h"
#include "core/billing/billing_run.h"
#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/finance/account_statement.h"
#include "core/formats/statement_export.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"
#include "core/settings/account_info_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/usage/usage_importer.h"
#include "render/formats.h"
#include "render/statement_pdf.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>

using namespace bursar::core;
using namespace bursar::render;

using bursar::bench::option;
using bursar::bench::peakKiB;

namespace {

QString html(const Statement &s)
{
    const Currency c = *Currencies::find(s.currency);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    auto money = [&](Decimal d) { return formatForDisplay(d, c, en); };
    QString rows;
    QString type;
    for (const StatementLine &l : s.lines) {
        if (l.productType != type) {
            type = l.productType;
            rows += QStringLiteral("<tr class=g><td colspan=2>%1</td></tr>").arg(type.toHtmlEscaped());
        }
        rows += QStringLiteral("<tr><td class=d>%1</td><td class=a>%2</td></tr>")
                    .arg(l.product.toHtmlEscaped(), money(l.price));
    }
    return QStringLiteral(
               "<!doctype html><html><head><meta charset=utf-8><title>Statement %1</title><style>"
               "@page{size:A4;margin:40pt 40pt 68pt;@bottom-right{content:'Page ' counter(page) ' of ' "
               "counter(pages);font:7.4pt "
               "'DejaVu Sans'}} body{font:8.8pt 'DejaVu Sans';color:#1f2933} h1{color:#1f4e79;font-size:19pt}"
               "table{width:100%;border-collapse:collapse} thead{display:table-header-group} "
               "th{background:#1f4e79;color:#fff;"
               "text-align:left;padding:3pt} td.a,th.a{text-align:right} tr.g td{background:#eef2f6;font-weight:bold}"
               ".box{background:#1f4e79;color:#fff;font:bold 10pt 'DejaVu "
               "Sans';padding:8pt;margin-left:42%}</style></head><body>"
               "<div style='float:right;text-align:right'><b>%2</b><br>%3<br>%4</div><h1>Billing Statement</h1>"
               "<p><b>%5</b><br>Customer ID %6<br>Statement %1 · period %7 · due %8</p>"
               "<table><thead><tr><th>Description</th><th class=a>Amount "
               "(%9)</th></tr></thead><tbody>%10</tbody></table>"
               "<p style='margin-left:42%'>Charges %11<br>Credits %12<br>Tax %13<br><b>Total %14</b></p>"
               "<div class=box>Amount due %9 %14</div></body></html>")
        .arg(s.number, s.seller.name.toHtmlEscaped(), s.seller.contact.city.toHtmlEscaped(),
             s.seller.contact.email.toHtmlEscaped(), s.customer.name.toHtmlEscaped(), displayCustomerId(s.customerId),
             s.period, s.dueDate.toString(Qt::ISODate), s.currency)
        .arg(rows, money(s.charges), money(s.credits), money(s.tax), money(s.total));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    registerFormats();
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int count = option(args, QStringLiteral("--statements"), QStringLiteral("1000")).toInt();
    const int lines = option(args, QStringLiteral("--lines"), QStringLiteral("60")).toInt();
    const int weasy = option(args, QStringLiteral("--weasyprint"), QStringLiteral("20")).toInt();
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("render.sqlite")));
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    QElapsedTimer t;
    t.start();
    {
        AccountInfoService info(**db);
        AccountInfo ours = *info.load();
        ours.companyName = QStringLiteral("Northwind Cloud Distribution Ltd");
        ours.contact.city = QStringLiteral("Seattle");
        ours.contact.email = QStringLiteral("billing@northwind.example");
        QFile logo(QStringLiteral(":/bursar/demo-logo.svg"));
        if (logo.open(QIODevice::ReadOnly))
            ours.logo = logo.readAll();
        (void)info.save(ours);
    }
    const qint64 book = PricingService(**db, QDate(2026, 8, 1))
                            .addPricebook(Vendor::Aws, QStringLiteral("Std"), Decimal::fromInt(10))
                            ->first;
    // Customers, accounts and Cloud Provider settings in one statement each, as the demo does.
    {
        QString customers =
            QStringLiteral("INSERT INTO customers (id, tenant_id, name, city, country, region, state, "
                           "payment_terms_days, search_text, created_at, updated_at, updated_by) VALUES ");
        QString accounts =
            QStringLiteral("INSERT INTO vendor_accounts (vendor, account_id, customer_id, created_at) VALUES ");
        QString providers = QStringLiteral(
            "INSERT INTO customer_providers (customer_id, vendor, enabled, currency, pricebook_id) VALUES ");
        (void)Sql(**db, QStringLiteral("INSERT INTO tenants (id, kind, name) VALUES (1, 'distributor', 'D')")).exec();
        for (int i = 0; i < count; ++i) {
            const QString sep = i ? QStringLiteral(",") : QString();
            const qint64 id = 100001 + i;
            customers +=
                sep + QStringLiteral("(%1, 1, 'Customer %1 Logistics GmbH', 'Berlin', 'Germany', 'US', 'WA', 30, '', "
                                     "'2026-01-01', '2026-01-01', 'bench')")
                          .arg(id);
            accounts += sep + QStringLiteral("('aws', '%1', %2, '2026-01-01')").arg(500000000000LL + id).arg(id);
            providers += sep + QStringLiteral("(%1, 'aws', 1, 'USD', %2)").arg(id).arg(book);
        }
        for (const QString &sql : {customers, accounts, providers})
            if (Status s = Sql(**db, sql).exec(); !s) {
                out << s.message() << '\n';
                return 1;
            }
    }
    const QString usage = dir.filePath(QStringLiteral("usage.csv"));
    {
        QFile f(usage);
        (void)f.open(QIODevice::WriteOnly);
        QByteArray bytes =
            "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,ProviderName,"
            "PublisherName,SubAccountId,ServiceName,ServiceCategory\n";
        const QByteArrayList types{"Compute", "Databases", "Networking", "Storage", "Analytics"};
        for (int i = 0; i < count; ++i)
            for (int l = 0; l < lines; ++l)
                bytes += QByteArray::number(10 + (i * 7 + l * 13) % 900) + '.' + QByteArray::number(10 + l % 90) +
                         ",USD,2026-09-01T00:00:00Z,2026-09-03T00:00:00Z,Usage,AWS,AWS," +
                         QByteArray::number(500000000000LL + 100001 + i) + ",\"Amazon service " +
                         QByteArray::number(l) + " (" + types.at(l % 5) + ")\"," + types.at(l % 5) + '\n';
        f.write(bytes);
    }
    if (auto imported = UsageImporter(**db).importFile(usage, {}); !imported) {
        out << imported.error().message << '\n';
        return 1;
    }
    GenerateRequest request;
    request.period = QStringLiteral("2026-09");
    request.options = {true, true, true, true};
    auto run = BillingRun(**db).generate(request);
    if (!run || run->generated.size() != count) {
        out << "the billing run did not make every statement\n";
        return 1;
    }
    QList<qint64> ids;
    for (const GeneratedStatement &g : run->generated)
        ids << g.statementId;
    (void)StatementService(**db).approve(ids, QDate(2026, 10, 5));
    out << QStringLiteral("set-up: %1 statements of %2 lines in %3 ms\n").arg(count).arg(lines).arg(t.elapsed());

    StatementExporter exporter(**db);
    auto docs = exporter.inputs(ids.mid(0, std::min<qsizetype>(200, ids.size())));
    if (!docs) {
        out << docs.error().message << '\n';
        return 1;
    }
    const DocumentOptions options;
    out << QStringLiteral("pages per statement: %1\n").arg(StatementPainter(options).pageCount(docs->first()));
    (void)statementPdf(docs->first(), options); // fonts loaded once, as in any real run
    QList<qint64> nanos;
    qint64 bytes = 0;
    for (const StatementDocument &d : *docs) {
        QElapsedTimer one;
        one.start();
        auto pdf = statementPdf(d, options);
        nanos << one.nsecsElapsed();
        bytes += pdf ? pdf->size() : 0;
    }
    std::sort(nanos.begin(), nanos.end());
    qint64 sum = 0;
    for (qint64 n : nanos)
        sum += n;
    const double meanMs = double(sum) / double(nanos.size()) / 1e6;
    out << QStringLiteral("one core: %1 statements, mean %2 ms, median %3 ms, max %4 ms per statement (goal <= 10 ms); "
                          "%5 KB per PDF\n")
               .arg(nanos.size())
               .arg(meanMs, 0, 'f', 2)
               .arg(double(nanos.at(nanos.size() / 2)) / 1e6, 0, 'f', 2)
               .arg(double(nanos.last()) / 1e6, 0, 'f', 2)
               .arg(bytes / nanos.size() / 1000);
    out.flush();

    for (int threads : {1, QThread::idealThreadCount()}) {
        QTemporaryDir folder;
        ExportRequest r;
        r.statements = ids;
        r.folder = folder.path();
        r.threads = threads;
        QElapsedTimer batch;
        batch.start();
        auto result = exporter.run(r);
        const qint64 ms = batch.elapsed();
        out << QStringLiteral(
                   "batch export of %1 PDFs (read, render, write atomically) on %2 thread(s): %3 ms, %4 statements/s\n")
                   .arg(result ? result->written.size() : 0)
                   .arg(threads)
                   .arg(ms)
                   .arg(double(count) * 1000.0 / double(std::max<qint64>(1, ms)), 0, 'f', 0);
        out.flush();
    }

    if (weasy > 0) {
        QStringList files;
        for (int i = 0; i < weasy && i < docs->size(); ++i) {
            const QString path = dir.filePath(QStringLiteral("w%1.html").arg(i));
            QFile f(path);
            (void)f.open(QIODevice::WriteOnly);
            f.write(html(docs->at(i).statement).toUtf8());
            files << path;
        }
        const QString script = QStringLiteral(
            "import sys, time\nfrom weasyprint import HTML\nHTML(sys.argv[1]).write_pdf(sys.argv[1] + '.pdf')\n"
            "t = []\nfor f in sys.argv[1:]:\n    s = time.perf_counter(); HTML(f).write_pdf(f + '.pdf'); "
            "t.append(time.perf_counter() - s)\n"
            "print(sum(t) / len(t) * 1000)\n");
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + files);
        p.waitForFinished(-1);
        const double weasyMs = p.readAllStandardOutput().trimmed().toDouble();
        if (p.exitCode() != 0 || weasyMs <= 0) {
            out << "WeasyPrint did not run (apt-get install weasyprint): " << p.readAllStandardError().right(300)
                << '\n';
        } else {
            out << QStringLiteral("WeasyPrint 57 (Python API, one process): %1 statements, mean %2 ms per statement\n")
                       .arg(files.size())
                       .arg(weasyMs, 0, 'f', 1);
            out << QStringLiteral("ratio WeasyPrint / Bursar = %1 (goal >= 50)\n").arg(weasyMs / meanMs, 0, 'f', 1);
        }
    }
    return 0;
}
