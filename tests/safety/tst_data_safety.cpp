// Issue 11, reproduced with real processes on a SQLite file. Process A plays the window:
// its own connection plus a second one for long work, opened the way the window opens it
// (a bare worker connection, the usage import, the billing run). Process B (the CLI) opens
// the file, reads and exits. A commits again. Then B and a third process must see every
// one of A's commits, the -wal file must still be there while A has the database open,
// a change the CLI made meanwhile must survive A's exit, and afterwards the file passes
// PRAGMA integrity_check with nothing A committed missing and every change in the audit log.
//
// Before the fix, A's second Database::open read the file's header with QFile and closed
// it; closing that descriptor dropped every POSIX lock A held on the file, B took itself
// for the last user, checkpointed and deleted the WAL, and A's later commits went into a
// deleted file that no other process ever saw.
#include "core/customers/customer_service.h"
#include "core/pricing/pricing_service.h"
#include "core/settings/account_info_service.h"
#include "core/storage/database.h"
#include "core/storage/database_copy.h"
#include "core/storage/database_files.h"
#include "core/storage/internal/sql.h"
#include "core/storage/window_lock.h"
#include "safety_support.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace bursar::core;
using namespace bursar::test;

namespace {

const QString Account = QStringLiteral("111122223333");

QByteArray focusFile(const QByteArray &period, const QByteArray &cost)
{
    return "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,ProviderName,PublisherName,"
           "SubAccountId,ServiceName,ServiceCategory\n" +
           cost + ",USD," + period + "-01T00:00:00Z," + period +
           "-03 00:00:00,Usage,AWS,\"Amazon Web Services, Inc.\"," + Account.toUtf8() +
           ",\"Amazon Elastic Compute Cloud\",Compute\n";
}

int auditCount(Database &db, const QString &action, const QString &entity, const QString &id)
{
    QSqlQuery q(db.connection().db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity = ? AND entity_id = ?"));
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestDataSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondConnection_keepsTheWindowsCommitsVisible_data()
    {
        QTest::addColumn<QString>("work");
        QTest::newRow("bare second connection") << "worker-customer";
        QTest::newRow("usage import worker") << "import";
        QTest::newRow("billing run worker") << "generate";
        // A clerk picks the database itself as the usage file: the importer must refuse it
        // before it opens the file, or that open and close alone drops the window's locks.
        QTest::newRow("database picked as the usage file") << "import-database";
    }
    void secondConnection_keepsTheWindowsCommitsVisible()
    {
        QFETCH(QString, work);
        TestDatabase t;
        if (t.isPostgres())
            QSKIP("SQLite's file locks only; the soak test covers PostgreSQL");
        const QString path = t.path();
        const QString data = t.dir() + QStringLiteral("/xdg");
        qint64 customer = 0;
        {
            auto pricebook = PricingService(t.db()).addPricebook(Vendor::Aws, QStringLiteral("Std"), dec("10"));
            QVERIFY2(pricebook.ok(), qPrintable(pricebook.message()));
            customer = customerWith(t, QStringLiteral("Mapped Ltd"), Vendor::Aws, Account, pricebook->first);
            auto imported = importRows(t, {{Account.toUtf8(), "Amazon Elastic Compute Cloud", "1000.00"}});
            QVERIFY2(imported.ok(), qPrintable(imported.message()));
        }
        const QString october = t.dir() + QStringLiteral("/aws-2026-10.csv");
        {
            QFile f(october);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(focusFile("2026-10", "250.125"));
        }
        t.close(); // the test holds no connection: A, B and C are the only users of the file

        WindowProcess a(path, data);
        QVERIFY2(a.ready(), qPrintable(a.lastError()));
        const QString first = a.send(QStringLiteral("customer Window First"));
        QVERIFY2(!first.isNull(), qPrintable(a.lastError()));

        // The second connection, opened as the window opens it, and a commit through it.
        QString workDone;
        if (work == QLatin1String("worker-customer"))
            workDone = a.send(QStringLiteral("worker-customer Window Worker"));
        else if (work == QLatin1String("import"))
            workDone = a.send(QStringLiteral("import ") + october);
        else if (work == QLatin1String("generate"))
            workDone = a.send(QStringLiteral("generate 2026-09"));
        QString refusal;
        if (work == QLatin1String("import-database")) {
            QVERIFY(a.send(QStringLiteral("import ") + path).isNull());
            refusal = a.lastError();
        } else {
            QVERIFY2(!workDone.isNull() && !workDone.isEmpty(), qPrintable(a.lastError()));
        }

        // B opens, reads and closes.
        CliRun b = runBursar(
            path,
            {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
            data);
        QVERIFY2(b.code == 0, b.err.constData());
        QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")),
                 "the -wal file was deleted while the window still had the database open");
        if (work == QLatin1String("import-database"))
            QVERIFY2(refusal.contains(QStringLiteral("will not import it as usage")), qPrintable(refusal));

        // A commits again, on its own connection.
        const QString second = a.send(QStringLiteral("customer Window Second"));
        QVERIFY2(!second.isNull(), qPrintable(a.lastError()));
        const QString credit = a.send(QStringLiteral("credit %1 12.50 window-credit").arg(customer));
        QVERIFY2(!credit.isNull(), qPrintable(a.lastError()));

        // B again and a third process see every one of A's commits.
        b = runBursar(
            path,
            {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
            data);
        QVERIFY2(b.code == 0, b.err.constData());
        const QStringList customers = column(b.json(), QStringLiteral("id"));
        QVERIFY2(customers.contains(first), qPrintable(customers.join(u',')));
        QVERIFY2(customers.contains(second), "the window's commit after B closed is invisible to other processes");
        CliRun c = runBursar(
            path,
            {QStringLiteral("credits"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
            data);
        QVERIFY2(c.code == 0, c.err.constData());
        QVERIFY2(column(c.json(), QStringLiteral("id")).contains(credit), c.out.constData());
        if (work == QLatin1String("worker-customer")) {
            QVERIFY(customers.contains(workDone));
        } else if (work == QLatin1String("import")) {
            c = runBursar(path,
                          {QStringLiteral("usage"), QStringLiteral("history"), QStringLiteral("--format"),
                           QStringLiteral("json")},
                          data);
            QVERIFY2(column(c.json(), QStringLiteral("id")).contains(workDone), c.out.constData());
        } else if (work == QLatin1String("generate")) {
            c = runBursar(path,
                          {QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("json")},
                          data);
            const QStringList statements = column(c.json(), QStringLiteral("statement_id"));
            for (const QString &id : workDone.split(u' '))
                QVERIFY2(statements.contains(id), c.out.constData());
        }
        // The CLI writes while the window is open (a second clerk's script).
        c = runBursar(path,
                      {QStringLiteral("credits"), QStringLiteral("add"), QStringLiteral("--customer"),
                       QString::number(customer), QStringLiteral("--vendor"), QStringLiteral("aws"),
                       QStringLiteral("--currency"), QStringLiteral("USD"), QStringLiteral("--amount"),
                       QStringLiteral("7.00"), QStringLiteral("--format"), QStringLiteral("json")},
                      data);
        QVERIFY2(c.code == 0, c.err.constData());
        const QString cliCredit = QString::number(c.json().object().value(QStringLiteral("id")).toInteger());
        QVERIFY(cliCredit != credit);

        // One more commit from the window after the CLI's, then the window closes.
        const QString third = a.send(QStringLiteral("rename %1 Mapped Ltd (renamed)").arg(customer));
        QVERIFY2(!third.isNull(), qPrintable(a.lastError()));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(a.quit());

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        Status integrity = (*db)->checkIntegrity();
        QVERIFY2(integrity.ok(), qPrintable(integrity.message()));
        QSqlQuery q((*db)->connection().db);
        auto count = [&](const QString &sql) { return q.exec(sql) && q.next() ? q.value(0).toInt() : -1; };
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id IN (%1, %2)").arg(first, second)), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM credits WHERE id IN (%1, %2)").arg(credit, cliCredit)), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = %1 AND name = 'Mapped Ltd (renamed)'")
                           .arg(customer)),
                 1);
        for (const QString &id : {first, second})
            QCOMPARE(auditCount(**db, QStringLiteral("create"), QStringLiteral("customer"), id), 1);
        for (const QString &id : {credit, cliCredit})
            QCOMPARE(auditCount(**db, QStringLiteral("add"), QStringLiteral("credit"), id), 1);
        QCOMPARE(auditCount(**db, QStringLiteral("update"), QStringLiteral("customer"), QString::number(customer)), 1);
        if (work == QLatin1String("worker-customer")) {
            QCOMPARE(auditCount(**db, QStringLiteral("create"), QStringLiteral("customer"), workDone), 1);
        } else if (work == QLatin1String("import")) {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM usage_imports WHERE id = %1").arg(workDone)), 1);
            QCOMPARE(auditCount(**db, QStringLiteral("import"), QStringLiteral("usage_import"), workDone), 1);
        } else if (work == QLatin1String("generate")) {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM statements WHERE id IN (%1)")
                               .arg(workDone.split(u' ').join(u','))),
                     int(workDone.split(u' ').size()));
        }
    }

    // Issue 11, item 5: a second window on the same SQLite file is refused, naming the
    // window that has it; the command line works beside it; the lock goes with the window,
    // also when the window's process dies.
    void secondWindow_isRefusedNamingTheFirst()
    {
        TestDatabase t;
        if (t.isPostgres()) {
            auto shared = WindowLock::acquire(t.path());
            QVERIFY2(shared.ok(), "clerks share a PostgreSQL database: no window lock there");
            auto again = WindowLock::acquire(t.path());
            QVERIFY(again.ok());
            return;
        }
        const QString path = t.path();
        const QString data = t.dir() + QStringLiteral("/xdg");
        t.close();
        {
            WindowProcess first(path, data);
            QVERIFY2(first.ready(), qPrintable(first.lastError()));
            auto refused = WindowLock::acquire(path);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.message().contains(QStringLiteral("open in another window")),
                     qPrintable(refused.message()));
            QVERIFY2(refused.message().contains(QStringLiteral("process %1 ").arg(first.pid())),
                     qPrintable(refused.message()));
            QVERIFY2(refused.message().contains(QStringLiteral("PostgreSQL")), qPrintable(refused.message()));
            // A second window process is refused the same way and says so on its first line.
            WindowProcess second(path, data);
            QVERIFY(!second.ready());
            QVERIFY2(second.lastError().contains(QStringLiteral("open in another window")),
                     qPrintable(second.lastError()));
            // The CLI is not a window.
            CliRun cli = runBursar(path,
                                   {QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                                    QStringLiteral("Beside the window")},
                                   data);
            QVERIFY2(cli.code == 0, cli.err.constData());
            QVERIFY(!first.send(QStringLiteral("customer After the CLI")).isNull());
            QVERIFY(first.quit());
        }
        {
            auto free = WindowLock::acquire(path);
            QVERIFY2(free.ok(), qPrintable(free.message()));
        }
        {
            // A window that crashes leaves a stale lock the next window takes over.
            auto *crashing = new WindowProcess(path, data);
            QVERIFY(crashing->ready());
            delete crashing; // kills it
            auto taken = WindowLock::acquire(path);
            QVERIFY2(taken.ok(), qPrintable(taken.message()));
        }
    }

    // The guard every reader and writer of a user-chosen path asks: the open database, its
    // WAL and shared-memory files, also through a hard link, never a neighbouring file.
    // Issue 18: a backup taken from the command line while the window is open and writing.
    // It goes through SQLite, so the window's commits stay visible; the restore is refused
    // while the window has the file; once it is closed, the restore gives back every table
    // as it was at the backup (db check and each table's fingerprint), and the chain holds.
    void backup_whileTheWindowWrites_restoresTheSameDatabase()
    {
        TestDatabase t;
        const QString path = t.path();
        const QString data = t.dir() + QStringLiteral("/xdg");
        t.close();
        WindowProcess a(path, data);
        QVERIFY2(a.ready(), qPrintable(a.lastError()));
        const QString customer = a.send(QStringLiteral("customer Before Backup"));
        QVERIFY2(!customer.isNull(), qPrintable(a.lastError()));
        QVERIFY2(!a.send(QStringLiteral("credit %1 12.50 before-backup").arg(customer)).isNull(),
                 qPrintable(a.lastError()));

        const QString file = t.dir() + QStringLiteral("/month-end.sqlite");
        CliRun backup = runBursar(path,
                                  {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--to"), file,
                                   QStringLiteral("--format"), QStringLiteral("json")},
                                  data);
        QVERIFY2(backup.code == 0, backup.err.constData());
        QCOMPARE(backup.json().object().value(QStringLiteral("customers")).toInt(), 1);
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")), "the backup deleted the window's -wal file");
        // The database as it was at the backup (the window is idle): every table's fingerprint.
        QMap<QString, QString> atBackup;
        qint64 auditRows = 0;
        {
            auto d = Database::open(path);
            QVERIFY2(d.ok(), qPrintable(d.message()));
            for (const QString &table : DatabaseCopy::tables()) {
                auto m = DatabaseCopy::measure(**d, table);
                QVERIFY(m.ok());
                atBackup.insert(table, m->fingerprint);
                if (table == QLatin1String("audit_log"))
                    auditRows = m->rows;
            }
        }

        // The window goes on; its commits after the backup are there for everyone.
        QVERIFY2(!a.send(QStringLiteral("customer After Backup")).isNull(), qPrintable(a.lastError()));
        CliRun list = runBursar(path, {QStringLiteral("customers"), QStringLiteral("list")}, data);
        QVERIFY2(list.out.contains("After Backup"), list.out.constData());

        // Not while the window has the file.
        CliRun refused =
            runBursar(path, {QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--from"), file}, data);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("open in another window"), refused.err.constData());
        QVERIFY(a.quit());

        CliRun restore = runBursar(path,
                                   {QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--from"), file,
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   data);
        QVERIFY2(restore.code == 0, restore.err.constData());
        const QString kept = restore.json().object().value(QStringLiteral("kept_as")).toString();
        QVERIFY2(QFileInfo::exists(kept), qPrintable(kept));
        for (const char *command : {"db check", "audit verify"}) {
            CliRun check = runBursar(path, QString::fromLatin1(command).split(u' '), data);
            QVERIFY2(check.code == 0, check.err.constData());
        }
        auto d = Database::open(path);
        QVERIFY2(d.ok(), qPrintable(d.message()));
        for (auto it = atBackup.cbegin(); it != atBackup.cend(); ++it) {
            auto m = DatabaseCopy::measure(**d, it.key());
            QVERIFY(m.ok());
            if (it.key() == QLatin1String("audit_log")) // the backup's rows, and the restore's
                QCOMPARE(m->rows, auditRows + 1);
            else if (it.key() != QLatin1String("audit_chain"))
                QVERIFY2(m->fingerprint == it.value(), qPrintable(it.key()));
        }
        QCOMPARE(CustomerService(**d).customer(customer.toLongLong())->name, QStringLiteral("Before Backup"));
    }

    void openDatabaseFiles_areRecognisedWithoutOpeningThem()
    {
        TestDatabase t;
        if (t.isPostgres())
            QSKIP("SQLite files only");
        QVERIFY(CustomerService(t.db()).addCustomer(named(QStringLiteral("Acme"))).ok());
        const QString path = t.path();
        QVERIFY(DatabaseFiles::isOpen(path));
        QVERIFY(DatabaseFiles::isOpen(path + QStringLiteral("-wal")));
        QVERIFY(DatabaseFiles::isOpen(path + QStringLiteral("-shm")));
        QVERIFY(DatabaseFiles::isOpen(t.dir() + QStringLiteral("/./test.sqlite")));
        const QString link = t.dir() + QStringLiteral("/hard-link.csv");
        QVERIFY(QFile::link(path, t.dir() + QStringLiteral("/symlink.csv")));
        QVERIFY(DatabaseFiles::isOpen(t.dir() + QStringLiteral("/symlink.csv")));
#ifdef Q_OS_UNIX
        QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()) == 0);
        QVERIFY(DatabaseFiles::isOpen(link));
        QVERIFY(!writeFileAtomically(link, "id,name\r\n").ok());
#endif
        QVERIFY(!DatabaseFiles::isOpen(t.dir() + QStringLiteral("/usage.csv")));
        QVERIFY(!DatabaseFiles::isOpen(path + QStringLiteral(".run-aws-2026-09.lock")));

        Status refused = refuseDatabaseFile(path, QStringLiteral("import it as usage"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("import it as usage")), qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QStringLiteral("test.sqlite")), qPrintable(refused.message()));
        QVERIFY(!writeFileAtomically(path + QStringLiteral("-wal"), "id,name\r\n").ok());
        auto logo = AccountInfoService::withLogoFromFile(AccountInfo{}, path);
        QVERIFY(!logo.ok());
        QCOMPARE(logo.error().field, QStringLiteral("logo"));
        auto usage = UsageImporter(t.db()).importFile(path + QStringLiteral("-shm"), {});
        QVERIFY2(!usage.ok() && usage.message().contains(QStringLiteral("import it as usage")),
                 qPrintable(usage.message()));
        QVERIFY(CustomerService(t.db()).addCustomer(named(QStringLiteral("Still writable"))).ok());
        QVERIFY(t->checkIntegrity().ok());

        t.close();
        QVERIFY(!DatabaseFiles::isOpen(path)); // closed: nothing of this process holds it now
    }
};

QTEST_GUILESS_MAIN(TestDataSafety)
#include "tst_data_safety.moc"
