// Vendors are data (issue 14): a clerk adds a vendor, and its usage, pricebooks, credits,
// reports and statements work as the built-in vendors' do; a database of schema 11 upgrades
// with every row kept; a vendor another process added is read, never taken for AWS.
#include "core/billing/billing_run.h"
#include "core/billing/credit_service.h"
#include "core/pricing/pricing_service.h"
#include "core/reports/billing_report.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/usage/usage_importer.h"
#include "core/usage/vendor_catalog.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace bursar::core;
using bursar::test::customerWith;
using bursar::test::TestDatabase;

namespace {

const QString MultiProvider = QStringLiteral(BURSAR_FIXTURES "/vendors/focus-finops-multi-provider.csv");

/// The tables whose vendor column listed the three keys until schema 12.
const QStringList CheckedTables{
    QStringLiteral("customer_providers"), QStringLiteral("vendor_accounts"), QStringLiteral("vendor_entities"),
    QStringLiteral("usage_imports"),      QStringLiteral("pricebooks"),      QStringLiteral("global_adjustments"),
    QStringLiteral("custom_charges"),     QStringLiteral("support_plans"),   QStringLiteral("credits"),
    QStringLiteral("billing_runs"),       QStringLiteral("statements")};
const QString OldCheck = QStringLiteral("CHECK (vendor IN ('aws', 'microsoft', 'google'))");

int count(TestDatabase &t, const QString &sql)
{
    return t.scalar(sql).toInt();
}

void exec(TestDatabase &t, const QString &sql)
{
    Sql q(t.db(), sql);
    const Status s = q.exec();
    if (!s)
        qFatal("%s: %s", qPrintable(sql), qPrintable(s.message()));
}

NewVendor oracle()
{
    NewVendor v;
    v.key = QStringLiteral("oracle");
    v.name = QStringLiteral("Oracle Cloud");
    v.accountLabel = QStringLiteral("compartment");
    v.focusProviders = {QStringLiteral("Oracle"), QStringLiteral(" Oracle  Cloud Infrastructure ")};
    v.entities = {QStringLiteral("Oracle"), QStringLiteral("Oracle America, Inc.")};
    return v;
}

/// Puts the database back to schema 11 as the previous release left it: the three keys
/// checked in every vendor column, no vendors tables.
void backToSchema11(TestDatabase &t)
{
    t.backToSchema(12); // schemas 15, 14 and 13 first
    if (t.isPostgres()) {
        for (const QString &table : CheckedTables)
            exec(t, QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %1_vendor_check %2").arg(table, OldCheck));
    } else {
        const int version = count(t, QStringLiteral("PRAGMA schema_version"));
        exec(t, QStringLiteral("PRAGMA writable_schema = ON"));
        for (const QString &table : CheckedTables)
            exec(t, QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'vendor TEXT NOT NULL,', "
                                   "'vendor TEXT NOT NULL %1,') WHERE type = 'table' AND name = '%2'")
                        .arg(QString(OldCheck).replace(u'\'', QStringLiteral("''")), table));
        exec(t, QStringLiteral("PRAGMA schema_version = %1").arg(version + 1));
        exec(t, QStringLiteral("PRAGMA writable_schema = OFF"));
    }
    exec(t, QStringLiteral("DROP TABLE vendor_focus_providers"));
    exec(t, QStringLiteral("DROP TABLE vendors"));
    exec(t, QStringLiteral("DELETE FROM schema_migrations WHERE version = 12"));
}

/// The vendor-checked tables with a CHECK that names the three keys.
int oldChecks(TestDatabase &t)
{
    if (t.isPostgres())
        return count(t, QStringLiteral("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'c' AND "
                                       "pg_get_constraintdef(oid) LIKE '%microsoft%'"));
    return count(t, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE instr(sql, 'vendor IN (') > 0"));
}

} // namespace

class TestVendors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtInVendors_shipAsBefore()
    {
        TestDatabase t;
        auto list = VendorCatalog(t.db()).list();
        QVERIFY2(list.ok(), qPrintable(list.message()));
        QCOMPARE(list->size(), 3);
        const VendorRecord &aws = list->at(0), &ms = list->at(1), &google = list->at(2);
        QCOMPARE(aws.vendor, Vendor::Aws);
        QCOMPARE(ms.vendor, Vendor::Microsoft);
        QCOMPARE(google.vendor, Vendor::Google);
        QCOMPARE(aws.info.name, QStringLiteral("AWS"));
        QCOMPARE(ms.info.accountLabel, QStringLiteral("subscription"));
        QCOMPARE(google.info.accountLabel, QStringLiteral("billing account"));
        QVERIFY(aws.info.builtIn && ms.info.builtIn && google.info.builtIn);
        // PRODUCT.md §3: Azure Marketplace fees are not billed; AWS Marketplace's are.
        QVERIFY(aws.info.marketplaceFeesInReports);
        QVERIFY(!ms.info.marketplaceFeesInReports);
        // FOCUS files name providers as their tools write them; the entities were the names
        // the importer knew before schema 12, so each is a provider name too.
        QVERIFY(aws.focusProviders.contains(QStringLiteral("AWS")));
        QVERIFY(aws.focusProviders.contains(QStringLiteral("Amazon Web Services, Inc.")));
        QVERIFY(ms.focusProviders.contains(QStringLiteral("Microsoft Azure")));
        QVERIFY(google.focusProviders.contains(QStringLiteral("Google Cloud Platform")));
        QVERIFY(aws.entities.contains(QStringLiteral("Amazon Web Services EMEA SARL")));
    }

