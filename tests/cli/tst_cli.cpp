// The bursar executable, driven as a script would: exit codes, one-line errors on stderr,
// JSON that parses, and files left alone when refused.
#include "core/storage/internal/sql.h"
#include "tests/support/test_database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using bursar::test::fileHash;
using bursar::test::TestDatabase;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_databases;
    QSet<QString> m_seeded;
    /// A database for one test: a SQLite file, or a new PostgreSQL database when the tests
    /// run against the PostgreSQL server (BURSAR_TEST_BACKEND=postgresql).
    QString database(const QString &name)
    {
        if (!m_databases.contains(name))
            m_databases.insert(name, TestDatabase::postgresRun() ? TestDatabase::createPostgresDatabase()
                                                                 : m_dir.filePath(name + QStringLiteral(".sqlite")));
        return m_databases.value(name);
    }
    QString db() { return database(QStringLiteral("cli")); }

    Run bursar(const QStringList &args, const QString &database = {}, const QString &language = QStringLiteral("C"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), language);
        env.insert(QStringLiteral("LANGUAGE"), language == QLatin1String("C") ? QString() : language.left(2));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QStringList all;
        if (!database.isNull())
            all << QStringLiteral("--database") << database;
        p.start(QStringLiteral(BURSAR_EXE), all + args);
        if (!p.waitForFinished(120000))
            qFatal("bursar did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static void expectOneLineError(const Run &r, int code, const char *mentions)
    {
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.startsWith("bursar: "), r.err.constData());
        QVERIFY2(r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.err.contains(mentions), r.err.constData());
    }

    static QStringList words(const char *text) { return QString::fromUtf8(text).split(u' '); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void importUsage_reportBilling_pricebooks()
    {
        const QString d = database(QStringLiteral("usage"));
        QCOMPARE(bursar(words("customers add --name Acme"), d).code, 0);
        QCOMPARE(bursar(words("customers add --name Globex"), d).code, 0);
        QCOMPARE(bursar(words("customers map-account --customer 100001 --vendor aws --account 111122223333"), d).code,
                 0);
        QCOMPARE(bursar(words("customers map-account --customer 100002 --vendor aws --account 444455556666"), d).code,
                 0);
        const QByteArray header =
            "BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
            "ChargeCategory,ProviderName,PublisherName,SubAccountId,ServiceName,ServiceCategory\r\n";
        const QString file = writeFile(
            QStringLiteral("focus.csv"),
            header +
                "600.125,USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,2026-09-02T00:00:00Z,Usage,AWS,AWS,"
                "111122223333,Amazon EC2,Compute\r\n"
                "399.875,USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,2026-09-03 00:00:00,Usage,AWS,AWS,"
                "111122223333,Amazon EC2,Compute\r\n"
                "5.64902E-05,USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,2026-09-03T00:00:00.000Z,Usage,AWS,AWS,"
                "444455556666,Amazon S3,Storage\r\n"
                "200,USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,2026-09-03T00:00:00Z,Usage,AWS,\"Datadog, Inc.\","
                "111122223333,Datadog,Monitoring\r\n"
                "7,USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,2026-09-03T00:00:00Z,Usage,AWS,AWS,"
                "999900000001,Amazon EC2,Compute\r\n");
        Run imported = bursar({QStringLiteral("import"), QStringLiteral("usage"), file, QStringLiteral("--format"),
                               QStringLiteral("json")},
                              d);
        QVERIFY2(imported.code == 0, imported.err.constData());
        const QJsonObject summary = imported.json().object();
        QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), 5);
        QCOMPARE(summary.value(QStringLiteral("lines_imported")).toInt(), 5);
        QCOMPARE(summary.value(QStringLiteral("format")).toString(), QStringLiteral("focus"));
        QCOMPARE(summary.value(QStringLiteral("unmapped_accounts")).toArray(),
                 QJsonArray{QStringLiteral("999900000001")});
        const QJsonArray totals = summary.value(QStringLiteral("totals")).toArray();
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.first().toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(totals.first().toObject().value(QStringLiteral("cost")).toString(), QStringLiteral("1207.0000564902"));

        Run again = bursar({QStringLiteral("import"), QStringLiteral("usage"), file}, d);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("already imported"), again.out.constData());
        Run againJson = bursar({QStringLiteral("import"), QStringLiteral("usage"), file, QStringLiteral("--format"),
                                QStringLiteral("json")},
                               d);
        QCOMPARE(againJson.json().object().value(QStringLiteral("lines_imported")).toInt(), 0);
        QCOMPARE(againJson.json().object().value(QStringLiteral("already_imported")).toBool(), true);
        QCOMPARE(againJson.json().object().value(QStringLiteral("earlier_file")).toString(),
                 QFileInfo(file).fileName());

        // Pricing: a pricebook, a per-product override, the customer's Cloud Provider.
        Run book = bursar(words("pricebooks add --name Std --vendor aws --uplift 10 --format json"), d);
        QVERIFY2(book.code == 0, book.err.constData());
        QCOMPARE(book.json().object().value(QStringLiteral("from_period")).toString(), QStringLiteral("0000-01"));
        Run override =
            bursar(words("pricebooks set --name Std --vendor aws --discount 5 --effective 2026-01-01 --product") +
                       QStringList{QStringLiteral("Amazon S3")},
                   d);
        QVERIFY2(override.code == 0, override.err.constData());
        QVERIFY2(override.out.contains("has ended"), override.out.constData()); // January is long billed
        expectOneLineError(bursar(words("pricebooks add --name std --vendor aws --uplift 3"), d), 1,
                           "already has a pricebook");
        expectOneLineError(bursar(words("pricebooks add --name X --vendor aws --uplift 3 --discount 2"), d), 2,
                           "not both");
        expectOneLineError(bursar(words("pricebooks add --name X --vendor aws --uplift -3"), d), 2, "without a sign");
        QCOMPARE(
            bursar(words("customers set-provider --customer 100001 --vendor aws --currency USD --pricebook Std"), d)
                .code,
            0);
        expectOneLineError(
            bursar(words("customers set-provider --customer 100002 --vendor aws --currency USD --pricebook Gold"), d),
            1, "no pricebook named “Gold”");
        Run list = bursar(words("pricebooks list --format json"), d);
        QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("rules")).toArray().size(), 2);

        Run report = bursar(words("report billing --vendor aws --period 2026-09 --format json"), d);
        QVERIFY2(report.code == 0, report.err.constData());
        const QJsonArray rows = report.json().object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject acme = rows.at(0).toObject();
        QCOMPARE(acme.value(QStringLiteral("customer_id")).toInteger(), 100001);
        QCOMPARE(acme.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(acme.value(QStringLiteral("cost")).toString(), QStringLiteral("1000"));
        QCOMPARE(acme.value(QStringLiteral("price")).toString(), QStringLiteral("1100"));
        QCOMPARE(acme.value(QStringLiteral("margin")).toString(), QStringLiteral("100"));
        QCOMPARE(acme.value(QStringLiteral("marketplace")).toString(), QStringLiteral("200"));
        QCOMPARE(acme.value(QStringLiteral("invoice_currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(acme.value(QStringLiteral("draft_statements")).toInt(-1), 0);
        QCOMPARE(acme.value(QStringLiteral("approved_statements")).toInt(-1), 0);
        const QJsonObject globex = rows.at(1).toObject();
        QCOMPARE(globex.value(QStringLiteral("cost")).toString(), QStringLiteral("0.0000564902"));
        QVERIFY(globex.value(QStringLiteral("price")).isNull());
        QVERIFY(globex.value(QStringLiteral("problem")).toString().contains(QStringLiteral("#100002")));
        QCOMPARE(report.json().object().value(QStringLiteral("unmapped_accounts")).toInt(), 1);

        // The table names its columns, aligned over the rows.
        Run table = bursar(words("report billing --vendor aws --period 2026-09"), d);
        QCOMPARE(table.code, 0);
        const QList<QByteArray> tableLines = table.out.split('\n');
        QVERIFY2(tableLines.size() > 2, table.out.constData());
        QVERIFY2(tableLines.at(1).startsWith("Customer  Name                            Cur            Cost           "
                                             "Price          Margin  Problem"),
                 table.out.constData());
        QVERIFY2(tableLines.at(2).startsWith("#100001   Acme"), table.out.constData());
        // Each amount ends under the end of its heading.
        QCOMPARE(tableLines.at(2).indexOf("1000.00") + 7, tableLines.at(1).indexOf("Cost") + 4);
        QCOMPARE(tableLines.at(2).indexOf("1100.00") + 7, tableLines.at(1).indexOf("Price") + 5);

        Run csv = bursar(words("report billing --vendor aws --period 2026-09 --format csv"), d);
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith("customer_id,customer,currency,pricebook,cost,price,margin,"));
        QVERIFY2(csv.out.contains("\r\n100001,Acme,USD,Std,1000,1100,100,200,0,0,\r\n"), csv.out.constData());

        Run history = bursar(words("usage history --format json"), d);
        QCOMPARE(history.json().array().size(), 1);
        Run unmapped = bursar(words("usage unmapped --format json"), d);
        QCOMPARE(unmapped.json().array().first().toObject().value(QStringLiteral("account_id")).toString(),
                 QStringLiteral("999900000001"));

        expectOneLineError(bursar(words("report billing --vendor aws --period 2026-9"), d), 2, "YYYY-MM");
        expectOneLineError(bursar(words("import usage"), d), 2, "needs one file");
        expectOneLineError(bursar({QStringLiteral("import"), QStringLiteral("usage"), file, QStringLiteral("--as"),
                                   QStringLiteral("excel")},
                                  d),
                           2, "--as must be");
    }

    /// The vendors' own files (tests/fixtures/vendors) import without --vendor or --as, and
    /// usage unmapped lists every account's exact total.
    void importUsage_vendorFiles()
    {
        const QString d = database(QStringLiteral("vendorfiles"));
        const QList<std::pair<const char *, const char *>> files{
            {"azure-ea-older-actual.csv", "17.6165024566"},
            {"azure-mca-actual.csv", "1244.65294787836"},
            {"azure-ea-amortized.csv", "9.61174212146118721461120001"},
            {"partner-center-daily-rated.csv", "19.821348174193548"},
            {"focus-aws-late-charges.csv", "4.640253"}};
        for (const auto &[file, total] : files) {
            Run r = bursar({QStringLiteral("import"), QStringLiteral("usage"),
                            QStringLiteral(BURSAR_FIXTURES "/vendors/") + QLatin1String(file),
                            QStringLiteral("--format"), QStringLiteral("json")},
                           d);
            QVERIFY2(r.code == 0, r.err.constData());
            const QJsonArray totals = r.json().object().value(QStringLiteral("totals")).toArray();
            QCOMPARE(totals.size(), 1);
            QCOMPARE(totals.first().toObject().value(QStringLiteral("cost")).toString(), QLatin1String(total));
        }
        // usage unmapped: each account's total, as a month-end script reads it.
        auto unmappedTotals = [&] {
            QMap<QString, QString> out;
            for (const QJsonValue &v : bursar(words("usage unmapped --format json"), d).json().array()) {
                const QJsonObject o = v.toObject();
                const QJsonObject total = o.value(QStringLiteral("totals")).toArray().first().toObject();
                out.insert(o.value(QStringLiteral("account_id")).toString(),
                           total.value(QStringLiteral("cost")).toString());
            }
            return out;
        };
        QMap<QString, QString> byAccount = unmappedTotals();
        QCOMPARE(byAccount.size(), 10); // two accounts in each file
        // By hand: 2.6496 + 0.0001357574 + 2.6496 (older EA, by SubscriptionGuid).
        QCOMPARE(byAccount.value(QStringLiteral("5f3c1b2a-7d4e-4c8b-9a61-2e0f7b3d9c11")),
                 QStringLiteral("5.2993357574"));
        // 4.512 + 0.018884774193548 + 3.666 (Partner Center, two days).
        QCOMPARE(byAccount.value(QStringLiteral("0a1b2c3d-1111-4e5f-8a9b-0c1d2e3f4a5b")),
                 QStringLiteral("8.196884774193548"));
        // 4.0266666666666666666672 + 0.10562340000000000000000001 (amortized, 26 places).
        QCOMPARE(byAccount.value(QStringLiteral("8d3f5b01-2c4e-4a6f-9b7c-0d1e2f3a4b5c")),
                 QStringLiteral("4.13229006666666666666720001"));
        // 0.0416 on 30 September and 0.9984 + 0.000253 in October, all billed in 2024-10.
        QCOMPARE(byAccount.value(QStringLiteral("123456789012")), QStringLiteral("1.040253"));
        // A FinOps tool's file of three providers: Oracle is no vendor of Bursar's.
        const QString multi = QStringLiteral(BURSAR_FIXTURES "/vendors/focus-finops-multi-provider.csv");
        expectOneLineError(bursar({QStringLiteral("import"), QStringLiteral("usage"), multi}, d), 1,
                           "“Oracle” (rows: 3)");
        Run split = bursar({QStringLiteral("import"), QStringLiteral("usage"), multi, QStringLiteral("--skip-provider"),
                            QStringLiteral("Oracle"), QStringLiteral("--format"), QStringLiteral("json")},
                           d);
        QVERIFY2(split.code == 0, split.err.constData());
        QCOMPARE(split.json().object().value(QStringLiteral("vendors")).toArray(),
                 (QJsonArray{QStringLiteral("aws"), QStringLiteral("microsoft")}));
        QCOMPARE(bursar(words("usage history --format json"), d)
                     .json()
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("vendors"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("aws"), QStringLiteral("microsoft")}));
        QCOMPARE(split.json().object().value(QStringLiteral("skipped_providers")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("provider"), QStringLiteral("Oracle")},
                                         {QStringLiteral("rows"), 3}}}));
        byAccount = unmappedTotals();
        // 0.41966666666666666666 + 2.208, the Microsoft subscription of the FinOps file.
        QCOMPARE(byAccount.value(QStringLiteral("b5e7c9d1-3f2a-4b6c-8d0e-1f2a3b4c5d6e")),
                 QStringLiteral("2.62766666666666666666"));
        QCOMPARE(byAccount.size(), 11); // its AWS account is the one of the late-charges file
        // 1.040253 (October, late charges) + 1.5456 + 0.023 (September, the FinOps file)
        QCOMPARE(byAccount.value(QStringLiteral("123456789012")), QStringLiteral("2.608853"));
    }

    /// A re-issued month on the command line: --replaces, the JSON keys, the history.
    void importUsage_replacesAnEstimate()
    {
        const QString d = database(QStringLiteral("reissue"));
        const QByteArray header = "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,"
                                  "ProviderName,SubAccountId,ServiceName\n";
        const QString estimate = writeFile(QStringLiteral("estimate.csv"),
                                           header + "12.5,USD,2026-09-01,2026-09-05,Usage,AWS,111122223333,EC2\n");
        Run first = bursar({QStringLiteral("import"), QStringLiteral("usage"), estimate, QStringLiteral("--format"),
                            QStringLiteral("json")},
                           d);
        QVERIFY2(first.code == 0, first.err.constData());
        const qint64 id = first.json().object().value(QStringLiteral("import_id")).toInteger();
        QVERIFY(first.json().object().value(QStringLiteral("replaces")).isNull());
        const QString same = writeFile(QStringLiteral("same.csv"),
                                       header + "12.50,USD,2026-09-01,2026-09-05,Usage,AWS,111122223333,EC2");
        const QByteArray sameUsage = "holds the same usage as import " + QByteArray::number(id);
        expectOneLineError(bursar({QStringLiteral("import"), QStringLiteral("usage"), same}, d), 1,
                           sameUsage.constData());
        const QString final = writeFile(QStringLiteral("final.csv"),
                                        header + "13,USD,2026-09-01,2026-09-05,Usage,AWS,111122223333,EC2\n");
        Run replaced = bursar({QStringLiteral("import"), QStringLiteral("usage"), final, QStringLiteral("--replaces"),
                               QString::number(id), QStringLiteral("--format"), QStringLiteral("json")},
                              d);
        QVERIFY2(replaced.code == 0, replaced.err.constData());
        QCOMPARE(replaced.json().object().value(QStringLiteral("replaces")).toInteger(), id);
        const QJsonArray history = bursar(words("usage history --format json"), d).json().array();
        QCOMPARE(history.size(), 2);
        const QJsonObject old = history.at(1).toObject();
        QCOMPARE(old.value(QStringLiteral("replaced_by")).toInteger(),
                 replaced.json().object().value(QStringLiteral("import_id")).toInteger());
        QVERIFY(!old.value(QStringLiteral("replaced_at")).toString().isEmpty());
        QVERIFY(!old.value(QStringLiteral("replaced_by_user")).toString().isEmpty());
        QVERIFY(history.at(0).toObject().value(QStringLiteral("replaced_by")).isNull());
        QCOMPARE(bursar(words("usage unmapped --format json"), d)
                     .json()
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("totals"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("cost"))
                     .toString(),
                 QStringLiteral("13"));
        expectOneLineError(bursar({QStringLiteral("import"), QStringLiteral("usage"), final,
                                   QStringLiteral("--replaces"), QStringLiteral("abc")},
                                  d),
                           2, "--replaces takes the ID of an import");
    }

    /// Vendors as data on the command line: add Oracle Cloud, list it, import the FinOps file
    /// whole, price and report its usage; bad input gets one line naming the fix.
    // Issue 15's contract: the names, options and JSON keys month-end scripts use.
    void servicesCredits_contract()
    {
        const QString d = database(QStringLiteral("services"));
        QCOMPARE(bursar(words("customers add --name Acme"), d).code, 0);
        const QDate today = QDate::currentDate();
        const QString start = today.addDays(-5).toString(Qt::ISODate), end = today.addDays(300).toString(Qt::ISODate);
        Run added = bursar(words("services-credits purchase add --customer 100001 --credits 200 --value 100 --paid 80 "
                                 "--currency USD --start") +
                               QStringList{start, QStringLiteral("--expires"), end, QStringLiteral("--format"),
                                           QStringLiteral("json")},
                           d);
        QVERIFY2(added.code == 0, added.err.constData());
        const qint64 purchase = added.json().object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(purchase, 1);
        // Bad input: one line naming the record, the field and the fix; nothing written.
        expectOneLineError(bursar(words("services-credits purchase add --customer 100001 --credits 2.5 --value 100 "
                                        "--currency USD --start 2027-01-01 --expires 2027-12-31"),
                                  d),
                           1, "has a fraction");
        expectOneLineError(bursar(words("services-credits purchase add --customer 100001 --credits 5 --value 100 "
                                        "--currency USD --start 2027-01-01 --expires 2026-12-31"),
                                  d),
                           1, "before the start date");
        QCOMPARE(bursar(words("services-credits purchase list --format json"), d).json().array().size(), 1);

        const QJsonObject opp =
            bursar(words("opportunity add --customer 100001 --name Migration --format json"), d).json().object();
        QCOMPARE(opp.value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(bursar(words("opportunity add-product --opportunity 1 --name Workshop --quantity 1 --price 1000.00 "
                              "--credits 3"),
                        d)
                     .code,
                 0);
        QCOMPARE(
            bursar(words("opportunity add-product --opportunity 1 --name Licence --quantity 2 --price 50"), d).code, 0);
        const QJsonObject made = bursar(words("opportunity create-purchases 1 --format json"), d).json().object();
        const QJsonArray created = made.value(QStringLiteral("created")).toArray();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().toObject().value(QStringLiteral("value_per_credit")).toString(),
                 QStringLiteral("333.333333333333333333"));
        QCOMPARE(made.value(QStringLiteral("skipped")).toArray().size(), 1);
        QCOMPARE(bursar(words("opportunity create-purchases 1 --format json"), d)
                     .json()
                     .object()
                     .value(QStringLiteral("created"))
                     .toArray()
                     .size(),
                 0);

        QCOMPARE(bursar(words("project add --customer 100001 --name Rollout --format json"), d)
                     .json()
                     .object()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 1);
        const QJsonObject ms = bursar(words("project milestone add --project 1 --name Design --credits 12 --due") +
                                          QStringList{end, QStringLiteral("--format"), QStringLiteral("json")},
                                      d)
                                   .json()
                                   .object();
        QCOMPARE(ms.value(QStringLiteral("id")).toInteger(), 1);
        Run manual = bursar(words("services-credits allocate --milestone 1 --purchase 1 --credits 5"), d);
        QVERIFY2(manual.code == 0, manual.err.constData());
        expectOneLineError(bursar(words("services-credits allocate --milestone 1 --purchase 1 --credits 8"), d), 1,
                           "at most 7 more");
        QCOMPARE(bursar(words("services-credits allocate --milestone 1 --auto"), d).code, 0);
        QCOMPARE(bursar(words("services-credits release-allocation --milestone 1 --purchase 1 --credits 2"), d).code,
                 0);
        QCOMPARE(bursar(words("project complete-milestone 1"), d).code, 0);
        expectOneLineError(bursar(words("project complete-milestone 1"), d), 1, "already");
        const QJsonObject shown = bursar(words("services-credits purchase show 1 --format json"), d).json().object();
        // Hand-worked: 5 by hand, then the 7 still needed automatically from purchase 1 (it expires in
        // 300 days, the opportunity's purchase in a year), 2 returned, the 10 left redeemed.
        QCOMPARE(shown.value(QStringLiteral("purchased")).toString(), QStringLiteral("200"));
        QCOMPARE(shown.value(QStringLiteral("allocated")).toString(), QStringLiteral("0"));
        QCOMPARE(shown.value(QStringLiteral("redeemed")).toString(), QStringLiteral("10"));
        QCOMPARE(shown.value(QStringLiteral("expired")).toString(), QStringLiteral("0"));
        QCOMPARE(shown.value(QStringLiteral("available")).toString(), QStringLiteral("190"));
        QCOMPARE(shown.value(QStringLiteral("draft")).toBool(), false);
        QCOMPARE(shown.value(QStringLiteral("value_per_credit")).toString(), QStringLiteral("100"));
        QCOMPARE(shown.value(QStringLiteral("amount_paid_per_credit")).toString(), QStringLiteral("80"));
        expectOneLineError(bursar(words("services-credits purchase draft 1"), d), 1, "cannot be marked draft");
        const QJsonObject rf = bursar(words("report services-credits --roll-forward --from") +
                                          QStringList{start, QStringLiteral("--to"), today.toString(Qt::ISODate),
                                                      QStringLiteral("--format"), QStringLiteral("json")},
                                      d)
                                   .json()
                                   .object();
        const QJsonObject total = rf.value(QStringLiteral("totals")).toArray().first().toObject();
        QCOMPARE(total.value(QStringLiteral("purchased")).toObject().value(QStringLiteral("credits")).toString(),
                 QStringLiteral("203"));
        QCOMPARE(total.value(QStringLiteral("redeemed")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("1000"));
        QCOMPARE(total.value(QStringLiteral("closing")).toObject().value(QStringLiteral("credits")).toString(),
                 QStringLiteral("193"));
        QVERIFY(total.value(QStringLiteral("proof_holds")).toBool());
        Run expiring = bursar(words("report services-credits --expiring-within 400 --format csv"), d);
        QVERIFY2(expiring.out.startsWith("purchase_id,customer_id,currency,expires,days_left,credits,value\r\n"),
                 expiring.out.constData());
        Run expire = bursar(words("services-credits expire --as-of 2030-01-01 --format json"), d);
        QCOMPARE(expire.json().object().value(QStringLiteral("expired")).toString(), QStringLiteral("193"));
    }

    void vendors_addListImportReport()
    {
        const QString d = database(QStringLiteral("vendors"));
        Run added = bursar(
            {QStringLiteral("vendors"), QStringLiteral("add"), QStringLiteral("--key"), QStringLiteral("oracle"),
             QStringLiteral("--name"), QStringLiteral("Oracle Cloud"), QStringLiteral("--focus-provider"),
             QStringLiteral("Oracle"), QStringLiteral("--entity"), QStringLiteral("Oracle"), QStringLiteral("--entity"),
             QStringLiteral("Oracle America, Inc."), QStringLiteral("--account-label"), QStringLiteral("compartment")},
            d);
        QVERIFY2(added.code == 0, added.err.constData());
        QVERIFY2(added.out.contains("Vendor added: Oracle Cloud (oracle)."), added.out.constData());
        const QJsonArray list = bursar(words("vendors list --format json"), d).json().array();
        QCOMPARE(list.size(), 4);
        const QJsonObject ora = list.last().toObject();
        QCOMPARE(ora.value(QStringLiteral("key")).toString(), QStringLiteral("oracle"));
        QCOMPARE(ora.value(QStringLiteral("name")).toString(), QStringLiteral("Oracle Cloud"));
        QCOMPARE(ora.value(QStringLiteral("account_label")).toString(), QStringLiteral("compartment"));
        QCOMPARE(ora.value(QStringLiteral("built_in")).toBool(), false);
        QCOMPARE(ora.value(QStringLiteral("marketplace_fees_in_reports")).toBool(), true);
        QCOMPARE(ora.value(QStringLiteral("focus_providers")).toArray(), (QJsonArray{QStringLiteral("Oracle")}));
        QCOMPARE(ora.value(QStringLiteral("entities")).toArray(),
                 (QJsonArray{QStringLiteral("Oracle"), QStringLiteral("Oracle America, Inc.")}));
        QCOMPARE(list.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("aws"));

        const QString multi = QStringLiteral(BURSAR_FIXTURES "/vendors/focus-finops-multi-provider.csv");
        Run imported = bursar({QStringLiteral("import"), QStringLiteral("usage"), multi, QStringLiteral("--format"),
                               QStringLiteral("json")},
                              d);
        QVERIFY2(imported.code == 0, imported.err.constData());
        QCOMPARE(imported.json().object().value(QStringLiteral("vendors")).toArray(),
                 (QJsonArray{QStringLiteral("aws"), QStringLiteral("microsoft"), QStringLiteral("oracle")}));
        // --vendor takes the added key in every command: a pricebook, a customer, the report.
        QCOMPARE(bursar(words("pricebooks add --vendor oracle --name Std --uplift 10"), d).code, 0);
        QCOMPARE(bursar(words("customers add --name Acme"), d).code, 0);
        Run mapped = bursar(words("customers map-account --customer 100001 --vendor oracle --account "
                                  "ocid1.compartment.oc1..aaaaaaaa7xq3example"),
                            d);
        QVERIFY2(mapped.code == 0, mapped.err.constData());
        Run report = bursar(words("report billing --vendor oracle --period 2024-09 --format json"), d);
        QVERIFY2(report.code == 0, report.err.constData());
        const QJsonArray rows = report.json().object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        // 0.6 + 0.0255 + 1.02, the Oracle compartment's September.
        QCOMPARE(rows.first().toObject().value(QStringLiteral("cost")).toString(), QStringLiteral("1.6455"));

        expectOneLineError(bursar(words("vendors add --key aws --name Amazon"), d), 1,
                           "“aws” already means the vendor AWS");
        expectOneLineError(bursar(words("vendors add --key Oracle2 --name X"), d), 1, "cannot be a vendor key");
        expectOneLineError(bursar(words("vendors add --name X"), d), 2, "--key and --name are required");
        expectOneLineError(bursar(words("report billing --vendor ibm --period 2024-09"), d), 2,
                           "“ibm” is not a vendor Bursar bills; use aws, microsoft, google or oracle");
        // A mistyped key on a database that does not exist yet creates no file.
        const QString none = m_dir.filePath(QStringLiteral("no-such.sqlite"));
        expectOneLineError(bursar(words("report billing --vendor awz --period 2024-09"), none), 2,
                           "“awz” is not a vendor Bursar bills; use aws, microsoft or google");
        QVERIFY(!QFileInfo::exists(none));
        Run set = bursar({QStringLiteral("vendors"), QStringLiteral("set"), QStringLiteral("oracle"),
                          QStringLiteral("--add-focus-provider"), QStringLiteral("OCI"),
                          QStringLiteral("--remove-entity"), QStringLiteral("No Such Entity")},
                         d);
        expectOneLineError(set, 1, "Oracle Cloud does not list “No Such Entity”");
        QCOMPARE(bursar(words("vendors list --format json"), d)
                     .json()
                     .array()
                     .last()
                     .toObject()
                     .value(QStringLiteral("focus_providers"))
                     .toArray()
                     .size(),
                 1); // all or nothing: OCI was not added either
    }

    void importUsage_curAndAzureFiles_andVendorCredits()
    {
        const QString d = database(QStringLiteral("formats"));
        QCOMPARE(bursar(words("customers add --name Acme"), d).code, 0);
        QCOMPARE(bursar(words("customers map-account --customer 100001 --vendor aws --account 111122223333"), d).code,
                 0);
        const QString cur =
            writeFile(QStringLiteral("cur.csv"),
                      "bill/BillingEntity,lineItem/UsageAccountId,lineItem/LineItemType,lineItem/UsageStartDate,"
                      "lineItem/CurrencyCode,lineItem/UnblendedCost,lineItem/LineItemDescription,product/ProductName\n"
                      "AWS,111122223333,Usage,2026-09-02T00:00:00Z,USD,12.5,EC2,Amazon EC2\n"
                      "AWS,111122223333,Credit,2026-09-02T00:00:00Z,USD,-3.25,Promotional credit,Amazon EC2\n"
                      "AWS,111122223333,Credit,2026-09-02T00:00:00Z,USD,-0.5,AWS Free Tier benefit,Amazon S3\n");
        Run a = bursar({QStringLiteral("import"), QStringLiteral("usage"), cur, QStringLiteral("--format"),
                        QStringLiteral("json")},
                       d);
        QVERIFY2(a.code == 0, a.err.constData());
        QCOMPARE(a.json().object().value(QStringLiteral("format")).toString(), QStringLiteral("aws-cur"));
        QCOMPARE(a.json().object().value(QStringLiteral("ignored_rows")).toInt(), 1);
        QCOMPARE(a.json()
                     .object()
                     .value(QStringLiteral("totals"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("cost"))
                     .toString(),
                 QStringLiteral("9.25"));
        const QString azure = writeFile(
            QStringLiteral("azure.csv"),
            "\xEF\xBB\xBFSubscriptionId,Date,ProductName,MeterCategory,Quantity,EffectivePrice,CostInBillingCurrency,"
            "BillingCurrencyCode,PublisherType\r\n"
            "/subscriptions/AB12CD34-0000-4000-8000-000000000001,09/30/2026,Virtual "
            "Machines,Compute,2,0.5,1.0000000000000001,EUR,Azure\r\n");
        Run b = bursar({QStringLiteral("import"), QStringLiteral("usage"), azure, QStringLiteral("--format"),
                        QStringLiteral("json")},
                       d);
        QVERIFY2(b.code == 0, b.err.constData());
        QCOMPARE(b.json().object().value(QStringLiteral("vendor")).toString(), QStringLiteral("microsoft"));
        QCOMPARE(b.json().object().value(QStringLiteral("unmapped_accounts")).toArray(),
                 QJsonArray{QStringLiteral("ab12cd34-0000-4000-8000-000000000001")});
        Run credits = bursar(words("usage credits --vendor aws --period 2026-09 --format json"), d);
        QVERIFY2(credits.code == 0, credits.err.constData());
        const QJsonArray list = credits.json().array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("customer_id")).toInteger(), 100001);
        QCOMPARE(list.first().toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("-3.25"));
        QVERIFY(list.first().toObject().value(QStringLiteral("issued_credit_id")).isNull());
        // Passed on as a customer credit, once: a second --issue finds nothing left to issue.
        Run issue = bursar(words("usage credits --vendor aws --period 2026-09 --issue --format json"), d);
        QVERIFY2(issue.code == 0, issue.err.constData());
        const qint64 creditId =
            issue.json().array().first().toObject().value(QStringLiteral("issued_credit_id")).toInteger();
        QVERIFY(creditId > 0);
        Run shown = bursar({QStringLiteral("credits"), QStringLiteral("show"), QString::number(creditId),
                            QStringLiteral("--format"), QStringLiteral("json")},
                           d);
        QVERIFY2(shown.code == 0, shown.err.constData());
        QCOMPARE(shown.json().object().value(QStringLiteral("amount")).toString(), QStringLiteral("-3.25"));
        QCOMPARE(shown.json().object().value(QStringLiteral("customer_id")).toInteger(), 100001);
        Run again = bursar(words("usage credits --vendor aws --period 2026-09 --issue"), d);
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY2(again.out.contains(QByteArray(QByteArray("issued as credit ") + QByteArray::number(creditId))),
                 again.out.constData());
        QVERIFY2(again.out.contains("Issued 0 customer credit"), again.out.constData());
    }

    /// Month-end from the command line: credits, tax, generate, show, approve, delete.
    void monthEnd_creditsGenerateShowApproveDelete()
    {
        const QString d = database(QStringLiteral("monthend"));
        QCOMPARE(bursar(words("customers add --name Acme --region US --state WA"), d).code, 0);
        QCOMPARE(bursar(words("customers add --name Globex"), d).code, 0);
        QCOMPARE(bursar(words("customers map-account --customer 100001 --vendor aws --account 111122223333"), d).code,
                 0);
        QCOMPARE(bursar(words("customers map-account --customer 100002 --vendor aws --account 444455556666"), d).code,
                 0);
        QCOMPARE(bursar(words("pricebooks add --name Std --vendor aws --uplift 10"), d).code, 0);
        QCOMPARE(
            bursar(words("customers set-provider --customer 100001 --vendor aws --currency USD --pricebook Std"), d)
                .code,
            0);
        const QString file = writeFile(
            QStringLiteral("monthend.csv"),
            "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,ProviderName,PublisherName,"
            "SubAccountId,ServiceName,ServiceCategory\n"
            "1000,USD,2026-09-01T00:00:00Z,2026-09-02T00:00:00Z,Usage,AWS,AWS,111122223333,Amazon EC2,Compute\n"
            "200,USD,2026-09-01T00:00:00Z,2026-09-02T00:00:00Z,Usage,AWS,Acme Security "
            "LLC,111122223333,Firewall,Security\n"
            "50,USD,2026-09-01T00:00:00Z,2026-09-02T00:00:00Z,Usage,AWS,AWS,444455556666,Amazon EC2,Compute\n");
        QCOMPARE(bursar({QStringLiteral("import"), QStringLiteral("usage"), file}, d).code, 0);

        Run c1 = bursar(words("credits add --customer 100001 --vendor aws --currency USD --amount 500 --format json") +
                            QStringList{QStringLiteral("--comment"), QStringLiteral("account 111122223333, SLA")},
                        d);
        QVERIFY2(c1.code == 0, c1.err.constData());
        QCOMPARE(c1.json().object().value(QStringLiteral("amount")).toString(), QStringLiteral("-500"));
        QCOMPARE(
            bursar(words("credits add --customer 100001 --vendor aws --currency USD --amount 800 --expires 2026-12-31"),
                   d)
                .code,
            0);
        QCOMPARE(bursar(words("credits add --customer 100001 --vendor aws --currency USD --amount 50 --marketplace"), d)
                     .code,
                 0);
        expectOneLineError(bursar(words("credits add --customer 100001 --vendor aws --currency USD --amount -5"), d), 1,
                           "without a minus sign");
        expectOneLineError(bursar(words("credits add --customer 100001 --vendor aws --currency USD --amount 0"), d), 1,
                           "credits nothing");
        expectOneLineError(bursar(words("credits add --customer 100001 --vendor aws --currency JPY --amount 1.5"), d),
                           1, "JPY has no decimals");
        expectOneLineError(bursar(words("credits add --customer 100001 --vendor aws --currency USD --amount abc"), d),
                           1, "not a number");
        QCOMPARE(bursar(words("tax set --region US --state WA --rate 10.25 --from 2026-01-01"), d).code, 0);
        expectOneLineError(bursar(words("tax set --region US --rate 200"), d), 1, "outside 0 to 100");

        Run gen = bursar(words("invoices generate --vendor aws --period 2026-09 --all --apply-credits --tax "
                               "--marketplace-fees --marketplace-credits --format json"),
                         d);
        QCOMPARE(gen.code, 1); // Globex has no invoice currency
        QVERIFY2(gen.err.startsWith("bursar: 1 customer(s) could not be billed"), gen.err.constData());
        const QJsonObject run = gen.json().object();
        const QJsonArray generated = run.value(QStringLiteral("generated")).toArray();
        QCOMPARE(generated.size(), 1);
        QCOMPARE(generated.first().toObject().value(QStringLiteral("customer_id")).toInteger(), 100001);
        // 1,100 charges - 1,100 credits + 200 marketplace - 50 marketplace credit; tax on 150.
        QCOMPARE(generated.first().toObject().value(QStringLiteral("total")).toString(), QStringLiteral("165.38"));
        const QJsonArray failed = run.value(QStringLiteral("failed")).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().toObject().value(QStringLiteral("customer_id")).toInteger(), 100002);
        QVERIFY(failed.first()
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("The customer with ID #100002 does not have the currency USD enabled")));
        const QString id =
            QString::number(generated.first().toObject().value(QStringLiteral("statement_id")).toInteger());

        Run show = bursar({QStringLiteral("invoices"), QStringLiteral("show"), id, QStringLiteral("--format"),
                           QStringLiteral("json")},
                          d);
        QVERIFY2(show.code == 0, show.err.constData());
        const QJsonObject st = show.json().object();
        QCOMPARE(st.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QVERIFY(st.value(QStringLiteral("number")).isNull());
        QCOMPARE(st.value(QStringLiteral("visible_to_customer")).toBool(), false);
        QCOMPARE(st.value(QStringLiteral("charges")).toString(), QStringLiteral("1100"));
        QCOMPARE(st.value(QStringLiteral("credits")).toString(), QStringLiteral("-1100"));
        QCOMPARE(st.value(QStringLiteral("marketplace_fees")).toString(), QStringLiteral("200"));
        QCOMPARE(st.value(QStringLiteral("marketplace_credits")).toString(), QStringLiteral("-50"));
        QCOMPARE(st.value(QStringLiteral("tax")).toString(), QStringLiteral("15.38")); // 10.25 % of 150 = 15.375
        QCOMPARE(st.value(QStringLiteral("lines")).toArray().size(), 2);
        QCOMPARE(st.value(QStringLiteral("credit_applications")).toArray().size(), 3);
        QCOMPARE(
            st.value(QStringLiteral("taxes")).toArray().first().toObject().value(QStringLiteral("base")).toString(),
            QStringLiteral("150"));

        Run credits = bursar(words("credits list --customer 100001 --format json"), d);
        const QJsonArray list = credits.json().array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("applied")).toString(), QStringLiteral("-300"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("remaining")).toString(), QStringLiteral("-200"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("remaining")).toString(), QStringLiteral("0"));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("marketplace"));

        // A run without tax over a period whose statement has tax says so first (stderr and JSON).
        Run untaxed =
            bursar(words("invoices generate --vendor aws --period 2026-09 --customer 100002 --format json"), d);
        QCOMPARE(untaxed.code, 1); // #100002 still cannot be billed
        QVERIFY2(untaxed.err.startsWith("bursar: warning: 1 statement(s) of AWS 2026-09 were made with tax"),
                 untaxed.err.constData());
        QCOMPARE(untaxed.json().object().value(QStringLiteral("warnings")).toArray().size(), 1);
        Run taxed =
            bursar(words("invoices generate --vendor aws --period 2026-09 --customer 100002 --tax --format json"), d);
        QCOMPARE(taxed.json().object().value(QStringLiteral("warnings")).toArray().size(), 0);

        // Delete returns the credits; generate again; approve numbers it.
        QCOMPARE(bursar({QStringLiteral("invoices"), QStringLiteral("delete"), id}, d).code, 0);
        QCOMPARE(bursar(words("credits list --customer 100001 --format json"), d)
                     .json()
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("remaining"))
                     .toString(),
                 QStringLiteral("-500"));
        Run again = bursar(words("invoices generate --vendor aws --period 2026-09 --customer 100001 --format json"), d);
        QCOMPARE(again.code, 0);
        // Asked again, the billed customer is skipped, and no empty run is recorded.
        Run idle = bursar(words("invoices generate --vendor aws --period 2026-09 --customer 100001"), d);
        QCOMPARE(idle.code, 0);
        QVERIFY2(idle.out.startsWith("AWS 2026-09: no customer to bill, so no run was recorded; 1 skipped."),
                 idle.out.constData());
        Run idleJson =
            bursar(words("invoices generate --vendor aws --period 2026-09 --customer 100001 --format json"), d);
        QCOMPARE(idleJson.json().object().value(QStringLiteral("run_id")).toInteger(), 0);
        const QString id2 = QString::number(again.json()
                                                .object()
                                                .value(QStringLiteral("generated"))
                                                .toArray()
                                                .first()
                                                .toObject()
                                                .value(QStringLiteral("statement_id"))
                                                .toInteger());
        Run approved = bursar({QStringLiteral("invoices"), QStringLiteral("approve"), id2, QStringLiteral("--date"),
                               QStringLiteral("2026-10-16"), QStringLiteral("--format"), QStringLiteral("json")},
                              d);
        QVERIFY2(approved.code == 0, approved.err.constData());
        QCOMPARE(approved.json()
                     .object()
                     .value(QStringLiteral("approved"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("number"))
                     .toString(),
                 QStringLiteral("INV-2026-000001"));
        expectOneLineError(bursar({QStringLiteral("invoices"), QStringLiteral("delete"), id2}, d), 1, "never changes");
        // The numbering shows the number the series really gives next, not 000001 again.
        Run numbering = bursar(words("invoices numbering"), d);
        const int year = QDate::currentDate().year();
        const QString next = QStringLiteral("INV-%1-%2").arg(year).arg(year == 2026 ? 2 : 1, 6, 10, QLatin1Char('0'));
        QVERIFY2(numbering.out.contains(("(next: " + next + ")").toUtf8()), numbering.out.constData());
        Run byNumber = bursar(words("invoices show INV-2026-000001 --format json"), d);
        QCOMPARE(byNumber.json().object().value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-11-15"));
        QCOMPARE(byNumber.json().object().value(QStringLiteral("total")).toString(), QStringLiteral("1100"));
        Run open = bursar(words("invoices list --status past-due --format json"), d);
        QCOMPARE(open.json().array().size(), 1); // due 2026-11-15, and today is later
        Run csv = bursar(words("invoices list --format csv"), d);
        QVERIFY2(
            csv.out.contains(",INV-2026-000001,past-due,100001,Acme,aws,2026-09,USD,1100,0,0,0,0,1100,2026-11-15\r\n"),
            csv.out.constData());
        // Usage of the billed period is refused now.
        const QString late =
            writeFile(QStringLiteral("late.csv"),
                      "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,"
                      "ProviderName,PublisherName,SubAccountId,ServiceName,ServiceCategory\n"
                      "1,USD,2026-09-01T00:00:00Z,2026-09-05T00:00:00Z,Usage,AWS,AWS,111122223333,EC2,Compute\n");
        expectOneLineError(bursar({QStringLiteral("import"), QStringLiteral("usage"), late}, d), 1, "INV-2026-000001");
        // Documents: PDF, CSV and Detailed CSV written to a folder, paths printed.
        QTemporaryDir out;
        Run pdfs = bursar({QStringLiteral("invoices"), QStringLiteral("export"), QStringLiteral("--vendor"),
                           QStringLiteral("aws"), QStringLiteral("--period"), QStringLiteral("2026-09"),
                           QStringLiteral("--as"), QStringLiteral("pdf"), QStringLiteral("--out"), out.path(),
                           QStringLiteral("--format"), QStringLiteral("json")},
                          d);
        QVERIFY2(pdfs.code == 0, pdfs.err.constData());
        const QJsonArray written = pdfs.json().object().value(QStringLiteral("written")).toArray();
        QCOMPARE(written.size(), 1);
        QVERIFY(written.first().toString().endsWith(QStringLiteral("2026-09-aws-100001-INV-2026-000001.pdf")));
        QFile pdfFile(written.first().toString());
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
        Run detailed = bursar({QStringLiteral("invoices"), QStringLiteral("export"), id2, QStringLiteral("--as"),
                               QStringLiteral("detailed-csv"), QStringLiteral("--out"), out.path(),
                               QStringLiteral("--csv-semicolon")},
                              d);
        QVERIFY2(detailed.code == 0, detailed.err.constData());
        QFile csvFile(QString::fromUtf8(detailed.out.split('\n').first()));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csvFile.readAll();
        QVERIFY(csvBytes.startsWith("statement;customer_id;period;"));
        QVERIFY2(csvBytes.contains(";total;") && csvBytes.contains(";1100;"), csvBytes.constData());
        expectOneLineError(bursar({QStringLiteral("invoices"), QStringLiteral("export"), id2, QStringLiteral("--as"),
                                   QStringLiteral("docx"), QStringLiteral("--out"), out.path()},
                                  d),
                           2, "--as must be");
        expectOneLineError(
            bursar({QStringLiteral("invoices"), QStringLiteral("export"), id2, QStringLiteral("--as"),
                    QStringLiteral("pdf"), QStringLiteral("--out"), out.filePath(QStringLiteral("nowhere"))},
                   d),
            1, "does not exist");
        Run account =
            bursar({QStringLiteral("invoices"), QStringLiteral("account"), QStringLiteral("--customer"),
                    QStringLiteral("100001"), QStringLiteral("--out"), out.filePath(QStringLiteral("account.pdf"))},
                   d);
        QVERIFY2(account.code == 0, account.err.constData());
        QVERIFY(QFileInfo(out.filePath(QStringLiteral("account.pdf"))).size() > 1000);
        expectOneLineError(bursar(words("invoices generate --vendor aws --period 2026-09"), d), 2, "--all");
        expectOneLineError(bursar(words("invoices list --status paid"), d), 2, "--status");
        expectOneLineError(bursar(words("invoices numbering --pattern INV-{YYYY}"), d), 2, "exactly one counter");
    }

    void importUsage_badFileIsRefusedWithLineAndColumn()
    {
        const QString d = database(QStringLiteral("badusage"));
        const QString file = writeFile(QStringLiteral("bad.csv"),
                                       "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,"
                                       "SubAccountId,ServiceName\n1,USD,2026-09-01,2026-09-02,Usage,1,EC2\n"
                                       "abc,USD,2026-09-01,2026-09-02,Usage,1,EC2\n");
        Run r = bursar({QStringLiteral("import"), QStringLiteral("usage"), file, QStringLiteral("--vendor"),
                        QStringLiteral("aws")},
                       d);
        expectOneLineError(r, 1, "bad.csv, line 3, column 1 (BilledCost)");
        QVERIFY(r.err.contains("nothing changed"));
        Run history = bursar(words("usage history --format json"), d);
        QCOMPARE(history.json().array().size(), 0);
    }

    // Issue 11: the database itself given as a usage file or as an output file is refused
    // before anything opens it outside SQLite, and the database stays whole.
    void databaseFile_asInputOrOutput_isRefused()
    {
        if (TestDatabase::postgresRun())
            QSKIP("a SQLite file only");
        const QString d = database(QStringLiteral("ownfile"));
        Run added = bursar(words("customers add --name Keep --format json"), d);
        QCOMPARE(added.code, 0);
        Run r = bursar(
            {QStringLiteral("import"), QStringLiteral("usage"), d, QStringLiteral("--vendor"), QStringLiteral("aws")},
            d);
        expectOneLineError(r, 1, "will not import it as usage");
        r = bursar({QStringLiteral("import"), QStringLiteral("usage"), d + QStringLiteral("-wal"),
                    QStringLiteral("--vendor"), QStringLiteral("aws")},
                   d);
        QCOMPARE(r.code, 1);
        const QString id = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
        r = bursar({QStringLiteral("invoices"), QStringLiteral("account"), QStringLiteral("--customer"), id,
                    QStringLiteral("--out"), d},
                   d);
        expectOneLineError(r, 1, "will not write over it");
        Run check = bursar(words("db check"), d);
        QCOMPARE(check.code, 0);
        Run list = bursar(words("customers list --format json"), d);
        QCOMPARE(list.json().array().size(), 1);
    }

    void cleanupTestCase()
    {
        if (TestDatabase::postgresRun())
            for (const QString &url : std::as_const(m_databases))
                TestDatabase::dropPostgresDatabase(url);
    }

    void demo_thenListAsJsonTableAndCsv()
    {
        Run demo =
            bursar({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("120"),
                    QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("json")},
                   db());
        QCOMPARE(demo.code, 0);
        QCOMPARE(demo.json().object().value(QStringLiteral("customers")).toInt(), 120);

        Run list = bursar(
            {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
            db());
        QCOMPARE(list.code, 0);
        const QJsonArray a = list.json().array();
        QCOMPARE(a.size(), 120);
        QCOMPARE(a.first().toObject().value(QStringLiteral("id")).toInteger(), 100001);
        QVERIFY(!a.first().toObject().value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(a.first().toObject().contains(QStringLiteral("payment_terms_days")));

        Run csv = bursar(
            {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")},
            db());
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith("id,name,tenant,region,state,email,payment_terms_days\r\n"));
        QCOMPARE(csv.out.count("\r\n"), 121);

        Run table = bursar({QStringLiteral("customers"), QStringLiteral("list")}, db());
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains("#100001"));
        QVERIFY(table.out.contains("120 customers"));

        // Demo data never goes into a database that holds customers.
        expectOneLineError(bursar({QStringLiteral("demo")}, db()), 1, "already holds customers");
    }

    void add_mapAccount_setProvider_show()
    {
        const QString path = database(QStringLiteral("add"));
        Run add = bursar({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Acme, Inc."), QStringLiteral("--region"), QStringLiteral("US"),
                          QStringLiteral("--state"), QStringLiteral("WA"), QStringLiteral("--payment-terms"),
                          QStringLiteral("45"), QStringLiteral("--format"), QStringLiteral("json")},
                         path);
        QCOMPARE(add.code, 0);
        const QJsonObject o = add.json().object();
        QCOMPARE(o.keys(), QStringList{QStringLiteral("id")});
        const qint64 id = o.value(QStringLiteral("id")).toInteger();
        QCOMPARE(id, 100001);
        const QString idText = QString::number(id);

        QCOMPARE(bursar({QStringLiteral("customers"), QStringLiteral("map-account"), QStringLiteral("--customer"),
                         idText, QStringLiteral("--vendor"), QStringLiteral("aws"), QStringLiteral("--account"),
                         QStringLiteral("123456789012")},
                        path)
                     .code,
                 0);
        QCOMPARE(bursar({QStringLiteral("customers"), QStringLiteral("set-provider"), QStringLiteral("--customer"),
                         QStringLiteral("#") + idText, QStringLiteral("--vendor"), QStringLiteral("microsoft"),
                         QStringLiteral("--currency"), QStringLiteral("eur")},
                        path)
                     .code,
                 0);
        Run show = bursar({QStringLiteral("customers"), QStringLiteral("show"), idText, QStringLiteral("--format"),
                           QStringLiteral("json")},
                          path);
        QCOMPARE(show.code, 0);
        const QJsonObject c = show.json().object();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Acme, Inc."));
        QCOMPARE(c.value(QStringLiteral("payment_terms_days")).toInt(), 45);
        QCOMPARE(c.value(QStringLiteral("accounts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("account"))
                     .toString(),
                 QStringLiteral("123456789012"));
        QCOMPARE(c.value(QStringLiteral("providers"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("currency"))
                     .toString(),
                 QStringLiteral("EUR"));

        // A second customer cannot take the same account.
        bursar({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Globex")},
               path);
        expectOneLineError(bursar({QStringLiteral("customers"), QStringLiteral("map-account"),
                                   QStringLiteral("--customer"), QStringLiteral("100002"), QStringLiteral("--vendor"),
                                   QStringLiteral("aws"), QStringLiteral("--account"), QStringLiteral("123456789012")},
                                  path),
                           1, "already mapped to customer #100001");
    }

    void tenants_addAndList()
    {
        const QString path = database(QStringLiteral("tenants"));
        Run dist = bursar({QStringLiteral("tenants"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("Dist"), QStringLiteral("--format"), QStringLiteral("json")},
                          path);
        QCOMPARE(dist.code, 0);
        const qint64 distId = dist.json().object().value(QStringLiteral("id")).toInteger();
        Run partner = bursar({QStringLiteral("tenants"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Partner"), QStringLiteral("--parent"), QString::number(distId),
                              QStringLiteral("--format"), QStringLiteral("json")},
                             path);
        QCOMPARE(partner.code, 0);
        const qint64 partnerId = partner.json().object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(bursar({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("C"), QStringLiteral("--tenant"), QString::number(partnerId)},
                        path)
                     .code,
                 0);
        Run list = bursar(
            {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
            path);
        const QJsonArray a = list.json().array();
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(1).toObject().value(QStringLiteral("parent_id")).toInteger(), distId);
        QCOMPARE(a.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("partner"));
        QCOMPARE(a.at(1).toObject().value(QStringLiteral("customers")).toInt(), 1);
        QVERIFY(a.at(0).toObject().value(QStringLiteral("parent_id")).isNull());
        expectOneLineError(bursar({QStringLiteral("tenants"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("X"), QStringLiteral("--parent"), QStringLiteral("99")},
                                  path),
                           1, "does not exist");
        expectOneLineError(bursar({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("X"), QStringLiteral("--tenant"), QStringLiteral("99")},
                                  path),
                           1, "tenant 99 does not exist");
    }

    void users_andActingAsOne()
    {
        // --user is the SQLite file's way to act as someone else (PostgreSQL: the login).
        const QString path = m_dir.filePath(QStringLiteral("users.sqlite"));
        QCOMPARE(
            bursar({QStringLiteral("tenants"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("D")},
                   path)
                .code,
            0);
        Run add =
            bursar({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("clara"),
                    QStringLiteral("--privileges"), QStringLiteral("ARDOCS_CREATE,CREATE_MULTILINED_MEMO"),
                    QStringLiteral("--format"), QStringLiteral("json")},
                   path);
        QCOMPARE(add.code, 0);
        QVERIFY(add.json().object().contains(QStringLiteral("id")));
        // clara may not add customers ...
        expectOneLineError(bursar({QStringLiteral("--user"), QStringLiteral("clara"), QStringLiteral("customers"),
                                   QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X")},
                                  path),
                           1, "MANAGE_CUSTOMERS");
        QCOMPARE(bursar({QStringLiteral("users"), QStringLiteral("grant"), QStringLiteral("--name"),
                         QStringLiteral("clara"), QStringLiteral("--privileges"), QStringLiteral("MANAGE_CUSTOMERS")},
                        path)
                     .code,
                 0);
        // ... until she is granted it.
        QCOMPARE(bursar({QStringLiteral("--user"), QStringLiteral("clara"), QStringLiteral("customers"),
                         QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X")},
                        path)
                     .code,
                 0);
        Run list = bursar(
            {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
            path);
        const QJsonObject clara = list.json().array().first().toObject();
        QCOMPARE(clara.value(QStringLiteral("name")).toString(), QStringLiteral("clara"));
        QCOMPARE(clara.value(QStringLiteral("privileges")).toArray().size(), 3);
        expectOneLineError(bursar({QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("customers"),
                                   QStringLiteral("list")},
                                  path),
                           1, "no Bursar user");
        expectOneLineError(
            bursar({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")},
                   path),
            2, "--privileges");
    }

    void badInput_oneLineAndExitCode_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("customers"), QStringLiteral("delete")} << 2 << "unknown customers command";
        QTest::newRow("empty name") << QStringList{QStringLiteral("customers"), QStringLiteral("add"),
                                                   QStringLiteral("--name"), QString()}
                                    << 1 << "name is empty";
        QTest::newRow("missing name") << QStringList{QStringLiteral("customers"), QStringLiteral("add")} << 2
                                      << "--name is required";
        QTest::newRow("bad format") << QStringList{QStringLiteral("customers"), QStringLiteral("list"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")}
                                    << 2 << "--format must be";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("customers"), QStringLiteral("list"),
                                                       QStringLiteral("--colour")}
                                        << 2 << "Unknown option";
        QTest::newRow("bad vendor") << QStringList{QStringLiteral("customers"),  QStringLiteral("map-account"),
                                                   QStringLiteral("--customer"), QStringLiteral("100001"),
                                                   QStringLiteral("--vendor"),   QStringLiteral("oracle"),
                                                   QStringLiteral("--account"),  QStringLiteral("1")}
                                    << 2 << "oracle";
        QTest::newRow("bad customer id") << QStringList{QStringLiteral("customers"),  QStringLiteral("set-provider"),
                                                        QStringLiteral("--customer"), QStringLiteral("abc"),
                                                        QStringLiteral("--vendor"),   QStringLiteral("aws"),
                                                        QStringLiteral("--currency"), QStringLiteral("USD")}
                                         << 2 << "not a customer ID";
        QTest::newRow("no such customer")
            << QStringList{QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("999999")} << 1
            << "no customer with ID #999999";
        QTest::newRow("bad currency") << QStringList{QStringLiteral("customers"),  QStringLiteral("set-provider"),
                                                     QStringLiteral("--customer"), QStringLiteral("100001"),
                                                     QStringLiteral("--vendor"),   QStringLiteral("aws"),
                                                     QStringLiteral("--currency"), QStringLiteral("DOGE")}
                                      << 1 << "DOGE";
        QTest::newRow("terms out of range") << QStringList{QStringLiteral("customers"),       QStringLiteral("add"),
                                                           QStringLiteral("--name"),          QStringLiteral("X"),
                                                           QStringLiteral("--payment-terms"), QStringLiteral("999")}
                                            << 1 << "0 to 365";
        QTest::newRow("terms not a number") << QStringList{QStringLiteral("customers"),       QStringLiteral("add"),
                                                           QStringLiteral("--name"),          QStringLiteral("X"),
                                                           QStringLiteral("--payment-terms"), QStringLiteral("soon")}
                                            << 2 << "whole number of days";
    }
    void badInput_oneLineAndExitCode()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const QString path = database(QStringLiteral("bad-input"));
        if (!m_seeded.contains(path)) {
            m_seeded.insert(path);
            QCOMPARE(bursar({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("First")},
                            path)
                         .code,
                     0);
        }
        const qsizetype before = bursar({QStringLiteral("customers"), QStringLiteral("list"),
                                         QStringLiteral("--format"), QStringLiteral("json")},
                                        path)
                                     .json()
                                     .array()
                                     .size();
        expectOneLineError(bursar(args, path), code, mentions.toUtf8().constData());
        QCOMPARE(bursar({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"),
                         QStringLiteral("json")},
                        path)
                     .json()
                     .array()
                     .size(),
                 before);
    }

    void badDatabases_refusedAndUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing folder") << "missing"
                                        << "does not exist";
        QTest::newRow("random bytes") << "random"
                                      << "not a Bursar database";
        QTest::newRow("newer schema") << "newer"
                                      << "newer Bursar";
    }
    void badDatabases_refusedAndUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        QString path = m_dir.filePath(QStringLiteral("bad-") + kind + QStringLiteral(".sqlite"));
        if (kind == QLatin1String("missing")) {
            path = m_dir.filePath(QStringLiteral("nope/nested/x.sqlite"));
        } else if (kind == QLatin1String("random")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 4096; ++i)
                f.putChar(static_cast<char>((i * 7919) % 251));
        } else {
            QCOMPARE(bursar({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("A")},
                            path)
                         .code,
                     0);
            {
                QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                sql.setDatabaseName(path);
                QVERIFY(sql.open());
                QSqlQuery q(sql);
                QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (42, 'future', 'x')")));
                sql.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        }
        const QByteArray before = fileHash(path);
        for (const QStringList &args :
             {QStringList{QStringLiteral("customers"), QStringLiteral("list")},
              QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("5")}}) {
            expectOneLineError(bursar(args, path), 1, mentions.toUtf8().constData());
            QCOMPARE(fileHash(path), before);
        }
        if (kind == QLatin1String("missing"))
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope"))));
    }

    /// Issue 19 from the command line: the e-invoicing settings (their JSON keys are a
    /// contract), the check that names rule and field, UBL export of a statement and a memo
    /// with the file's SHA-256 kept, and the refusals: one line, the right exit code.
    void einvoice_setCheckExportAndKeep()
    {
        const QString d = database(QStringLiteral("einvoice"));
        QCOMPARE(bursar({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("40")}, d).code, 0);
        const QJsonObject seller = bursar(words("einvoice seller --format json"), d).json().object();
        QCOMPARE(seller.keys(),
                 (QStringList{QStringLiteral("bic"), QStringLiteral("company_id"), QStringLiteral("endpoint_id"),
                              QStringLiteral("endpoint_scheme"), QStringLiteral("iban"), QStringLiteral("legal_name"),
                              QStringLiteral("vat_currency"), QStringLiteral("vat_id")}));
        QCOMPARE(seller.value(QStringLiteral("vat_id")).toString(), QStringLiteral("DE299999998")); // the demo's
        // A German customer of the demo, and the customers it did not set up for e-invoicing.
        qint64 german = 0;
        QSet<qint64> notSetUp;
        for (const QJsonValue &c : bursar(words("customers list --format json"), d).json().array()) {
            const QString region = c.toObject().value(QStringLiteral("region")).toString();
            const qint64 cid = c.toObject().value(QStringLiteral("id")).toInteger();
            if (region == u"DE" && german == 0)
                german = cid;
            else if (region != u"DE" && region != u"FR")
                notSetUp.insert(cid);
        }
        QVERIFY(german && !notSetUp.isEmpty());
        const QJsonObject buyer =
            bursar({QStringLiteral("einvoice"), QStringLiteral("customer"), QString::number(german),
                    QStringLiteral("--buyer-reference"), QStringLiteral("PO 2026/77"), QStringLiteral("--format"),
                    QStringLiteral("json")},
                   d)
                .json()
                .object();
        QCOMPARE(buyer.value(QStringLiteral("receives")).toBool(), true);
        QCOMPARE(buyer.value(QStringLiteral("buyer_reference")).toString(), QStringLiteral("PO 2026/77"));
        QCOMPARE(buyer.value(QStringLiteral("vat_id")).toString(), QStringLiteral("DE%1").arg(100000000 + german));
        for (const char *key : {"customer_id", "endpoint_id", "endpoint_scheme", "tax_category", "exemption_reason"})
            QVERIFY2(buyer.contains(QLatin1String(key)), key);
        expectOneLineError(bursar({QStringLiteral("einvoice"), QStringLiteral("customer"), QString::number(german),
                                   QStringLiteral("--tax-category"), QStringLiteral("X")},
                                  d),
                           1, "is not a VAT category");
        expectOneLineError(bursar({QStringLiteral("einvoice"), QStringLiteral("customer"), QString::number(german),
                                   QStringLiteral("--receives"), QStringLiteral("maybe")},
                                  d),
                           2, "--receives must be yes or no");
        expectOneLineError(bursar(words("einvoice seller --iban DE00123"), d), 1, "is not an IBAN");

        auto firstOpen = [&](qint64 customer) {
            const QJsonArray list =
                bursar({QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--customer"),
                        QString::number(customer), QStringLiteral("--format"), QStringLiteral("json")},
                       d)
                    .json()
                    .array();
            for (const QJsonValue &v : list)
                if (v.toObject().value(QStringLiteral("status")).toString() != u"draft")
                    return v.toObject();
            return QJsonObject();
        };
        const QJsonObject statement = firstOpen(german);
        const QString id = QString::number(statement.value(QStringLiteral("id")).toInteger());
        QVERIFY(id != u"0");
        Run check = bursar({QStringLiteral("einvoice"), QStringLiteral("check"), id}, d);
        QCOMPARE(check.code, 0);
        QVERIFY2(check.out.contains("No problems"), check.out.constData());
        // A customer who is not set up: the check names the field to change.
        QString usId;
        for (const QJsonValue &v : bursar(words("invoices list --status open --format json"), d).json().array())
            if (usId.isEmpty() && notSetUp.contains(v.toObject().value(QStringLiteral("customer_id")).toInteger()))
                usId = QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
        QVERIFY(!usId.isEmpty());
        Run refused = bursar({QStringLiteral("einvoice"), QStringLiteral("check"), usId, QStringLiteral("--format"),
                              QStringLiteral("json")},
                             d);
        QVERIFY2(refused.code == 1, refused.out.constData());
        QVERIFY2(!refused.out.isEmpty(), refused.err.constData());
        const QJsonArray problems = refused.json().object().value(QStringLiteral("problems")).toArray();
        QVERIFY(!problems.isEmpty());
        const QJsonObject first = problems.first().toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("document"), QStringLiteral("field"),
                                            QStringLiteral("message"), QStringLiteral("rule")}));
        bool named = false; // it does not receive e-invoices, and the problem says where to change that
        for (const QJsonValue &v : problems)
            named = named || v.toObject()
                                 .value(QStringLiteral("field"))
                                 .toString()
                                 .endsWith(QLatin1String("E-invoicing > Receives e-invoices"));
        QVERIFY2(named, refused.out.constData());

        const QString out = m_dir.filePath(QStringLiteral("ubl"));
        QVERIFY(QDir().mkpath(out));
        Run exported = bursar({QStringLiteral("invoices"), QStringLiteral("export"), id, QStringLiteral("--as"),
                               QStringLiteral("ubl"), QStringLiteral("--out"), out},
                              d);
        QCOMPARE(exported.code, 0);
        const QString file = QString::fromUtf8(exported.out.split('\n').first());
        QVERIFY2(file.endsWith(QLatin1String(".xml")), exported.out.constData());
        QFile xml(file);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray bytes = xml.readAll();
        QVERIFY(bytes.contains(
            QByteArray("<cbc:ID>" + statement.value(QStringLiteral("number")).toString().toUtf8() + "</cbc:ID>")));
        QVERIFY(bytes.contains("<cbc:BuyerReference>PO 2026/77</cbc:BuyerReference>"));
        const QJsonArray kept = bursar({QStringLiteral("einvoice"), QStringLiteral("exports"), id,
                                        QStringLiteral("--format"), QStringLiteral("json")},
                                       d)
                                    .json()
                                    .array();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().toObject().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(kept.first().toObject().value(QStringLiteral("file_name")).toString(), QFileInfo(file).fileName());

        // A released credit memo of the German customer leaves as a CreditNote; a Hold one does not.
        QString released, hold;
        for (const QJsonValue &v :
             bursar({QStringLiteral("memo"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("credit"),
                     QStringLiteral("--format"), QStringLiteral("json")},
                    d)
                 .json()
                 .array()) {
            const QJsonObject m = v.toObject();
            const QString mid = QString::number(m.value(QStringLiteral("id")).toInteger());
            if (m.value(QStringLiteral("status")).toString() == u"hold")
                hold = mid;
            else if (m.value(QStringLiteral("customer_id")).toInteger() == german)
                released = mid;
        }
        QVERIFY(!released.isEmpty() && !hold.isEmpty());
        Run memo = bursar({QStringLiteral("memo"), QStringLiteral("export"), released, QStringLiteral("--as"),
                           QStringLiteral("ubl"), QStringLiteral("--out"), out},
                          d);
        QCOMPARE(memo.code, 0);
        QFile note(QString::fromUtf8(memo.out.trimmed()));
        QVERIFY(note.open(QIODevice::ReadOnly));
        QVERIFY(note.readAll().contains("<CreditNote xmlns="));
        expectOneLineError(bursar({QStringLiteral("memo"), QStringLiteral("export"), hold, QStringLiteral("--as"),
                                   QStringLiteral("ubl"), QStringLiteral("--out"), out},
                                  d),
                           1, "release it first");
    }

    void german_messagesWhenTheUserSpeaksGerman()
    {
        const QString path = database(QStringLiteral("de"));
        const QString de = QStringLiteral("de_DE.UTF-8");
        Run empty =
            bursar({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), QString()}, path, de);
        expectOneLineError(empty, 1, "Neuer Kunde: Der Name ist leer");
        Run unknown = bursar({QStringLiteral("frobnicate")}, path, de);
        expectOneLineError(unknown, 2, "unbekannter Befehl");
        Run list = bursar({QStringLiteral("customers"), QStringLiteral("list")}, path, de);
        QVERIFY2(list.out.contains("0 Kunden"), list.out.constData());
        // The same commands speak English to everyone else.
        expectOneLineError(bursar({QStringLiteral("frobnicate")}, path), 2, "unknown command");
    }

    void help_andDefaultDatabasePath()
    {
        Run help = bursar({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("customers map-account"));
        Run addHelp = bursar({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(addHelp.code, 0);
        QVERIFY(addHelp.out.contains("--payment-terms"));
        // Without --database, the file lives in the user's data folder.
        Run path = bursar({QStringLiteral("db"), QStringLiteral("path")});
        QCOMPARE(path.code, 0);
        QCOMPARE(path.out.trimmed(), m_dir.filePath(QStringLiteral("xdg/bursar/bursar.sqlite")).toUtf8());
        QCOMPARE(bursar({QStringLiteral("db"), QStringLiteral("path"), QStringLiteral("--if-exists")}).out,
                 QByteArray());
        QCOMPARE(bursar({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("3")}).code, 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("xdg/bursar/bursar.sqlite"))));
        QCOMPARE(bursar({QStringLiteral("db"), QStringLiteral("check")}).code, 0);
        expectOneLineError(bursar({QStringLiteral("customers"), QStringLiteral("list")}, QString(QStringLiteral(""))),
                           2, "--database");
    }

    // Small balances from a script (issue 13): the tolerance per currency, then write-off of a
    // debit memo with 0.30 left by a credit memo of exactly that.
    void writeOff_fromTheCommandLine()
    {
        const QString d = database(QStringLiteral("writeoff"));
        QCOMPARE(bursar(words("customers add --name Acme"), d).code, 0);
        QCOMPARE(bursar(words("customers set-provider --customer 100001 --vendor aws --currency USD"), d).code, 0);
        Run dm = bursar({QStringLiteral("memo"), QStringLiteral("create"), QStringLiteral("--type"),
                         QStringLiteral("debit"), QStringLiteral("--customer"), QStringLiteral("100001"),
                         QStringLiteral("--date"), QStringLiteral("2026-10-01"), QStringLiteral("--description"),
                         QStringLiteral("Rounding"), QStringLiteral("--line"), QStringLiteral("Rounding|1|each|0.30"),
                         QStringLiteral("--format"), QStringLiteral("json")},
                        d);
        QCOMPARE(dm.code, 0);
        const QString id = QString::number(dm.json().object().value(QStringLiteral("id")).toInteger());
        QCOMPARE(bursar({QStringLiteral("memo"), QStringLiteral("release"), id}, d).code, 0);
        // No tolerance yet: refused, saying where to set one.
        Run refused =
            bursar({QStringLiteral("write-off"), id, QStringLiteral("--date"), QStringLiteral("2026-11-01")}, d);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("no write-off tolerance for USD"), refused.err.constData());
        Run set = bursar(words("write-off tolerance --currency USD --amount 0.50 --format json"), d);
        QCOMPARE(set.code, 0);
        QCOMPARE(set.json().array().first().toObject().value(QStringLiteral("tolerance")).toString(),
                 QStringLiteral("0.50"));
        Run done = bursar({QStringLiteral("write-off"), id, QStringLiteral("--date"), QStringLiteral("2026-11-01"),
                           QStringLiteral("--format"), QStringLiteral("json")},
                          d);
        QCOMPARE(done.code, 0);
        const QJsonObject memo = done.json().object();
        QCOMPARE(memo.value(QStringLiteral("type")).toString(), QStringLiteral("credit_memo"));
        QCOMPARE(memo.value(QStringLiteral("amount")).toString(), QStringLiteral("0.30"));
        QVERIFY(memo.value(QStringLiteral("number")).toString().startsWith(QStringLiteral("CM-2026-")));
        Run shown = bursar(
            {QStringLiteral("memo"), QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")},
            d);
        QCOMPARE(shown.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    }

    // Reports > Credits, expiring credits (issue 13): remainders within 30, 60 and 90 days of
    // the as-of day, per customer, vendor and currency, with the JSON keys and the CSV.
    void reportCredits_expiring()
    {
        const QString d = database(QStringLiteral("expiring"));
        QCOMPARE(bursar(words("customers add --name Acme"), d).code, 0);
        QCOMPARE(bursar(words("customers set-provider --customer 100001 --vendor aws --currency USD"), d).code, 0);
        for (const char *credit : {"--amount 100 --expires 2026-12-20", "--amount 40.50 --expires 2027-01-20",
                                   "--amount 7 --expires 2027-03-01", "--amount 9 --expires 2027-06-01",
                                   "--amount 3 --expires 2026-11-30", "--amount 1000"})
            QCOMPARE(bursar(words(QByteArray("credits add --customer 100001 --vendor aws --currency USD ")
                                      .append(credit)
                                      .constData()),
                            d)
                         .code,
                     0);
        Run r = bursar(words("report credits --expiring --as-of 2026-12-04 --format json"), d);
        QCOMPARE(r.code, 0);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("customer_id")).toInteger(), 100001);
        QCOMPARE(row.value(QStringLiteral("vendor")).toString(), QStringLiteral("aws"));
        QCOMPARE(row.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        // 16 days: 100; 47 days: 40.50; 87 days: 7; 179 days, expired and never: not counted
        QCOMPARE(row.value(QStringLiteral("within_30_days")).toString(), QStringLiteral("-100.00"));
        QCOMPARE(row.value(QStringLiteral("within_60_days")).toString(), QStringLiteral("-140.50"));
        QCOMPARE(row.value(QStringLiteral("within_90_days")).toString(), QStringLiteral("-147.50"));
        QCOMPARE(row.value(QStringLiteral("first_expiry")).toString(), QStringLiteral("2026-12-20"));
        Run csv = bursar(words("report credits --expiring --as-of 2026-12-04 --format csv"), d);
        QCOMPARE(csv.code, 0);
        QVERIFY2(csv.out.contains("100001,Acme,aws,USD,-100.00,-140.50,-147.50,2026-12-20"), csv.out.constData());
        // Without --expiring it says what to type; nothing is printed as a report.
        Run bare = bursar(words("report credits"), d);
        QCOMPARE(bare.code, 2);
        QVERIFY2(bare.err.contains("--expiring"), bare.err.constData());
    }

    // Finance > Documents from a month-end script (issue 13): the seed's charge-back (a debit
    // memo), a goodwill credit memo and a payment, applied, reversed and cancelled, with the
    // JSON keys scripts depend on.
    void financeDocuments_fromTheCommandLine()
    {
        const QString d = database(QStringLiteral("finance"));
        QCOMPARE(bursar(words("customers add --name Acme"), d).code, 0);
        QCOMPARE(bursar(words("customers set-provider --customer 100001 --vendor aws --currency USD"), d).code, 0);
        Run dm =
            bursar({QStringLiteral("memo"), QStringLiteral("create"), QStringLiteral("--type"), QStringLiteral("debit"),
                    QStringLiteral("--customer"), QStringLiteral("100001"), QStringLiteral("--date"),
                    QStringLiteral("2026-10-01"), QStringLiteral("--description"), QStringLiteral("Charge-back"),
                    QStringLiteral("--line"), QStringLiteral("Disputed refund|2|each|50.00|10.00|"),
                    QStringLiteral("--format"), QStringLiteral("json")},
                   d);
        QCOMPARE(dm.code, 0);
        const QJsonObject dmJson = dm.json().object();
        QCOMPARE(dmJson.value(QStringLiteral("type")).toString(), QStringLiteral("debit_memo"));
        QCOMPARE(dmJson.value(QStringLiteral("status")).toString(), QStringLiteral("hold"));
        QCOMPARE(dmJson.value(QStringLiteral("total")).toString(), QStringLiteral("90.00")); // 2 × 50 − 10
        QVERIFY(dmJson.value(QStringLiteral("number")).isNull());
        const QString dmId = QString::number(dmJson.value(QStringLiteral("id")).toInteger());
        Run cm = bursar({QStringLiteral("memo"), QStringLiteral("create"), QStringLiteral("--type"),
                         QStringLiteral("credit"), QStringLiteral("--customer"), QStringLiteral("100001"),
                         QStringLiteral("--date"), QStringLiteral("2026-10-05"), QStringLiteral("--description"),
                         QStringLiteral("Goodwill"), QStringLiteral("--line"), QStringLiteral("Goodwill|1|each|30.00"),
                         QStringLiteral("--format"), QStringLiteral("json")},
                        d);
        QCOMPARE(cm.code, 0);
        const QString cmId = QString::number(cm.json().object().value(QStringLiteral("id")).toInteger());
        QCOMPARE(bursar({QStringLiteral("memo"), QStringLiteral("release"), dmId, cmId}, d).code, 0);
        expectOneLineError(bursar({QStringLiteral("memo"), QStringLiteral("release"), dmId}, d), 1, "not Hold");
        expectOneLineError(bursar({QStringLiteral("memo"), QStringLiteral("delete"), dmId}, d), 1, "Cancel it instead");
        Run pay = bursar(words("payment record --customer 100001 --amount 100.00 --currency USD --date 2026-10-20 "
                               "--reference BANK-1 --format json"),
                         d);
        QCOMPARE(pay.code, 0);
        QCOMPARE(pay.json().object().value(QStringLiteral("number")).toString(), QStringLiteral("PAY-2026-000001"));
        // The credit memo pays 30 of the charge-back, the payment the other 60; 40 stays unapplied.
        Run a1 = bursar(words("apply --from CM-2026-000001 --to DM-2026-000001 --amount 30.00 --date 2026-10-05 "
                              "--format json"),
                        d);
        QCOMPARE(a1.code, 0);
        Run preview = bursar(words("apply --from PAY-2026-000001 --auto --preview --format json"), d);
        QCOMPARE(preview.json()
                     .object()
                     .value(QStringLiteral("rows"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("amount")),
                 QJsonValue(QStringLiteral("60.00")));
        expectOneLineError(
            bursar(words("apply --from PAY-2026-000001 --to DM-2026-000001 --amount 60.01 --date 2026-10-20"), d), 1,
            "balance of 60.00 USD");
        QCOMPARE(bursar(words("apply --from PAY-2026-000001 --auto --date 2026-10-20"), d).code, 0);
        const QJsonObject shown = bursar(words("memo show DM-2026-000001 --format json"), d).json().object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(shown.value(QStringLiteral("balance")).toString(), QStringLiteral("0.00"));
        QCOMPARE(shown.value(QStringLiteral("applications")).toArray().size(), 2);
        QCOMPARE(bursar(words("report balance --customer 100001 --as-of 2026-10-31 --format json"), d).json().array(),
                 (QJsonArray{QJsonObject{{QStringLiteral("currency"), QStringLiteral("USD")},
                                         {QStringLiteral("balance"), QStringLiteral("-40.00")}}}));
        // As of 2026-10-10 only the credit memo's application counts: 60 owed, due 10-31 (current).
        const QJsonObject aging = bursar(words("report aging --as-of 2026-10-10 --format json"), d).json().object();
        const QJsonObject row = aging.value(QStringLiteral("rows")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("customer_id")).toInteger(), 100001);
        QCOMPARE(row.value(QStringLiteral("current")).toString(), QStringLiteral("60.00"));
        QCOMPARE(row.value(QStringLiteral("unapplied")).toString(), QStringLiteral("0.00"));
        QCOMPARE(row.value(QStringLiteral("total")).toString(), QStringLiteral("60.00"));
        for (const char *key : {"days_1_30", "days_31_60", "days_61_90", "over_90"})
            QVERIFY(row.contains(QLatin1String(key)));
        QVERIFY(
            aging.value(QStringLiteral("proof")).toArray().first().toObject().value(QStringLiteral("equal")).toBool());
        Run csv = bursar(words("report aging --as-of 2026-10-10 --format csv"), d);
        QVERIFY2(csv.out.startsWith("customer_id,customer_name,currency,current,days_1_30,days_31_60,days_61_90,"
                                    "over_90,unapplied,total\r\n"),
                 csv.out.constData());
        // Undo the payment's application; cancel the credit memo only once its application is reversed.
        const QJsonArray apps = shown.value(QStringLiteral("applications")).toArray();
        const QString paymentEntry = QString::number(apps.at(1).toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(
            bursar({QStringLiteral("unapply"), paymentEntry, QStringLiteral("--date"), QStringLiteral("2026-11-01")}, d)
                .code,
            0);
        expectOneLineError(bursar({QStringLiteral("unapply"), paymentEntry}, d), 1, "already reversed");
        expectOneLineError(bursar({QStringLiteral("memo"), QStringLiteral("cancel"), cmId}, d), 1,
                           "reverse its applications first");
        const QJsonArray numbering = bursar(words("report numbering --format json"), d).json().array();
        QCOMPARE(numbering.size(), 4);
        for (const QJsonValue &series : numbering)
            QVERIFY(series.toObject().value(QStringLiteral("whole")).toBool());
        QCOMPARE(numbering.at(2)
                     .toObject()
                     .value(QStringLiteral("documents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("number")),
                 QJsonValue(QStringLiteral("DM-2026-000001")));
        QCOMPARE(
            bursar(words("memo show DM-2026-000001 --format json"), d).json().object().value(QStringLiteral("status")),
            QJsonValue(QStringLiteral("past_due"))); // re-opened, and due since 2026-10-31
    }

    // The settings Finance > Documents depends on, and a Hold memo edited, from the command line.
    void financeSettingsAndMemoEdits_fromTheCommandLine()
    {
        const QString d = database(QStringLiteral("finance-settings"));
        const QString year = QString::number(QDate::currentDate().year());
        Run numbering = bursar(words("invoices numbering --series payment --pattern RCPT-{YYYY}-{0000}"), d);
        QCOMPARE(numbering.code, 0);
        QVERIFY2(
            numbering.out.contains(("Payment numbers: RCPT-{YYYY}-{0000} (next: RCPT-" + year + "-0001)").toUtf8()),
            numbering.out.constData());
        QVERIFY(bursar(words("invoices numbering"), d).out.contains("Statement numbers: INV-{YYYY}-{000000}"));
        expectOneLineError(bursar(words("invoices numbering --series memo"), d), 2, "no number series “memo”");

        QCOMPARE(bursar(words("tax category set Reduced --no-region-rate"), d).code, 0);
        const QJsonArray categories = bursar(words("tax category list --format json"), d).json().array();
        QCOMPARE(categories.size(), 3);
        QCOMPARE(categories.at(1).toObject(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("Reduced")},
                                                           {QStringLiteral("region_rate"), false},
                                                           {QStringLiteral("state_rate"), true}}));
        expectOneLineError(bursar(words("tax category set A|B"), d), 1, "separates a memo line");

        QCOMPARE(bursar(words("customers add --name Acme"), d).code, 0);
        QCOMPARE(bursar(words("customers set-provider --customer 100001 --vendor aws --currency USD"), d).code, 0);
        Run cm =
            bursar({QStringLiteral("memo"), QStringLiteral("create"), QStringLiteral("--type"),
                    QStringLiteral("credit"), QStringLiteral("--customer"), QStringLiteral("100001"),
                    QStringLiteral("--description"), QStringLiteral("Return"), QStringLiteral("--line"),
                    QStringLiteral("Return|1|each|30.00||Reduced"), QStringLiteral("--format"), QStringLiteral("json")},
                   d);
        QCOMPARE(cm.code, 0);
        const QString id = QString::number(cm.json().object().value(QStringLiteral("id")).toInteger());
        expectOneLineError(bursar({QStringLiteral("tax"), QStringLiteral("category"), QStringLiteral("remove"),
                                   QStringLiteral("Reduced")},
                                  d),
                           1, ("Hold CM " + id).toUtf8().constData());
        // Options not given stay; the --line options replace every line.
        Run edited = bursar({QStringLiteral("memo"), QStringLiteral("update"), id, QStringLiteral("--line"),
                             QStringLiteral("Return|2|each|30.00|5.00|"), QStringLiteral("--terms"),
                             QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json")},
                            d);
        QCOMPARE(edited.code, 0);
        const QJsonObject memo = edited.json().object();
        QCOMPARE(memo.value(QStringLiteral("description")).toString(), QStringLiteral("Return"));
        QCOMPARE(memo.value(QStringLiteral("total")).toString(), QStringLiteral("55.00"));
        QCOMPARE(memo.value(QStringLiteral("lines")).toArray().size(), 1);
        QCOMPARE(memo.value(QStringLiteral("status")).toString(), QStringLiteral("hold"));
        expectOneLineError(bursar({QStringLiteral("memo"), QStringLiteral("update"), id, QStringLiteral("--adjusts"),
                                   QStringLiteral("INV-1"), QStringLiteral("--no-adjusts")},
                                  d),
                           2, "not both");
        QCOMPARE(bursar({QStringLiteral("tax"), QStringLiteral("category"), QStringLiteral("remove"),
                         QStringLiteral("Reduced")},
                        d)
                     .code,
                 0); // no Hold memo uses it any more
        QCOMPARE(bursar({QStringLiteral("memo"), QStringLiteral("release"), id}, d).code, 0);
        expectOneLineError(bursar({QStringLiteral("memo"), QStringLiteral("update"), id,
                                   QStringLiteral("--description"), QStringLiteral("Late")},
                                  d),
                           1, "only a Hold memo is edited");
        Run pay = bursar(words("payment record --customer 100001 --amount 5.00 --currency USD --format json"), d);
        QCOMPARE(pay.json().object().value(QStringLiteral("number")).toString(), "RCPT-" + year + "-0001");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
