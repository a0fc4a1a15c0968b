// Gapless number series: patterns, periods, rollbacks giving numbers back, and two
// processes taking numbers from one database at once.
#include "core/numbering/number_series.h"
#include "tests/support/test_database.h"

#include <QProcess>
#include <QTest>

using namespace bursar::core;
using bursar::test::TestDatabase;

class TestNumberSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("period");
        QTest::newRow("invoice") << "INV-{YYYY}-{000000}" << QDate(2026, 11, 23) << qint64(1) << "INV-2026-000001"
                                 << "2026";
        QTest::newRow("month") << "CM{YY}{MM}-{0000}" << QDate(2026, 1, 5) << qint64(42) << "CM2601-0042"
                               << "2026-01";
        QTest::newRow("plain") << "DM-{N}" << QDate(2026, 1, 5) << qint64(1234567) << "DM-1234567"
                               << "all";
        QTest::newRow("overflowing padding") << "{000}" << QDate(2026, 1, 5) << qint64(12345) << "12345"
                                             << "all";
        QTest::newRow("month without year") << "{MM}/{00}" << QDate(2027, 3, 1) << qint64(7) << "03/07"
                                            << "2027-03";
    }
    void format()
    {
        QFETCH(QString, pattern);
        QFETCH(QDate, date);
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        QFETCH(QString, period);
        QVERIFY(NumberSeries::validatePattern(pattern).ok());
        QCOMPARE(NumberSeries::format(pattern, date, value), expected);
        QCOMPARE(NumberSeries::periodOf(pattern, date), period);
    }

    void validatePattern_refusesNamingTheProblem_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("no counter") << "INV-{YYYY}"
                                    << "exactly one counter";
        QTest::newRow("two counters") << "{000}-{N}"
                                      << "it has 2";
        QTest::newRow("unknown token") << "INV-{DD}-{000}"
                                       << "unknown part {DD}";
        QTest::newRow("unmatched brace") << "INV-{000}}"
                                         << "unmatched brace";
        QTest::newRow("huge counter") << "{0000000000000}"
                                      << "more than 12 digits";
    }
    void validatePattern_refusesNamingTheProblem()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, mentions);
        Status s = NumberSeries::validatePattern(pattern);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(mentions), qPrintable(s.message()));
    }

    void next_isGaplessAndRollbacksGiveNumbersBack()
    {
        TestDatabase t;
        NumberSeries series(t.db());
        QVERIFY(series.define(QStringLiteral("invoice"), QStringLiteral("INV-{YYYY}-{000000}")).ok());
        auto take = [&](bool commit, const QDate &date = QDate(2026, 11, 23)) {
            QString number;
            Status s = t->transaction([&]() -> Status {
                auto n = series.next(QStringLiteral("invoice"), date);
                if (!n)
                    return n.error();
                number = *n;
                return commit ? success() : fail(QStringLiteral("document refused"));
            });
            return number;
        };
        QCOMPARE(take(true), QStringLiteral("INV-2026-000001"));
        QCOMPARE(take(false), QStringLiteral("INV-2026-000002"));                   // rolled back ...
        QCOMPARE(take(true), QStringLiteral("INV-2026-000002"));                    // ... so it is given again
        QCOMPARE(take(true, QDate(2027, 1, 2)), QStringLiteral("INV-2027-000001")); // a new year starts at 1
        QCOMPARE(take(true), QStringLiteral("INV-2026-000003"));
        // A new pattern applies to numbers given from now on.
        QVERIFY(series.define(QStringLiteral("invoice"), QStringLiteral("S{YY}-{0000}")).ok());
        QCOMPARE(take(true), QStringLiteral("S26-0004"));
        QVERIFY(!series.next(QStringLiteral("nosuch"), QDate(2026, 1, 1)).ok());
        QVERIFY(!series.define(QStringLiteral("invoice"), QStringLiteral("no counter")).ok());
    }

    void twoProcesses_getUniqueGaplessNumbers()
    {
        TestDatabase t;
        QVERIFY(NumberSeries(t.db()).define(QStringLiteral("memo"), QStringLiteral("CM-{000000}")).ok());
        constexpr int perWorker = 60;
        QProcess workers[2];
        for (QProcess &w : workers)
            w.start(QStringLiteral(BURSAR_NUMBER_WORKER),
                    {t.path(), QStringLiteral("memo"), QString::number(perWorker)});
        QStringList numbers;
        for (QProcess &w : workers) {
            QVERIFY(w.waitForFinished(120000));
            QVERIFY2(w.exitCode() == 0, w.readAllStandardError().constData());
            for (const QByteArray &line : w.readAllStandardOutput().split('\n'))
                if (!line.isEmpty())
                    numbers << QString::fromLatin1(line);
        }
        numbers.sort();
        QStringList expected;
        for (int i = 1; i <= 2 * perWorker; ++i)
            expected << QStringLiteral("CM-%1").arg(i, 6, 10, QLatin1Char('0'));
        QCOMPARE(numbers, expected); // every number once, none missing, though a third of the takes rolled back
    }
};

QTEST_GUILESS_MAIN(TestNumberSeries)
#include "tst_number_series.moc"
