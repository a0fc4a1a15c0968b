// What only the PostgreSQL side has: URLs, exact NUMERIC through QPSQL, refusing a database
// that is not Bursar's, and two desktops creating the schema at once.
#include "core/customers/customer_service.h"
#include "core/money/decimal.h"
#include "core/storage/database.h"
#include "core/storage/database_backup.h"
#include "core/storage/internal/sql.h"
#include "core/users/user_service.h"
#include "tests/support/test_database.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace bursar::core;
using bursar::test::TestDatabase;

class TestPostgres : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numeric_comesBackExact()
    {
        TestDatabase t;
        QVERIFY(t->dialect() == Dialect::PostgreSQL);
        // 20 and 38 significant digits: a double would keep about 16.
        for (const char *value :
             {"12345678.901234567891", "99999999999999999999.999999999999999999", "-0.000000000000000001"}) {
            Sql q(t.db(), QStringLiteral("SELECT CAST(? AS NUMERIC(38,18))"));
            q.bind(QString::fromLatin1(value));
            QVERIFY(q.exec().ok());
            QVERIFY(q.next());
            auto back = Decimal::parseVendor(q.value(0).toString().toLatin1());
            QVERIFY2(back.ok(), qPrintable(q.value(0).toString()));
            QCOMPARE(back->toString(), Decimal::parseVendor(value)->toString());
        }
    }

    void engineOnlyMigrations_runOnTheirEngine()
    {
        TestDatabase t; // on PostgreSQL the trigram index serves substring search
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'customers_search_trgm'"))
                     .toInt(),
                 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
                 Database::latestSchemaVersion());
    }

    void url_formsAndMistakes()
    {
        const QString url = TestDatabase::createPostgresDatabase();
        auto opened = Database::open(url);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE((*opened)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE((*opened)->actor(), QStringLiteral("postgres")); // the database login
        opened = Result<std::unique_ptr<Database>>(Error{});
        TestDatabase::dropPostgresDatabase(url);

        auto noDb = Database::open(QStringLiteral("postgresql://postgres@localhost/"));
        QVERIFY(!noDb.ok());
        QVERIFY(noDb.message().contains(QStringLiteral("not a PostgreSQL URL")));
        QString missing = url;
        missing.replace(QStringLiteral("/bursar_t"), QStringLiteral("/nosuch_t"));
        auto absent = Database::open(missing);
        QVERIFY(!absent.ok());
        QVERIFY2(absent.message().contains(QStringLiteral("Cannot connect")), qPrintable(absent.message()));
        QVERIFY(!absent.message().contains(u'\n'));
    }

    void foreignDatabase_isRefusedAndLeftAlone()
    {
        const QString url = TestDatabase::createPostgresDatabase();
        {
            auto opened = Database::open(url); // creates the schema ...
            QVERIFY(opened.ok());
            QSqlQuery q((*opened)->connection().db);
            // ... which we remove again, leaving another program's table behind.
            QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
            QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id int, body text)")));
        }
        auto refused = Database::open(url);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("not a Bursar database")), qPrintable(refused.message()));
        {
            auto check = Database::open(url); // still refused: nothing was created
            QVERIFY(!check.ok());
        }
        TestDatabase::dropPostgresDatabase(url);
    }

    void newerSchema_isRefused()
    {
        TestDatabase t;
        QSqlQuery q(t->connection().db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")));
        t.close();
        auto r = Database::open(t.path());
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("newer Bursar")));
    }

    // A shared database is backed up with the server's tools: Bursar says how, and writes nothing.
    void backupAndRestore_pointToPgDump()
    {
        TestDatabase t;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("b.sqlite"));
        auto backup = DatabaseBackup::backup(t.db(), file);
        QVERIFY(!backup.ok());
        QVERIFY2(backup.message().contains(QStringLiteral("pg_dump")), qPrintable(backup.message()));
        QVERIFY(!QFileInfo::exists(file));
        auto restore = DatabaseBackup::restore(t.db(), file);
        QVERIFY(!restore.ok());
        QVERIFY2(restore.message().contains(QStringLiteral("pg_restore")), qPrintable(restore.message()));
    }

    void password_fromArgumentOrPgpassword()
    {
        const QString admin = TestDatabase::createPostgresDatabase();
        {
            auto db = Database::open(admin);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection().db);
            q.exec(QStringLiteral("DROP ROLE IF EXISTS bursar_pw"));
            QVERIFY(q.exec(QStringLiteral("CREATE ROLE bursar_pw LOGIN SUPERUSER PASSWORD 's3cret'")));
            // The login must also be a Bursar user; the first login (postgres) is the administrator.
            QVERIFY(bursar::core::UserService(**db)
                        .add(QStringLiteral("bursar_pw"), QStringLiteral("bursar_pw"),
                             {bursar::core::Privilege::ManageCustomers})
                        .ok());
        }
        QUrl url(admin);
        url.setUserName(QStringLiteral("bursar_pw"));
        const QString location = url.toString();
        qunsetenv("PGPASSWORD");
        auto none = Database::open(location);
        QVERIFY(!none.ok());
        QVERIFY2(none.message().contains(QStringLiteral("password")), qPrintable(none.message()));
        auto wrong = Database::open(location, QStringLiteral("guess"));
        QVERIFY(!wrong.ok());
        auto right = Database::open(location, QStringLiteral("s3cret"));
        QVERIFY2(right.ok(), qPrintable(right.message()));
        QCOMPARE((*right)->actor(), QStringLiteral("bursar_pw"));
        QVERIFY(!(*right)->location().contains(QStringLiteral("s3cret")));
        right = Result<std::unique_ptr<Database>>(Error{});
        qputenv("PGPASSWORD", "s3cret"); // libpq's own mechanism
        auto fromEnv = Database::open(location);
        qunsetenv("PGPASSWORD");
        QVERIFY2(fromEnv.ok(), qPrintable(fromEnv.message()));
        fromEnv = Result<std::unique_ptr<Database>>(Error{});
        TestDatabase::dropPostgresDatabase(admin);
    }

    void logins_mapToBursarUsers()
    {
        const QString url = TestDatabase::createPostgresDatabase();
        {
            auto admin = Database::open(url); // the first login becomes the administrator
            QVERIFY(admin.ok());
            QCOMPARE((*admin)->acting().privileges.size(), allPrivileges().size());
            QSqlQuery q((*admin)->connection().db);
            q.exec(QStringLiteral("DROP ROLE IF EXISTS bursar_stranger"));
            QVERIFY(q.exec(QStringLiteral("CREATE ROLE bursar_stranger LOGIN SUPERUSER")));
            // The administrator cannot lock everyone out of user management.
            Status last = UserService(**admin).revoke(QStringLiteral("postgres"), {Privilege::ManageUsers});
            QVERIFY(!last.ok());
            QVERIFY2(last.message().contains(QStringLiteral("last user")), qPrintable(last.message()));
        }
        QUrl stranger(url);
        stranger.setUserName(QStringLiteral("bursar_stranger"));
        auto refused = Database::open(stranger.toString());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("not a Bursar user")), qPrintable(refused.message()));
        {
            auto admin = Database::open(url);
            QVERIFY(UserService(**admin)
                        .add(QStringLiteral("stranger"), QStringLiteral("bursar_stranger"), {Privilege::ImportUsage})
                        .ok());
        }
        auto mapped = Database::open(stranger.toString());
        QVERIFY2(mapped.ok(), qPrintable(mapped.message()));
        QCOMPARE((*mapped)->actor(), QStringLiteral("stranger"));
        QVERIFY(!(*mapped)->require(Privilege::ManageCustomers, QStringLiteral("add customers")).ok());
        mapped = Result<std::unique_ptr<Database>>(Error{});
        TestDatabase::dropPostgresDatabase(url);
    }

    void twoDesktopsCreateTheSchemaAtOnce()
    {
        const QString url = TestDatabase::createPostgresDatabase();
        QString errors[2];
        QThread *threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = QThread::create([&, i] {
                auto db = Database::open(url); // each thread its own connection
                if (!db)
                    errors[i] = db.error().message;
            });
            threads[i]->start();
        }
        for (QThread *th : threads) {
            QVERIFY(th->wait(60000));
            delete th;
        }
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        auto db = Database::open(url);
        QVERIFY(db.ok());
        Sql q(**db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
        QVERIFY(q.exec().ok() && q.next());
        QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
        db = Result<std::unique_ptr<Database>>(Error{});
        TestDatabase::dropPostgresDatabase(url);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
