// Batch release and batch auto-apply killed with SIGKILL at random moments, 50 times (fixed
// seed): afterwards the database passes its integrity check, no release or application is
// half there — every memo is either Hold without a number or numbered, the series have no
// hole, every document's applied amount and every statement's balance equal what the
// ledger says, and a document is Closed exactly when nothing is left. SQLite and PostgreSQL.
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "tests/finance/ar_fixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <map>

using namespace bursar::core;
using bursar::test::arCustomer;
using bursar::test::openStatement;
using bursar::test::TestDatabase;

class TestArCrash : public QObject
{
    Q_OBJECT

    /// The invariants after a kill; returns the number of documents.
    int check(TestDatabase &t)
    {
        Status integrity = t->checkIntegrity();
        [&] { QVERIFY2(integrity.ok(), qPrintable(integrity.message())); }();
        std::map<qint64, Decimal> fromSource, onDebit, onStatement;
        {
            Sql q(t.db(), QStringLiteral("SELECT source_id, target_kind, target_id, amount FROM allocations WHERE "
                                         "source_kind IN ('credit_memo', 'payment')"));
            [&] { QVERIFY(q.exec().ok()); }();
            while (q.next()) {
                const Decimal a = storedAmount(q.value(3));
                fromSource[q.value(0).toLongLong()] += a;
                (q.value(1).toString() == u"statement" ? onStatement : onDebit)[q.value(2).toLongLong()] += a;
            }
        }
        int documents = 0;
        std::map<QString, QList<int>> series;
        Sql d(t.db(), QStringLiteral("SELECT id, kind, status, number, total, applied FROM ar_documents"));
        [&] { QVERIFY(d.exec().ok()); }();
        while (d.next()) {
            ++documents;
            const qint64 id = d.value(0).toLongLong();
            const QString kind = d.value(1).toString(), status = d.value(2).toString(), number = d.value(3).toString();
            const Decimal total = storedAmount(d.value(4)), applied = storedAmount(d.value(5));
            [&] {
                QVERIFY2((status == u"hold") == number.isEmpty(),
                         qPrintable(QStringLiteral("document %1 is %2 with number “%3”").arg(id).arg(status, number)));
                const Decimal ledger = kind == u"debit_memo" ? onDebit[id] : fromSource[id];
                QVERIFY2(applied == ledger, qPrintable(QStringLiteral("document %1: applied %2, ledger %3")
                                                           .arg(id)
                                                           .arg(applied.toString(), ledger.toString())));
                QVERIFY(!applied.isNegative() && applied <= total);
                if (status != u"hold")
                    QCOMPARE(status == u"closed", applied == total);
            }();
            if (!number.isEmpty())
                series[number.section(u'-', 0, 0)].append(number.section(u'-', -1).toInt());
        }
        for (auto &[prefix, numbers] : series) {
            std::sort(numbers.begin(), numbers.end());
            for (int i = 0; i < numbers.size(); ++i)
                [&] { QCOMPARE(numbers.at(i), i + 1); }(); // no hole, no duplicate
        }
        Sql s(t.db(), QStringLiteral("SELECT id, total, balance, status FROM statements"));
        [&] { QVERIFY(s.exec().ok()); }();
        while (s.next()) {
            const qint64 id = s.value(0).toLongLong();
            const Decimal total = storedAmount(s.value(1)), balance = storedAmount(s.value(2));
            [&] {
                QCOMPARE(balance, total - onStatement[id]);
                QVERIFY(!balance.isNegative());
                QCOMPARE(s.value(3).toString() == u"closed", balance.isZero());
            }();
        }
        return documents;
    }

private Q_SLOTS:
    void killedBatches_leaveNothingHalfDone()
    {
        TestDatabase t;
        for (int c = 0; c < 200; ++c) {
            const qint64 id = arCustomer(t.db(), QStringLiteral("Crash %1").arg(c));
            for (int k = 0; k < 3; ++k)
                openStatement(t.db(), id, "150.00", QDate(2026, 9, 1).addDays(k * 20),
                              QDate(2026, 10, 1).addDays(k * 20));
        }
        QRandomGenerator rng(20261204);
        int completed = 0, kills = 0, window = t.isPostgres() ? 1500 : 800;
        for (int attempt = 0; kills < 50 && attempt < 200; ++attempt) {
            QProcess worker;
            worker.start(QStringLiteral(BURSAR_AR_WORKER), {t.path(), QString::number(attempt + 1)});
            QVERIFY(worker.waitForReadyRead(60000));
            QTest::qWait(int(rng.bounded(20, window)));
            if (worker.state() != QProcess::NotRunning) {
                worker.kill(); // SIGKILL: no destructor, no rollback by the program
                QVERIFY(worker.waitForFinished(60000));
            }
            if (worker.exitStatus() == QProcess::NormalExit) {
                ++completed;
                window = std::max(100, window * 4 / 5);
                const QByteArray said = worker.readAll();
                QVERIFY2(!said.contains("failed"), said.constData());
            } else {
                ++kills;
            }
            check(t);
            if (QTest::currentTestFailed()) {
                qWarning("after kill %d", kills);
                return;
            }
        }
        QCOMPARE(kills, 50);
        qInfo("50 kills; %d runs finished before their kill came; %d documents", completed, check(t));
    }
};

QTEST_GUILESS_MAIN(TestArCrash)
#include "tst_ar_crash.moc"
