// Two desktops adding customers at the same moment get distinct IDs, none refused.
#include "core/customers/customer_service.h"
#include "tests/support/test_database.h"

#include <QProcess>
#include <QTest>

using namespace bursar::core;
using bursar::test::TestDatabase;

class TestConcurrentAdd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoDesktops_getDistinctCustomerIds()
    {
        TestDatabase t;
        QVERIFY(CustomerService(t.db()).addTenant(TenantKind::Distributor, std::nullopt, QStringLiteral("D")).ok());
        constexpr int perDesk = 40;
        QProcess desks[2];
        for (QProcess &d : desks)
            d.start(QStringLiteral(BURSAR_ADD_WORKER), {t.path(), QString::number(perDesk)});
        QList<qint64> ids;
        for (QProcess &d : desks) {
            QVERIFY(d.waitForFinished(120000));
            QVERIFY2(d.exitCode() == 0, d.readAllStandardError().constData());
            for (const QByteArray &line : d.readAllStandardOutput().split('\n'))
                if (!line.isEmpty())
                    ids << line.toLongLong();
        }
        std::sort(ids.begin(), ids.end());
        QList<qint64> expected;
        for (qint64 id = 100001; id <= 100000 + 2 * perDesk; ++id)
            expected << id;
        QCOMPARE(ids, expected);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentAdd)
#include "tst_concurrent_add.moc"
