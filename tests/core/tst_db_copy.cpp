// Moving up: a single-clerk SQLite database copied into a new PostgreSQL database, verified,
// and refused when the target is not empty. Needs the PostgreSQL test server.
#include "core/customers/customer_query.h"
#include "core/customers/customer_service.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/numbering/number_series.h"
#include "core/reports/billing_report.h"
#include "core/settings/account_info_service.h"
#include "core/storage/audit_chain.h"
#include "core/storage/database_copy.h"
#include "core/storage/internal/sql.h"
#include "tests/support/test_database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bursar::core;
using bursar::test::TestDatabase;

class TestDbCopy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString makeSource()
    {
        const QString path = m_dir.filePath(QStringLiteral("source-%1.sqlite").arg(m_count++));
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        if (!generateDemoData(**db, 150, 9))
            qFatal("demo failed");
        // Usage and pricing too: money in TEXT on SQLite must arrive exact in NUMERIC.
        if (auto usage = generateDemoUsage(**db, QDate(2026, 11, 23), 9); !usage)
            qFatal("demo usage failed: %s", qPrintable(usage.message()));
        CustomerService s(**db);
        Customer c = *s.customer(100010);
        c.name = QStringLiteral("Ünïcödé & Co. \"quoted\"");
        if (!s.updateCustomer(c))
            qFatal("update failed");
        NumberSeries n(**db);
        if (!n.define(QStringLiteral("invoice"), QStringLiteral("INV-{YYYY}-{000000}")))
            qFatal("series failed");
        if (!(*db)->transaction([&]() -> Status {
                return n.next(QStringLiteral("invoice"), QDate(2026, 5, 1)).ok() ? success() : fail(QString());
            }))
            qFatal("number failed");
        return path;
    }
    int m_count = 0;

