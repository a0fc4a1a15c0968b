// Storage: a new file is set up for ledger safety, migrations run once, and every kind of
// bad file is refused with a clear message and left byte-for-byte unchanged.
#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "tests/support/test_database.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bursar::core;
using bursar::test::fileHash;
using bursar::test::named;
using bursar::test::TestDatabase;

namespace {
void makeForeignSqlite(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('groceries')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}
} // namespace

class TestDatabaseStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newFile_isWalFullSyncWithForeignKeys()
    {
        TestDatabase t;
        QCOMPARE(t.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(t.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(t.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(t.scalar(QStringLiteral("PRAGMA application_id")).toInt(), 0x42525352);
        QCOMPARE(t->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
    }

    void postgresOnlyStatements_areSkippedOnSqlite()
    {
        TestDatabase t;
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'customers_search_trgm'")).toInt(),
            0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
                 Database::latestSchemaVersion());
    }

    void reopen_keepsDataAndRunsMigrationsOnce()
    {
        TestDatabase t;
        QVERIFY(CustomerService(t.db()).addCustomer(named(QStringLiteral("Acme"))).ok());
        const int migrations = t.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt();
        t.reopen();
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(), migrations);
        QCOMPARE(t.scalar(QStringLiteral("SELECT name FROM customers")).toString(), QStringLiteral("Acme"));
    }

    void foreignKeys_areEnforced()
    {
        TestDatabase t;
        QSqlQuery q(t->connection().db);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO vendor_accounts (vendor, account_id, customer_id, created_at) "
                                       "VALUES ('aws', '1', 999999, 'x')")));
    }

    void defaultPath_isInAppDataFolder()
    {
        QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/bursar.sqlite")));
        QVERIFY(Database::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void missingFolder_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/x.sqlite"));
        auto r = Database::open(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("does not exist")), qPrintable(r.message()));
        QVERIFY(!QFile::exists(path));
    }

    void badFiles_areRefusedAndLeftUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("random bytes") << "random"
                                      << "not a Bursar database";
        QTest::newRow("text file") << "text"
                                   << "not a Bursar database";
        QTest::newRow("another program's SQLite") << "foreign"
                                                  << "another program";
        QTest::newRow("newer schema") << "newer"
                                      << "newer Bursar";
        QTest::newRow("damaged pages") << "corrupt"
                                       << "damaged";
        QTest::newRow("truncated") << "truncated"
                                   << "damaged";
    }
    void badFiles_areRefusedAndLeftUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        if (kind == QLatin1String("random")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray bytes(8192, '\0');
            quint32 x = 12345;
            for (char &c : bytes)
                c = static_cast<char>((x = x * 1103515245u + 12345u) >> 24);
            f.write(bytes);
        } else if (kind == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("customer,amount\nAcme,12.50\n");
        } else if (kind == QLatin1String("foreign")) {
            makeForeignSqlite(path);
        } else {
            {
                auto db = Database::open(path);
                QVERIFY(db.ok());
                CustomerService service(**db);
                for (int i = 0; i < 200; ++i)
                    QVERIFY(service.addCustomer(named(QStringLiteral("Customer %1").arg(i))).ok());
                if (kind == QLatin1String("newer")) {
                    QSqlQuery q((*db)->connection().db);
                    QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")));
                }
            } // closing checkpoints the WAL into the file
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            QFile f(path);
            if (kind == QLatin1String("corrupt")) {
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(100); // the schema page, right after the 100-byte header
                f.write(QByteArray(3000, '\x5a'));
            } else if (kind == QLatin1String("truncated")) {
                QVERIFY(f.resize(f.size() / 3));
            }
        }
        const QByteArray before = fileHash(path);
        const qint64 size = QFileInfo(path).size();
        auto r = Database::open(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
        QVERIFY2(r.message().contains(path), qPrintable(r.message())); // names the file
        QVERIFY(!r.message().contains(u'\n'));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFileInfo(path).size(), size);
    }

    void zeroByteFile_becomesANewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto r = Database::open(path);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE((*r)->schemaVersion(), Database::latestSchemaVersion());
    }

    void transaction_failedBodyWritesNothing()
    {
        TestDatabase t;
        Status s = t->transaction([&]() -> Status {
            Sql q(t.db(), QStringLiteral("INSERT INTO tenants (kind, name) VALUES ('distributor', 'Ghost')"));
            if (Status e = q.exec(); !e)
                return e;
            return fail(QStringLiteral("refused on purpose"));
        });
        QVERIFY(!s.ok());
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM tenants")).toInt(), 0);
    }

    void sqlError_becomesMessageNotCrash()
    {
        TestDatabase t;
        Sql q(t.db(), QStringLiteral("SELECT nonsense FROM nowhere"));
        Status s = q.exec(QStringLiteral("reading nowhere"));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("reading nowhere")), qPrintable(s.message()));
    }

    // An invalid amount (a sum past 38 digits) is refused in every build, never written
    // as text: SQLite would keep the word "invalid" in a money column.
    void bulkInsert_refusesAnInvalidAmount()
    {
        TestDatabase t;
        // Rates from USD, one row each, written in one transaction.
        auto insert = [&](const QList<std::pair<const char *, Decimal>> &rates) {
            return t->transaction([&]() -> Status {
                BulkInsert b(t.db(), QStringLiteral("exchange_rates"),
                             {QStringLiteral("base"), QStringLiteral("quote"), QStringLiteral("rate_date"),
                              QStringLiteral("rate"), QStringLiteral("created_at"), QStringLiteral("created_by")});
                for (const auto &[quote, rate] : rates) {
                    b.text(QStringLiteral("USD"))
                        .text(QString::fromLatin1(quote))
                        .text(QStringLiteral("2026-01-01"))
                        .amount(rate)
                        .text(nowUtc())
                        .text(QStringLiteral("tester"));
                    if (Status s = b.endRow(); !s)
                        return s;
                }
                return b.finish();
            });
        };
        const Decimal rate = *Decimal::parse(QStringLiteral("0.92"));
        Status written = insert({{"EUR", rate}, {"GBP", Decimal::invalid()}});
        QVERIFY(!written.ok());
        QVERIFY2(written.message().contains(QStringLiteral("exchange_rates.rate")), qPrintable(written.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM exchange_rates")).toInt(), 0);
        Status fine = insert({{"EUR", rate}});
        QVERIFY2(fine.ok(), qPrintable(fine.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT rate FROM exchange_rates")).toString().left(4),
                 QStringLiteral("0.92"));
    }

    // The same rule for a single statement: an invalid amount is refused before anything
    // runs, in every build; a valid one is written as its exact text.
    void sqlBind_refusesAnInvalidAmount()
    {
        TestDatabase t;
        auto insert = [&](const QString &quote, Decimal rate) {
            return t->transaction([&]() -> Status {
                Sql q(t.db(), QStringLiteral(
                                  "INSERT INTO exchange_rates (base, quote, rate_date, rate, created_at, created_by) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
                q.bind(QStringLiteral("USD"))
                    .bind(quote)
                    .bind(QStringLiteral("2026-01-01"))
                    .bind(rate)
                    .bind(nowUtc())
                    .bind(QStringLiteral("tester"));
                return q.exec(QStringLiteral("saving a rate"));
            });
        };
        Status refused = insert(QStringLiteral("GBP"), Decimal::invalid());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("saving a rate")) &&
                     refused.message().contains(QStringLiteral("value 4")),
                 qPrintable(refused.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM exchange_rates")).toInt(), 0);
        Status fine = insert(QStringLiteral("EUR"), *Decimal::parse(QStringLiteral("0.9210")));
        QVERIFY2(fine.ok(), qPrintable(fine.message()));
        QCOMPARE(storedAmount(t.scalar(QStringLiteral("SELECT rate FROM exchange_rates"))),
                 *Decimal::parse(QStringLiteral("0.921")));
    }

    // One NULL policy for stored amounts: NULL is never zero. A NOT NULL money column that
    // reads NULL is damage (invalid); an optional column reads "none".
    void storedAmount_nullIsNeverZero_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QString>("amount");   // "invalid" for Decimal::invalid()
        QTest::addColumn<QString>("optional"); // "none" for std::nullopt
        QTest::newRow("null") << QVariant(QMetaType::fromType<QString>()) << QStringLiteral("invalid")
                              << QStringLiteral("none");
        QTest::newRow("text") << QVariant(QStringLiteral("12.500")) << QStringLiteral("12.5") << QStringLiteral("12.5");
        QTest::newRow("zero") << QVariant(QStringLiteral("0")) << QStringLiteral("0") << QStringLiteral("0");
        QTest::newRow("negative") << QVariant(QStringLiteral("-0.000000000000000001"))
                                  << QStringLiteral("-0.000000000000000001") << QStringLiteral("-0.000000000000000001");
        QTest::newRow("word") << QVariant(QStringLiteral("invalid")) << QStringLiteral("invalid")
                              << QStringLiteral("invalid");
        QTest::newRow("empty") << QVariant(QString()) << QStringLiteral("invalid") << QStringLiteral("invalid");
    }
    void storedAmount_nullIsNeverZero()
    {
        QFETCH(QVariant, stored);
        QFETCH(QString, amount);
        QFETCH(QString, optional);
        auto text = [](Decimal d) { return d.isValid() ? d.toString() : QStringLiteral("invalid"); };
        QCOMPARE(text(storedAmount(stored)), amount);
        const std::optional<Decimal> o = storedOptionalAmount(stored);
        QCOMPARE(o ? text(*o) : QStringLiteral("none"), optional);
    }

    void integrityCheck_passesOnHealthyFile()
    {
        TestDatabase t;
        QVERIFY(t->checkIntegrity().ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseStorage)
#include "tst_database.moc"
