// The lazy Customers model under QAbstractItemModelTester, on 1,000 demo customers.
#include "core/demo/demo_data.h"
#include "tests/support/test_database.h"
#include "ui/customers/customer_list_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace bursar::core;
using bursar::test::TestDatabase;
using bursar::ui::CustomerListModel;

class TestCustomerListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTester_acceptsEveryOperation()
    {
        TestDatabase t;
        QVERIFY(generateDemoData(t.db(), 1000, 3).ok());
        CustomerListModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(CustomerListModel::ColumnCount));
        model.sort(CustomerListModel::Id, Qt::DescendingOrder);
        QCOMPARE(model.index(0, CustomerListModel::Id).data().toString(), QStringLiteral("#101000"));
        QCOMPARE(model.index(999, CustomerListModel::Id).data(CustomerListModel::CustomerIdRole).toLongLong(), 100001);
        model.setFilter({QStringLiteral("#100500"), std::nullopt});
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({QStringLiteral("Logistics"), std::nullopt});
        QVERIFY(model.rowCount() > 5);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, CustomerListModel::Name).data().toString().contains(QStringLiteral("Logistics")));
        model.setFilter({});
        model.refresh();
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(model.lastError().isEmpty());
    }

    void pagesAreReadLazilyAndBounded()
    {
        TestDatabase t;
        QVERIFY(generateDemoData(t.db(), 3000, 3).ok());
        CustomerListModel model(t.db());
        model.sort(CustomerListModel::Id, Qt::AscendingOrder);
        // Walking every row keeps working although only MaxPages pages stay cached.
        for (int r = 0; r < model.rowCount(); r += 97)
            QCOMPARE(model.index(r, CustomerListModel::Id).data(CustomerListModel::CustomerIdRole).toLongLong(),
                     100001 + r);
        QCOMPARE(model.index(2999, CustomerListModel::Id).data(CustomerListModel::CustomerIdRole).toLongLong(), 103000);
        QCOMPARE(model.index(0, CustomerListModel::Id).data(CustomerListModel::CustomerIdRole).toLongLong(), 100001);
    }
};

QTEST_MAIN(TestCustomerListModel)
#include "tst_customer_list_model.moc"
