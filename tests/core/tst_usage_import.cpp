// Usage import: the CSV reader, the four formats, exact totals against an independent sum,
// idempotence, unmapped accounts, marketplace detection, and the bad-input table: every bad
// file is refused with file, line, column and reason, and the database is left unchanged.
#include "core/customers/customer_service.h"
#include "core/demo/usage_generator.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/usage/csv_reader.h"
#include "core/usage/usage_importer.h"
#include "core/usage/usage_records.h"
#include "core/usage/vendor_catalog.h"
#include "core/users/user_service.h"
#include "tests/support/test_database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace bursar::core;
using bursar::test::named;
using bursar::test::TestDatabase;

namespace {

/// A device that yields a header and then one line of `size` bytes without storing it: the
/// "2 GB line" costs no disk and no memory.
class EndlessLine : public QIODevice
{
public:
    explicit EndlessLine(qint64 size) : m_size(size) { open(QIODevice::ReadOnly); }
    qint64 produced() const { return m_pos; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        static const QByteArray header = "BilledCost,BillingCurrency\n";
        qint64 n = 0;
        while (n < max && m_pos < m_size) {
            data[n++] = m_pos < header.size() ? header.at(m_pos) : 'x';
            ++m_pos;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_pos = 0;
};

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

QString generate(const QString &dir, const QString &name, const UsageFileSpec &spec)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !writeUsageFile(&f, spec).ok())
        qFatal("cannot generate %s", qPrintable(path));
    return path;
}

const QByteArray FocusHeader =
    "BilledCost,ListCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargeCategory,"
    "ChargeClass,ProviderName,PublisherName,SubAccountId,ServiceName,ServiceCategory,ConsumedQuantity,PricingUnit\n";

QByteArray focusRow(const QByteArray &cost, const QByteArray &account = "111122223333",
                    const QByteArray &publisher = "Amazon Web Services, Inc.",
                    const QByteArray &date = "2026-09-03T00:00:00Z", const QByteArray &currency = "USD",
                    const QByteArray &category = "Usage")
{
    return cost + ",," + currency + ",2026-09-01T00:00:00Z,2026-10-01T00:00:00Z," + date + ',' + category + ",,AWS," +
           '"' + publisher + "\"," + account + ",Amazon EC2,Compute,1.5,Hrs\n";
}

qint64 count(TestDatabase &t, const QString &table)
{
    return t.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

/// Exact sums per account, product and currency of `query`'s rows (account, product,
/// currency, amount), as "account\tproduct\tcurrency\tsum" lines.
QStringList sumsOf(TestDatabase &t, const QString &query)
{
    Sql q(t.db(), query);
    if (!q.exec().ok())
        return {};
    QMap<QString, WideDecimal> sums;
    while (q.next()) {
        const QString key = q.value(0).toString() + u'\t' + q.value(1).toString() + u'\t' + q.value(2).toString();
        sums[key] += *WideDecimal::parseVendor(q.value(3).toString().toUtf8());
    }
    QStringList out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out << it.key() + u'\t' + it.value().toString();
    return out;
}

/// Every stored line, summed.
QStringList storedSums(TestDatabase &t)
{
    return sumsOf(t, QStringLiteral("SELECT t.account_id, t.product, t.currency, l.cost FROM usage_lines l JOIN "
                                    "usage_totals t ON t.import_id = l.import_id AND t.total_no = l.total_no"));
}

/// The same sums from usage_totals, which reports read.
QStringList totalSums(TestDatabase &t)
{
    return sumsOf(t, QStringLiteral("SELECT account_id, product, currency, cost FROM usage_totals"));
}

QStringList pythonSums(const QString &format, const QString &path, const QStringList &options = {})
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral(BURSAR_SUM_USAGE), format, path} + options);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("sum_usage.py failed: %s", p.readAllStandardError().constData());
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

} // namespace

class TestUsageImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- CSV reader -------------------------------------------------------------------

    void csv_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("records"); // fields joined by '|'
        QTest::addColumn<QString>("error");       // expected words in the error, empty when none
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QStringList{"a|b", "1|2"} << QString();
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringList{"a|b", "1|2"} << QString();
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QStringList{"a|b", "1|2"} << QString();
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFx,y\n") << QStringList{"x|y"} << QString();
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << QStringList{"a,b|c"} << QString();
        QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",c\n") << QStringList{"say \"hi\"|c"}
                                       << QString();
        QTest::newRow("newline in quotes")
            << QByteArray("\"l1\r\nl2\",c\nd,e\n") << QStringList{"l1\r\nl2|c", "d|e"} << QString();
        QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList{"||"} << QString();
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n\n") << QStringList{"a", "b"} << QString();
        QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << QStringList{"|x"} << QString();
        QTest::newRow("utf8") << QByteArray("München,東京\n") << QStringList{"München|東京"} << QString();
        QTest::newRow("stray quote") << QByteArray("a,b\"c\n") << QStringList{} << QStringLiteral("Line 1, column 2");
        QTest::newRow("text after quote")
            << QByteArray("a\n\"b\"c,d\n") << QStringList{"a"} << QStringLiteral("Line 2, column 1");
        QTest::newRow("truncated in quotes")
            << QByteArray("a,b\n1,\"unfinished\n") << QStringList{"a|b"} << QStringLiteral("truncated");
        QTest::newRow("invalid utf8") << QByteArray("a,b\nok,\xC3\x28\n") << QStringList{"a|b"}
                                      << QStringLiteral("Line 2, column 2 is not UTF-8");
        QTest::newRow("utf8 split over two fields")
            << QByteArray("a,\xE6,\xBA\xAC\n") << QStringList{} << QStringLiteral("Line 1, column 2 is not UTF-8");
        QTest::newRow("overlong utf8") << QByteArray("\xC0\xAF\n") << QStringList{} << QStringLiteral("not UTF-8");
        QTest::newRow("utf16") << QByteArray("\xFF\xFE"
                                             "a\0,\0")
                               << QStringList{} << QStringLiteral("UTF-16");
    }

    void csv()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, records);
        QFETCH(QString, error);
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QStringList got;
        CsvReader::Step step;
        while ((step = reader.next()) == CsvReader::Step::Record) {
            QStringList fields;
            for (QByteArrayView f : reader.fields())
                fields << QString::fromUtf8(f);
            got << fields.join(u'|');
        }
        QCOMPARE(got, records);
        if (error.isEmpty()) {
            QCOMPARE(step, CsvReader::Step::End);
        } else {
            QCOMPARE(step, CsvReader::Step::Error);
            QVERIFY2(reader.errorMessage().contains(error), qPrintable(reader.errorMessage()));
        }
    }

    void csv_chunkBoundariesDoNotMatter()
    {
        // Records that straddle the reader's 1 MiB chunks parse the same as short ones.
        QByteArray input = "h1,h2\n";
        for (int i = 0; i < 40000; ++i)
            input += "\"v," + QByteArray::number(i) + " \"\"q\"\"\",plain" + QByteArray::number(i) + "\r\n";
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QCOMPARE(reader.next(), CsvReader::Step::Record);
        for (int i = 0; i < 40000; ++i) {
            QCOMPARE(reader.next(), CsvReader::Step::Record);
            QCOMPARE(reader.fields().at(0), QByteArray("v," + QByteArray::number(i) + " \"q\""));
            QCOMPARE(reader.fields().at(1), QByteArray("plain" + QByteArray::number(i)));
            QCOMPARE(reader.line(), i + 2);
        }
        QCOMPARE(reader.next(), CsvReader::Step::End);
    }

    void csv_twoGigabyteLineIsRefusedWithoutReadingIt()
    {
        EndlessLine device(qint64(2) * 1024 * 1024 * 1024);
        CsvReader reader(&device);
        QCOMPARE(reader.next(), CsvReader::Step::Record);
        QCOMPARE(reader.next(), CsvReader::Step::Error);
        QVERIFY2(reader.errorMessage().contains(QStringLiteral("Line 2 is longer than 16 MiB")),
                 qPrintable(reader.errorMessage()));
        QVERIFY(device.produced() < 64 * 1024 * 1024); // it stopped early
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso z") << QByteArray("2024-09-01T00:00:00Z") << QDate(2024, 9, 1);
        QTest::newRow("iso ms") << QByteArray("2024-09-30T23:59:59.999Z") << QDate(2024, 9, 30);
        QTest::newRow("space") << QByteArray("2024-09-01 00:00:00") << QDate(2024, 9, 1);
        QTest::newRow("date only") << QByteArray("2024-02-29") << QDate(2024, 2, 29);
        QTest::newRow("offset") << QByteArray("2024-09-01T00:00:00+00:00") << QDate(2024, 9, 1);
        QTest::newRow("azure us") << QByteArray("09/01/2024") << QDate(2024, 9, 1);
        QTest::newRow("unpadded") << QByteArray("9/2/2023") << QDate(2023, 9, 2);
        QTest::newRow("unpadded day") << QByteArray("12/5/2023") << QDate(2023, 12, 5);
        QTest::newRow("unpadded month") << QByteArray("9/30/2023") << QDate(2023, 9, 30);
        QTest::newRow("partner center time") << QByteArray("9/2/2023 12:00:00 AM") << QDate(2023, 9, 2);
        QTest::newRow("day first refused") << QByteArray("30/9/2023") << QDate();
        QTest::newRow("two-digit year") << QByteArray("9/2/23") << QDate();
        QTest::newRow("three-digit day") << QByteArray("9/123/2023") << QDate();
        QTest::newRow("no day") << QByteArray("9//2023") << QDate();
        QTest::newRow("time glued") << QByteArray("9/2/2023T00:00") << QDate();
        QTest::newRow("no feb 30") << QByteArray("2024-02-30") << QDate();
        QTest::newRow("words") << QByteArray("September 1") << QDate();
        QTest::newRow("junk time") << QByteArray("2024-09-01Tnoon") << QDate();
        QTest::newRow("month 13") << QByteArray("13/01/2024") << QDate();
    }

    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDate, date);
        const auto parsed = parseUsageDate(text);
        QCOMPARE(parsed.value_or(QDate()), date);
    }

    // ---- importing -------------------------------------------------------------------

    void focus_totalsEqualAnIndependentExactSum_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("formatKey");
        QTest::addColumn<int>("maxPlaces");
        QTest::newRow("focus aws") << vendorKey(Vendor::Aws) << int(UsageFormat::Focus) << QStringLiteral("focus")
                                   << 16;
        QTest::newRow("focus microsoft") << vendorKey(Vendor::Microsoft) << int(UsageFormat::Focus)
                                         << QStringLiteral("focus") << 16;
        QTest::newRow("focus google") << vendorKey(Vendor::Google) << int(UsageFormat::Focus) << QStringLiteral("focus")
                                      << 16;
        QTest::newRow("aws cur") << vendorKey(Vendor::Aws) << int(UsageFormat::AwsCur) << QStringLiteral("aws-cur")
                                 << 16;
        QTest::newRow("azure") << vendorKey(Vendor::Microsoft) << int(UsageFormat::Azure) << QStringLiteral("azure")
                               << 16;
        QTest::newRow("partner center") << vendorKey(Vendor::Microsoft) << int(UsageFormat::PartnerCenter)
                                        << QStringLiteral("partner-center") << 16;
        // Amortized exports: 20 to 24 decimals; and the whole range, 36.
        QTest::newRow("azure amortized, 24 places")
            << vendorKey(Vendor::Microsoft) << int(UsageFormat::Azure) << QStringLiteral("azure") << 24;
        QTest::newRow("focus, 36 places")
            << vendorKey(Vendor::Aws) << int(UsageFormat::Focus) << QStringLiteral("focus") << 36;
    }

    void focus_totalsEqualAnIndependentExactSum()
    {
        QFETCH(QString, vendor);
        QFETCH(int, format);
        QFETCH(QString, formatKey);
        QFETCH(int, maxPlaces);
        TestDatabase t;
        UsageFileSpec spec;
        spec.maxPlaces = maxPlaces;
        spec.vendor = vendorFromText(vendor).value();
        spec.format = UsageFormat(format);
        spec.rows = 3000;
        spec.seed = 20261123;
        spec.periods = {QStringLiteral("2026-08"), QStringLiteral("2026-09")}; // one file, two periods
        for (int i = 0; i < 25; ++i)
            spec.accounts << (spec.vendor == Vendor::Microsoft
                                  ? QStringLiteral("0000aaaa-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'))
                                  : QString::number(100000000000LL + i * 7919));
        const QString path = generate(t.dir(), QStringLiteral("usage.csv"), spec);
        auto summary = UsageImporter(t.db()).importFile(path, {});
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        QCOMPARE(usageFormatKey(summary->format), formatKey);
        QCOMPARE(summary->vendor, vendorFromText(vendor).value());
        QCOMPARE(summary->rows, 3000);
        QCOMPARE(summary->lines + summary->ignored, 3000);
        QCOMPARE(summary->periods, (QStringList{QStringLiteral("2026-08"), QStringLiteral("2026-09")}));
        QCOMPARE(summary->unmappedAccounts.size(), 25);
        QCOMPARE(count(t, QStringLiteral("usage_lines")), summary->lines);

        const QStringList expected = pythonSums(formatKey, path);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(storedSums(t), expected);
        QCOMPARE(totalSums(t), expected);
        // The summary's per-currency total is the sum of everything.
        WideDecimal all;
        for (const QString &line : expected)
            all += *WideDecimal::parseVendor(line.section(u'\t', 3).toUtf8());
        QCOMPARE(summary->totals.size(), 1);
        QCOMPARE(summary->totals.first().currency, QStringLiteral("USD"));
        QCOMPARE(summary->totals.first().cost, all);
    }

    void sameFileTwice_changesNothingAndSaysSo()
    {
        TestDatabase t;
        const QString path =
            writeFile(t.dir(), QStringLiteral("a.csv"), FocusHeader + focusRow("1.25") + focusRow("2.5"));
        auto first = UsageImporter(t.db()).importFile(path, {});
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QVERIFY(!first->alreadyImported);
        const qint64 audits = count(t, QStringLiteral("audit_log"));
        // The same bytes under another name are still the same file.
        const QString copy =
            writeFile(t.dir(), QStringLiteral("copy.csv"), FocusHeader + focusRow("1.25") + focusRow("2.5"));
        auto second = UsageImporter(t.db()).importFile(copy, {});
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QVERIFY(second->alreadyImported);
        QCOMPARE(second->importId, first->importId);
        // Issue 14: the earlier import is named by its own file name, not the new one's.
        QCOMPARE(second->fileName, QStringLiteral("copy.csv"));
        QCOMPARE(second->earlierFileName, QStringLiteral("a.csv"));
        QCOMPARE(count(t, QStringLiteral("usage_imports")), 1);
        QCOMPARE(count(t, QStringLiteral("usage_lines")), 2);
        QCOMPARE(count(t, QStringLiteral("audit_log")), audits);
        QCOMPARE(second->totals.first().cost.toString(), QStringLiteral("3.75"));
    }

    void unmappedAccounts_countOnceMappedWithoutReimport()
    {
        TestDatabase t;
        CustomerService customers(t.db());
        const qint64 id = *customers.addCustomer(named(QStringLiteral("Acme")));
        const QString path = writeFile(t.dir(), QStringLiteral("u.csv"),
                                       FocusHeader + focusRow("10", "111122223333") + focusRow("5", "444455556666"));
        auto summary = UsageImporter(t.db()).importFile(path, {});
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        QCOMPARE(summary->unmappedAccounts,
                 (QStringList{QStringLiteral("111122223333"), QStringLiteral("444455556666")}));
        QVERIFY(customers.mapAccount({Vendor::Aws, QStringLiteral("111122223333"), id, {}}).ok());
        auto unmapped = UsageImporter(t.db()).unmappedAccounts();
        QVERIFY(unmapped.ok());
        QCOMPARE(unmapped->size(), 1);
        QCOMPARE(unmapped->first().accountId, QStringLiteral("444455556666"));
        QCOMPARE(unmapped->first().totals.first().cost.toString(), QStringLiteral("5"));
        QCOMPARE(count(t, QStringLiteral("usage_imports")), 1);
    }

    void marketplace_isAPublisherThatIsNotTheVendor()
    {
        TestDatabase t;
        const QString path = writeFile(t.dir(), QStringLiteral("m.csv"),
                                       FocusHeader + focusRow("1", "111122223333", "Amazon Web Services EMEA SARL") +
                                           focusRow("2", "111122223333", "AMAZON WEB SERVICES, INC.") +
                                           focusRow("3", "111122223333", "Datadog, Inc."));
        QVERIFY(UsageImporter(t.db()).importFile(path, {}).ok());
        QCOMPARE(t.scalar(QStringLiteral("SELECT SUM(lines) FROM usage_totals WHERE marketplace = 1")).toInt(), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT publisher FROM usage_totals WHERE marketplace = 1")).toString(),
                 QStringLiteral("Datadog, Inc."));
        // Once the clerk lists an entity as the vendor's own, its rows are not marketplace.
        QVERIFY(VendorEntities(t.db()).add(Vendor::Aws, QStringLiteral("Datadog, Inc.")).ok());
        const QString again =
            writeFile(t.dir(), QStringLiteral("m2.csv"), FocusHeader + focusRow("4", "111122223333", "Datadog, Inc."));
        QVERIFY(UsageImporter(t.db()).importFile(again, {}).ok());
        QCOMPARE(t.scalar(QStringLiteral("SELECT SUM(lines) FROM usage_totals WHERE marketplace = 1")).toInt(), 1);
        QVERIFY(!VendorEntities(t.db()).add(Vendor::Aws, QStringLiteral("datadog, inc.")).ok());
    }

    void vendorTaxAndCreditRows_areKeptApart()
    {
        TestDatabase t;
        const QString path = writeFile(
            t.dir(), QStringLiteral("tc.csv"),
            FocusHeader + focusRow("100") +
                focusRow("8.25", "111122223333", "Amazon Web Services, Inc.", "2026-09-03T00:00:00Z", "USD", "Tax") +
                focusRow("-20", "111122223333", "Amazon Web Services, Inc.", "2026-09-03T00:00:00Z", "USD", "Credit"));
        QVERIFY(UsageImporter(t.db()).importFile(path, {}).ok());
        QCOMPARE(Decimal::parseVendor(
                     t.scalar(QStringLiteral("SELECT cost FROM usage_totals WHERE kind = 'tax'")).toString().toUtf8())
                     ->toString(),
                 QStringLiteral("8.25"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_totals WHERE kind = 'credit'")).toInt(), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_totals WHERE kind = 'usage'")).toInt(), 1);
        // The credit is listed per customer and account, for the clerk to pass on.
        CustomerService customers(t.db());
        const qint64 id = *customers.addCustomer(named(QStringLiteral("Acme")));
        QVERIFY(customers.mapAccount({Vendor::Aws, QStringLiteral("111122223333"), id, {}}).ok());
        auto credits =
            UsageImporter(t.db()).vendorCredits(Vendor::Aws, QStringLiteral("2026-09"), QStringLiteral("2026-09"));
        QVERIFY2(credits.ok(), qPrintable(credits.message()));
        QCOMPARE(credits->size(), 1);
        QCOMPARE(credits->first().customerId, id);
        QCOMPARE(credits->first().accountId, QStringLiteral("111122223333"));
        QCOMPARE(credits->first().amount.toString(), QStringLiteral("-20"));
        QVERIFY(UsageImporter(t.db())
                    .vendorCredits(Vendor::Aws, QStringLiteral("2026-10"), QStringLiteral("2026-10"))
                    ->isEmpty());
    }

    // The lists the window reads page by page: every page size gives the whole list, in
    // order, with nothing twice, and the count says how many there are.
    void lists_pagesAddUpToTheWholeList()
    {
        TestDatabase t;
        QByteArray rows;
        for (int a = 0; a < 7; ++a) {
            const QByteArray account = QByteArray::number(100000000000LL + a * 1111);
            rows += focusRow(QByteArray::number(a + 1) + ".5", account);
            rows += focusRow(QByteArray::number(a + 2), account, "Amazon Web Services, Inc.", "2026-09-04T00:00:00Z",
                             "EUR");
            rows += focusRow("-" + QByteArray::number(a + 1), account, "Amazon Web Services, Inc.",
                             "2026-09-05T00:00:00Z", "USD", "Credit");
            if (a % 2 == 0)
                rows +=
                    focusRow("-0.25", account, "Amazon Web Services, Inc.", "2026-09-06T00:00:00Z", "EUR", "Credit");
        }
        for (int f = 0; f < 5; ++f)
            QVERIFY(UsageImporter(t.db())
                        .importFile(writeFile(t.dir(), QStringLiteral("p%1.csv").arg(f),
                                              FocusHeader + rows + focusRow(QByteArray::number(f) + ".01")),
                                    {})
                        .ok());
        CustomerService customers(t.db());
        const qint64 id = *customers.addCustomer(named(QStringLiteral("Acme")));
        QVERIFY(customers.mapAccount({Vendor::Aws, QStringLiteral("100000003333"), id, {}}).ok());
        UsageImporter importer(t.db());
        auto check = [](auto count, auto read, auto key) {
            const auto whole = read(Page{});
            QVERIFY2(whole.ok(), qPrintable(whole.message()));
            QCOMPARE(*count(), qint64(whole->size()));
            QVERIFY(whole->size() > 4);
            for (int size : {1, 2, 3, 5, 100}) {
                QStringList paged;
                for (int offset = 0; offset < whole->size() + size; offset += size) {
                    const auto page = read(Page{offset, size});
                    QVERIFY2(page.ok(), qPrintable(page.message()));
                    QVERIFY(page->size() <= size);
                    for (const auto &r : *page)
                        paged << key(r);
                }
                QStringList all;
                for (const auto &r : *whole)
                    all << key(r);
                QCOMPARE(paged, all);
            }
        };
        check([&] { return importer.historyCount(); }, [&](Page p) { return importer.history(p); },
              [](const ImportRecord &r) {
                  QString s = r.fileName;
                  for (const WideCurrencyTotal &c : r.totals)
                      s += c.currency + c.cost.toString();
                  return s;
              });
        check([&] { return importer.unmappedAccountCount(); }, [&](Page p) { return importer.unmappedAccounts({}, p); },
              [](const UnmappedAccount &a) {
                  QString s = a.accountId + a.periods.join(u',') + QString::number(a.lines);
                  for (const WideCurrencyTotal &c : a.totals)
                      s += c.currency + c.cost.toString();
                  return s;
              });
        const QString from = QStringLiteral("2026-09"), to = QStringLiteral("2026-09");
        check([&] { return importer.vendorCreditCount(Vendor::Aws, from, to); },
              [&](Page p) { return importer.vendorCredits(Vendor::Aws, from, to, p); },
              [](const VendorCredit &c) -> QString {
                  return QString::number(c.customerId) + c.accountId + c.currency + c.amount.toString() +
                         QString::number(c.lines);
              });
        // Each vendor-credit entry adds up every file's rows of its key. The first key is the
        // first account's EUR credit (EUR sorts before USD): 5 files of -0.25 each; the
        // second its USD credit: 5 files of -1.
        auto first = importer.vendorCredits(Vendor::Aws, from, to, Page{0, 2});
        QCOMPARE(first->at(0).amount.toString(), QStringLiteral("-1.25"));
        QCOMPARE(first->at(0).lines, 5);
        QCOMPARE(first->at(1).amount.toString(), QStringLiteral("-5"));
    }

    void scientificNotationAndSixteenDecimals_areExact()
    {
        TestDatabase t;
        const QString path = writeFile(t.dir(), QStringLiteral("e.csv"),
                                       FocusHeader + focusRow("5.64902E-05") + focusRow("0.1234567890123456") +
                                           focusRow("NULL").replace("NULL,,", "0,NULL,"));
        auto s = UsageImporter(t.db()).importFile(path, {});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->totals.first().cost.toString(), QStringLiteral("0.1235132792123456"));
    }

    void cur_ignoresFreeTierAndKnowsMarketplaceByBillingEntity()
    {
        TestDatabase t;
        const QByteArray header =
            "bill/BillingEntity,lineItem/UsageAccountId,lineItem/LineItemType,lineItem/UsageStartDate,"
            "lineItem/CurrencyCode,lineItem/UnblendedCost,lineItem/LineItemDescription,"
            "product/ProductName\n";
        const QString path = writeFile(
            t.dir(), QStringLiteral("cur.csv"),
            header + "AWS,111122223333,Usage,2026-09-02T00:00:00Z,USD,12.5,EC2 usage,Amazon Elastic Compute Cloud\n" +
                "AWS,111122223333,Credit,2026-09-02T00:00:00Z,USD,-0.77,AWS Free Tier benefit,Amazon S3\n" +
                "AWS Marketplace,111122223333,Usage,2026-09-02 00:00:00,USD,99,Datadog Pro,Datadog\n");
        auto s = UsageImporter(t.db()).importFile(path, {});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->format, UsageFormat::AwsCur);
        QCOMPARE(s->rows, 3);
        QCOMPARE(s->ignored, 1);
        QCOMPARE(s->lines, 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT product FROM usage_totals WHERE marketplace = 1")).toString(),
                 QStringLiteral("Datadog"));
        QCOMPARE(s->totals.first().cost.toString(), QStringLiteral("111.5"));
        // --vendor contradicting the format is refused.
        ImportOptions wrong;
        wrong.vendor = Vendor::Google;
        auto refused = UsageImporter(t.db()).importFile(path, wrong);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("AWS")), qPrintable(refused.message()));
    }

    void azure_readsMonthFirstDatesAndSubscriptionPaths()
    {
        TestDatabase t;
        const QByteArray header = "\xEF\xBB\xBF"
                                  "SubscriptionId,Date,ProductName,MeterCategory,Quantity,EffectivePrice,"
                                  "CostInBillingCurrency,BillingCurrencyCode,PublisherType\r\n";
        const QString path = writeFile(
            t.dir(), QStringLiteral("azure.csv"),
            header +
                "/subscriptions/AB12CD34-0000-4000-8000-000000000001/resourceGroups/rg,09/30/2026,Virtual Machines,"
                "Compute,2,0.5,1.0000000000000001,EUR,Azure\r\n" +
                "ab12cd34-0000-4000-8000-000000000001,09/01/2026,SaaS thing,SaaS,1,10,10,EUR,Marketplace\r\n");
        auto s = UsageImporter(t.db()).importFile(path, {});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->vendor, Vendor::Microsoft);
        QCOMPARE(s->unmappedAccounts, QStringList{QStringLiteral("ab12cd34-0000-4000-8000-000000000001")});
        QCOMPARE(s->periods, QStringList{QStringLiteral("2026-09")});
        QCOMPARE(s->totals.first().currency, QStringLiteral("EUR"));
        QCOMPARE(s->totals.first().cost.toString(), QStringLiteral("11.0000000000000001"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT SUM(lines) FROM usage_totals WHERE marketplace = 1")).toInt(), 1);
        // Mapping the subscription as the portal shows it (a path, upper case) maps what was imported.
        CustomerService customers(t.db());
        const qint64 id = *customers.addCustomer(named(QStringLiteral("Contoso")));
        QVERIFY(
            customers
                .mapAccount(
                    {Vendor::Microsoft, QStringLiteral("/subscriptions/AB12CD34-0000-4000-8000-000000000001"), id, {}})
                .ok());
        QVERIFY(UsageImporter(t.db()).unmappedAccounts()->isEmpty());
        QCOMPARE(
            **customers.customerForAccount(Vendor::Microsoft, QStringLiteral("AB12CD34-0000-4000-8000-000000000001")),
            id);
    }

    /// Files as the vendors write them (tests/fixtures/vendors, README there): each imports
    /// without --vendor or --as, and every account's total equals an independent exact sum.
    /// The benchmark's FinOps file in small: rows of three providers interleaved, split per
    /// vendor, each vendor's sum the independent exact sum of its provider's rows.
    void focus_generatedMultiProviderFile_splitsExactlyPerVendor()
    {
        TestDatabase t;
        UsageFileSpec spec;
        spec.providers = {Vendor::Aws, Vendor::Microsoft, Vendor::Google};
        spec.rows = 3000;
        spec.seed = 20261205;
        spec.periods = {QStringLiteral("2026-09")};
        for (int i = 0; i < 20; ++i)
            spec.accounts << QString::number(300000000000LL + i * 7919);
        const QString path = generate(t.dir(), QStringLiteral("finops.csv"), spec);
        auto s = UsageImporter(t.db()).importFile(path, {});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->rows, 3000);
        // In the vendors' own order (Settings > Vendors), not their keys' alphabetical one.
        QCOMPARE(s->vendors, (QList<Vendor>{Vendor::Aws, Vendor::Microsoft, Vendor::Google}));
        QCOMPARE(storedSums(t), pythonSums(QStringLiteral("focus"), path));
        QStringList perVendor;
        for (const QString &line : sumsOf(t, QStringLiteral("SELECT vendor, '', currency, cost FROM usage_totals")))
            perVendor << line.section(u'\t', 0, 0) + u'\t' + line.section(u'\t', 2);
        // The ProviderName each vendor's rows carry in the generated file.
        const QHash<QString, QString> keyOf{{QStringLiteral("AWS"), QStringLiteral("aws")},
                                            {QStringLiteral("Microsoft"), QStringLiteral("microsoft")},
                                            {QStringLiteral("Google Cloud"), QStringLiteral("google")}};
        QStringList expected;
        for (const QString &line : pythonSums(QStringLiteral("focus"), path, {QStringLiteral("--per-provider")})) {
            QVERIFY2(keyOf.contains(line.section(u'\t', 0, 0)), qPrintable(line));
            expected << keyOf.value(line.section(u'\t', 0, 0)) + u'\t' + line.section(u'\t', 1);
        }
        QCOMPARE(expected.size(), 3);
        std::sort(expected.begin(), expected.end());
        std::sort(perVendor.begin(), perVendor.end());
        QCOMPARE(perVendor, expected);
    }

    void vendorFiles_importWithExactSums_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("formatKey");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("periods");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("total"); // worked out by hand from the file
        const QString ms = vendorKey(Vendor::Microsoft);
        QTest::newRow("older EA, BOM, SubscriptionGuid") << "azure-ea-older-actual.csv"
                                                         << "azure" << 5 << QStringList{"2023-09"} << ms << "EUR"
                                                         << "17.6165024566";
        QTest::newRow("MCA camelCase, 9/1/2023") << "azure-mca-actual.csv"
                                                 << "azure" << 5 << QStringList{"2023-09"} << ms << "EUR"
                                                 << "1244.65294787836";
        QTest::newRow("Partner Center, 9/2/2023 12:00:00 AM")
            << "partner-center-daily-rated.csv"
            << "partner-center" << 5 << QStringList{"2023-09"} << ms << "EUR"
            << "19.821348174193548";
        // Costs with 21 to 26 decimals, reservation hours and the unused ones.
        QTest::newRow("EA amortized, 26 places") << "azure-ea-amortized.csv"
                                                 << "azure" << 5 << QStringList{"2023-10"} << ms << "EUR"
                                                 << "9.61174212146118721461120001";
        // Charges at 23:00 on 30 September and on 26 September, billed in October.
        QTest::newRow("FOCUS, charges before the period")
            << "focus-aws-late-charges.csv"
            << "focus" << 5 << QStringList{"2024-10"} << vendorKey(Vendor::Aws) << "USD"
            << "4.640253";
    }

    void vendorFiles_importWithExactSums()
    {
        QFETCH(QString, file);
        QFETCH(QString, formatKey);
        QFETCH(int, rows);
        QFETCH(QStringList, periods);
        QFETCH(QString, vendor);
        QFETCH(QString, currency);
        QFETCH(QString, total);
        TestDatabase t;
        const QString path = QStringLiteral(BURSAR_FIXTURES "/vendors/") + file;
        auto s = UsageImporter(t.db()).importFile(path, {});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(usageFormatKey(s->format), formatKey);
        QCOMPARE(s->vendor, vendorFromText(vendor).value());
        QCOMPARE(s->rows, rows);
        QCOMPARE(s->lines, rows);
        QCOMPARE(s->periods, periods);
        QCOMPARE(s->totals.size(), 1);
        QCOMPARE(s->totals.first().currency, currency);
        QCOMPARE(s->totals.first().cost.toString(), total);
        const QStringList expected = pythonSums(formatKey, path);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(storedSums(t), expected);
        QCOMPARE(totalSums(t), expected);
    }

    /// A FinOps tool's FOCUS file holds every provider: its rows are split per vendor in one
    /// import; a provider no vendor claims refuses the file, naming it, unless left out.
    void focus_multiProvider_splitsPerVendor()
    {
        TestDatabase t;
        const QString path = QStringLiteral(BURSAR_FIXTURES "/vendors/focus-finops-multi-provider.csv");
        auto refused = UsageImporter(t.db()).importFile(path, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("providers no Bursar vendor claims: “Oracle” (rows: 3)")),
                 qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QStringLiteral("--skip-provider NAME")), qPrintable(refused.message()));
        QCOMPARE(count(t, QStringLiteral("usage_imports")), 0);

        ImportOptions leaveOracle;
        leaveOracle.skipProviders = {QStringLiteral("oracle")}; // in any letter case
        auto s = UsageImporter(t.db()).importFile(path, leaveOracle);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->vendors, (QList<Vendor>{Vendor::Aws, Vendor::Microsoft}));
        QCOMPARE(s->rows, 7);
        QCOMPARE(s->lines, 4);
        QCOMPARE(s->skippedProviders.size(), 1);
        QCOMPARE(s->skippedProviders.first().provider, QStringLiteral("Oracle"));
        QCOMPARE(s->skippedProviders.first().rows, 3);
        // 1.5456 + 0.023 (AWS) + 0.41966666666666666666 + 2.208 (Microsoft), by hand.
        QCOMPARE(s->totals.first().cost.toString(), QStringLiteral("4.19626666666666666666"));
        const QStringList leave{QStringLiteral("--skip-provider"), QStringLiteral("Oracle")};
        QCOMPARE(storedSums(t), pythonSums(QStringLiteral("focus"), path, leave));
        QStringList perVendor;
        for (const QString &line : sumsOf(t, QStringLiteral("SELECT vendor, '', currency, cost FROM usage_totals")))
            perVendor << line.section(u'\t', 0, 0) + u'\t' + line.section(u'\t', 2);
        QStringList expected;
        for (const QString &line :
             pythonSums(QStringLiteral("focus"), path, leave + QStringList{QStringLiteral("--per-provider")}))
            expected << vendorKey(*vendorFromText(line.section(u'\t', 0, 0))) + u'\t' + line.section(u'\t', 1);
        QCOMPARE(perVendor, expected);
        QVERIFY(t.scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'import' ORDER BY id DESC"))
                    .toString()
                    .contains(QStringLiteral("left out: Oracle (rows: 3)")));

        // A file of nothing but left-out rows is no import.
        ImportOptions leaveAll;
        leaveAll.skipProviders = {QStringLiteral("AWS"), QStringLiteral("Microsoft"), QStringLiteral("Oracle")};
        TestDatabase empty;
        auto nothing = UsageImporter(empty.db()).importFile(path, leaveAll);
        QVERIFY(!nothing.ok());
        QVERIFY2(nothing.message().contains(QStringLiteral("every row was left out")), qPrintable(nothing.message()));
        QCOMPARE(count(empty, QStringLiteral("usage_imports")), 0);

        // --vendor is for one vendor's files: the Microsoft rows are not AWS usage.
        TestDatabase other;
        ImportOptions asAws = leaveOracle;
        asAws.vendor = Vendor::Aws;
        auto mixed = UsageImporter(other.db()).importFile(path, asAws);
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.message().contains(QStringLiteral(
                     "the row is Microsoft usage (provider “Microsoft”), but the file is imported as AWS")),
                 qPrintable(mixed.message()));
    }

    /// A charge up to 7 days before or 1 day after its billing period is billed in that
    /// period, and keeps its own date on the usage line (the drill-down shows it).
    void focus_chargesNearThePeriodBelongToTheBillingPeriod()
    {
        TestDatabase t;
        const QString path = writeFile(t.dir(), QStringLiteral("near.csv"),
                                       FocusHeader + focusRow("1.5", "111122223333", "AWS", "2026-08-25T00:00:00Z") +
                                           focusRow("2.25", "111122223333", "AWS", "2026-09-30T23:00:00+02:00") +
                                           focusRow("4", "111122223333", "AWS", "2026-10-01T05:00:00Z"));
        auto s = UsageImporter(t.db()).importFile(path, {});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->periods, QStringList{QStringLiteral("2026-09")});
        QCOMPARE(s->totals.first().cost.toString(), QStringLiteral("7.75"));
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT MIN(usage_date) || ' ' || MAX(usage_date) FROM usage_lines")).toString(),
            QStringLiteral("2026-08-25 2026-10-01"));
    }

    void asOption_overridesDetection()
    {
        TestDatabase t;
        // A Partner Center file whose header is missing its signature column cannot be detected...
        const QString path =
            writeFile(t.dir(), QStringLiteral("pc.csv"),
                      "CustomerId,SubscriptionId,ProductName,BillingPreTaxTotal,BillingCurrency,UsageDate\n"
                      "c1,sub-1,Azure plan,3.5,USD,2026-09-04\n");
        ImportOptions options;
        options.format = UsageFormat::Focus; // ...and forcing the wrong format names what is missing.
        auto wrong = UsageImporter(t.db()).importFile(path, options);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.message().contains(QStringLiteral("BilledCost")), qPrintable(wrong.message()));
        options.format = UsageFormat::PartnerCenter;
        auto right = UsageImporter(t.db()).importFile(path, options);
        QVERIFY2(right.ok(), qPrintable(right.message()));
        QCOMPARE(right->totals.first().cost.toString(), QStringLiteral("3.5"));
    }

    void badInput_isRefusedWithWhereAndWhyAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("words");
        const QByteArray ok = focusRow("1");
        QTest::newRow("wrong delimiter") << QByteArray(FocusHeader).replace(',', ';') + QByteArray(ok).replace(',', ';')
                                         << QStringList{"separated by “;”"};
        QTest::newRow("missing column")
            << QByteArray(
                   "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,SubAccountId\n"
                   "1,USD,2026-09-01,2026-09-02,Usage,1\n")
            << QStringList{"lacks the column ServiceName", "FinOps FOCUS"};
        QTest::newRow("text in cost") << FocusHeader + ok + focusRow("twelve")
                                      << QStringList{"line 3, column 1 (BilledCost)", "“twelve”"};
        QTest::newRow("unknown currency")
            << FocusHeader + focusRow("1", "111122223333", "AWS", "2026-09-03T00:00:00Z", "XYZ")
            << QStringList{"line 2", "“XYZ” is not an ISO 4217"};
        // The period is 2026-09-01 to 2026-09-30; 7 days before and 1 day after are accepted.
        QTest::newRow("charge 2 days after the period")
            << FocusHeader + focusRow("1", "111122223333", "AWS", "2026-10-02T00:00:00Z")
            << QStringList{"line 2, column 6 (ChargePeriodStart)", "outside the billing period",
                           "7 days before, 1 after"};
        QTest::newRow("charge 8 days before the period")
            << FocusHeader + focusRow("1", "111122223333", "AWS", "2026-08-24T23:00:00Z")
            << QStringList{"line 2, column 6 (ChargePeriodStart)", "2026-08-24 lies outside"};
        QTest::newRow("truncated") << FocusHeader + ok + "1,,USD,\"2026-09-01" << QStringList{"line 3", "truncated"};
        QTest::newRow("empty") << QByteArray() << QStringList{"is empty"};
        QTest::newRow("header only blank") << QByteArray("\n\n") << QStringList{"no header"};
        // Issue 14: without --vendor this ended in a raw SQL error (NOT NULL usage_imports.vendor).
        QTest::newRow("header and no rows")
            << QByteArray(FocusHeader) << QStringList{"has its header and no usage rows", "nothing was imported"};
        QTest::newRow("invalid utf8") << FocusHeader + QByteArray(ok).replace("Amazon EC2", "Amazon \xFF\xFE")
                                      << QStringList{"Line 2, column 12", "not UTF-8"};
        QTest::newRow("duplicate header") << QByteArray(FocusHeader).replace("ListCost", "BilledCost") + ok
                                          << QStringList{"names “BilledCost” twice", "columns 1 and 2"};
        QTest::newRow("two customers one subscription")
            << QByteArray("CustomerId,SubscriptionId,ProductName,BillingPreTaxTotal,BillingCurrency,UsageDate\n"
                          "c1,sub-1,Azure plan,1,USD,2026-09-01\nc2,sub-1,Azure plan,1,USD,2026-09-02\n")
            << QStringList{"line 3", "cannot belong to two customers", "line 2"};
        QTest::newRow("ragged row") << FocusHeader + "1,2,3\n"
                                    << QStringList{"line 2", "has 3 columns but the header has 15"};
        QTest::newRow("unknown category")
            << FocusHeader + focusRow("1", "111122223333", "AWS", "2026-09-03T00:00:00Z", "USD", "Bonus")
            << QStringList{"line 2, column 7 (ChargeCategory)", "“Bonus”"};
        QTest::newRow("not a usage file")
            << QByteArray("name,email\nA,a@example.com\n") << QStringList{"not a usage export", "--as"};
        QTest::newRow("more than 36 decimals")
            << FocusHeader + focusRow("1E-37") << QStringList{"line 2, column 1", "37 decimal places", "up to 36"};
        QTest::newRow("empty cost") << FocusHeader + focusRow("NULL") << QStringList{"line 2, column 1", "is empty"};
        // Found by fuzz_aws_cur: a cell of only a byte order mark decodes to nothing.
        QTest::newRow("currency only a byte order mark")
            << FocusHeader + focusRow("1", "111122223333", "AWS", "2026-09-03T00:00:00Z", "\xEF\xBB\xBF")
            << QStringList{"line 2, column 3 (BillingCurrency)", "is empty"};
        QTest::newRow("account only a byte order mark") << FocusHeader + focusRow("1", "\xEF\xBB\xBF")
                                                        << QStringList{"line 2, column 11 (SubAccountId)", "is empty"};
    }

    void badInput_isRefusedWithWhereAndWhyAndChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, words);
        TestDatabase t;
        // A good import first: a refused file must leave it exactly as it was.
        const QString good = writeFile(t.dir(), QStringLiteral("good.csv"), FocusHeader + focusRow("7.5"));
        QVERIFY(UsageImporter(t.db()).importFile(good, {}).ok());
        const qint64 audits = count(t, QStringLiteral("audit_log"));
        const QString path = writeFile(t.dir(), QStringLiteral("bad.csv"), bytes);
        auto result = UsageImporter(t.db()).importFile(path, {});
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("bad.csv")), qPrintable(result.message()));
        for (const QString &w : words)
            QVERIFY2(result.message().contains(w), qPrintable(result.message() + u"\n  expected: " + w));
        QCOMPARE(count(t, QStringLiteral("usage_imports")), 1);
        QCOMPARE(count(t, QStringLiteral("usage_lines")), 1);
        QCOMPARE(count(t, QStringLiteral("usage_totals")), 1);
        QCOMPARE(count(t, QStringLiteral("audit_log")), audits);
    }

    // Issue 14: a header-only file named as a vendor's recorded an empty import.
    void headerOnly_withAVendor_isRefusedToo()
    {
        TestDatabase t;
        const QString path = writeFile(t.dir(), QStringLiteral("header.csv"), FocusHeader);
        const qint64 audits = count(t, QStringLiteral("audit_log"));
        ImportOptions options;
        options.vendor = Vendor::Aws;
        auto result = UsageImporter(t.db()).importFile(path, options);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("header.csv has its header and no usage rows")),
                 qPrintable(result.message()));
        QCOMPARE(count(t, QStringLiteral("usage_imports")), 0);
        QCOMPARE(count(t, QStringLiteral("audit_log")), audits);
    }

    // Issue 14: the message said "a Microsoft Partner Center file" but "a AWS file"; it now
    // names the format without an article that only fits some names.
    void fileOfAnotherVendor_saysWhichFormatAndVendor()
    {
        TestDatabase t;
        const QString path =
            writeFile(t.dir(), QStringLiteral("partner.csv"),
                      "CustomerId,SubscriptionId,ProductName,BillingPreTaxTotal,BillingCurrency,UsageDate\n"
                      "c1,sub-1,Azure plan,1,USD,2026-09-01\n");
        ImportOptions options;
        options.vendor = Vendor::Aws;
        auto result = UsageImporter(t.db()).importFile(path, options);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("partner.csv is in the ")) &&
                     result.message().contains(QStringLiteral("format, which holds Microsoft usage, not AWS")),
                 qPrintable(result.message()));
        QCOMPARE(count(t, QStringLiteral("usage_imports")), 0);
    }

    void manyProblems_areListedUpToTen()
    {
        TestDatabase t;
        QByteArray bytes = FocusHeader;
        for (int i = 0; i < 30; ++i)
            bytes += focusRow("x" + QByteArray::number(i));
        const QString path = writeFile(t.dir(), QStringLiteral("many.csv"), bytes);
        auto result = UsageImporter(t.db()).importFile(path, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.message().count(QStringLiteral("many.csv, line")), UsageImporter::MaxProblems);
        QVERIFY2(result.message().contains(QStringLiteral("line 11,")), qPrintable(result.message()));
    }

    void cancel_leavesNothingBehind()
    {
        TestDatabase t;
        UsageFileSpec spec;
        spec.rows = 50000;
        spec.accounts = {QStringLiteral("111122223333")};
        spec.periods = {QStringLiteral("2026-09")};
        const QString path = generate(t.dir(), QStringLiteral("big.csv"), spec);
        int calls = 0;
        auto result = UsageImporter(t.db()).importFile(path, {}, [&](qint64 done, qint64 total) {
            [&] { QVERIFY(done <= total); }();
            return ++calls < 2;
        });
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("cancelled")), qPrintable(result.message()));
        QCOMPARE(count(t, QStringLiteral("usage_imports")), 0);
        QCOMPARE(count(t, QStringLiteral("usage_lines")), 0);
    }

    void import_needsThePrivilege()
    {
        TestDatabase t;
        QVERIFY(UserService(t.db()).add(QStringLiteral("viewer"), {}, {Privilege::ManageCustomers}).ok());
        QVERIFY(t->actAs(QStringLiteral("viewer")).ok());
        const QString path = writeFile(t.dir(), QStringLiteral("p.csv"), FocusHeader + focusRow("1"));
        auto result = UsageImporter(t.db()).importFile(path, {});
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("IMPORT_USAGE")), qPrintable(result.message()));
        QCOMPARE(count(t, QStringLiteral("usage_imports")), 0);
    }

    void history_namesFileHashRowsTotalsWhoAndWhen()
    {
        TestDatabase t;
        const QByteArray bytes = FocusHeader + focusRow("1.5") + focusRow("2");
        const QString path = writeFile(t.dir(), QStringLiteral("h.csv"), bytes);
        QVERIFY(UsageImporter(t.db()).importFile(path, {}).ok());
        auto history = UsageImporter(t.db()).history();
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        const ImportRecord &r = history->first();
        QCOMPARE(r.fileName, QStringLiteral("h.csv"));
        QCOMPARE(r.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(r.rows, 2);
        QCOMPARE(r.lines, 2);
        QCOMPARE(r.totals.first().cost.toString(), QStringLiteral("3.5"));
        QCOMPARE(r.importedBy, t->actor());
        QVERIFY(!r.importedAt.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUsageImport)
#include "tst_usage_import.moc"
