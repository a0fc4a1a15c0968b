// Bulk writes and statement reuse on both engines: BulkInsert (SQL literals on SQLite, COPY
// on PostgreSQL), IndexesAfterLoad, and the PostgreSQL connection's kept prepared statements.
#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "tests/support/test_database.h"

#include <QTest>

using namespace bursar::core;
using namespace bursar::test;

class TestBulkWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every character a name or comment may hold comes back as it was written, on both engines
    // (SQLite: SQL literals; PostgreSQL: COPY's text format, which escapes backslash, tab and
    // line ends). NUL, which neither engine stores in text, is dropped.
    void bulkInsert_keepsEveryCharacter_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("read");
        QTest::newRow("plain") << QStringLiteral("Acme GmbH") << QStringLiteral("Acme GmbH");
        QTest::newRow("quotes") << QStringLiteral("O'Brien \"Ltd\"") << QStringLiteral("O'Brien \"Ltd\"");
        QTest::newRow("backslash") << QStringLiteral("C:\\billing\\n") << QStringLiteral("C:\\billing\\n");
        QTest::newRow("copy's null marker") << QStringLiteral("\\N") << QStringLiteral("\\N");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
        QTest::newRow("line ends") << QStringLiteral("first\nsecond\r\nthird")
                                   << QStringLiteral("first\nsecond\r\nthird");
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("ab");
        QTest::newRow("unicode") << QStringLiteral("Müller & Söhne – 東京 😀")
                                 << QStringLiteral("Müller & Söhne – 東京 😀");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("sql") << QStringLiteral("x'); DROP TABLE settings; --")
                             << QStringLiteral("x'); DROP TABLE settings; --");
    }
    void bulkInsert_keepsEveryCharacter()
    {
        QFETCH(QString, written);
        QFETCH(QString, read);
        TestDatabase t;
        Status s = t->transaction([&]() -> Status {
            BulkInsert b(t.db(), QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")});
            b.text(QStringLiteral("test.a")).text(written);
            if (Status e = b.endRow(); !e)
                return e;
            b.text(QStringLiteral("test.b")).text(written + QStringLiteral("|2"));
            if (Status e = b.endRow(); !e)
                return e;
            BulkInsert tenants(
                t.db(), QStringLiteral("tenants"),
                {QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("kind"), QStringLiteral("name")});
            tenants.integer(900).null().text(QStringLiteral("distributor")).textOrNull(written);
            if (Status e = tenants.endRow(); !e)
                return e;
            if (Status e = b.finish(); !e)
                return e;
            return tenants.finish();
        });
        if (read.isEmpty()) { // tenants.name is NOT NULL: textOrNull("") writes NULL and is refused
            QVERIFY(!s.ok());
            QVERIFY2(s.message().contains(QStringLiteral("tenants")), qPrintable(s.message()));
            QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'test.%'")).toInt(), 0);
            return;
        }
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'test.a'")).toString(), read);
        QCOMPARE(t.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'test.b'")).toString(),
                 read + QStringLiteral("|2"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT name FROM tenants WHERE id = 900")).toString(), read);
        QVERIFY(t.scalar(QStringLiteral("SELECT parent_id FROM tenants WHERE id = 900")).isNull());
    }

    // A bulk load into empty tables drops their indexes (and PostgreSQL's foreign keys) and
    // makes them again afterwards: the schema is the same as before, and a row that breaks a
    // key fails the load with nothing written and the schema untouched.
    void indexesAfterLoad_bringTheSchemaBack()
    {
        TestDatabase t;
        const bool pg = t.isPostgres();
        auto schema = [&]() {
            const QString sql =
                pg ? QStringLiteral("SELECT string_agg(d, ' | ' ORDER BY d) FROM (SELECT indexdef AS d FROM pg_indexes "
                                    "WHERE schemaname = current_schema() AND tablename IN ('customers', "
                                    "'vendor_accounts') UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) "
                                    "FROM pg_constraint WHERE conrelid IN ('customers'::regclass, "
                                    "'vendor_accounts'::regclass)) x")
                   : QStringLiteral("SELECT group_concat(sql, ' | ') FROM (SELECT sql FROM sqlite_master WHERE "
                                    "tbl_name IN ('customers', 'vendor_accounts') ORDER BY name)");
            return t.scalar(sql).toString();
        };
        const QString before = schema();
        QVERIFY(before.contains(QStringLiteral("customers_search")));
        QVERIFY(!pg || before.contains(QStringLiteral("vendor_accounts_customer_id_fkey")));
        auto load = [&](qint64 owner) {
            return t->transaction([&]() -> Status {
                IndexesAfterLoad indexes(t.db());
                if (Status s = indexes.drop({QStringLiteral("customers"), QStringLiteral("vendor_accounts")}); !s)
                    return s;
                if (schema() == before)
                    return fail(QStringLiteral("nothing was dropped"));
                BulkInsert accounts(t.db(), QStringLiteral("vendor_accounts"),
                                    {QStringLiteral("vendor"), QStringLiteral("account_id"),
                                     QStringLiteral("customer_id"), QStringLiteral("label"),
                                     QStringLiteral("created_at")});
                accounts.text(QStringLiteral("aws"))
                    .text(QStringLiteral("111122223333"))
                    .integer(owner)
                    .text(QStringLiteral("Production"))
                    .text(nowUtc());
                if (Status s = accounts.endRow(); !s)
                    return s;
                if (Status s = accounts.finish(); !s)
                    return s;
                return indexes.rebuild();
            });
        };
        // No customer 4711: on PostgreSQL the foreign key refuses it when it is added back.
        if (pg) {
            Status refused = load(4711);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.message().contains(QStringLiteral("vendor_accounts")), qPrintable(refused.message()));
            QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM vendor_accounts")).toInt(), 0);
            QCOMPARE(schema(), before);
        }
        auto id = CustomerService(t.db()).addCustomer(named(QStringLiteral("Loaded Ltd")));
        QVERIFY2(id, qPrintable(id.message()));
        Status loaded = load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
        QCOMPARE(schema(), before);
        QCOMPARE(t.scalar(QStringLiteral("SELECT customer_id FROM vendor_accounts")).toLongLong(), *id);
        // PostgreSQL: the loaded tables have their statistics at once (the planner's row
        // count is the loaded one, not the "never analyzed" -1).
        if (pg) {
            QCOMPARE(t.scalar(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'vendor_accounts'::regclass"))
                         .toInt(),
                     1);
            QVERIFY(t.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stats WHERE tablename = 'vendor_accounts' AND "
                                            "schemaname = current_schema()"))
                        .toInt() > 0);
        }
    }

    // PostgreSQL: a statement run again and again is prepared once on its connection (one
    // round trip per run instead of three); the kept statements stay bounded; two readers of
    // the same text at once each read their own rows; a schema change forgets them.
    void preparedStatements_areKeptPerConnection()
    {
        TestDatabase t;
        if (!t.isPostgres())
            QSKIP("SQLite prepares in the process: nothing to keep on a server.");
        auto kept = [&](const QString &like) {
            return t
                .scalar(
                    QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE '%1'").arg(like))
                .toInt();
        };
        const QString text = QStringLiteral("SELECT value FROM settings WHERE key = ?");
        for (int i = 0; i < 50; ++i) {
            Sql q(t.db(), text);
            q.bind(QStringLiteral("statement.paper"));
            QVERIFY(q.exec().ok());
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("A4"));
        }
        QCOMPARE(kept(QStringLiteral("%FROM settings WHERE key = $1")), 1);
        // A statement marked planEachRun() is prepared afresh each time, never kept (the
        // customer search: a generic plan guesses at a pattern's selectivity).
        for (int i = 0; i < 10; ++i) {
            Sql q(t.db(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE ?"));
            q.bind(QStringLiteral("statement.%")).planEachRun();
            QVERIFY(q.exec().ok());
        }
        QCOMPARE(kept(QStringLiteral("%FROM settings WHERE key LIKE $1")), 0);
        {
            Sql outer(t.db(), QStringLiteral("SELECT key FROM settings WHERE key LIKE ? ORDER BY key"));
            outer.bind(QStringLiteral("statement.%"));
            QVERIFY(outer.exec().ok());
            QStringList keys;
            while (outer.next())
                keys << outer.value(0).toString();
            QVERIFY(keys.size() >= 3);
            Sql a(t.db(), text), b(t.db(), text);
            a.bind(keys.at(0));
            b.bind(keys.at(1));
            QVERIFY(a.exec().ok());
            QVERIFY(b.exec().ok());
            QVERIFY(a.next() && b.next());
            QCOMPARE(
                a.value(0).toString(),
                t.scalar(QStringLiteral("SELECT value FROM settings WHERE key = '%1'").arg(keys.at(0))).toString());
            QCOMPARE(
                b.value(0).toString(),
                t.scalar(QStringLiteral("SELECT value FROM settings WHERE key = '%1'").arg(keys.at(1))).toString());
        }
        for (int i = 0; i < 300; ++i) {
            Sql q(t.db(), QStringLiteral("SELECT %1 + ?").arg(i));
            q.bind(1);
            QVERIFY(q.exec().ok());
        }
        QVERIFY(kept(QStringLiteral("%")) <= int(storage_internal::Connection::MaxPrepared));
        Sql change(t.db(), QStringLiteral("CREATE TABLE scratch (x INTEGER)"));
        QVERIFY(change.exec().ok());
        QCOMPARE(kept(QStringLiteral("%")), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkWrites)
#include "tst_bulk_writes.moc"
