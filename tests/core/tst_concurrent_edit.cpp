// Two desktops, two processes, one customer: the second save is refused with who changed
// it and when, and the first change stays. SQLite and PostgreSQL.
#include "core/customers/customer_service.h"
#include "tests/support/test_database.h"

#include <QProcess>
#include <QTest>

using namespace bursar::core;
using bursar::test::TestDatabase;

class TestConcurrentEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondSave_isRefusedNotSilentlyOverwritten()
    {
        TestDatabase t;
        CustomerService service(t.db());
        QVERIFY(service.addCustomer(bursar::test::named(QStringLiteral("Acme"))).ok());

        QProcess other;
        other.start(QStringLiteral(BURSAR_EDIT_WORKER),
                    {t.path(), QStringLiteral("100001"), QStringLiteral("Acme (desk 2)")});
        QVERIFY(other.waitForReadyRead(60000));
        QCOMPARE(other.readLine().trimmed(), QByteArray("loaded"));

        t->setActor(QStringLiteral("desk-1"));
        Customer mine = *service.customer(100001);
        mine.name = QStringLiteral("Acme (desk 1)");
        QVERIFY(service.updateCustomer(mine).ok());

        other.write("go\n");
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished(60000));
        const QByteArray answer = other.readAll();
        QVERIFY2(answer.startsWith("refused: "), answer.constData());
        QVERIFY2(answer.contains("changed by desk-1 at"), answer.constData());
        QVERIFY2(answer.contains("reload"), answer.constData());
        QCOMPARE(service.customer(100001)->name, QStringLiteral("Acme (desk 1)"));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentEdit)
#include "tst_concurrent_edit.moc"
