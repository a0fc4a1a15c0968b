// Benchmark of UBL e-invoices (issue 19: 10,000 statements in at most 5 s on one core).
// Prints figures; never passes or fails on time.
//   bench_einvoice [--statements N] [--lines L]
// 1. N approved statements (default 10,000) of L lines each (default 20), German customers
//    taxed at 19 % and set up for e-invoicing, made through the importer and a billing run.
// 2. UblWriter::statement() alone on every statement, one after another: the XML writing.
// 3. The export as `invoices export --as ubl` runs it (StatementExporter on one thread): read
//    the statements, write each file atomically, keep every file's SHA-256 and data.
#include "bench_support.h"
#include "core/billing/billing_run.h"
#include "core/billing/statement_service.h"
#include "core/einvoice/ubl_writer.h"
#include "core/formats/statement_export.h"
#include "core/pricing/pricing_service.h"
#include "core/settings/account_info_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/usage/usage_importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace bursar::core;
using bursar::bench::option;
using bursar::bench::peakKiB;

namespace {

Status setUp(Database &db, int count, const QString &usage)
{
    AccountInfoService info(db);
    AccountInfo ours = *info.load();
    ours.companyName = QStringLiteral("Northwind Cloud Distribution GmbH");
    ours.contact.city = QStringLiteral("Berlin");
    ours.contact.country = QStringLiteral("Germany");
    if (Status s = info.save(ours); !s)
        return s;
    const qint64 book = PricingService(db, QDate(2026, 8, 1))
                            .addPricebook(Vendor::Aws, QStringLiteral("Std"), Decimal::fromInt(10))
                            ->first;
    QStringList sql{
        QStringLiteral("UPDATE einvoice_seller SET legal_name = 'Northwind Cloud Distribution GmbH', vat_id = "
                       "'DE299999998', endpoint_id = 'DE299999998', endpoint_scheme = '9930', iban = "
                       "'DE89370400440532013000', bic = 'COBADEFFXXX' WHERE id = 1"),
        QStringLiteral("INSERT INTO tenants (id, kind, name) VALUES (1, 'distributor', 'D')"),
        QStringLiteral("INSERT INTO tax_rates (region, state, name, rate, from_date, created_at, created_by) VALUES "
                       "('DE', '', 'USt', '19', '2020-01-01', '2026-01-01', 'bench')")};
    QString customers = QStringLiteral("INSERT INTO customers (id, tenant_id, name, city, country, region, state, "
                                       "payment_terms_days, search_text, created_at, updated_at, updated_by) VALUES ");
    QString accounts =
        QStringLiteral("INSERT INTO vendor_accounts (vendor, account_id, customer_id, created_at) VALUES ");
    QString providers =
        QStringLiteral("INSERT INTO customer_providers (customer_id, vendor, enabled, currency, pricebook_id) VALUES ");
    QString einvoice = QStringLiteral("INSERT INTO customer_einvoice (customer_id, receives, vat_id, endpoint_id, "
                                      "endpoint_scheme, buyer_reference, updated_at, updated_by) VALUES ");
    for (int i = 0; i < count; ++i) {
        const QString sep = i ? QStringLiteral(",") : QString();
        const qint64 id = 100001 + i;
        customers += sep + QStringLiteral("(%1, 1, 'Kunde %1 Logistik GmbH & Co. KG', 'München', 'Germany', 'DE', "
                                          "'BY', 30, '', '2026-01-01', '2026-01-01', 'bench')")
                               .arg(id);
        accounts += sep + QStringLiteral("('aws', '%1', %2, '2026-01-01')").arg(500000000000LL + id).arg(id);
        providers += sep + QStringLiteral("(%1, 'aws', 1, 'EUR', %2)").arg(id).arg(book);
        einvoice += sep + QStringLiteral("(%1, 1, 'DE%2', 'DE%2', '9930', 'PO-%1', '2026-01-01', 'bench')")
                              .arg(id)
                              .arg(100000000 + id);
    }
    sql << customers << accounts << providers << einvoice;
    for (const QString &s : sql)
        if (Status r = Sql(db, s).exec(QStringLiteral("setting up")); !r)
            return r;
    if (auto imported = UsageImporter(db).importFile(usage, {}); !imported)
        return imported.error();
    return success();
}

QByteArray usageFile(int count, int lines)
{
    QByteArray bytes = "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,ProviderName,"
                       "PublisherName,SubAccountId,ServiceName,ServiceCategory\n";
    const QByteArrayList types{"Compute", "Databases", "Networking", "Storage", "Analytics"};
    for (int i = 0; i < count; ++i)
        for (int l = 0; l < lines; ++l)
            bytes += QByteArray::number(10 + (i * 7 + l * 13) % 900) + '.' + QByteArray::number(1000 + l % 9000) +
                     ",EUR,2026-09-01T00:00:00Z,2026-09-03T00:00:00Z,Usage,AWS,AWS," +
                     QByteArray::number(500000000000LL + 100001 + i) + ",\"Amazon service " + QByteArray::number(l) +
                     " (" + types.at(l % 5) + ")\"," + types.at(l % 5) + '\n';
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int count = option(args, QStringLiteral("--statements"), QStringLiteral("10000")).toInt();
    const int lines = option(args, QStringLiteral("--lines"), QStringLiteral("20")).toInt();
    // Writer threads of the export: files are written and synced to disk one by one, so more
    // threads than cores overlap the waits for the disk (run under `taskset -c 0` for one core).
    const int threads = option(args, QStringLiteral("--threads"), QStringLiteral("1")).toInt();
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("einvoice.sqlite")));
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const QString usage = dir.filePath(QStringLiteral("usage.csv"));
    {
        QFile f(usage);
        if (!f.open(QIODevice::WriteOnly) || f.write(usageFile(count, lines)) < 0)
            return 1;
    }
    if (Status s = setUp(**db, count, usage); !s) {
        out << s.message() << '\n';
        return 1;
    }
    GenerateRequest request;
    request.period = QStringLiteral("2026-09");
    request.options.includeTax = true;
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
    out.flush();

    StatementExporter exporter(**db);
    QElapsedTimer reading;
    reading.start();
    auto docs = exporter.inputs(ids, QDate::currentDate(), true);
    out << QStringLiteral("reading the %1 statements with their e-invoice data (StatementExporter::inputs): %2 ms\n")
               .arg(ids.size())
               .arg(reading.elapsed());
    if (!docs) {
        out << docs.error().message << '\n';
        return 1;
    }
    QElapsedTimer writing;
    writing.start();
    qint64 bytes = 0;
    int refused = 0;
    for (const StatementInput &d : *docs) {
        auto xml = UblWriter::statement(d);
        bytes += xml ? xml->size() : 0;
        refused += xml ? 0 : 1;
    }
    out << QStringLiteral("UblWriter::statement on one core: %1 statements in %2 ms (%3 refused), %4 KB per file\n")
               .arg(docs->size())
               .arg(writing.elapsed())
               .arg(refused)
               .arg(bytes / std::max<qsizetype>(1, docs->size()) / 1000);
    out.flush();

    // --folder DIR: where the files go (default a temporary folder): a tmpfs (/dev/shm)
    // separates what the disk costs from what Bursar costs.
    const QString where = option(args, QStringLiteral("--folder"), QString());
    QTemporaryDir folder(where.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-einvoice-XXXXXX")
                                         : where + QStringLiteral("/bench-einvoice-XXXXXX"));
    ExportRequest r;
    r.statements = ids;
    r.format = QStringLiteral("ubl");
    r.folder = folder.path();
    r.threads = threads;
    QElapsedTimer batch;
    batch.start();
    auto result = exporter.run(r);
    const qint64 ms = batch.elapsed();
    out << QStringLiteral("UBL export of %1 statements on %5 writer thread(s) (read, write each file atomically and "
                          "synced, keep SHA-256): %2 ms (goal <= 5000 ms); %3 refused; peak memory %4 MiB\n")
               .arg(result ? result->written.size() : 0)
               .arg(ms)
               .arg(result ? result->failed.size() : -1)
               .arg(peakKiB() / 1024)
               .arg(threads);
    return result && result->failed.isEmpty() ? 0 : 1;
}
