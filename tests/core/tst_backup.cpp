// Backups and restores of a SQLite database (issue 18): one consistent moment while another
// connection writes, a restore that gives back every table as it was, the checks before
// anything is replaced, owner-only files, and the backup before a schema upgrade.
#include "core/customers/customer_service.h"
#include "core/storage/audit_chain.h"
#include "core/storage/database.h"
#include "core/storage/database_backup.h"
#include "core/storage/database_copy.h"
#include "tests/support/test_database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace bursar::core;
using bursar::test::fileHash;
using bursar::test::named;
using bursar::test::TestDatabase;

namespace {

using Fingerprints = QMap<QString, QString>;

/// Rows and fingerprint of every table Bursar keeps.
Fingerprints fingerprints(Database &db)
{
    Fingerprints out;
    for (const QString &table : DatabaseCopy::tables()) {
        auto m = DatabaseCopy::measure(db, table);
        out.insert(table, m ? QStringLiteral("%1 %2").arg(m->rows).arg(m->fingerprint) : m.message());
    }
    return out;
}

void addCustomers(Database &db, int n, const QString &prefix)
{
    CustomerService customers(db);
    for (int i = 0; i < n; ++i)
        QVERIFY2(customers.addCustomer(named(QStringLiteral("%1 %2").arg(prefix).arg(i))).ok(), "add a customer");
}

/// Writes a file that is not a backup, through a connection of its own (never a database Bursar has open).
void writeWithSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

QStringList besideFiles(const TestDatabase &t, const QString &what)
{
    return QDir(t.dir()).entryList({QStringLiteral("*.%1-*.sqlite").arg(what)}, QDir::Files);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Another connection is half-way through a change when the backup is taken: the backup
    // holds what was committed, nothing of the change, and is not held up by it.
    void backup_isOneCommittedMoment_whileAnotherConnectionWrites()
    {
        TestDatabase t;
        addCustomers(t.db(), 3, QStringLiteral("Before"));
        // The other connection: another process's, holding the write lock with a change not
        // yet committed.
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(t.path());
        QVERIFY(writer.open());
        QSqlQuery w(writer);
        QVERIFY(w.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(w.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.during', 'uncommitted')")));
        const QString file = QDir(t.dir()).filePath(QStringLiteral("during.sqlite"));
        auto taken = DatabaseBackup::backup(t.db(), file);
        QVERIFY(w.exec(QStringLiteral("COMMIT")));
        w.finish();
        writer.close();
        writer = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        QVERIFY2(taken.ok(), qPrintable(taken.message()));
        QCOMPARE(taken->customers, 3);
        QCOMPARE(taken->schemaVersion, Database::latestSchemaVersion());
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'test.during'")).toInt(), 1);
        int inBackup = -1;
        {
            QSqlDatabase b = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            b.setDatabaseName(file);
            b.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(b.open());
            QSqlQuery q(b);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'test.during'")) && q.next());
            inBackup = q.value(0).toInt();
            q.finish();
            b.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        QCOMPARE(inBackup, 0);
        QCOMPARE(DatabaseBackup::inspect(file)->customers, 3);
    }

    void restore_givesBackEveryTableAsItWas()
    {
        TestDatabase t;
        addCustomers(t.db(), 4, QStringLiteral("Kept"));
        const Fingerprints atBackup = fingerprints(t.db());
        const qint64 auditRows = t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        const QString hashes = t.scalar(QStringLiteral("SELECT group_concat(hash, ',') FROM audit_log")).toString();
        const QString file = QDir(t.dir()).filePath(DatabaseBackup::suggestedName());
        QVERIFY(DatabaseBackup::backup(t.db(), file).ok());

        // The month goes on: customers added, one renamed.
        addCustomers(t.db(), 3, QStringLiteral("Later"));
        QVERIFY(CustomerService(t.db()).renameTenant(1, QStringLiteral("Renamed after the backup")).ok());
        QVERIFY(fingerprints(t.db()) != atBackup);

        auto restored = DatabaseBackup::restore(t.db(), file);
        QVERIFY2(restored.ok(), qPrintable(restored.message()));
        QVERIFY(restored->rows > 0);
        QVERIFY(t->checkIntegrity().ok());
        Fingerprints now = fingerprints(t.db());
        for (auto it = atBackup.cbegin(); it != atBackup.cend(); ++it) {
            if (it.key() == QLatin1String("audit_log") || it.key() == QLatin1String("audit_chain"))
                continue;
            QVERIFY2(now.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        // The audit log is the backup's, row for row, and one row more: the restore.
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), auditRows + 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT group_concat(hash, ',') FROM (SELECT hash FROM audit_log ORDER BY id "
                                         "LIMIT %1)")
                              .arg(auditRows))
                     .toString(),
                 hashes);
        QCOMPARE(t.scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("restore"));
        auto chain = AuditChain(t.db()).verify();
        QVERIFY(chain.ok() && !chain->broken);

        // What the restore replaced is kept beside the database.
        QVERIFY(QFileInfo::exists(restored->keptAs));
        QCOMPARE(besideFiles(t, QStringLiteral("before-restore")).size(), 1);
        QCOMPARE(DatabaseBackup::inspect(restored->keptAs)->customers, 7);
        // And the connection goes on working.
        addCustomers(t.db(), 1, QStringLiteral("After"));
        QVERIFY(!AuditChain(t.db()).verify()->broken);
        // Another session sees the restored data.
        t.reopen();
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 5);
    }

    // A backup from an older Bursar is brought to this schema in a copy; the file itself is
    // not changed.
    void restore_ofAnOlderBackup_upgradesACopy()
    {
        TestDatabase old;
        addCustomers(old.db(), 2, QStringLiteral("Old"));
        old.backToSchema(17);
        old.close();
        const QByteArray before = fileHash(old.path());
        TestDatabase t;
        addCustomers(t.db(), 5, QStringLiteral("Current"));
        auto restored = DatabaseBackup::restore(t.db(), old.path());
        QVERIFY2(restored.ok(), qPrintable(restored.message()));
        QCOMPARE(restored->from.schemaVersion, 17);
        QCOMPARE(fileHash(old.path()), before);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 2);
        QCOMPARE(t->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!AuditChain(t.db()).verify()->broken);
    }

    void restore_refusesWhatIsNoSoundBackup_andChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
        QTest::newRow("a text file") << "text"
                                     << "not a Bursar database";
        QTest::newRow("another program's database") << "foreign"
                                                    << "not a Bursar database";
        QTest::newRow("damaged") << "damaged"
                                 << "damaged";
        QTest::newRow("from a newer Bursar") << "newer"
                                             << "newer Bursar";
        QTest::newRow("the database itself") << "itself"
                                             << "the database itself";
        QTest::newRow("a folder") << "folder"
                                  << "folder";
    }
    void restore_refusesWhatIsNoSoundBackup_andChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        TestDatabase t;
        addCustomers(t.db(), 3, QStringLiteral("Untouched"));
        QString file = QDir(t.dir()).filePath(QStringLiteral("candidate.sqlite"));
        if (kind == QLatin1String("text")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("customer,amount\nAcme,12.50\n");
        } else if (kind == QLatin1String("foreign")) {
            writeWithSqlite(file, {QStringLiteral("CREATE TABLE notes (text TEXT)"),
                                   QStringLiteral("INSERT INTO notes VALUES ('hello')")});
        } else if (kind == QLatin1String("damaged") || kind == QLatin1String("newer")) {
            QVERIFY(DatabaseBackup::backup(t.db(), file).ok());
            if (kind == QLatin1String("newer")) {
                writeWithSqlite(file,
                                {QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')")});
            } else {
                // Pages in the middle overwritten: what a failing disk leaves.
                QFile f(file);
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(f.size() / 2);
                f.write(QByteArray(8192, '\x5a'));
            }
        } else if (kind == QLatin1String("itself")) {
            file = t.path();
        } else if (kind == QLatin1String("folder")) {
            file = t.dir();
        }
        const Fingerprints before = fingerprints(t.db());
        auto restored = DatabaseBackup::restore(t.db(), file);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.message().contains(mentions), qPrintable(restored.message()));
        QCOMPARE(fingerprints(t.db()), before);
        QVERIFY(besideFiles(t, QStringLiteral("before-restore")).isEmpty());
    }

