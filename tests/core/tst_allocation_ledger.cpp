// The allocation ledger (issue 12): one place records every amount that moves from a source
// to a target. Pure sums as of a date from hand-made tables; recording, reversal by
// counter-entry (never a delete) and balances through the real service on SQLite and
// PostgreSQL; and a database made by the Bursar before the ledger (schema 7, with credit
// applications on approved and draft statements and one deleted draft) opening with every
// application kept.
#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/customers/customer_service.h"
#include "core/ledger/allocation_ledger.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "tests/support/test_database.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <map>

using namespace bursar::core;
using bursar::test::TestDatabase;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

/// "2026-09-30 -300" an application; "2026-10-05 +300 r" a reversal.
QList<LedgerEntry> entries(const QStringList &rows)
{
    QList<LedgerEntry> out;
    qint64 id = 0;
    for (const QString &row : rows) {
        const QStringList parts = row.split(u' ');
        LedgerEntry e;
        e.id = ++id;
        e.on = QDate::fromString(parts.at(0), Qt::ISODate);
        e.amount = *Decimal::parse(parts.at(1).startsWith(u'+') ? parts.at(1).mid(1) : parts.at(1));
        if (parts.size() > 2)
            e.reverses = id - 1;
        out.append(e);
    }
    return out;
}

qint64 customerWithCredit(TestDatabase &t, const char *amount)
{
    auto c = CustomerService(t.db()).addCustomer(bursar::test::named(QStringLiteral("Ledger Ltd")));
    if (!c)
        qFatal("customer: %s", qPrintable(c.message()));
    NewCredit n;
    n.customerId = *c;
    n.vendor = Vendor::Aws;
    n.currency = QStringLiteral("USD");
    n.amount = QString::fromLatin1(amount);
    auto id = CreditService(t.db()).add(n);
    if (!id)
        qFatal("credit: %s", qPrintable(id.message()));
    return *id;
}

NewAllocation toStatement(qint64 credit, qint64 statement, const char *amount, QDate on, const char *account = "")
{
    NewAllocation a;
    a.source = AllocationSource::Credit;
    a.sourceId = credit;
    a.target = AllocationTarget::Statement;
    a.targetId = statement;
    a.accountId = QString::fromLatin1(account);
    a.amount = dec(amount);
    a.on = on;
    a.reason = QStringLiteral("test");
    return a;
}

int rows(TestDatabase &t)
{
    return t.scalar(QStringLiteral("SELECT COUNT(*) FROM allocations")).toInt();
}

} // namespace

class TestAllocationLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// Applications and reversals add up as of the day asked; no database.
    void appliedAsOf_data()
    {
        QTest::addColumn<QStringList>("ledger");
        QTest::addColumn<QString>("asOf"); // empty: everything
        QTest::addColumn<QString>("applied");
        const QStringList applied{QStringLiteral("2026-09-30 -800"), QStringLiteral("2026-09-30 -300")};
        QTest::newRow("nothing") << QStringList() << ""
                                 << "0";
        QTest::newRow("two applications") << applied << ""
                                          << "-1100";
        QTest::newRow("before the first") << applied << "2026-09-29"
                                          << "0";
        QTest::newRow("on the day, inclusive") << applied << "2026-09-30"
                                               << "-1100";
        const QStringList reversed{QStringLiteral("2026-10-31 -150"), QStringLiteral("2026-11-02 +150 r")};
        QTest::newRow("reversed: now") << reversed << ""
                                       << "0";
        QTest::newRow("reversed: before the reversal") << reversed << "2026-11-01"
                                                       << "-150";
        QTest::newRow("reversed: on its day") << reversed << "2026-11-02"
                                              << "0";
        QTest::newRow("exact to 18 decimals") << QStringList{QStringLiteral("2026-09-30 -0.000000000000000001"),
                                                             QStringLiteral("2026-09-30 -99.999999999999999999")}
                                              << ""
                                              << "-100";
    }
    void appliedAsOf()
    {
        QFETCH(QStringList, ledger);
        QFETCH(QString, asOf);
        QFETCH(QString, applied);
        QCOMPARE(ledger::appliedAsOf(entries(ledger), QDate::fromString(asOf, Qt::ISODate)).toString(), applied);
    }

    void reversalOf_isTheExactOpposite()
    {
        LedgerEntry e = entries({QStringLiteral("2026-09-30 -12.345")}).first();
        e.sourceId = 4;
        e.targetId = 9;
        e.accountId = QStringLiteral("111");
        const NewAllocation r = ledger::reversalOf(e, QDate(2026, 10, 2), QStringLiteral("draft deleted"));
        QCOMPARE(r.amount.toString(), QStringLiteral("12.345"));
        QCOMPARE(r.reverses, e.id);
        QCOMPARE(r.sourceId, 4);
        QCOMPARE(r.targetId, 9);
        QCOMPARE(r.accountId, QStringLiteral("111"));
        QCOMPARE(r.on, QDate(2026, 10, 2));
    }

    /// issued = applied + remaining, from the ledger; a reversal is a counter-entry, and the
    /// balance as of a past day is what it was then.
    void recordReverseAndBalance()
    {
        TestDatabase t;
        const qint64 credit = customerWithCredit(t, "500");
        AllocationLedger ledger(t.db());
        QVERIFY(ledger
                    .record({toStatement(credit, 101, "-300", QDate(2026, 9, 30), "111"),
                             toStatement(credit, 102, "-150", QDate(2026, 10, 31))})
                    .ok());
        auto balance = ledger.balanceOf(AllocationSource::Credit, credit);
        QVERIFY2(balance.ok(), qPrintable(balance.message()));
        QCOMPARE(balance->issued.toString(), QStringLiteral("-500"));
        QCOMPARE(balance->applied.toString(), QStringLiteral("-450"));
        QCOMPARE(balance->remaining().toString(), QStringLiteral("-50"));
        QCOMPARE(CreditService(t.db()).credit(credit)->remaining().toString(), QStringLiteral("-50"));

        QVERIFY(
            ledger.reverseAllOn(AllocationTarget::Statement, 102, QDate(2026, 11, 2), QStringLiteral("draft deleted"))
                .ok());
        QCOMPARE(rows(t), 3); // nothing deleted
        QCOMPARE(ledger.balanceOf(AllocationSource::Credit, credit)->remaining().toString(), QStringLiteral("-200"));
        QCOMPARE(ledger.balanceOf(AllocationSource::Credit, credit, QDate(2026, 11, 1))->remaining().toString(),
                 QStringLiteral("-50"));
        QCOMPARE(ledger.balanceOf(AllocationSource::Credit, credit, QDate(2026, 9, 29))->applied.toString(),
                 QStringLiteral("0"));
        QCOMPARE(ledger.appliedTo(AllocationTarget::Statement, 102)->toString(), QStringLiteral("0"));
        QCOMPARE(ledger.appliedTo(AllocationTarget::Statement, 102, QDate(2026, 11, 1))->toString(),
                 QStringLiteral("-150"));
        QCOMPARE(ledger.appliedTo(AllocationTarget::Statement, 101)->toString(), QStringLiteral("-300"));

        auto history = ledger.entriesFrom(AllocationSource::Credit, credit);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QVERIFY(history->at(0).stands());
        QCOMPARE(history->at(0).accountId, QStringLiteral("111"));
        QVERIFY(!history->at(1).stands());
        QCOMPARE(history->at(1).reversedBy, history->at(2).id);
        QCOMPARE(history->at(2).reverses, history->at(1).id);
        QCOMPARE(history->at(2).amount.toString(), QStringLiteral("150"));
        QCOMPARE(history->at(2).reason, QStringLiteral("draft deleted"));
        QCOMPARE(history->at(2).recordedBy, t->actor());

        // Reversing again finds nothing standing: no second counter-entry.
        QVERIFY(
            ledger.reverseAllOn(AllocationTarget::Statement, 102, QDate(2026, 11, 3), QStringLiteral("again")).ok());
        QCOMPARE(rows(t), 3);
    }

    /// What cannot be an entry is refused and nothing is written.
    void refused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("zero amount") << "zero";
        QTest::newRow("invalid amount") << "invalid";
        QTest::newRow("no date") << "date";
        QTest::newRow("no target") << "target";
        QTest::newRow("reversal of the wrong amount") << "forged";
        QTest::newRow("reversal of a reversed entry") << "twice";
        QTest::newRow("reversal of an unknown entry") << "unknown";
    }
    void refused()
    {
        QFETCH(QString, what);
        TestDatabase t;
        const qint64 credit = customerWithCredit(t, "500");
        AllocationLedger ledger(t.db());
        QVERIFY(ledger.record({toStatement(credit, 101, "-300", QDate(2026, 9, 30))}).ok());
        auto first = ledger.entriesFrom(AllocationSource::Credit, credit)->first();
        if (what == QLatin1String("twice"))
            QVERIFY(
                ledger.reverseAllOn(AllocationTarget::Statement, 101, QDate(2026, 10, 1), QStringLiteral("x")).ok());
        const int before = rows(t);
        NewAllocation bad = toStatement(credit, 101, "-10", QDate(2026, 10, 1));
        if (what == QLatin1String("zero"))
            bad.amount = Decimal();
        else if (what == QLatin1String("invalid"))
            bad.amount = Decimal::invalid();
        else if (what == QLatin1String("date"))
            bad.on = QDate();
        else if (what == QLatin1String("target"))
            bad.targetId = 0;
        else if (what == QLatin1String("forged"))
            bad = ledger::reversalOf(first, QDate(2026, 10, 1), QStringLiteral("x")), bad.amount = dec("200");
        else if (what == QLatin1String("twice"))
            bad = ledger::reversalOf(first, QDate(2026, 10, 2), QStringLiteral("x"));
        else if (what == QLatin1String("unknown"))
            bad = ledger::reversalOf(first, QDate(2026, 10, 2), QStringLiteral("x")), bad.reverses = 999999;
        // A good entry beside the bad one is not written either.
        Status s = ledger.record({toStatement(credit, 103, "-1", QDate(2026, 10, 1)), bad});
        QVERIFY(!s.ok());
        QVERIFY(!s.message().isEmpty());
        QCOMPARE(rows(t), before);
        QCOMPARE(CreditService(t.db()).credit(credit)->remaining().toString(),
                 what == QLatin1String("twice") ? QStringLiteral("-500") : QStringLiteral("-200"));
    }

    /// A database written by the Bursar before the ledger (schema 7: credit_allocations)
    /// opens with every application moved into the ledger, in order and to the digit.
    void migratesTheApplicationsOfSchema7()
    {
        const bool pg = TestDatabase::postgresRun();
        QTemporaryDir dir;
        const QString location =
            pg ? TestDatabase::createPostgresDatabase() : dir.filePath(QStringLiteral("old.sqlite"));
        auto drop = qScopeGuard([&] {
            if (pg)
                TestDatabase::dropPostgresDatabase(location);
        });
        // What the old table held, read straight from the fixture before Bursar touches it.
        QStringList before;
        const QString fixtures = QStringLiteral(BURSAR_FIXTURES);
        if (pg) {
            QProcess psql;
            psql.start(QStringLiteral("psql"),
                       {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                        QStringLiteral("-d"), location, QStringLiteral("-f"),
                        fixtures + QStringLiteral("/schema7-credits.pgsql")});
            QVERIFY(psql.waitForFinished(60000));
            QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
        } else {
            QVERIFY(QFile::copy(fixtures + QStringLiteral("/schema7-credits.sqlite"), location));
            QFile::setPermissions(location, QFile::ReadOwner | QFile::WriteOwner);
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                                                         QStringLiteral("fixture"));
            if (pg) {
                const QUrl url(location);
                raw.setDatabaseName(url.path().mid(1));
                raw.setUserName(url.userName());
                raw.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
            } else {
                raw.setDatabaseName(location);
            }
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            q.setNumericalPrecisionPolicy(QSql::HighPrecision); // PostgreSQL's NUMERIC as text, not a double
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 7);
            QVERIFY(q.exec(QStringLiteral("SELECT credit_id, statement_id, account_id, amount, created_at FROM "
                                          "credit_allocations ORDER BY id")));
            while (q.next())
                before << QStringLiteral("%1 %2 %3 %4 %5")
                              .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   storedAmount(q.value(3)).toString(), q.value(4).toString());
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
        QVERIFY2(before.size() >= 10, qPrintable(QString::number(before.size())));

        auto opened = Database::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        std::unique_ptr<Database> db = std::move(opened).value();
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QStringList after;
        std::map<qint64, Decimal> appliedOf;
        {
            Sql q(*db, QStringLiteral(
                           "SELECT source_id, target_id, account_id, amount, created_at, source_kind, target_kind, "
                           "reverses_id, on_date FROM allocations ORDER BY id"));
            QVERIFY(q.exec().ok());
            while (q.next()) {
                after << QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  storedAmount(q.value(3)).toString(), q.value(4).toString());
                QCOMPARE(q.value(5).toString(), QStringLiteral("credit"));
                QCOMPARE(q.value(6).toString(), QStringLiteral("statement"));
                QVERIFY(q.value(7).isNull());
                QCOMPARE(q.value(8).toString(), q.value(4).toString().left(10));
                appliedOf[q.value(0).toLongLong()] += storedAmount(q.value(3));
            }
        }
        QCOMPARE(after, before);
        // Every credit's applied part is the sum of its moved applications; the invariant holds.
        auto credits = CreditService(*db).list();
        QVERIFY(credits.ok());
        int applied = 0;
        for (const Credit &c : *credits) {
            QCOMPARE(c.applied, appliedOf.count(c.id) ? appliedOf.at(c.id) : Decimal());
            QCOMPARE(c.applied + c.remaining(), c.amount);
            applied += c.applied.isZero() ? 0 : 1;
        }
        QVERIFY(applied > 0);
        db.reset();
    }
};

QTEST_GUILESS_MAIN(TestAllocationLedger)
#include "tst_allocation_ledger.moc"
