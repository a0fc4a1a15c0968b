// Demo data is deterministic, complete enough to exercise every screen, and never mixes
// with real records.
#include "core/customers/customer_query.h"
#include "core/customers/customer_service.h"
#include "core/demo/demo_data.h"
#include "core/domain/regions.h"
#include "core/settings/account_info_service.h"
#include "core/storage/internal/sql.h"
#include "tests/support/test_database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace bursar::core;
using bursar::test::named;
using bursar::test::TestDatabase;

namespace {
QByteArray fingerprint(TestDatabase &t)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT id, tenant_id, name, email, region, state, payment_terms_days FROM customers ORDER BY id",
          "SELECT vendor, account_id, customer_id FROM vendor_accounts ORDER BY vendor, account_id",
          "SELECT customer_id, vendor, enabled, currency FROM customer_providers ORDER BY 1, 2",
          "SELECT customer_id, name, is_default FROM subscriptions ORDER BY id"}) {
        QSqlQuery q(t->connection().db);
        if (!q.exec(QString::fromLatin1(sql)))
            return {};
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                h.addData(QByteArray(q.value(i).toString().toUtf8() + '|'));
    }
    return h.result().toHex();
}
} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeed_sameData_otherSeed_otherData()
    {
        TestDatabase a, b, c;
        QVERIFY(generateDemoData(a.db(), 300, 7).ok());
        QVERIFY(generateDemoData(b.db(), 300, 7).ok());
        QVERIFY(generateDemoData(c.db(), 300, 8).ok());
        QCOMPARE(fingerprint(a), fingerprint(b));
        QVERIFY(fingerprint(a) != fingerprint(c));
    }

    void coversTenantsAccountsProfilesAndSubscriptions()
    {
        TestDatabase t;
        auto summary = generateDemoData(t.db(), 250, 1);
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        QCOMPARE(summary->customers, 250);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 250);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(DISTINCT tenant_id) FROM customers")).toInt() > 3, true);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM vendor_accounts")).toInt(), summary->vendorAccounts);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(DISTINCT vendor) FROM vendor_accounts")).toInt(), 3);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM billing_profiles")).toInt(), 250);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM subscriptions WHERE is_default = 1")).toInt(), 250);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE email IS NULL OR city IS NULL")).toInt(),
                 0);
        // Every payment reference is masked.
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT COUNT(*) FROM payment_methods WHERE masked_reference NOT LIKE '**** ____'"))
                .toInt(),
            0);
        // Data written in bulk still passes the services' own validation.
        CustomerService s(t.db());
        for (qint64 id : {100001, 100125, 100250}) {
            auto c = s.customer(id);
            QVERIFY(c.ok());
            QVERIFY2(s.validate(*c).ok(), qPrintable(s.validate(*c).message()));
        }
        QCOMPARE(AccountInfoService(t.db()).load()->companyName, QStringLiteral("Northwind Cloud Distribution Ltd"));
        QVERIFY(t->checkIntegrity().ok());
        // Every demo customer's region and state is in the bundled ISO 3166 list, so the
        // window's pickers show them by name; its country is the list's name of its region.
        QSqlQuery places(t->connection().db);
        QVERIFY(places.exec(QStringLiteral("SELECT DISTINCT region, state, country FROM customers")));
        int seen = 0;
        while (places.next()) {
            const QString region = places.value(0).toString(), state = places.value(1).toString();
            const auto country = Regions::country(region);
            QVERIFY2(country, qPrintable(region));
            QVERIFY2(Regions::subdivision(region, state), qPrintable(region + u'-' + state));
            QCOMPARE(places.value(2).toString(), country->name);
            ++seen;
        }
        QVERIFY(seen > 5);
    }

    /// Worked from ISO 3166 itself: countries by code, their subdivisions by the code after
    /// the country's, names as iso-codes writes them.
    void regions_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("name"); // empty: not in the list
        QTest::newRow("Washington") << "US"
                                    << "WA"
                                    << "Washington";
        QTest::newRow("lower case") << "us"
                                    << "wa"
                                    << "Washington";
        QTest::newRow("Bavaria") << "DE"
                                 << "BY"
                                 << "Bayern";
        QTest::newRow("Tokyo") << "JP"
                               << "13"
                               << "Tokyo";
        QTest::newRow("England") << "GB"
                                 << "ENG"
                                 << "England";
        QTest::newRow("British Columbia") << "CA"
                                          << "BC"
                                          << "British Columbia";
        QTest::newRow("no WA in Canada") << "CA"
                                         << "WA"
                                         << "";
        QTest::newRow("EU is not a country") << "EU"
                                             << ""
                                             << "";
    }
    void regions()
    {
        QFETCH(QString, country);
        QFETCH(QString, state);
        QFETCH(QString, name);
        const auto place = state.isEmpty() ? Regions::country(country) : Regions::subdivision(country, state);
        QCOMPARE(place.has_value(), !name.isEmpty());
        if (place)
            QCOMPARE(place->name, name);
    }
    void regions_listSizes()
    {
        QCOMPARE(Regions::countries().size(), 249);
        QCOMPARE(Regions::country(QStringLiteral("DE"))->name, QStringLiteral("Germany"));
        QCOMPARE(Regions::subdivisions(QStringLiteral("DE")).size(), 16);
        QCOMPARE(Regions::subdivisions(QStringLiteral("US")).size(), 57); // 50 states, DC, 6 outlying areas
        QVERIFY(Regions::subdivisions(QStringLiteral("EU")).isEmpty());
        // Ordered by name for the pickers.
        QCOMPARE(Regions::countries().first().name, QStringLiteral("Afghanistan"));
    }

    void refusesADatabaseWithCustomers()
    {
        TestDatabase t;
        QVERIFY(CustomerService(t.db()).addCustomer(named(QStringLiteral("Real customer"))).ok());
        auto r = generateDemoData(t.db(), 10, 1);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("already holds customers")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 1);
        QVERIFY(!generateDemoData(t.db(), 0, 1).ok());
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demo_data.moc"