    void backup_refusesAPlaceItCannotWrite()
    {
        TestDatabase t;
        addCustomers(t.db(), 1, QStringLiteral("One"));
        const QString file = QDir(t.dir()).filePath(QStringLiteral("b.sqlite"));
        QVERIFY(DatabaseBackup::backup(t.db(), file).ok());
        const QByteArray first = fileHash(file);
        auto again = DatabaseBackup::backup(t.db(), file);
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(QStringLiteral("exists already")), qPrintable(again.message()));
        QCOMPARE(fileHash(file), first);
        addCustomers(t.db(), 1, QStringLiteral("Two"));
        auto replaced = DatabaseBackup::backup(t.db(), file, true);
        QVERIFY2(replaced.ok(), qPrintable(replaced.message()));
        QCOMPARE(replaced->customers, 2);
        for (const QString &bad :
             {t.path(), t.dir(), QDir(t.dir()).filePath(QStringLiteral("no/such/folder/b.sqlite")), QString()}) {
            auto refused = DatabaseBackup::backup(t.db(), bad, true);
            QVERIFY2(!refused.ok(), qPrintable(bad));
        }
        // No half-written file is left behind by a refusal.
        QCOMPARE(QDir(t.dir()).entryList({QStringLiteral(".*part*")}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void filesAreTheOwnersOnly()
    {
#ifdef Q_OS_UNIX
        TestDatabase t;
        addCustomers(t.db(), 1, QStringLiteral("One"));
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QVERIFY(QFileInfo(t.path()).permissions() & ownerOnly);
        QCOMPARE(QFileInfo(t.path()).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(t.path() + QStringLiteral("-wal")).permissions() & others, QFileDevice::Permissions());
        const QString file = QDir(t.dir()).filePath(QStringLiteral("b.sqlite"));
        QVERIFY(DatabaseBackup::backup(t.db(), file).ok());
        QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
#else
        QSKIP("file modes are POSIX's; Windows keeps the folder's access list");
#endif
    }

    // Opening a database of an older schema keeps a backup of it first.
    void anUpgrade_isBackedUpFirst()
    {
        TestDatabase t;
        addCustomers(t.db(), 3, QStringLiteral("Before the upgrade"));
        t.backToSchema(17);
        // The backup is named after the schema the upgrade goes to: the newest.
        const QString tag = QStringLiteral("before-schema-%1").arg(Database::latestSchemaVersion());
        QVERIFY(besideFiles(t, tag).isEmpty());
        t.reopen();
        const QStringList kept = besideFiles(t, tag);
        QCOMPARE(kept.size(), 1);
        auto info = DatabaseBackup::inspect(QDir(t.dir()).filePath(kept.first()));
        QVERIFY2(info.ok(), qPrintable(info.message()));
        QCOMPARE(info->schemaVersion, 17);
        QCOMPARE(info->customers, 3);
        // An up-to-date database is opened without one.
        t.reopen();
        QCOMPARE(besideFiles(t, tag).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