private Q_SLOTS:
    // A table the copy does not know would silently stay behind on the SQLite side.
    void tables_areTheWholeMigratedSchema_onBothEngines()
    {
        QStringList expected = DatabaseCopy::tables() + DatabaseCopy::notCopied();
        expected.sort();
        QCOMPARE(expected.removeDuplicates(), 0);
        auto tablesOf = [](Database &db, const QString &sql) {
            QStringList names;
            QSqlQuery q(db.connection().db);
            if (!q.exec(sql))
                qFatal("%s failed", qPrintable(sql));
            while (q.next())
                names << q.value(0).toString();
            names.sort();
            return names;
        };
        {
            auto lite = Database::open(m_dir.filePath(QStringLiteral("schema.sqlite")));
            QVERIFY(lite.ok());
            QCOMPARE(tablesOf(**lite,
                              QStringLiteral(
                                  "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")),
                     expected);
        }
        const QString url = TestDatabase::createPostgresDatabase();
        {
            auto pg = Database::open(url);
            QVERIFY2(pg.ok(), qPrintable(pg.message()));
            QCOMPARE(
                tablesOf(**pg, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                              "current_schema() AND table_type = 'BASE TABLE'")),
                expected);
        }
        TestDatabase::dropPostgresDatabase(url);
    }

    void copy_isCompleteAndVerified()
    {
        const QString source = makeSource();
        const QString target = TestDatabase::createPostgresDatabase();
        {
            auto from = Database::open(source);
            auto to = Database::open(target);
            QVERIFY(from.ok() && to.ok());
            auto copied = DatabaseCopy::copy(**from, **to);
            QVERIFY2(copied.ok(), qPrintable(copied.message()));
            QCOMPARE(copied->size(), DatabaseCopy::tables().size());
            for (const TableCopy &t : *copied) {
                auto original = DatabaseCopy::measure(**from, t.table);
                QCOMPARE(t.rows, original->rows);
                QCOMPARE(t.fingerprint, original->fingerprint);
            }
            // The same answers from both, through the services.
            CustomerService a(**from), b(**to);
            QCOMPARE(b.customer(100010)->name, QStringLiteral("Ünïcödé & Co. \"quoted\""));
            QCOMPARE(b.accounts(100020)->size(), a.accounts(100020)->size());
            auto reportA =
                BillingReportBuilder(**from).build(Vendor::Aws, QStringLiteral("2026-09"), QStringLiteral("2026-10"));
            auto reportB =
                BillingReportBuilder(**to).build(Vendor::Aws, QStringLiteral("2026-09"), QStringLiteral("2026-10"));
            QVERIFY(reportA.ok() && reportB.ok());
            QCOMPARE(reportB->rows.size(), reportA->rows.size());
            for (qsizetype i = 0; i < reportA->rows.size(); ++i)
                QCOMPARE(reportB->rows.at(i).price, reportA->rows.at(i).price);
            QCOMPARE(*CustomerQuery(**to).count({QStringLiteral("ünïc"), std::nullopt}), 1);
            QCOMPARE(AccountInfoService(**to).load()->logo, AccountInfoService(**from).load()->logo);
            // New rows continue after the copied IDs.
            auto tenant = b.addTenant(TenantKind::Partner, 1, QStringLiteral("After the move"));
            QVERIFY2(tenant.ok(), qPrintable(tenant.message()));
            QVERIFY(b.addPaymentMethod(100001, PaymentKind::Card, QStringLiteral("4242"), {}).ok());
            QVERIFY(b.addCustomer(bursar::test::named(QStringLiteral("New on the server"))).ok());
            QString number;
            QVERIFY((*to)
                        ->transaction([&]() -> Status {
                            auto n = NumberSeries(**to).next(QStringLiteral("invoice"), QDate(2026, 6, 1));
                            number = n ? *n : QString();
                            return success();
                        })
                        .ok());
            QCOMPARE(number, QStringLiteral("INV-2026-000002"));
            // The audit log came across chained, and the rows written since follow it.
            auto chain = AuditChain(**to).verify();
            QVERIFY2(chain.ok(), qPrintable(chain.message()));
            QVERIFY2(!chain->broken, qPrintable(chain->broken ? chain->broken->reason : QString()));
            QVERIFY(chain->rows > AuditChain(**from).verify()->rows);
        }
        TestDatabase::dropPostgresDatabase(target);
    }

    void nonEmptyTarget_isRefusedAndUnchanged()
    {
        const QString target = TestDatabase::createPostgresDatabase();
        {
            auto to = Database::open(target);
            QVERIFY(CustomerService(**to).addCustomer(bursar::test::named(QStringLiteral("Already here"))).ok());
            auto from = Database::open(makeSource());
            const auto before = DatabaseCopy::measure(**to, QStringLiteral("customers"));
            auto copied = DatabaseCopy::copy(**from, **to);
            QVERIFY(!copied.ok());
            QVERIFY2(copied.message().contains(QStringLiteral("already holds records")), qPrintable(copied.message()));
            QCOMPARE(DatabaseCopy::measure(**to, QStringLiteral("customers"))->fingerprint, before->fingerprint);
        }
        TestDatabase::dropPostgresDatabase(target);
    }

    void cli_copiesAndPrintsTheVerification()
    {
        const QString source = makeSource();
        const QString target = TestDatabase::createPostgresDatabase();
        QProcess p;
        p.start(QStringLiteral(BURSAR_EXE),
                {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"),
                 target, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY(o.value(QStringLiteral("verified")).toBool());
        const QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.at(1).toObject().value(QStringLiteral("table")).toString(), QStringLiteral("customers"));
        QCOMPARE(tables.at(1).toObject().value(QStringLiteral("rows")).toInt(), 150);
        // A second copy into the same target is refused with one line.
        p.start(QStringLiteral(BURSAR_EXE), {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                             source, QStringLiteral("--to"), target});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.startsWith("bursar: ") && err.count('\n') == 1, err.constData());
        TestDatabase::dropPostgresDatabase(target);
    }
};

QTEST_GUILESS_MAIN(TestDbCopy)
#include "tst_db_copy.moc"
