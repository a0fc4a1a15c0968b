// The lazy list models past their page cache: with pages of one row and a cache of four,
// every row read evicts a page, and every row must still be the statement the database
// has at that position, forwards, backwards and in a fixed-seed random order (the cache
// once removed an entry from its QHash after taking an iterator to the new page, and read
// through a moved slot). Under QAbstractItemModelTester. SQLite and PostgreSQL.
#include "core/billing/billing_run.h"
#include "ui/billing/statement_list_model.h"
#include "core/billing/statement_service.h"
#include "core/pricing/pricing_service.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"
#include "core/billing/statement.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

using namespace bursar::core;
using namespace bursar::ui;
using namespace bursar::test;

class TestListModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statementModel_pastItsPageCache_readsEveryRowRight()
    {
        TestDatabase t;
        auto pricebook = PricingService(t.db()).addPricebook(Vendor::Aws, QStringLiteral("Std"), dec("10"));
        QVERIFY(pricebook.ok());
        constexpr int Customers = 8;
        constexpr int Periods = 5;
        QList<bursar::test::UsageRow> rows;
        for (int c = 0; c < Customers; ++c) {
            const QString account = QStringLiteral("40000000000%1").arg(c);
            customerWith(t, QStringLiteral("Paged %1").arg(c), Vendor::Aws, account, pricebook->first);
            for (int p = 1; p <= Periods; ++p)
                rows.append({account.toUtf8(), "Amazon S3", QByteArray::number(10 * c + p) + ".5",
                             "2026-0" + QByteArray::number(p)});
        }
        QVERIFY(importRows(t, rows).ok());
        for (int p = 1; p <= Periods; ++p) {
            GenerateRequest r;
            r.period = QStringLiteral("2026-0%1").arg(p);
            auto run = BillingRun(t.db()).generate(r);
            QVERIFY2(run.ok() && run->generated.size() == Customers, qPrintable(run.message()));
        }

        StatementListModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(StatementListModel::Customer, Qt::AscendingOrder);
        model.setPaging(1, 4);
        QCOMPARE(model.rowCount(), Customers * Periods);
        // The same order read in one page, which never evicts.
        StatementListModel whole(t.db());
        whole.sort(StatementListModel::Customer, Qt::AscendingOrder);
        QList<qint64> expected;
        for (int row = 0; row < whole.rowCount(); ++row)
            expected << whole.statementAt(row)->id;
        QCOMPARE(QSet<qint64>(expected.cbegin(), expected.cend()).size(), Customers * Periods);
        auto check = [&](int row) {
            const Statement *s = model.statementAt(row);
            QVERIFY2(s, qPrintable(QStringLiteral("row %1: %2").arg(row).arg(model.lastError())));
            QCOMPARE(s->id, expected.at(row));
            QCOMPARE(model.index(row, 0).data(StatementListModel::StatementIdRole).toLongLong(), expected.at(row));
        };
        for (int row = 0; row < model.rowCount(); ++row)
            check(row);
        for (int row = model.rowCount() - 1; row >= 0; --row)
            check(row);
        QRandomGenerator random(20261202);
        for (int i = 0; i < 400; ++i)
            check(int(random.bounded(model.rowCount())));
    }
};

QTEST_MAIN(TestListModels)
#include "tst_list_models.moc"
