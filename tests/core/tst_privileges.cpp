// Every write checks the acting user's privilege in core: refused without it (naming the
// privilege, writing nothing), allowed with only it. Runs on SQLite and PostgreSQL.
#include "core/billing/billing_run.h"
#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/rate_tables.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_service.h"
#include "core/demo/demo_data.h"
#include "core/numbering/number_series.h"
#include "core/pricing/pricing_service.h"
#include "core/settings/account_info_service.h"
#include "core/settings/document_settings.h"
#include "core/users/user_service.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"

#include <QTest>
#include <algorithm>
#include <functional>

using namespace bursar::core;
using bursar::test::named;
using bursar::test::TestDatabase;

using Operation = std::function<Status(Database &)>;
Q_DECLARE_METATYPE(Operation)

namespace {
Status asStatus(const Result<qint64> &r)
{
    return r ? success() : Status(r.error());
}
} // namespace

class TestPrivileges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyWrite_needsItsPrivilege_data()
    {
        QTest::addColumn<int>("privilege");
        QTest::addColumn<Operation>("operation");
        const int customers = int(Privilege::ManageCustomers), settings = int(Privilege::ManageSettings),
                  users = int(Privilege::ManageUsers), credits = int(Privilege::ManageCredits),
                  generate = int(Privilege::GenerateStatements), approve = int(Privilege::ApproveStatements);
        QTest::newRow("add customer") << customers << Operation([](Database &db) {
            return asStatus(CustomerService(db).addCustomer(named(QStringLiteral("New"))));
        });
        QTest::newRow("change customer") << customers << Operation([](Database &db) {
            CustomerService s(db);
            Customer c = *s.customer(100001);
            c.name = QStringLiteral("Changed");
            return s.updateCustomer(c);
        });
        QTest::newRow("set provider") << customers << Operation([](Database &db) {
            return CustomerService(db).setProvider(100001, {Vendor::Aws, true, QStringLiteral("USD")});
        });
        QTest::newRow("map account") << customers << Operation([](Database &db) {
            return CustomerService(db).mapAccount({Vendor::Aws, QStringLiteral("111122223333"), 100001, {}});
        });
        QTest::newRow("unmap account") << customers << Operation([](Database &db) {
            return CustomerService(db).unmapAccount(Vendor::Google, QStringLiteral("G-1"));
        });
        QTest::newRow("add payment method") << customers << Operation([](Database &db) {
            return asStatus(
                CustomerService(db).addPaymentMethod(100001, PaymentKind::Card, QStringLiteral("4242"), {}));
        });
        QTest::newRow("save billing profile") << customers << Operation([](Database &db) {
            BillingProfile p;
            p.customerId = 100001;
            p.name = QStringLiteral("HQ");
            return asStatus(CustomerService(db).saveBillingProfile(p));
        });
        QTest::newRow("save subscription") << customers << Operation([](Database &db) {
            Subscription s;
            s.customerId = 100001;
            s.name = QStringLiteral("Main");
            return asStatus(CustomerService(db).saveSubscription(s));
        });
        QTest::newRow("add tenant") << settings << Operation([](Database &db) {
            return asStatus(CustomerService(db).addTenant(TenantKind::Partner, 1, QStringLiteral("P")));
        });
        QTest::newRow("rename tenant") << settings << Operation([](Database &db) {
            return CustomerService(db).renameTenant(1, QStringLiteral("Renamed"));
        });
        QTest::newRow("account information") << settings << Operation([](Database &db) {
            AccountInfo info = *AccountInfoService(db).load();
            info.companyName = QStringLiteral("Ours");
            return AccountInfoService(db).save(info);
        });
        QTest::newRow("number series") << settings << Operation([](Database &db) {
            return NumberSeries(db).define(QStringLiteral("memo"), QStringLiteral("CM-{0000}"));
        });
        QTest::newRow("demo data") << settings << Operation([](Database &db) -> Status {
            auto r = generateDemoData(db, 1, 1);
            if (r)
                return success();
            // With the privilege the demo refuses only because customers exist already.
            return r.message().contains(QStringLiteral("already holds customers")) ? success() : Status(r.error());
        });
        QTest::newRow("add credit") << credits << Operation([](Database &db) {
            return asStatus(CreditService(db).add(
                {100001, Vendor::Aws, CreditKind::Manual, QStringLiteral("USD"), QStringLiteral("10"), {}, {}, 0}));
        });
        QTest::newRow("void credit") << credits << Operation([](Database &db) {
            return CreditService(db).voidCredit(1, QStringLiteral("typed twice"));
        });
        QTest::newRow("tax rate") << settings << Operation([](Database &db) {
            return asStatus(TaxTable(db).set(QStringLiteral("US"), QStringLiteral("WA"), QStringLiteral("10.25"),
                                             QDate(2026, 1, 1)));
        });
        QTest::newRow("statement documents") << settings << Operation([](Database &db) {
            DocumentSettings d;
            d.paper = QStringLiteral("Letter");
            return DocumentSettingsService(db).save(d);
        });
        QTest::newRow("exchange rate") << settings << Operation([](Database &db) {
            return ExchangeRates(db).set(QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2026, 9, 30),
                                         QStringLiteral("0.92"));
        });
        QTest::newRow("generate statements") << generate << Operation([](Database &db) -> Status {
            GenerateRequest r;
            r.period = QStringLiteral("2026-09");
            auto run = BillingRun(db).generate(r);
            return run ? success() : Status(run.error());
        });
        QTest::newRow("delete draft") << generate
                                      << Operation([](Database &db) { return StatementService(db).deleteDraft(1); });
        QTest::newRow("approve statements") << approve << Operation([](Database &db) -> Status {
            auto r = StatementService(db).approve({1});
            return r ? success() : Status(r.error());
        });
        QTest::newRow("add user") << users << Operation([](Database &db) {
            return asStatus(UserService(db).add(QStringLiteral("zed"), {}, {Privilege::ImportUsage}));
        });
        QTest::newRow("grant") << users << Operation([](Database &db) {
            return UserService(db).grant(QStringLiteral("admin2"), {Privilege::ImportUsage});
        });
        QTest::newRow("revoke") << users << Operation([](Database &db) {
            return UserService(db).revoke(QStringLiteral("admin2"), {Privilege::ManageCredits});
        });
    }
    void everyWrite_needsItsPrivilege()
    {
        QFETCH(int, privilege);
        QFETCH(Operation, operation);
        const auto needed = Privilege(privilege);
        TestDatabase t;
        { // set-up as the administrator
            CustomerService s(t.db());
            QVERIFY(s.addTenant(TenantKind::Distributor, std::nullopt, QStringLiteral("D")).ok());
            QVERIFY(s.addCustomer(named(QStringLiteral("Acme"))).ok());
            QVERIFY(s.mapAccount({Vendor::Google, QStringLiteral("G-1"), 100001, {}}).ok());
            UserService u(t.db());
            const QList<Privilege> all = allPrivileges();
            QSet<Privilege> allButNeeded(all.cbegin(), all.cend());
            allButNeeded.remove(needed);
            QVERIFY(u.add(QStringLiteral("lacking"), {}, allButNeeded).ok());
            QVERIFY(u.add(QStringLiteral("only"), {}, {needed}).ok());
            QVERIFY(u.add(QStringLiteral("admin2"), {}, {Privilege::ManageCredits}).ok());
            // A draft statement and a credit to approve, delete and void.
            QVERIFY(CreditService(t.db())
                        .add({100001,
                              Vendor::Aws,
                              CreditKind::Manual,
                              QStringLiteral("USD"),
                              QStringLiteral("5"),
                              {},
                              {},
                              0})
                        .ok());
            QVERIFY(PricingService(t.db()).addPricebook(Vendor::Aws, QStringLiteral("Std"), Decimal::fromInt(10)).ok());
            QVERIFY(s.setProvider(100001, {Vendor::Aws, true, QStringLiteral("USD"), 1}).ok());
            QVERIFY(s.mapAccount({Vendor::Aws, QStringLiteral("999"), 100001, {}}).ok());
            QVERIFY(bursar::test::importRows(t, {{"999", "EC2", "10"}}).ok());
            GenerateRequest r;
            r.period = QStringLiteral("2026-09");
            QCOMPARE(BillingRun(t.db()).generate(r)->generated.size(), 1);
        }
        const int audits = t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        QVERIFY(t->actAs(QStringLiteral("lacking")).ok());
        Status refused = operation(t.db());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("privilege"));
        QVERIFY2(refused.message().contains(privilegeKey(needed)), qPrintable(refused.message()));
        QVERIFY2(refused.message().startsWith(QStringLiteral("lacking may not")), qPrintable(refused.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), audits); // nothing written
        QVERIFY(t->actAs(QStringLiteral("only")).ok());
        Status allowed = operation(t.db());
        QVERIFY2(allowed.ok(), qPrintable(allowed.message()));
    }

    void users_listGrantRevoke()
    {
        TestDatabase t;
        UserService u(t.db());
        QVERIFY(u.add(QStringLiteral("clara"), QStringLiteral("clara_login"), {Privilege::ArdocsCreate}).ok());
        QVERIFY(u.grant(QStringLiteral("clara"), {Privilege::CreateMultilinedMemo, Privilege::ArdocsCreate}).ok());
        QVERIFY(u.revoke(QStringLiteral("clara"), {Privilege::ArdocsCreate}).ok());
        auto list = u.users();
        QVERIFY(list.ok());
        const auto clara =
            std::find_if(list->cbegin(), list->cend(), [](const User &x) { return x.name == QLatin1String("clara"); });
        QVERIFY(clara != list->cend());
        QCOMPARE(clara->dbLogin, QStringLiteral("clara_login"));
        QCOMPARE(clara->privileges, QSet<Privilege>{Privilege::CreateMultilinedMemo});
        QVERIFY(!u.add(QStringLiteral("clara"), {}, {}).ok()); // the name is taken
        QVERIFY(!u.add(QStringLiteral("bad name!"), {}, {}).ok());
        QVERIFY(!u.grant(QStringLiteral("nobody"), {Privilege::ImportUsage}).ok());
        QVERIFY(!UserService::parsePrivileges(QStringLiteral("ARDOCS_CREATE,NOPE")).ok());
        QCOMPARE(*UserService::parsePrivileges(QStringLiteral(" ardocs_create , MANAGE_USERS")),
                 (QSet<Privilege>{Privilege::ArdocsCreate, Privilege::ManageUsers}));
        QVERIFY(!t->actAs(QStringLiteral("nobody")).ok());
    }
};

QTEST_GUILESS_MAIN(TestPrivileges)
#include "tst_privileges.moc"
