// Re-issued months (issue 14): a file with the same usage as an earlier import is refused
// whatever its bytes, and a corrected file replaces the estimate of an unbilled period in
// one transaction, leaving the estimate in the history as replaced.
#include "core/billing/billing_run.h"
#include "core/pricing/pricing_service.h"
#include "core/reports/billing_report.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/usage/usage_importer.h"
#include "core/usage/usage_records.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"

#include <QFile>
#include <QTest>

using namespace bursar::core;
using bursar::test::customerWith;
using bursar::test::TestDatabase;

namespace {

const QByteArray Header = "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
                          "ChargeCategory,ProviderName,SubAccountId,ServiceName,ServiceCategory\n";

QByteArray row(const QByteArray &cost, const QByteArray &account, const QByteArray &service,
               const QByteArray &day = "2026-09-03T00:00:00Z")
{
    return cost + ",USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z," + day + ",Usage,AWS," + account + ',' + service +
           ",Compute\n";
}

QString write(TestDatabase &t, const QString &name, const QByteArray &bytes)
{
    const QString path = t.dir() + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

Result<ImportSummary> import(TestDatabase &t, const QString &path, qint64 replaces = 0)
{
    ImportOptions o;
    o.replaces = replaces;
    return UsageImporter(t.db()).importFile(path, o);
}

int count(TestDatabase &t, const char *sql)
{
    return t.scalar(QString::fromLatin1(sql)).toInt();
}

/// What the unmapped-accounts list says per account (the totals that still count).
QMap<QString, QString> counted(TestDatabase &t)
{
    QMap<QString, QString> out;
    const auto accounts = UsageImporter(t.db()).unmappedAccounts();
    if (!accounts)
        qFatal("unmapped: %s", qPrintable(accounts.message()));
    for (const UnmappedAccount &a : *accounts)
        out.insert(a.accountId, a.totals.first().cost.toString());
    return out;
}

const QByteArray Estimate = Header + row("10.25", "111122223333", "Amazon EC2") +
                            row("0.0000000000000000000007", "111122223333", "Amazon S3") +
                            row("4", "444455556666", "Amazon EC2");

} // namespace

class TestUsageReissue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// The same rows in other bytes: another order, CRLF, quoted cells, trailing zeros, an
    /// exponent, no final newline. Refused naming the earlier import; nothing changes.
    void sameUsageInOtherBytes_isRefusedNamingTheImport_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("final newline gone") << Estimate.chopped(1);
        QTest::newRow("rows reordered") << Header + row("4", "444455556666", "Amazon EC2") +
                                               row("0.0000000000000000000007", "111122223333", "Amazon S3") +
                                               row("10.25", "111122223333", "Amazon EC2");
        QTest::newRow("crlf, quotes, zeros, exponent")
            << QByteArray(Header +
                          "\"10.2500\",USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,2026-09-03T00:00:00Z,"
                          "Usage,AWS,\"111122223333\",Amazon EC2,Compute\n" +
                          row("7E-22", "111122223333", "Amazon S3") + row("4.0", "444455556666", "Amazon EC2"))
                   .replace("\n", "\r\n");
        // Another day for the same totals: the usage is the same month's same sums.
        QTest::newRow("other days") << Header + row("10.25", "111122223333", "Amazon EC2", "2026-09-20T00:00:00Z") +
                                           row("0.0000000000000000000007", "111122223333", "Amazon S3") +
                                           row("4", "444455556666", "Amazon EC2");
    }

    void sameUsageInOtherBytes_isRefusedNamingTheImport()
    {
        QFETCH(QByteArray, bytes);
        TestDatabase t;
        auto first = import(t, write(t, QStringLiteral("september-estimate.csv"), Estimate));
        QVERIFY2(first.ok(), qPrintable(first.message()));
        const int imports = count(t, "SELECT COUNT(*) FROM usage_imports");
        const int lines = count(t, "SELECT COUNT(*) FROM usage_lines");
        auto again = import(t, write(t, QStringLiteral("september-again.csv"), bytes));
        QVERIFY(!again.ok());
        QVERIFY2(again.message().startsWith(QStringLiteral("september-again.csv holds the same usage as import %1 "
                                                           "(september-estimate.csv, imported ")
                                                .arg(first->importId)),
                 qPrintable(again.message()));
        QCOMPARE(again.error().field, QStringLiteral("duplicate"));
        QCOMPARE(count(t, "SELECT COUNT(*) FROM usage_imports"), imports);
        QCOMPARE(count(t, "SELECT COUNT(*) FROM usage_lines"), lines);
    }

    /// Another amount, account or product is not a duplicate; nor is another period.
    void otherUsage_isNotADuplicate()
    {
        TestDatabase t;
        QVERIFY(import(t, write(t, QStringLiteral("a.csv"), Estimate)).ok());
        QVERIFY(import(t, write(t, QStringLiteral("b.csv"),
                                Header + row("10.25", "111122223333", "Amazon EC2") +
                                    row("0.0000000000000000000008", "111122223333", "Amazon S3") +
                                    row("4", "444455556666", "Amazon EC2")))
                    .ok()); // the dust differs in the 22nd place
        QVERIFY(import(t, write(t, QStringLiteral("c.csv"), Header + row("10.25", "111122223333", "Amazon EC2")))
                    .ok()); // a part of the month
    }

    /// Imports from before schema 11 have no content key: they get theirs when needed.
    void importsFromBeforeSchema11_areComparedToo()
    {
        TestDatabase t;
        auto first = import(t, write(t, QStringLiteral("old.csv"), Estimate));
        QVERIFY(first.ok());
        QVERIFY(Sql(t.db(), QStringLiteral("UPDATE usage_imports SET content_sha256 = NULL")).exec().ok());
        auto again = import(t, write(t, QStringLiteral("new.csv"), Estimate.chopped(1)));
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(QStringLiteral("as import %1 (old.csv").arg(first->importId)),
                 qPrintable(again.message()));
    }

    /// The vendor re-issues September: the final file replaces the estimate in one
    /// transaction. The estimate stays in the history, marked with who and when, and only
    /// the final file counts.
    void correctedFile_replacesTheEstimate()
    {
        TestDatabase t;
        auto estimate = import(t, write(t, QStringLiteral("september-estimate.csv"), Estimate));
        QVERIFY(estimate.ok());
        const QByteArray final =
            Header + row("10.5", "111122223333", "Amazon EC2") + row("4", "444455556666", "Amazon EC2");
        const int audits = count(t, "SELECT COUNT(*) FROM audit_log WHERE action = 'replace'");
        auto replaced = import(t, write(t, QStringLiteral("september-final.csv"), final), estimate->importId);
        QVERIFY2(replaced.ok(), qPrintable(replaced.message()));
        QCOMPARE(replaced->replacedImport, estimate->importId);
        const QList<ImportRecord> history = *UsageImporter(t.db()).history();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).id, estimate->importId);
        QCOMPARE(history.at(1).replacedBy, replaced->importId);
        QCOMPARE(history.at(1).replacedByUser, t.db().actor());
        QVERIFY(!history.at(1).replacedAt.isEmpty());
        QCOMPARE(history.at(1).totals.first().cost.toString(), QStringLiteral("14.2500000000000000000007"));
        QCOMPARE(history.at(0).replacedBy, 0);
        QCOMPARE(count(t, "SELECT COUNT(*) FROM audit_log WHERE action = 'replace'"), audits + 1);
        // Only the final file counts: 10.5 (not 10.25 + the dust) and 4.
        const QMap<QString, QString> now = counted(t);
        QCOMPARE(now.value(QStringLiteral("111122223333")), QStringLiteral("10.5"));
        QCOMPARE(now.value(QStringLiteral("444455556666")), QStringLiteral("4"));
        // The billing report and its drill-down count the final file only.
        auto book = PricingService(t.db(), QDate(2026, 8, 1))
                        .addPricebook(Vendor::Aws, QStringLiteral("Std"), *Decimal::parse(QStringLiteral("0")));
        QVERIFY(book.ok());
        const qint64 acme =
            customerWith(t, QStringLiteral("Acme"), Vendor::Aws, QStringLiteral("111122223333"), book->first);
        auto report =
            BillingReportBuilder(t.db()).build(Vendor::Aws, QStringLiteral("2026-09"), QStringLiteral("2026-09"));
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->rows.size(), 1);
        QCOMPARE(report->rows.first().cost.toString(), QStringLiteral("10.5"));
        auto drill = BillingReportBuilder(t.db()).usageLines(Vendor::Aws, acme, QStringLiteral("2026-09"),
                                                             QStringLiteral("2026-09"));
        QVERIFY(drill.ok());
        QCOMPARE(drill->size(), 1);
        QCOMPARE(drill->first().fileName, QStringLiteral("september-final.csv"));
        // The estimate's rows are kept: the lines of both files are there.
        QCOMPARE(count(t, "SELECT COUNT(*) FROM usage_lines"), 5);
        // A replaced import is replaced once; the same estimate again is a duplicate of nothing
        // that counts, but its bytes were imported before.
        auto twice = import(t, write(t, QStringLiteral("september-final-2.csv"), final + row("1", "444455556666", "X")),
                            estimate->importId);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.message().contains(QStringLiteral("was replaced already, by import %1").arg(replaced->importId)),
                 qPrintable(twice.message()));
    }

    /// Replacing is refused, naming the reason and changing nothing: an import that does not
    /// exist, the same usage again, and a billed period.
    void replace_isRefusedWhenItCannotBe()
    {
        TestDatabase t;
        auto estimate = import(t, write(t, QStringLiteral("estimate.csv"), Estimate));
        QVERIFY(estimate.ok());
        auto missing = import(t, write(t, QStringLiteral("x.csv"), Header + row("1", "111122223333", "EC2")), 999);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.message().startsWith(QStringLiteral("There is no import 999 to replace")),
                 qPrintable(missing.message()));
        const QByteArray october = QByteArray(Header + row("3", "444455556666", "EC2"))
                                       .replace("2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,2026-09-03",
                                                "2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-10-03");
        auto otherMonth = import(t, write(t, QStringLiteral("october.csv"), october), estimate->importId);
        QVERIFY(!otherMonth.ok());
        QVERIFY2(otherMonth.message().contains(QStringLiteral("holds 2026-09 and october.csv holds 2026-10")),
                 qPrintable(otherMonth.message()));
        auto same = import(t, write(t, QStringLiteral("same.csv"), Estimate.chopped(1)), estimate->importId);
        QVERIFY(!same.ok());
        QVERIFY2(same.message().contains(QStringLiteral("holds the same usage as import %1").arg(estimate->importId)),
                 qPrintable(same.message()));

        // Bill September for the customer of 111122223333: the estimate is billed now.
        auto book = PricingService(t.db(), QDate(2026, 8, 1))
                        .addPricebook(Vendor::Aws, QStringLiteral("Std"), *Decimal::parse(QStringLiteral("0")));
        QVERIFY2(book.ok(), qPrintable(book.message()));
        customerWith(t, QStringLiteral("Acme"), Vendor::Aws, QStringLiteral("111122223333"), book->first);
        GenerateRequest r;
        r.vendor = Vendor::Aws;
        r.period = QStringLiteral("2026-09");
        auto run = BillingRun(t.db()).generate(r);
        QVERIFY2(run.ok() && run->generated.size() == 1, qPrintable(run.message()));
        const int imports = count(t, "SELECT COUNT(*) FROM usage_imports");
        // A final file with the billed account's usage meets the period lock...
        auto locked = import(t, write(t, QStringLiteral("final.csv"), Header + row("11", "111122223333", "EC2")),
                             estimate->importId);
        QVERIFY(!locked.ok());
        QVERIFY2(locked.message().contains(QStringLiteral("belongs to the customer with ID #100001")),
                 qPrintable(locked.message()));
        // ...and one without it cannot take the billed estimate out either.
        auto billed = import(t, write(t, QStringLiteral("final-2.csv"), Header + row("5", "444455556666", "EC2")),
                             estimate->importId);
        QVERIFY(!billed.ok());
        QVERIFY2(billed.message().contains(
                     QStringLiteral("Import %1 (estimate.csv) is billed on statement draft").arg(estimate->importId)),
                 qPrintable(billed.message()));
        QCOMPARE(count(t, "SELECT COUNT(*) FROM usage_imports"), imports);
        QCOMPARE(count(t, "SELECT COUNT(*) FROM usage_imports WHERE replaced_by IS NOT NULL"), 0);
    }
};

QTEST_GUILESS_MAIN(TestUsageReissue)
#include "tst_usage_reissue.moc"
