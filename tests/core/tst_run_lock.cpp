// The per-(vendor, period) billing-run lock: one holder at a time across processes, other
// periods and vendors free, and released when the holder dies. SQLite and PostgreSQL.
#include "core/locks/run_lock.h"
#include "tests/support/test_database.h"

#include <QProcess>
#include <QTest>

using namespace bursar::core;
using bursar::test::TestDatabase;

class TestRunLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneRunPerVendorAndPeriod_acrossProcesses()
    {
        TestDatabase t;
        QProcess holder;
        holder.start(QStringLiteral(BURSAR_RUN_LOCK_WORKER),
                     {t.path(), QStringLiteral("aws"), QStringLiteral("2026-09")});
        QVERIFY(holder.waitForReadyRead(60000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        auto refused = RunLock::acquire(t.db(), Vendor::Aws, QStringLiteral("2026-09"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("AWS 2026-09 is already running")),
                 qPrintable(refused.message()));
        { // another period and another vendor are free
            auto other = RunLock::acquire(t.db(), Vendor::Aws, QStringLiteral("2026-10"));
            QVERIFY2(other.ok(), qPrintable(other.message()));
            auto microsoft = RunLock::acquire(t.db(), Vendor::Microsoft, QStringLiteral("2026-09"));
            QVERIFY2(microsoft.ok(), qPrintable(microsoft.message()));
        }
        // The holder dies without letting go: the lock goes with it.
        holder.kill();
        QVERIFY(holder.waitForFinished(30000));
        Result<std::unique_ptr<RunLock>> taken = Error{};
        for (int attempt = 0; attempt < 50 && !taken.ok(); ++attempt) { // the server notices the closed socket
            taken = RunLock::acquire(t.db(), Vendor::Aws, QStringLiteral("2026-09"));
            if (!taken.ok())
                QTest::qWait(100);
        }
        QVERIFY2(taken.ok(), qPrintable(taken.message()));

        // While this process holds it, a second process is refused.
        QProcess second;
        second.start(QStringLiteral(BURSAR_RUN_LOCK_WORKER),
                     {t.path(), QStringLiteral("aws"), QStringLiteral("2026-09")});
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(second.readAll().startsWith("refused: "));
        // Released on destruction.
        taken = Error{};
        QVERIFY(RunLock::acquire(t.db(), Vendor::Aws, QStringLiteral("2026-09")).ok());
    }

    void period_mustBeYearAndMonth()
    {
        TestDatabase t;
        for (const char *bad : {"2026-13", "2026-9", "26-09", "", "2026-09-01"}) {
            auto r = RunLock::acquire(t.db(), Vendor::Google, QString::fromLatin1(bad));
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().field, QStringLiteral("period"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunLock)
#include "tst_run_lock.moc"
