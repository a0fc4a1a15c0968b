// The audit log's hash chain (issue 18): the documented hash, the chain as Bursar writes it,
// and every way of editing the log behind Bursar's back that verify must catch.
#include "core/customers/customer_service.h"
#include "core/storage/audit_chain.h"
#include "core/storage/database.h"
#include "tests/support/test_database.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace bursar::core;
using bursar::test::named;
using bursar::test::TestDatabase;

class TestAuditChain : public QObject
{
    Q_OBJECT

private:
    /// Adds `n` customers: one audit row each.
    static void addCustomers(Database &db, int n, const QString &prefix = QStringLiteral("Customer"))
    {
        CustomerService customers(db);
        for (int i = 0; i < n; ++i)
            QVERIFY2(customers.addCustomer(named(QStringLiteral("%1 %2").arg(prefix).arg(i))).ok(), "add a customer");
    }
    static AuditChainReport verified(Database &db)
    {
        auto report = AuditChain(db).verify();
        if (!report) {
            qWarning("%s", qPrintable(report.message()));
            return {};
        }
        return *report;
    }
    static qint64 rowId(TestDatabase &t, int nth) // the nth row, counting from 1, in ID order
    {
        return t.scalar(QStringLiteral("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET %1").arg(nth - 1))
            .toLongLong();
    }

private Q_SLOTS:
    // The hash is exactly what audit_chain.h documents: SHA-256 over a version line and each
    // field as UTF-8 length ':' bytes. The expected values were computed outside Bursar
    // (Python's hashlib over the documented form), so a change of the form fails here.
    void hashOf_isTheDocumentedForm_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("entityId");
        QTest::addColumn<bool>("hasDetail");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("prev");
        QTest::addColumn<QString>("hash");
        const QString zero(64, u'0');
        QTest::newRow("first row") << qint64(1) << "2026-12-06T10:00:00.000Z"
                                   << "clerk"
                                   << "add"
                                   << "customer"
                                   << "1" << true << "Acme" << zero
                                   << "8736a42482a6611d02746c30517af87dafadd8de65e83fe3103ff55f6cedcd01";
        QTest::newRow("no detail") << qint64(2) << "2026-12-06T10:00:01.500Z"
                                   << "clerk"
                                   << "approve"
                                   << "statement"
                                   << "17" << false << QString() << QString(64, u'a')
                                   << "78559cf6244ea7d84629aaae3bf6794e278aea3974993c0d23dade680494ca09";
        QTest::newRow("non-ASCII, & and <")
            << qint64(42) << "2026-12-31T23:59:59.999Z" << QStringLiteral("Zoë") << "generate"
            << "statement"
            << "9" << true << QStringLiteral("Müller & Söhne <GmbH>") << QString(64, u'f')
            << "d1645b751241e0c6cf1da68229c0a290716975029ce79b421ded61999a682cdd";
        QTest::newRow("empty detail is not NULL")
            << qint64(3) << "2026-12-06T10:00:00.000Z"
            << "clerk"
            << "note"
            << "customer"
            << "1" << true << "" << zero << "6c3a5e74d26fbfe48c0159e5919b496428fdd018057c1dab82bcee13540fe966";
    }
    void hashOf_isTheDocumentedForm()
    {
        QFETCH(qint64, id);
        QFETCH(QString, at);
        QFETCH(QString, actor);
        QFETCH(QString, action);
        QFETCH(QString, entity);
        QFETCH(QString, entityId);
        QFETCH(bool, hasDetail);
        QFETCH(QString, detail);
        QFETCH(QString, prev);
        QFETCH(QString, hash);
        AuditRecord r{id, at, actor, action, entity, entityId, std::nullopt, prev};
        if (hasDetail)
            r.detail = detail;
        QCOMPARE(AuditChain::hashOf(r), hash);
    }

    void storable_dropsWhatTheDatabaseCannotKeep()
    {
        QCOMPARE(AuditChain::storable(QStringLiteral("a") + QChar(0) + QStringLiteral("b")), QStringLiteral("ab"));
        QVERIFY(!AuditChain::storable(QString(QChar(0xD800))).contains(QChar(0xD800))); // a lone surrogate
        QCOMPARE(AuditChain::storable(QStringLiteral("Zoë & <b>")), QStringLiteral("Zoë & <b>"));
    }

    void everyRowIsChained_andTheHeadIsTheLastRow()
    {
        TestDatabase t;
        addCustomers(t.db(), 5);
        const AuditChainReport r = verified(t.db());
        QVERIFY2(!r.broken, qPrintable(r.broken ? r.broken->reason : QString()));
        QCOMPARE(r.rows, t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong());
        QVERIFY(r.rows >= 5);
        QCOMPARE(r.lastId, t.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong());
        QCOMPARE(r.headHash,
                 t.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")).toString());
        // Each row names its predecessor's hash; the first names the start.
        QCOMPARE(t.scalar(QStringLiteral("SELECT prev_hash FROM audit_log ORDER BY id LIMIT 1")).toString(),
                 AuditChain::genesis());
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN audit_log b ON b.id = "
                                         "(SELECT MIN(id) FROM audit_log c WHERE c.id > a.id) "
                                         "WHERE b.prev_hash <> a.hash"))
                     .toLongLong(),
                 0);
        // The same after a reopen, and after more rows from a second session.
        t.reopen();
        addCustomers(t.db(), 3, QStringLiteral("Later"));
        QVERIFY(!verified(t.db()).broken);
    }

    void aRolledBackChange_leavesNoRow_andTheChainWhole()
    {
        TestDatabase t;
        addCustomers(t.db(), 2);
        const qint64 before = t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        Status s = t->transaction([&]() -> Status {
            if (Status a = t->audit(QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("99")); !a)
                return a;
            return fail(QStringLiteral("the change failed"));
        });
        QVERIFY(!s);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), before);
        addCustomers(t.db(), 1, QStringLiteral("After"));
        const AuditChainReport r = verified(t.db());
        QVERIFY(!r.broken);
        QCOMPARE(r.rows, before + 1);
    }

    void aRecordOutsideATransaction_isWrittenAtOnce()
    {
        TestDatabase t;
        // Text neither engine can keep as it is: a NUL and a lone surrogate. What is stored is
        // what was hashed, so the row still fits.
        const QString detail = QStringLiteral("a") + QChar(0) + QStringLiteral("b") + QChar(0xD800);
        QVERIFY(t->audit(QStringLiteral("look"), QStringLiteral("report"), QStringLiteral("aging"), detail).ok());
        const QString stored =
            t.scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'look'")).toString();
        QVERIFY(stored.startsWith(QStringLiteral("ab")));
        QCOMPARE(stored, AuditChain::storable(detail));
        QVERIFY(!verified(t.db()).broken);
    }

    // Each way of editing the log behind Bursar's back, and the row verify must name.
    void verify_namesTheFirstRowThatDoesNotFit_data()
    {
        QTest::addColumn<QString>("edit"); // %1, %2, %3: the 3rd, 4th and last row's IDs
        QTest::addColumn<QString>("row");  // which row verify names: "3rd", "4th", "last", "new"
        QTest::addColumn<QString>("reason");
        QTest::newRow("a detail changed") << "UPDATE audit_log SET detail = 'changed' WHERE id = %1"
                                          << "3rd"
                                          << "changed after it was written";
        QTest::newRow("an actor changed") << "UPDATE audit_log SET actor = 'someone else' WHERE id = %1"
                                          << "3rd"
                                          << "changed after it was written";
        QTest::newRow("a time changed") << "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = %1"
                                        << "3rd"
                                        << "changed after it was written";
        QTest::newRow("a row removed") << "DELETE FROM audit_log WHERE id = %1"
                                       << "4th"
                                       << "does not follow";
        QTest::newRow("a hash removed") << "UPDATE audit_log SET hash = NULL WHERE id = %1"
                                        << "3rd"
                                        << "no hash";
        QTest::newRow("the last row removed") << "DELETE FROM audit_log WHERE id = %3"
                                              << "last"
                                              << "rows at the end were removed";
        QTest::newRow("a row added") << "INSERT INTO audit_log (id, at, actor, action, entity, entity_id) "
                                        "VALUES (%3 + 1, '2026-12-06T00:00:00.000Z', 'x', 'add', 'customer', '1')"
                                     << "new"
                                     << "no hash";
        QTest::newRow("a row added with hashes")
            << "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, prev_hash, hash) "
               "SELECT %3 + 1, '2026-12-06T00:00:00.000Z', 'x', 'add', 'customer', '1', hash, hash "
               "FROM audit_log WHERE id = %3"
            << "new"
            << "added behind Bursar's back";
        QTest::newRow("the first row removed") << "DELETE FROM audit_log WHERE id = (SELECT MIN(id) FROM audit_log)"
                                               << "2nd"
                                               << "rows before it were removed";
    }
    void verify_namesTheFirstRowThatDoesNotFit()
    {
        QFETCH(QString, edit);
        QFETCH(QString, row);
        QFETCH(QString, reason);
        TestDatabase t;
        addCustomers(t.db(), 6);
        QVERIFY(!verified(t.db()).broken);
        const qint64 third = rowId(t, 3), fourth = rowId(t, 4), second = rowId(t, 2);
        const qint64 last = t.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
        t.exec(QString(edit)
                   .replace(QStringLiteral("%1"), QString::number(third))
                   .replace(QStringLiteral("%2"), QString::number(fourth))
                   .replace(QStringLiteral("%3"), QString::number(last)));
        const AuditChainReport r = verified(t.db());
        QVERIFY2(r.broken, "verify did not notice the edit");
        const qint64 expected = row == QLatin1String("3rd")    ? third
                                : row == QLatin1String("4th")  ? fourth
                                : row == QLatin1String("2nd")  ? second
                                : row == QLatin1String("last") ? last
                                                               : last + 1;
        QCOMPARE(r.broken->id, expected);
        QVERIFY2(r.broken->reason.contains(reason), qPrintable(r.broken->reason));
        // Bursar goes on writing after the edit; the edit stays visible.
        addCustomers(t.db(), 1, QStringLiteral("After"));
        QVERIFY(verified(t.db()).broken);
    }

    // Someone who knows the algorithm changes a row and writes its new hash: the next row
    // no longer follows it.
    void aRowRehashedByHand_breaksTheNextRow()
    {
        TestDatabase t;
        addCustomers(t.db(), 4);
        const qint64 second = rowId(t, 2), third = rowId(t, 3);
        AuditRecord r{second,
                      t.scalar(QStringLiteral("SELECT at FROM audit_log WHERE id = %1").arg(second)).toString(),
                      t.scalar(QStringLiteral("SELECT actor FROM audit_log WHERE id = %1").arg(second)).toString(),
                      QStringLiteral("add"),
                      QStringLiteral("customer"),
                      QStringLiteral("999"),
                      QStringLiteral("forged"),
                      t.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = %1").arg(second)).toString()};
        t.exec(QStringLiteral("UPDATE audit_log SET action = 'add', entity = 'customer', entity_id = '999', "
                              "detail = 'forged', hash = '%1' WHERE id = %2")
                   .arg(AuditChain::hashOf(r))
                   .arg(second));
        const AuditChainReport report = verified(t.db());
        QVERIFY(report.broken);
        QCOMPARE(report.broken->id, third);
        QVERIFY2(report.broken->reason.contains(QString::number(second)), qPrintable(report.broken->reason));
    }

    // On PostgreSQL two sessions can be inside a transaction at once; the one that commits
    // first takes the lower IDs, so the chain is in commit order, not in the order the
    // changes began. (SQLite lets one writer in at a time: BEGIN IMMEDIATE.)
    void twoSessions_chainInTheOrderTheyCommit()
    {
        TestDatabase t;
        if (!t.isPostgres()) {
            // The same holds, one transaction after the other.
            auto second = Database::open(t.path());
            QVERIFY(second.ok());
            addCustomers(t.db(), 1, QStringLiteral("First"));
            addCustomers(**second, 1, QStringLiteral("Second"));
            addCustomers(t.db(), 1, QStringLiteral("Third"));
            QVERIFY(!verified(t.db()).broken);
            return;
        }
        auto second = Database::open(t.path());
        QVERIFY(second.ok());
        Status outer = t->transaction([&]() -> Status {
            if (Status a = t->audit(QStringLiteral("begun"), QStringLiteral("test"), QStringLiteral("1")); !a)
                return a;
            // The second session commits while the first is still open.
            return (*second)->transaction([&] {
                return (*second)->audit(QStringLiteral("committed"), QStringLiteral("test"), QStringLiteral("2"));
            });
        });
        QVERIFY2(outer.ok(), qPrintable(outer.message()));
        QVERIFY(t.scalar(QStringLiteral("SELECT id FROM audit_log WHERE action = 'committed'")).toLongLong() <
                t.scalar(QStringLiteral("SELECT id FROM audit_log WHERE action = 'begun'")).toLongLong());
        QVERIFY(!verified(t.db()).broken);
    }

    // A database from before schema 18: its rows are chained by the upgrade, in ID order.
    void anOlderDatabase_isChainedWhenItIsUpgraded()
    {
        TestDatabase t;
        addCustomers(t.db(), 4);
        const qint64 rows = t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        t.backToSchema(17);
        t.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                              "VALUES ('2026-01-01T00:00:00.000Z', 'old', 'add', 'customer', '7', NULL)"));
        t.reopen();
        QCOMPARE(t->schemaVersion(), Database::latestSchemaVersion());
        const AuditChainReport r = verified(t.db());
        QVERIFY2(!r.broken, qPrintable(r.broken ? r.broken->reason : QString()));
        QCOMPARE(r.rows, rows + 1);
        addCustomers(t.db(), 1, QStringLiteral("New"));
        QVERIFY(!verified(t.db()).broken);
        t.exec(QStringLiteral("UPDATE audit_log SET actor = 'new' WHERE actor = 'old'"));
        QVERIFY(verified(t.db()).broken);
    }

    // Property: random changes from two sessions, interleaved; the chain always verifies and
    // always holds every row. Fixed seed.
    void randomWrites_alwaysVerify()
    {
        TestDatabase t;
        auto second = Database::open(t.path());
        QVERIFY(second.ok());
        QRandomGenerator rng(18);
        qint64 written = 0;
        for (int step = 0; step < 40; ++step) {
            Database &db = rng.bounded(2) ? t.db() : **second;
            const int n = int(rng.bounded(4));
            const bool rollBack = rng.bounded(5) == 0;
            Status s = db.transaction([&]() -> Status {
                for (int i = 0; i < n; ++i)
                    if (Status a = db.audit(QStringLiteral("step"), QStringLiteral("test"), QString::number(step),
                                            rng.bounded(2) ? QString() : QStringLiteral("detail %1").arg(i));
                        !a)
                        return a;
                return rollBack ? fail(QStringLiteral("rolled back")) : success();
            });
            QCOMPARE(s.ok(), !rollBack);
            if (!rollBack)
                written += n;
        }
        const AuditChainReport r = verified(t.db());
        QVERIFY(!r.broken);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'step'")).toLongLong(),
                 written);
        QCOMPARE(r.rows, t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
