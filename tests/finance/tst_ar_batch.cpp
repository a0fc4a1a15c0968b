// Batch auto-apply (a month's payments in one call) against applying the same sources one by
// one: two databases built alike from one fixed seed, one given the batch and one each
// source in turn, must end with the same ledger entries, balances, statuses and closing
// dates, and the same sources skipped. The batch reads and writes in rounds of 500 sources
// and reads only the receivables the split can reach, so the scenarios cross rounds, share
// customers between sources, mix currencies, due dates, debit memos, Hold memos and sources
// that cannot pay. On SQLite and PostgreSQL, under each split policy.
#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"
#include "tests/finance/ar_fixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace bursar::core;
using bursar::test::arCustomer;
using bursar::test::openStatement;
using bursar::test::TestDatabase;

namespace {

const QDate ApplyOn(2026, 11, 30);
const QStringList Currencies{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("JPY")};

QString amount(QRandomGenerator &rng, const QString &currency, int maxUnits)
{
    const int units = 1 + int(rng.bounded(maxUnits));
    if (currency == u"JPY")
        return QString::number(units * 100);
    return QStringLiteral("%1.%2").arg(units).arg(int(rng.bounded(100)), 2, 10, QChar(u'0'));
}

/// Builds the same receivables and sources in any database from the seed; returns the
/// sources in the order the batch gets them.
QList<ArRef> build(Database &db, quint32 seed)
{
    QRandomGenerator rng(seed);
    ArDocuments docs(db);
    QList<qint64> customers;
    for (int i = 0; i < 40; ++i)
        customers << arCustomer(db, QStringLiteral("Batch %1").arg(i));
    for (qint64 c : customers) {
        const int statements = int(rng.bounded(7));
        for (int s = 0; s < statements; ++s) {
            const QString currency = Currencies.at(int(rng.bounded(3)));
            const QDate issued = QDate(2026, 1, 1).addDays(int(rng.bounded(270)));
            // equal due dates happen: the split's order among them is by ID
            const QDate due = issued.addDays(rng.bounded(2) ? 30 : 0);
            openStatement(db, c, amount(rng, currency, 400).toLatin1().constData(), issued, due, currency);
        }
        if (rng.bounded(3) == 0) {
            NewMemo m;
            m.kind = ArKind::DebitMemo;
            m.customerId = c;
            m.currency = Currencies.at(int(rng.bounded(3)));
            m.date = QDate(2026, 1, 1).addDays(int(rng.bounded(300)));
            m.description = QStringLiteral("Charge-back");
            m.lines = {{QStringLiteral("Charge-back"), QStringLiteral("1"), QStringLiteral("each"),
                        amount(rng, m.currency, 200), QString(), QString()}};
            auto id = docs.createMemo(m);
            if (!id || !docs.release({*id}))
                qFatal("debit memo");
        }
    }
    QList<ArRef> sources;
    for (int i = 0; i < 620; ++i) {
        const qint64 c = customers.at(int(rng.bounded(int(customers.size()))));
        const QString currency = Currencies.at(int(rng.bounded(3)));
        const QDate on = QDate(2026, 10, 1).addDays(int(rng.bounded(60)));
        const int kind = int(rng.bounded(20));
        if (kind == 0) { // a Hold credit memo: skipped, with its reason
            NewMemo m;
            m.customerId = c;
            m.currency = currency;
            m.date = on;
            m.description = QStringLiteral("Goodwill");
            m.lines = {{QStringLiteral("Goodwill"), QStringLiteral("1"), QStringLiteral("each"),
                        amount(rng, currency, 50), QString(), QString()}};
            sources << ArRef{QStringLiteral("credit_memo"), *docs.createMemo(m)};
        } else if (kind == 1 && !sources.isEmpty()) { // the same source twice
            sources << sources.at(int(rng.bounded(int(sources.size()))));
        } else if (kind == 2) { // not a source
            sources << ArRef{QStringLiteral("statement"), 1};
        } else {
            auto id = docs.recordPayment({c, amount(rng, currency, 300), currency, on, {}, {}}, on);
            if (!id)
                qFatal("payment: %s", qPrintable(id.message()));
            sources << ArRef{QStringLiteral("payment"), *id};
        }
    }
    return sources;
}

/// Everything applying may change, in a comparable form.
QStringList state(TestDatabase &t)
{
    QStringList out;
    for (const QString &query :
         {QStringLiteral("SELECT 'S', id, balance, status, closed_on FROM statements ORDER BY id"),
          QStringLiteral("SELECT 'D', id, applied, status, closed_on FROM ar_documents ORDER BY id"),
          QStringLiteral("SELECT 'A', source_kind, source_id, target_kind, target_id, amount, on_date FROM allocations "
                         "ORDER BY source_id, target_kind, target_id")}) {
        QSqlQuery q(t.db().connection().db);
        if (!q.exec(query))
            qFatal("state: %s", qPrintable(query));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i) {
                QString v = q.value(i).toString();
                // amounts compare as numbers: PostgreSQL writes trailing zeros
                if (auto d = Decimal::parse(v); d && i == (q.value(0).toString() == u"A" ? 5 : 2))
                    v = d->toString();
                row << v;
            }
            out << row.join(u'|');
        }
    }
    return out;
}

} // namespace

class TestArBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchEqualsOneByOne_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<quint32>("seed");
        QTest::addRow("oldest due first") << int(SplitPolicy::OldestDueFirst) << 1301u;
        QTest::addRow("oldest due first, another seed") << int(SplitPolicy::OldestDueFirst) << 1302u;
        QTest::addRow("oldest document first") << int(SplitPolicy::OldestDocumentFirst) << 1303u;
        QTest::addRow("pro-rata") << int(SplitPolicy::ProRata) << 1304u;
    }
    void batchEqualsOneByOne()
    {
        QFETCH(int, policy);
        QFETCH(quint32, seed);
        const auto split = SplitPolicy(policy);
        TestDatabase batchDb, singleDb;
        const QList<ArRef> sources = build(batchDb.db(), seed);
        QCOMPARE(build(singleDb.db(), seed), sources);
        const QStringList before = state(batchDb);
        QCOMPARE(state(singleDb), before); // built alike
        QVERIFY(sources.size() > 500);     // more than one round

        auto batch = ArApplications(batchDb.db()).applyAutoAll(sources, ApplyOn, split);
        QVERIFY2(batch, qPrintable(batch.message()));

        int applied = 0;
        QList<std::pair<ArRef, QString>> skipped;
        ArApplications single(singleDb.db());
        for (const ArRef &s : sources) {
            auto r = single.applyAuto(s, ApplyOn, split);
            if (r) {
                ++applied;
                continue;
            }
            QVERIFY2(r.error().field == u"from" || r.error().field == u"to", qPrintable(r.message()));
            skipped.append({s, r.message()});
        }
        QCOMPARE(batch->applied, applied);
        QCOMPARE(batch->skipped, skipped);
        QVERIFY(applied > 100);
        QVERIFY(skipped.size() > 20);
        const QStringList after = state(batchDb);
        QCOMPARE(after, state(singleDb));
        QVERIFY(after != before);
        // the batch's entries are the ones it reports, each an application on the day
        QSqlQuery q(batchDb.db().connection().db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM allocations WHERE reason = 'apply'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(batch->applications.size()));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'apply'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), applied);
    }
};

QTEST_GUILESS_MAIN(TestArBatch)
#include "tst_ar_batch.moc"
