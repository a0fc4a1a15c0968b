// Customers and their billing setup: every write validates with a message naming the
// record and field, writes all or nothing, and leaves an audit record.
#include "core/customers/customer_service.h"
#include "core/settings/account_info_service.h"
#include "core/storage/database.h"
#include "tests/support/test_database.h"

#include <QFile>
#include <QTest>

using namespace bursar::core;
using bursar::test::named;
using bursar::test::TestDatabase;

class TestCustomerService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addCustomer_numbersFrom100001AndDisplaysWithHash()
    {
        TestDatabase t;
        CustomerService s(t.db());
        auto a = s.addCustomer(named(QStringLiteral("Acme")));
        auto b = s.addCustomer(named(QStringLiteral("Globex")));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(*a, 100001);
        QCOMPARE(*b, 100002);
        QCOMPARE(displayCustomerId(*a), QStringLiteral("#100001"));
        QCOMPARE(parseCustomerId(u"#100042"), std::optional<qint64>(100042));
        QCOMPARE(parseCustomerId(u"100042"), std::optional<qint64>(100042));
        QVERIFY(!parseCustomerId(u"#abc").has_value());
        QVERIFY(!parseCustomerId(u"").has_value());
    }

    void addCustomer_normalisesAndRoundTrips()
    {
        TestDatabase t;
        CustomerService s(t.db());
        Customer c = named(QStringLiteral("  Acme   Logistics  "));
        c.region = QStringLiteral(" us ");
        c.state = QStringLiteral("wa");
        c.paymentTermsDays = 45;
        c.contact.email = QStringLiteral("ap@acme.example");
        c.contact.city = QStringLiteral("München");
        auto id = s.addCustomer(c);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        auto back = s.customer(*id);
        QVERIFY(back.ok());
        QCOMPARE(back->name, QStringLiteral("Acme Logistics"));
        QCOMPARE(back->region, QStringLiteral("US"));
        QCOMPARE(back->state, QStringLiteral("WA"));
        QCOMPARE(back->paymentTermsDays, 45);
        QCOMPARE(back->contact.city, QStringLiteral("München"));
        QCOMPARE(back->rowVersion, 1);
        QCOMPARE(back->updatedBy, QStringLiteral("tester"));
    }

    void addCustomer_refusesBadInputNamingTheField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("terms");
        QTest::addColumn<qint64>("tenant");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty name") << ""
                                    << "" << 30 << qint64(0) << "name"
                                    << "name is empty";
        QTest::newRow("blank name") << "   "
                                    << "" << 30 << qint64(0) << "name"
                                    << "name is empty";
        QTest::newRow("long name") << QString(201, u'x') << "" << 30 << qint64(0) << "name"
                                   << "201 characters";
        QTest::newRow("bad email") << "Acme"
                                   << "acme.example" << 30 << qint64(0) << "email"
                                   << "not an email address";
        QTest::newRow("negative terms") << "Acme"
                                        << "" << -1 << qint64(0) << "payment_terms"
                                        << "0 to 365";
        QTest::newRow("terms too long") << "Acme"
                                        << "" << 400 << qint64(0) << "payment_terms"
                                        << "400 days";
        QTest::newRow("unknown tenant") << "Acme"
                                        << "" << 30 << qint64(77) << "tenant"
                                        << "tenant 77 does not exist";
    }
    void addCustomer_refusesBadInputNamingTheField()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(int, terms);
        QFETCH(qint64, tenant);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        TestDatabase t;
        CustomerService s(t.db());
        QVERIFY(s.defaultTenant().ok());
        Customer c = named(name);
        c.contact.email = email;
        c.paymentTermsDays = terms;
        c.tenantId = tenant;
        auto r = s.addCustomer(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
        QVERIFY2(r.message().startsWith(QStringLiteral("New customer")), qPrintable(r.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 0);
    }

    void updateCustomer_secondStaleSaveIsRefused()
    {
        TestDatabase t;
        CustomerService s(t.db());
        const qint64 id = *s.addCustomer(named(QStringLiteral("Acme")));
        Customer first = *s.customer(id);
        Customer second = *s.customer(id);
        first.name = QStringLiteral("Acme One");
        QVERIFY(s.updateCustomer(first).ok());
        second.name = QStringLiteral("Acme Two");
        t->setActor(QStringLiteral("other-clerk"));
        auto r = s.updateCustomer(second);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("changed by tester")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("reload")), qPrintable(r.message()));
        QCOMPARE(s.customer(id)->name, QStringLiteral("Acme One"));
        QCOMPARE(s.customer(id)->rowVersion, 2);
    }

    void everyChange_isAudited()
    {
        TestDatabase t;
        CustomerService s(t.db());
        const qint64 id = *s.addCustomer(named(QStringLiteral("Acme")));
        Customer c = *s.customer(id);
        c.name = QStringLiteral("Acme 2");
        QVERIFY(s.updateCustomer(c).ok());
        QVERIFY(s.setProvider(id, {Vendor::Aws, true, QStringLiteral("USD")}).ok());
        QVERIFY(s.mapAccount({Vendor::Aws, QStringLiteral("123456789012"), id, {}}).ok());
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'customer' AND entity_id = '%1'")
                         .arg(id))
                .toInt(),
            4);
        QCOMPARE(t.scalar(QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC")).toString(),
                 QStringLiteral("tester"));
    }

    void providers_defaultDisabledAndValidated()
    {
        TestDatabase t;
        CustomerService s(t.db());
        const qint64 id = *s.addCustomer(named(QStringLiteral("Acme")));
        auto p = s.providers(id);
        QVERIFY(p.ok());
        QCOMPARE(p->size(), 3);
        for (const CustomerProvider &x : *p)
            QVERIFY(!x.enabled && x.currency.isEmpty());
        QVERIFY(s.setProvider(id, {Vendor::Microsoft, true, QStringLiteral("eur")}).ok());
        p = s.providers(id);
        QCOMPARE(p->at(1).vendor, Vendor::Microsoft);
        QVERIFY(p->at(1).enabled);
        QCOMPARE(p->at(1).currency, QStringLiteral("EUR"));

        auto unknown = s.setProvider(id, {Vendor::Aws, true, QStringLiteral("XYZ")});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.message().contains(QStringLiteral("#100001")));
        QVERIFY(unknown.message().contains(QStringLiteral("XYZ")));
        QCOMPARE(unknown.error().field, QStringLiteral("currency"));
        auto noCurrency = s.setProvider(id, {Vendor::Aws, true, QString()});
        QVERIFY(!noCurrency.ok());
        QVERIFY(noCurrency.message().contains(QStringLiteral("invoice currency")));
        QVERIFY(!s.setProvider(999, {Vendor::Aws, true, QStringLiteral("USD")}).ok());
    }

    void mapAccount_oneCustomerPerAccount()
    {
        TestDatabase t;
        CustomerService s(t.db());
        const qint64 a = *s.addCustomer(named(QStringLiteral("Acme")));
        const qint64 b = *s.addCustomer(named(QStringLiteral("Globex")));
        const QString sub = QStringLiteral("/subscriptions/6f9b6dae-6f4c-47a8-a2ac-ce17a5794a3b");
        QVERIFY(s.mapAccount({Vendor::Microsoft, sub, a, QStringLiteral("Azure plan")}).ok());
        QVERIFY(s.mapAccount({Vendor::Microsoft, sub, a, {}}).ok()); // again: nothing changes
        auto taken = s.mapAccount({Vendor::Microsoft, sub, b, {}});
        QVERIFY(!taken.ok());
        QVERIFY2(taken.message().contains(QStringLiteral("already mapped to customer #100001")),
                 qPrintable(taken.message()));
        // The same ID at another vendor is another account.
        QVERIFY(s.mapAccount({Vendor::Aws, sub, b, {}}).ok());
        QCOMPARE(*s.customerForAccount(Vendor::Microsoft, sub), std::optional<qint64>(a));
        QCOMPARE(s.accounts(a)->size(), 1);
        QVERIFY(s.unmapAccount(Vendor::Microsoft, sub).ok());
        QVERIFY(!s.customerForAccount(Vendor::Microsoft, sub)->has_value());
        QVERIFY(!s.unmapAccount(Vendor::Microsoft, sub).ok());
        QVERIFY(!s.mapAccount({Vendor::Aws, QStringLiteral("12 34"), a, {}}).ok());
        QVERIFY(!s.mapAccount({Vendor::Aws, QStringLiteral("  "), a, {}}).ok());
        QVERIFY(!s.mapAccount({Vendor::Aws, QStringLiteral("1"), 424242, {}}).ok());
    }

    void paymentMethod_storesMaskedReferenceOnly()
    {
        TestDatabase t;
        CustomerService s(t.db());
        const qint64 id = *s.addCustomer(named(QStringLiteral("Acme")));
        auto pm =
            s.addPaymentMethod(id, PaymentKind::Card, QStringLiteral("4111 1111 1111 4242"), QStringLiteral("Ada"));
        QVERIFY2(pm.ok(), qPrintable(pm.message()));
        auto bank =
            s.addPaymentMethod(id, PaymentKind::BankTransfer, QStringLiteral("DE89 3704 0044 0532 0130 00"), {});
        QVERIFY(bank.ok());
        auto list = s.paymentMethods(id);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).maskedReference, QStringLiteral("**** 4242"));
        QCOMPARE(list->at(1).maskedReference, QStringLiteral("**** 3000"));
        // Nowhere in the database, audit log included.
        for (const char *column :
             {"payment_methods.masked_reference", "payment_methods.holder_name", "audit_log.detail"}) {
            const QString c = QString::fromLatin1(column);
            QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 LIKE '%4111%' OR %2 LIKE '%3704%'")
                                  .arg(c.section(u'.', 0, 0), c))
                         .toInt(),
                     0);
        }
        if (!t.isPostgres()) { // and not in the file's bytes either
            t.close();
            QFile file(t.path());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains("4111"));
            QVERIFY(!bytes.contains("3704"));
            t.reopen();
        }
        CustomerService again(t.db());
        QVERIFY(!again.addPaymentMethod(id, PaymentKind::Card, QStringLiteral("12"), {}).ok());
        QVERIFY(!again.addPaymentMethod(id, PaymentKind::Card, QStringLiteral("VISA-4242"), {}).ok());
    }

    void billingProfile_andSubscriptions()
    {
        TestDatabase t;
        CustomerService s(t.db());
        const qint64 a = *s.addCustomer(named(QStringLiteral("Acme")));
        const qint64 b = *s.addCustomer(named(QStringLiteral("Globex")));
        const qint64 pmA = *s.addPaymentMethod(a, PaymentKind::Card, QStringLiteral("4242"), {});
        const qint64 pmB = *s.addPaymentMethod(b, PaymentKind::Card, QStringLiteral("1881"), {});

        BillingProfile p;
        p.customerId = a;
        p.name = QStringLiteral("Head office");
        p.contact.city = QStringLiteral("Seattle");
        p.paymentMethodId = pmB; // another customer's card
        auto refused = s.saveBillingProfile(p);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("payment_method"));
        p.paymentMethodId = pmA;
        auto profile = s.saveBillingProfile(p);
        QVERIFY2(profile.ok(), qPrintable(profile.message()));
        p.id = *profile;
        p.contact.email = QStringLiteral("not-an-email");
        QCOMPARE(s.saveBillingProfile(p).error().field, QStringLiteral("email"));
        p.contact.email = QStringLiteral("ap@acme.example");
        QVERIFY(s.saveBillingProfile(p).ok());
        QCOMPARE(s.billingProfiles(a)->first().contact.email, QStringLiteral("ap@acme.example"));

        Subscription main;
        main.customerId = a;
        main.name = QStringLiteral("Main");
        main.region = QStringLiteral("us");
        main.state = QStringLiteral("wa");
        main.billingProfileId = *profile;
        main.isDefault = true;
        const qint64 mainId = *s.saveSubscription(main);
        Subscription dev = main;
        dev.name = QStringLiteral("Development");
        const qint64 devId = *s.saveSubscription(dev); // the new default
        auto subs = s.subscriptions(a);
        QCOMPARE(subs->size(), 2);
        QCOMPARE(subs->at(0).id, mainId);
        QVERIFY(!subs->at(0).isDefault);
        QCOMPARE(subs->at(1).id, devId);
        QVERIFY(subs->at(1).isDefault);
        QCOMPARE(subs->at(0).region, QStringLiteral("US"));
        Subscription foreignProfile = main;
        foreignProfile.id = 0;
        foreignProfile.customerId = b;
        QCOMPARE(s.saveSubscription(foreignProfile).error().field, QStringLiteral("billing_profile"));
        Subscription unnamed = main;
        unnamed.id = 0;
        unnamed.name = QStringLiteral(" ");
        QCOMPARE(s.saveSubscription(unnamed).error().field, QStringLiteral("name"));

        // Deleting the profile keeps the subscriptions, without a profile.
        QVERIFY(s.removeBillingProfile(*profile).ok());
        QVERIFY(!s.subscriptions(a)->at(0).billingProfileId.has_value());
        QVERIFY(s.removeSubscription(devId).ok());
        QVERIFY(!s.removeSubscription(devId).ok());
        QCOMPARE(s.subscriptions(a)->size(), 1);
    }

    void tenants_formATree()
    {
        TestDatabase t;
        CustomerService s(t.db());
        const qint64 dist = *s.addTenant(TenantKind::Distributor, std::nullopt, QStringLiteral("Dist"));
        const qint64 p1 = *s.addTenant(TenantKind::Partner, dist, QStringLiteral("P1"));
        const qint64 p2 = *s.addTenant(TenantKind::Partner, p1, QStringLiteral("P1 sub"));
        const qint64 p3 = *s.addTenant(TenantKind::Partner, dist, QStringLiteral("P3"));
        QCOMPARE(*s.tenantSubtree(p1), (QList<qint64>{p1, p2}));
        QCOMPARE(s.tenantSubtree(dist)->size(), 4);
        QVERIFY(!s.addTenant(TenantKind::Partner, std::nullopt, QStringLiteral("Orphan")).ok());
        QVERIFY(!s.addTenant(TenantKind::Distributor, dist, QStringLiteral("Nested")).ok());
        QVERIFY(!s.addTenant(TenantKind::Partner, 999, QStringLiteral("Lost")).ok());
        QCOMPARE(*s.defaultTenant(), p1); // new customers go to the first partner
        const QHash<qint64, int> depth = tenantDepths(*s.tenants());
        QCOMPARE(depth.value(dist), 0);
        QCOMPARE(depth.value(p1), 1);
        QCOMPARE(depth.value(p2), 2);
        QCOMPARE(depth.value(p3), 1);
        // A sub-partner added after another partner is listed under its own parent, not
        // under the partner listed last (children by name).
        const qint64 late = *s.addTenant(TenantKind::Partner, p1, QStringLiteral("P1 another"));
        QList<qint64> order;
        const auto listed = s.tenants();
        for (const Tenant &x : *listed)
            order << x.id;
        QCOMPARE(order, (QList<qint64>{dist, p1, late, p2, p3}));
        QCOMPARE(tenantDepths(*s.tenants()).value(late), 2);

        QVERIFY(s.renameTenant(p3, QStringLiteral("  P3   renamed ")).ok());
        QCOMPARE(s.tenants()->last().name, QStringLiteral("P3 renamed"));
        QCOMPARE(s.renameTenant(p3, QStringLiteral(" ")).error().field, QStringLiteral("name"));
        QVERIFY(!s.renameTenant(999, QStringLiteral("Ghost")).ok());

        Customer c = named(QStringLiteral("Under P2"));
        c.tenantId = p2;
        QVERIFY(s.addCustomer(c).ok());
        QVERIFY(s.addCustomer(c).ok());
        QCOMPARE(s.customerCountsByTenant()->value(p2), 2);
        QCOMPARE(s.customerCountsByTenant()->value(p1), 0);
    }

    void accountInfo_savesAndValidates()
    {
        TestDatabase t;
        AccountInfoService s(t.db());
        AccountInfo info = *s.load();
        QCOMPARE(info.defaultCurrency, QStringLiteral("USD"));
        info.companyName = QStringLiteral("Northwind");
        info.defaultCurrency = QStringLiteral("eur");
        info.contact.city = QStringLiteral("Seattle");
        auto withLogo = AccountInfoService::withLogoFromFile(info, QStringLiteral(":/bursar/demo-logo.svg"));
        QVERIFY2(withLogo.ok(), qPrintable(withLogo.message()));
        QVERIFY(s.save(*withLogo).ok());
        AccountInfo back = *s.load();
        QCOMPARE(back.companyName, QStringLiteral("Northwind"));
        QCOMPARE(back.defaultCurrency, QStringLiteral("EUR"));
        QCOMPARE(back.logoMime, QStringLiteral("image/svg+xml"));
        QVERIFY(back.logo.contains("<svg"));

        AccountInfo stale = info; // read before the save above
        stale.companyName = QStringLiteral("Stale");
        QVERIFY(s.save(stale).message().contains(QStringLiteral("changed by someone else")));
        back.companyName.clear();
        QCOMPARE(s.save(back).error().field, QStringLiteral("company_name"));
        back.companyName = QStringLiteral("N");
        back.defaultCurrency = QStringLiteral("ABC");
        QCOMPARE(s.save(back).error().field, QStringLiteral("default_currency"));
        auto notImage = AccountInfoService::withLogoFromFile(info, QStringLiteral(":/bursar/currencies.csv"));
        QVERIFY(!notImage.ok());
        QCOMPARE(notImage.error().field, QStringLiteral("logo"));
    }
};

QTEST_GUILESS_MAIN(TestCustomerService)
#include "tst_customer_service.moc"
