// Every list model of the window, in one file, under QAbstractItemModelTester. The lazy list
// model past its page cache: with pages of one row and a cache of four, every row read
// evicts a page, and every row must still be the row the source has at that position,
// forwards, backwards and in a fixed-seed random order (the cache once removed an entry
// from its QHash after taking an iterator to the new page, and read through a moved slot).
// Run under the sanitizers in CI. SQLite and PostgreSQL.
#include "core/billing/billing_run.h"
#include "core/billing/credit_service.h"
#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/pricing/pricing_service.h"
#include "core/reports/billing_report.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"
#include "ui/billing/statement_list_model.h"
#include "ui/customers/credits_panel.h"
#include "ui/customers/customer_list_model.h"
#include "ui/reports/billing_report_model.h"
#include "ui/servicescredits/services_credits_pages.h"
#include "ui/usage/usage_pages.h"
#include "ui/widgets/paged_model.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace bursar::core;
using namespace bursar::ui;
using namespace bursar::test;

namespace {

/// Reads every row of `model` in small pages under the tester, and says how many it read.
int readAll(PagedTableModel &model, int pageSize = 2, int pages = 3)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPaging(pageSize, pages);
    int read = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.index(row, column).data();
        if (model.index(row, 0).data().isValid())
            ++read;
        if (model.cachedPages() > pages)
            return -1;
    }
    for (int column = 0; column < model.columnCount(); ++column)
        model.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    return model.lastError().isEmpty() ? read : -1;
}

} // namespace

class TestListModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The model itself, on a source of numbers: whatever the page size and cache, every row
    // is the source's row; the cache never holds more than it may; sorting asks the source
    // again; a failed read shows no row and says why, once.
    void pagedModel_readsTheSourcesRowsThroughASmallCache()
    {
        QList<int> source;
        QRandomGenerator random(20261204);
        for (int i = 0; i < 997; ++i)
            source << int(random.bounded(1000000));
        int fetches = 0;
        bool broken = false;
        PagedListModel<int> model(
            {ListColumn<int>(
                QStringLiteral("n"), [](const int &n) { return QVariant(n); }, 0)},
            [&]() -> Result<qint64> { return qint64(source.size()); },
            [&](int offset, int limit, int sortKey, bool descending) -> Result<QList<int>> {
                ++fetches;
                if (broken)
                    return fail(QStringLiteral("the source is gone"));
                QList<int> sorted = source;
                if (sortKey == 0)
                    std::sort(sorted.begin(), sorted.end());
                if (descending)
                    std::reverse(sorted.begin(), sorted.end());
                return sorted.mid(offset, limit);
            });
        model.refresh();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const auto &[size, pages] : {std::pair{1, 4}, {7, 3}, {256, 32}, {1000, 1}}) {
            model.setPaging(size, pages);
            for (int i = 0; i < 600; ++i) {
                const int row = int(random.bounded(int(source.size())));
                QCOMPARE(model.index(row, 0).data().toInt(), source.at(row));
                QVERIFY(model.cachedPages() <= pages);
            }
        }
        model.setPaging(10, 2);
        model.sort(0, Qt::DescendingOrder);
        QList<int> sorted = source;
        std::sort(sorted.begin(), sorted.end(), std::greater<int>());
        for (int row = 0; row < model.rowCount(); row += 37)
            QCOMPARE(*model.rowAt(row), sorted.at(row));
        (void)model.rowAt(0);
        const int before = fetches;
        (void)model.rowAt(5); // the same page, still cached: no read
        QCOMPARE(fetches, before);
        QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
        broken = true;
        model.setPaging(10, 2);
        QVERIFY(!model.rowAt(500));
        QVERIFY(!model.index(501, 0).data().isValid());
        QCOMPARE(model.lastError(), QStringLiteral("the source is gone"));
        QCOMPARE(errors.size(), 1); // the same failure is reported once
        broken = false;
        model.refresh();
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(*model.rowAt(500), sorted.at(500));
    }

    // Every list model of the window on a demo database: read whole in pages of two with a
    // cache of three, every column, then sorted by every column, under the tester.
    void everyListModel_underTheTester()
    {
        TestDatabase t;
        QVERIFY(generateDemoData(t.db(), 40, 7).ok());
        QVERIFY(generateDemoUsage(t.db(), QDate(2026, 12, 4), 7).ok());
        QVERIFY(generateDemoBilling(t.db(), QDate(2026, 12, 4), 7).ok());
        GenerateRequest r;
        r.period = QStringLiteral("2026-11");
        r.options.applyCredits = true;
        QVERIFY(BillingRun(t.db()).generate(r).ok());

        QVERIFY(generateDemoServicesCredits(t.db(), QDate(2026, 12, 4)).ok());

        CustomerListModel customers(t.db());
        QCOMPARE(readAll(customers), 40);
        PurchasesPage purchases(t.db());
        QCOMPARE(readAll(*purchases.model()), 6);
        StatementListModel statements(t.db());
        QVERIFY(readAll(statements) > 10);
        UsageImportsPage imports(t.db());
        QVERIFY(readAll(*imports.model()) >= 3);
        UnmappedAccountsPage unmapped(t.db());
        QCOMPARE(readAll(*unmapped.model()), int(*UsageImporter(t.db()).unmappedAccountCount()));
        VendorCreditsPage vendorCredits(t.db());
        vendorCredits.setRange(QDate(2026, 8, 1), QDate(2026, 11, 1));
        QCOMPARE(readAll(*vendorCredits.model()),
                 int(*UsageImporter(t.db()).vendorCreditCount(Vendor::Aws, QStringLiteral("2026-08"),
                                                              QStringLiteral("2026-11"))));
        // The customer with the most credits, and the credit with the most applications.
        auto credits = CreditService(t.db()).list();
        QVERIFY(credits.ok() && !credits->isEmpty());
        qint64 customer = credits->first().customerId;
        CreditsPanel panel(t.db());
        panel.setCustomer(customer);
        QCOMPARE(readAll(*panel.creditsModel()), int(*CreditService(t.db()).count(customer)));
        panel.creditsModel()->setPaging(256, 32);
        panel.credits()->selectRow(0);
        QCOMPARE(readAll(*panel.historyModel(), 1, 1),
                 int(*CreditService(t.db()).applicationCount(credits->first().id)));

        auto report =
            BillingReportBuilder(t.db()).build(Vendor::Aws, QStringLiteral("2026-09"), QStringLiteral("2026-11"));
        QVERIFY(report.ok());
        BillingReportModel reportModel;
        QAbstractItemModelTester tester(&reportModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        reportModel.setReport(*report);
        QCOMPARE(reportModel.rowCount(), int(report->rows.size()));
        for (int column = 0; column < reportModel.columnCount(); ++column)
            reportModel.sort(column, Qt::DescendingOrder);
    }

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