    /// Oracle Cloud added as a clerk would: the multi-provider file imports whole, and the
    /// Oracle usage is priced, reported, credited and billed like AWS usage.
    void addedVendor_isBilledLikeABuiltInOne()
    {
        TestDatabase t;
        const int audits = count(t, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto added = VendorCatalog(t.db()).add(oracle());
        QVERIFY2(added.ok(), qPrintable(added.message()));
        const Vendor ora = *added;
        QCOMPARE(vendorKey(ora), QStringLiteral("oracle"));
        QCOMPARE(vendorName(ora), QStringLiteral("Oracle Cloud"));
        QCOMPARE(*vendorFromText(u"ORACLE"), ora);
        QCOMPARE(*vendorFromText(u"oracle cloud"), ora);
        QCOMPARE(count(t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'vendor'")), 1);
        QCOMPARE(count(t, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits + 1 + 2 + 2);
        auto list = VendorCatalog(t.db()).list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->last().info.accountLabel, QStringLiteral("compartment"));
        QCOMPARE(list->last().focusProviders,
                 (QStringList{QStringLiteral("Oracle"), QStringLiteral("Oracle Cloud Infrastructure")}));
        QCOMPARE(list->last().entities,
                 (QStringList{QStringLiteral("Oracle"), QStringLiteral("Oracle America, Inc.")}));

        // The FinOps file with AWS, Microsoft and Oracle rows goes in as one import.
        auto s = UsageImporter(t.db()).importFile(MultiProvider, {});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->vendors, (QList<Vendor>{Vendor::Aws, Vendor::Microsoft, ora}));
        QCOMPARE(s->lines, 7);
        // AWS 1.5456 + 0.023, Microsoft 0.41966666666666666666 + 2.208, Oracle 0.6 + 0.0255 + 1.02,
        // by hand.
        QCOMPARE(s->totals.size(), 1);
        QCOMPARE(s->totals.first().cost.toString(), QStringLiteral("5.84176666666666666666"));
        QCOMPARE(count(t, QStringLiteral("SELECT COUNT(*) FROM usage_totals WHERE vendor = 'oracle' AND "
                                         "marketplace = 0")),
                 3);

        // A pricebook, a customer with the compartment, a credit: the report and the run.
        auto book = PricingService(t.db(), QDate(2024, 8, 1))
                        .addPricebook(ora, QStringLiteral("Oracle Std"), *Decimal::parse(QStringLiteral("10")));
        QVERIFY2(book.ok(), qPrintable(book.message()));
        const qint64 acme = customerWith(t, QStringLiteral("Acme"), ora,
                                         QStringLiteral("ocid1.compartment.oc1..aaaaaaaa7xq3example"), book->first);
        NewCredit credit;
        credit.customerId = acme;
        credit.vendor = ora;
        credit.currency = QStringLiteral("USD");
        credit.amount = QStringLiteral("0.50");
        credit.comment = QStringLiteral("goodwill");
        auto creditId = CreditService(t.db()).add(credit);
        QVERIFY2(creditId.ok(), qPrintable(creditId.message()));

        auto report = BillingReportBuilder(t.db()).build(ora, QStringLiteral("2024-09"), QStringLiteral("2024-09"));
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->rows.size(), 1);
        QCOMPARE(report->rows.first().customerId, acme);
        QCOMPARE(report->rows.first().cost.toString(), QStringLiteral("1.6455"));
        // 1.6455 × 1.10 = 1.81005, by hand.
        QCOMPARE(report->rows.first().price.toString(), QStringLiteral("1.81005"));
        // The AWS report does not see the Oracle compartment's usage.
        auto awsReport =
            BillingReportBuilder(t.db()).build(Vendor::Aws, QStringLiteral("2024-09"), QStringLiteral("2024-09"));
        QVERIFY(awsReport.ok());
        QVERIFY(awsReport->rows.isEmpty());

        GenerateRequest r;
        r.vendor = ora;
        r.period = QStringLiteral("2024-09");
        r.options.applyCredits = true;
        auto run = BillingRun(t.db()).generate(r);
        QVERIFY2(run.ok(), qPrintable(run.message()));
        QCOMPARE(run->generated.size(), 1);
        // 1.81005 − 0.50 = 1.31005, rounded once to 1.31.
        QCOMPARE(run->generated.first().total.toString(), QStringLiteral("1.31"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT vendor FROM statements")).toString(), QStringLiteral("oracle"));
    }

    void add_refusesWhatCannotBeAVendor_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("providers");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QStringList none;
        QTest::newRow("upper case key") << "Oracle"
                                        << "Oracle Cloud" << none << "key"
                                        << "cannot be a vendor key";
        QTest::newRow("one letter") << "o"
                                    << "Oracle Cloud" << none << "key"
                                    << "cannot be a vendor key";
        QTest::newRow("starts with a digit") << "1cloud"
                                             << "One Cloud" << none << "key"
                                             << "cannot be a vendor key";
        QTest::newRow("24 characters") << "abcdefghijklmnopqrstuvwx"
                                       << "Long" << none << "key"
                                       << "cannot be a vendor key";
        QTest::newRow("space in key") << "ibm cloud"
                                      << "IBM Cloud" << none << "key"
                                      << "cannot be a vendor key";
        QTest::newRow("key taken") << "aws"
                                   << "Amazon" << none << "key"
                                   << "“aws” already means the vendor AWS";
        QTest::newRow("alias azure") << "azure"
                                     << "Azure Two" << none << "key"
                                     << "“azure” already means the vendor Microsoft";
        QTest::newRow("name taken") << "google2"
                                    << " google " << none << "name"
                                    << "“google” already means the vendor Google";
        QTest::newRow("name is a key") << "msft"
                                       << "Microsoft" << none << "name"
                                       << "already means the vendor Microsoft";
        QTest::newRow("no name") << "oracle"
                                 << "  " << none << "name"
                                 << "The vendor has no name";
        QTest::newRow("provider claimed") << "oracle"
                                          << "Oracle Cloud" << QStringList{"Oracle", "azure"} << "focus_provider"
                                          << "“azure” already means Microsoft";
    }

    /// Each refusal names the field and the fix, and writes nothing.
    void add_refusesWhatCannotBeAVendor()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        QFETCH(QStringList, providers);
        QFETCH(QString, field);
        QFETCH(QString, message);
        TestDatabase t;
        const int audits = count(t, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        NewVendor v;
        v.key = key;
        v.name = name;
        v.focusProviders = providers;
        auto added = VendorCatalog(t.db()).add(v);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().field, field);
        QVERIFY2(added.message().contains(message), qPrintable(added.message()));
        QCOMPARE(count(t, QStringLiteral("SELECT COUNT(*) FROM vendors")), 3);
        QCOMPARE(count(t, QStringLiteral("SELECT COUNT(*) FROM vendor_focus_providers WHERE vendor NOT IN "
                                         "('aws', 'microsoft', 'google')")),
                 0);
        QCOMPARE(count(t, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    }

    /// A change of names is all or nothing: one refused name keeps the others out.
    void change_isAllOrNothing()
    {
        TestDatabase t;
        const int providers = count(t, QStringLiteral("SELECT COUNT(*) FROM vendor_focus_providers"));
        VendorChange c;
        c.addFocusProviders = {QStringLiteral("Amazon")};
        c.removeEntities = {QStringLiteral("No Such Entity")};
        const Status s = VendorCatalog(t.db()).change(Vendor::Aws, c);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("AWS does not list “No Such Entity”")), qPrintable(s.message()));
        QCOMPARE(count(t, QStringLiteral("SELECT COUNT(*) FROM vendor_focus_providers")), providers);
        c.removeEntities.clear();
        QVERIFY(VendorCatalog(t.db()).change(Vendor::Aws, c).ok());
        QCOMPARE(count(t, QStringLiteral("SELECT COUNT(*) FROM vendor_focus_providers WHERE name_folded = "
                                         "'amazon' AND vendor = 'aws'")),
                 1);
        // Taking Microsoft's name for AWS is refused, naming the owner.
        VendorChange steal;
        steal.addFocusProviders = {QStringLiteral("MICROSOFT AZURE")};
        const Status stolen = VendorCatalog(t.db()).change(Vendor::Aws, steal);
        QVERIFY(!stolen.ok());
        QVERIFY2(stolen.message().contains(QStringLiteral("already means Microsoft")), qPrintable(stolen.message()));
    }

    /// A FOCUS file with a provider no vendor claims is refused with the fix; once the vendor
    /// is added, the same file imports.
    void unknownProvider_saysToAddTheVendor()
    {
        TestDatabase t;
        auto refused = UsageImporter(t.db()).importFile(MultiProvider, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("“Oracle” (rows: 3)")), qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QStringLiteral("bursar vendors add --key KEY --name NAME")),
                 qPrintable(refused.message()));
        QVERIFY(VendorCatalog(t.db()).add(oracle()).ok());
        auto s = UsageImporter(t.db()).importFile(MultiProvider, {});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->vendors.size(), 3);
    }

    /// A vendor another Bursar added after this one opened the database: its rows read as
    /// that vendor (the register is read again), never as AWS.
    void vendorAddedElsewhere_isReadNotMistakenForAws()
    {
        TestDatabase t;
        QVERIFY(!vendorFromText(u"ibm-elsewhere"));
        // What the other process's VendorCatalog::add wrote.
        exec(t, QStringLiteral("INSERT INTO vendors (vendor, name, name_folded, account_label, marketplace_fees, "
                               "built_in, position, created_at, created_by) VALUES ('ibm-elsewhere', 'IBM Cloud "
                               "Elsewhere', 'ibm cloud elsewhere', 'account', 1, 0, 9, '2026-12-05T00:00:00Z', 'x')"));
        exec(t, QStringLiteral("INSERT INTO vendor_focus_providers (vendor, name, name_folded) VALUES "
                               "('ibm-elsewhere', 'IBM', 'ibm')"));
        QFile file(t.dir() + QStringLiteral("/ibm.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargeCategory,"
                   "ProviderName,SubAccountId,ServiceName\n"
                   "2.5,USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,2026-09-04T00:00:00Z,Usage,IBM,acct-1,"
                   "Code Engine\n");
        file.close();
        auto s = UsageImporter(t.db()).importFile(file.fileName(), {});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->vendors.size(), 1);
        QCOMPARE(vendorKey(s->vendors.first()), QStringLiteral("ibm-elsewhere"));
        QCOMPARE(vendorName(s->vendor), QStringLiteral("IBM Cloud Elsewhere"));
        auto accounts = UsageImporter(t.db()).unmappedAccounts();
        QVERIFY(accounts.ok());
        QCOMPARE(accounts->size(), 1);
        QCOMPARE(vendorKey(accounts->first().vendor), QStringLiteral("ibm-elsewhere"));
    }

    /// Schema 12 on a database the previous release wrote: the vendor checks go, the entities
    /// become provider names, and every row stays.
    void schema12_upgradesASchema11Database()
    {
        TestDatabase t;
        auto book = PricingService(t.db(), QDate(2026, 8, 1))
                        .addPricebook(Vendor::Microsoft, QStringLiteral("Std"), *Decimal::parse(QStringLiteral("0")));
        QVERIFY(book.ok());
        customerWith(t, QStringLiteral("Acme"), Vendor::Microsoft, QStringLiteral("sub-1"), book->first);
        QVERIFY(bursar::test::importRows(t, {{"111122223333", "EC2", "12.5"}}).ok());
        QVERIFY(VendorEntities(t.db()).add(Vendor::Aws, QStringLiteral("Datadog, Inc.")).ok());
        backToSchema11(t);
        QCOMPARE(oldChecks(t), CheckedTables.size());
        QStringList before;
        for (const QString &table : CheckedTables + QStringList{QStringLiteral("usage_totals")})
            before << table + u'=' + t.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toString();
        QVERIFY(before.contains(QStringLiteral("pricebooks=1")));
        QVERIFY(before.contains(QStringLiteral("usage_imports=1")));

        t.reopen();
        QCOMPARE(t->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(oldChecks(t), 0);
        QStringList after;
        for (const QString &table : CheckedTables + QStringList{QStringLiteral("usage_totals")})
            after << table + u'=' + t.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toString();
        QCOMPARE(after, before);
        if (!t.isPostgres())
            QCOMPARE(t.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // Content keys are made the new way (a digest per total) the first time they are needed.
        QCOMPARE(count(t, QStringLiteral("SELECT COUNT(*) FROM usage_imports WHERE content_sha256 IS NOT NULL")), 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT vendor FROM vendor_focus_providers WHERE name_folded = "
                                         "'datadog, inc.'"))
                     .toString(),
                 QStringLiteral("aws"));
        // The columns take an added vendor's key now.
        QVERIFY(VendorCatalog(t.db()).add(oracle()).ok());
        auto s = UsageImporter(t.db()).importFile(MultiProvider, {});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(count(t, QStringLiteral("SELECT COUNT(*) FROM usage_imports WHERE vendor = 'aws'")), 2);
    }
};

QTEST_GUILESS_MAIN(TestVendors)
#include "tst_vendors.moc"
