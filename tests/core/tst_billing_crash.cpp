// A billing run killed with SIGKILL at random moments, 50 times (fixed seed): afterwards the
// database passes its integrity check, every credit still adds up, and every statement that
// exists is whole: its lines, usage, credit applications and tax all there and adding up
// to its totals. A last run then bills exactly the customers not billed yet. SQLite and
// PostgreSQL (where the server rolls back the killed connection's transaction).
#include "core/billing/billing_run.h"
#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/rate_tables.h"
#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/ledger/allocation_ledger.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "core/usage/usage_importer.h"
#include "tests/support/test_database.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <map>

using namespace bursar::core;
using bursar::test::TestDatabase;

namespace {

const QString Period = QStringLiteral("2026-09");

struct Sums
{
    Decimal charges, marketplace, manual, marketplaceCredits, tax;
    qint64 lineUsage = 0, linkedUsage = 0;
    int lines = 0;
};

/// Reads rows of `sql` (statement ID first) and adds them into `sums` with `add`.
void readInto(Database &db, const QString &sql, std::map<qint64, Sums> &sums,
              const std::function<void(Sums &, QSqlQuery &)> &add)
{
    QSqlQuery q(db.connection().db);
    q.setForwardOnly(true);
    QVERIFY2(q.exec(sql), qPrintable(sql));
    while (q.next())
        add(sums[q.value(0).toLongLong()], q);
}

} // namespace

class TestBillingCrash : public QObject
{
    Q_OBJECT

    /// The invariants after a kill; returns the number of statements.
    int check(TestDatabase &t)
    {
        Status integrity = t->checkIntegrity();
        [&] { QVERIFY2(integrity.ok(), qPrintable(integrity.message())); }();
        // Every read below in one snapshot: on PostgreSQL the killed worker's server process
        // may still be committing its last batch (a SIGKILLed client does not stop a COMMIT
        // it sent), and lines read before that commit with statements read after it would
        // look like a half-made statement that never existed.
        QSqlQuery snapshot(t->connection().db);
        [&] {
            QVERIFY(snapshot.exec(t.isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                                                 : QStringLiteral("BEGIN")));
        }();
        struct End
        {
            QSqlQuery &q;
            ~End() { q.exec(QStringLiteral("COMMIT")); }
        } end{snapshot};
        std::map<qint64, Sums> sums;
        readInto(t.db(), QStringLiteral("SELECT statement_id, kind, price, usage_lines FROM statement_lines"), sums,
                 [](Sums &s, QSqlQuery &q) {
                     (q.value(1).toString() == QLatin1String("marketplace") ? s.marketplace : s.charges) +=
                         storedAmount(q.value(2));
                     s.lineUsage += q.value(3).toLongLong();
                     ++s.lines;
                 });
        readInto(t.db(),
                 QStringLiteral("SELECT a.target_id, c.kind, a.amount FROM allocations a JOIN credits c ON "
                                "c.id = a.source_id WHERE a.source_kind = 'credit' AND a.target_kind = 'statement' "
                                "AND a.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM allocations r WHERE "
                                "r.reverses_id = a.id)"),
                 sums, [](Sums &s, QSqlQuery &q) {
                     (q.value(1).toString() == QLatin1String("manual") ? s.manual : s.marketplaceCredits) +=
                         storedAmount(q.value(2));
                 });
        readInto(t.db(), QStringLiteral("SELECT statement_id, amount FROM statement_taxes"), sums,
                 [](Sums &s, QSqlQuery &q) { s.tax += storedAmount(q.value(1)); });
        readInto(t.db(),
                 QStringLiteral("SELECT su.statement_id, t.lines FROM statement_usage su JOIN usage_totals t ON "
                                "t.import_id = su.import_id AND t.total_no = su.total_no"),
                 sums, [](Sums &s, QSqlQuery &q) { s.linkedUsage += q.value(1).toLongLong(); });
        int statements = 0;
        QSqlQuery q(t->connection().db);
        q.setForwardOnly(true);
        [&] {
            QVERIFY(q.exec(QStringLiteral(
                "SELECT id, charges_exact, marketplace_exact, credits, marketplace_credits_applied, tax, "
                "total, charges, marketplace FROM statements")));
        }();
        while (q.next()) {
            ++statements;
            const qint64 id = q.value(0).toLongLong();
            const Sums s = sums.count(id) ? sums.at(id) : Sums{};
            [&] {
                QVERIFY2(s.lines > 0, qPrintable(QStringLiteral("statement %1 has no lines").arg(id)));
                QCOMPARE(s.charges, storedAmount(q.value(1)));
                QCOMPARE(s.marketplace, storedAmount(q.value(2)));
                QCOMPARE(s.manual, storedAmount(q.value(3)));
                QCOMPARE(s.marketplaceCredits, storedAmount(q.value(4)));
                QCOMPARE(s.tax, storedAmount(q.value(5)));
                QCOMPARE(s.linkedUsage, s.lineUsage);
                const Decimal total = storedAmount(q.value(6));
                QVERIFY(!total.isNegative());
                QCOMPARE(total,
                         storedAmount(q.value(7)) + s.manual + storedAmount(q.value(8)) + s.marketplaceCredits + s.tax);
            }();
        }
        sums.erase(0);
        [&] { QCOMPARE(int(sums.size()), statements); }(); // no rows of a statement that does not exist
        // A deleted draft keeps its ledger history, and that history nets to nothing.
        std::map<qint64, Decimal> gone;
        {
            QSqlQuery g(t->connection().db);
            g.setForwardOnly(true);
            [&] {
                QVERIFY(g.exec(QStringLiteral(
                    "SELECT a.target_id, a.amount FROM allocations a WHERE a.target_kind = "
                    "'statement' AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.id = a.target_id)")));
            }();
            while (g.next())
                gone[g.value(0).toLongLong()] += storedAmount(g.value(1));
        }
        for (const auto &[id, net] : gone)
            [&] {
                QVERIFY2(net.isZero(),
                         qPrintable(QStringLiteral("deleted statement %1 keeps %2").arg(id).arg(net.toString())));
            }();
        auto credits = CreditService(t.db()).list();
        [&] {
            QVERIFY(credits.ok());
            for (const Credit &c : *credits) {
                QCOMPARE(c.amount, c.applied + c.remaining());
                QVERIFY(!c.remaining().isPositive() && c.remaining() >= c.amount);
            }
        }();
        return statements;
    }

private Q_SLOTS:
    void killedRuns_leaveNoHalfMadeStatement()
    {
        TestDatabase t;
        const int customers = t.isPostgres() ? 600 : 1500;
        QVERIFY(generateDemoData(t.db(), customers, 11).ok());
        const qint64 book = PricingService(t.db(), QDate(2026, 8, 1))
                                .addPricebook(Vendor::Aws, QStringLiteral("Std"), Decimal::fromInt(10))
                                ->first;
        QVERIFY(QSqlQuery(t->connection().db)
                    .exec(QStringLiteral("UPDATE customer_providers SET pricebook_id = %1, enabled = 1, currency = "
                                         "'USD' WHERE vendor = 'aws'")
                              .arg(book)));
        QVERIFY(TaxTable(t.db()).set(QStringLiteral("US"), {}, QStringLiteral("5"), QDate(2020, 1, 1)).ok());
        UsageFileSpec spec;
        QSqlQuery accounts(t->connection().db);
        QVERIFY(accounts.exec(QStringLiteral("SELECT account_id FROM vendor_accounts WHERE vendor = 'aws'")));
        while (accounts.next())
            spec.accounts << accounts.value(0).toString();
        spec.periods = {Period};
        spec.rows = customers * 40;
        spec.seed = 5;
        const QString file = t.dir() + QStringLiteral("/usage.csv");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(writeUsageFile(&f, spec).ok());
        }
        QVERIFY(UsageImporter(t.db()).importFile(file, {}).ok());
        QRandomGenerator rng(20261203);
        for (int i = 0; i < customers; i += 3) {
            NewCredit c{100001 + i,
                        Vendor::Aws,
                        i % 9 == 0 ? CreditKind::Marketplace : CreditKind::Manual,
                        QStringLiteral("USD"),
                        QString::number(1 + rng.bounded(400)),
                        {},
                        {},
                        0};
            QVERIFY(CreditService(t.db()).add(c).ok());
        }

