// The Customers list reads: search, tenant filter, sorting and paging all happen in SQL.
#include "core/customers/customer_query.h"
#include "core/customers/customer_service.h"
#include "tests/support/test_database.h"

#include <QTest>

using namespace bursar::core;
using bursar::test::named;
using bursar::test::TestDatabase;

class TestCustomerQuery : public QObject
{
    Q_OBJECT
private:
    struct Fixture
    {
        TestDatabase t;
        qint64 dist = 0, east = 0, eastSub = 0, west = 0;
        Fixture()
        {
            CustomerService s(t.db());
            dist = *s.addTenant(TenantKind::Distributor, std::nullopt, QStringLiteral("Dist"));
            east = *s.addTenant(TenantKind::Partner, dist, QStringLiteral("East"));
            eastSub = *s.addTenant(TenantKind::Partner, east, QStringLiteral("East Sub"));
            west = *s.addTenant(TenantKind::Partner, dist, QStringLiteral("West"));
            const struct
            {
                const char *name;
                const char *email;
                qint64 tenant;
            } rows[] = {
                {"Acme Logistics", "ap@acme.example", east},       // 100001
                {"beta Foods", "billing@beta.example", eastSub},   // 100002
                {"Gamma 100% Organic", "gamma@g.example", west},   // 100003
                {"Delta_Air", "ops@delta.example", west},          // 100004
                {"acme robotics", "robots@other.example", dist},   // 100005
                {"Müller Bäckerei", "info@mueller.example", west}, // 100006
            };
            for (const auto &r : rows) {
                Customer c = named(QString::fromUtf8(r.name));
                c.contact.email = QString::fromUtf8(r.email);
                c.tenantId = r.tenant;
                QVERIFY(s.addCustomer(c).ok());
            }
        }
    };

    static QList<qint64> ids(const QList<CustomerRow> &rows)
    {
        QList<qint64> out;
        for (const CustomerRow &r : rows)
            out << r.id;
        return out;
    }

private Q_SLOTS:
    void search_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QList<qint64>>("expected"); // sorted by name, case-insensitive
        QTest::newRow("everything") << "" << QList<qint64>{100001, 100005, 100002, 100004, 100003, 100006};
        QTest::newRow("case-insensitive name") << "ACME" << QList<qint64>{100001, 100005};
        QTest::newRow("email") << "delta.example" << QList<qint64>{100004};
        QTest::newRow("ID with hash") << "#100003" << QList<qint64>{100003};
        QTest::newRow("ID digits") << "100002" << QList<qint64>{100002};
        QTest::newRow("percent is literal") << "100%" << QList<qint64>{100003};
        QTest::newRow("underscore is literal") << "a_a" << QList<qint64>{100004};
        QTest::newRow("lone percent") << "%" << QList<qint64>{100003};
        QTest::newRow("lone underscore") << "_" << QList<qint64>{100004};
        QTest::newRow("no match") << "zzz" << QList<qint64>{};
        QTest::newRow("unicode case folding") << "MÜLLER" << QList<qint64>{100006};
        QTest::newRow("unicode lower") << "bäckerei" << QList<qint64>{100006};
        QTest::newRow("ID being typed") << "#10000" << QList<qint64>{100001, 100005, 100002, 100004, 100003, 100006};
        QTest::newRow("ID prefix") << "#100003" << QList<qint64>{100003};
        QTest::newRow("extra spaces") << "  acme   logistics " << QList<qint64>{100001};
    }
    void search()
    {
        QFETCH(QString, term);
        QFETCH(QList<qint64>, expected);
        Fixture f;
        CustomerQuery q(f.t.db());
        CustomerFilter filter{term, std::nullopt};
        QCOMPARE(*q.count(filter), int(expected.size()));
        QCOMPARE(ids(*q.page(filter, CustomerSort::Name, false, 0, 100)), expected);
    }

    void tenantFilter_includesTenantsBelow()
    {
        Fixture f;
        CustomerQuery q(f.t.db());
        QCOMPARE(ids(*q.page({QString(), f.east}, CustomerSort::Id, false, 0, 100)), (QList<qint64>{100001, 100002}));
        QCOMPARE(ids(*q.page({QString(), f.eastSub}, CustomerSort::Id, false, 0, 100)), (QList<qint64>{100002}));
        QCOMPARE(*q.count({QString(), f.dist}), 6);
        QCOMPARE(ids(*q.page({QStringLiteral("acme"), f.east}, CustomerSort::Id, false, 0, 100)),
                 (QList<qint64>{100001}));
    }

    void sortAndPage()
    {
        Fixture f;
        CustomerQuery q(f.t.db());
        QCOMPARE(ids(*q.page({}, CustomerSort::Id, true, 0, 2)), (QList<qint64>{100006, 100005}));
        QCOMPARE(ids(*q.page({}, CustomerSort::Id, true, 2, 2)), (QList<qint64>{100004, 100003}));
        QCOMPARE(ids(*q.page({}, CustomerSort::Id, true, 4, 2)), (QList<qint64>{100002, 100001}));
        QCOMPARE(ids(*q.page({}, CustomerSort::Tenant, false, 0, 10)).first(), 100005); // "Dist"
        QCOMPARE(q.page({}, CustomerSort::Name, false, 0, 1)->first().tenant, QStringLiteral("East"));
    }

    void pagePlans_giveTheSameRowsAsThePlainQuery()
    {
        // Knowing the count switches on the other plans (read from the far end, sort after
        // filtering); every page must come out the same as without it.
        Fixture f;
        CustomerQuery q(f.t.db());
        for (const CustomerFilter &filter : {CustomerFilter{}, CustomerFilter{QStringLiteral("e"), std::nullopt}}) {
            const int n = *q.count(filter);
            for (CustomerSort sort : {CustomerSort::Id, CustomerSort::Name, CustomerSort::Tenant, CustomerSort::Region})
                for (bool desc : {false, true})
                    for (int offset = 0; offset < n; ++offset)
                        for (int limit : {1, 2, 4})
                            QCOMPARE(ids(*q.page(filter, sort, desc, offset, limit, n)),
                                     ids(*q.page(filter, sort, desc, offset, limit)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCustomerQuery)
#include "tst_customer_query.moc"