        int completed = 0, kills = 0, window = t.isPostgres() ? 1500 : 900;
        for (int attempt = 0; kills < 50 && attempt < 200; ++attempt) {
            QProcess worker;
            worker.start(QStringLiteral(BURSAR_BILLING_WORKER), {t.path(), Period});
            QVERIFY(worker.waitForReadyRead(60000));
            QTest::qWait(int(rng.bounded(10, window)));
            if (worker.state() != QProcess::NotRunning) {
                worker.kill(); // SIGKILL: no destructor, no rollback by the program
                QVERIFY(worker.waitForFinished(60000));
            }
            if (worker.exitStatus() == QProcess::NormalExit) {
                // It finished first: not a kill. Kill sooner next time.
                ++completed;
                window = std::max(50, window * 4 / 5);
                const QByteArray said = worker.readAll();
                QVERIFY2(!said.contains("failed"), said.constData());
            } else {
                ++kills;
            }
            const int statements = check(t);
            if (QTest::currentTestFailed()) {
                qWarning("after kill %d", kills);
                return;
            }
            // Give the next run work: drop most drafts when many customers are billed. (The
            // service's Delete is tested on its own; here the ledger returns the credits of all
            // of them and the cascade deletes them, in one transaction.)
            if (statements > customers / 2) {
                QList<qint64> drafts;
                QSqlQuery q(t->connection().db);
                QVERIFY(q.exec(QStringLiteral("SELECT id FROM statements WHERE status = 'draft' AND id % 4 <> %1")
                                   .arg(attempt % 4)));
                while (q.next())
                    drafts << q.value(0).toLongLong();
                QVERIFY(t->transaction([&]() -> Status {
                             if (Status s = AllocationLedger(t.db()).reverseAllOn(
                                     AllocationTarget::Statement, drafts, QDate(2026, 10, 1), QStringLiteral("test"));
                                 !s)
                                 return s;
                             return Sql(t.db(),
                                        QStringLiteral("DELETE FROM statements WHERE status = 'draft' AND id % 4 <> %1")
                                            .arg(attempt % 4))
                                 .exec();
                         }).ok());
            }
        }
        QCOMPARE(kills, 50);
        qInfo("50 kills; %d more runs finished before their kill came", completed);
        // A last run finishes the work; every billable customer then has exactly one statement.
        GenerateRequest last;
        last.period = Period;
        last.options = {true, true, true, true};
        auto r = BillingRun(t.db()).generate(last);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r->failed.isEmpty());
        const int statements = check(t);
        QCOMPARE(statements, int(r->generated.size() + r->skipped.size()));
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT customer_id FROM statements GROUP BY customer_id "
                                    "HAVING COUNT(*) > 1) d"))
                .toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestBillingCrash)
#include "tst_billing_crash.moc"
