// Pricing and the Billing Customers Report: hand-worked prices (EXAMPLES.md), effective
// dating, overrides, global adjustments, support plans, custom charges, marketplace
// pass-through, and a randomized property: every mapped usage cost lands in exactly one
// customer's row, unmapped cost is reported, vendor tax and credits never appear.
#include "core/billing/billing_run.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_service.h"
#include "core/domain/currency_total.h"
#include "core/pricing/pricing_rules.h"
#include "core/pricing/pricing_service.h"
#include "core/reports/billing_report.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/usage/usage_importer.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace bursar::core;
using bursar::test::named;
using bursar::test::TestDatabase;

namespace {

using Row = bursar::test::UsageRow;
using bursar::test::customerWith;
using bursar::test::importRows;

const BillingReportRow *rowOf(const BillingReport &r, qint64 customer)
{
    for (const BillingReportRow &row : r.rows)
        if (row.customerId == customer)
            return &row;
    return nullptr;
}

Decimal d(const char *text)
{
    return bursar::test::dec(text);
}

const QDate Today(2026, 11, 23);

} // namespace

class TestBillingReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void effectiveFrom_movesEndedPeriodsForward()
    {
        TestDatabase t;
        PricingService p(t.db(), Today);
        QCOMPARE(p.effectiveFrom({}).period, QStringLiteral("2026-11"));
        QCOMPARE(p.effectiveFrom(QDate(2027, 1, 15)).period, QStringLiteral("2027-01"));
        const EffectiveFrom moved = p.effectiveFrom(QDate(2026, 10, 1));
        QCOMPARE(moved.period, QStringLiteral("2026-11"));
        QVERIFY(moved.moved);
        QVERIFY2(moved.note.contains(QStringLiteral("2026-10 has ended")), qPrintable(moved.note));
    }

    void parsePercent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value"); // empty: refused
        QTest::newRow("plain") << "10"
                               << "10";
        QTest::newRow("only a percent sign") << "%"
                                             << "";
        QTest::newRow("percent sign") << "12.5%"
                                      << "12.5";
        QTest::newRow("negative") << "-5"
                                  << "-5";
        QTest::newRow("too small") << "-100.5"
                                   << "";
        QTest::newRow("too large") << "1000.01"
                                   << "";
        QTest::newRow("seven decimals") << "1.1234567"
                                        << "";
        QTest::newRow("words") << "ten"
                               << "";
        QTest::newRow("comma") << "1,5"
                               << "";
    }

    void parsePercent()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        auto r = PricingService::parsePercent(text);
        QCOMPARE(r.ok() ? r->toString() : QString(), value);
        if (!r.ok())
            QCOMPARE(r.error().field, QStringLiteral("percent"));
    }

    void report_pricesWithPricebookAndOverride()
    {
        TestDatabase t;
        PricingService pricing(t.db(), Today);
        const qint64 std = pricing.addPricebook(Vendor::Aws, QStringLiteral("Std"), d("10"))->first;
        QVERIFY(pricing.setRule(std, QStringLiteral("AWS KMS"), d("25"), QDate(2026, 1, 1)).ok()); // moved to 2026-11
        QVERIFY(pricing.setRule(std, QStringLiteral("Amazon S3"), d("0"), {}).ok());
        const qint64 c = customerWith(t, QStringLiteral("Example 1"), Vendor::Aws, QStringLiteral("100000000042"), std);
        QVERIFY(importRows(t, {{"100000000042", "Amazon EC2", "600", "2026-09"},
                               {"100000000042", "Amazon EC2", "400", "2026-09"},
                               {"100000000042", "AWS KMS", "10", "2026-11"},
                               {"100000000042", "Amazon S3", "100", "2026-11", "Amazon Web Services, Inc.", "Usage",
                                "USD", "Storage"},
                               {"100000000042", "Amazon EC2", "100", "2026-11"}})
                    .ok());
        auto september =
            BillingReportBuilder(t.db()).build(Vendor::Aws, QStringLiteral("2026-09"), QStringLiteral("2026-09"));
        QVERIFY2(september.ok(), qPrintable(september.message()));
        const BillingReportRow *r = rowOf(*september, c);
        QVERIFY(r);
        QCOMPARE(r->cost.toString(), QStringLiteral("1000"));
        QCOMPARE(r->price.toString(), QStringLiteral("1100"));
        QCOMPARE(r->margin().toString(), QStringLiteral("100"));
        QCOMPARE(r->pricebook, QStringLiteral("Std"));
        QVERIFY(r->problem.isEmpty());
        QCOMPARE(r->lines.size(), 1);
        QCOMPARE(r->lines.first().rule, QStringLiteral("Pricebook Std: +10%"));
        QCOMPARE(r->lines.first().usageLines, 2);

        auto november =
            BillingReportBuilder(t.db()).build(Vendor::Aws, QStringLiteral("2026-11"), QStringLiteral("2026-11"));
        r = rowOf(*november, c);
        QVERIFY(r);
        // EC2 110 + KMS 12.5 (override) + S3 100 (override to 0 %)
        QCOMPARE(r->cost.toString(), QStringLiteral("210"));
        QCOMPARE(r->price.toString(), QStringLiteral("222.5"));
        QStringList rules;
        for (const BillingReportLine &l : r->lines)
            rules << l.productType + u'/' + l.product + u'=' + l.price.toString();
        QCOMPARE(rules, (QStringList{QStringLiteral("Compute/AWS KMS=12.5"), QStringLiteral("Compute/Amazon EC2=110"),
                                     QStringLiteral("Storage/Amazon S3=100")}));
    }

    /// Each row says the customer's invoice currency and whether the range is billed
    /// already: draft statements, then approved ones; another range knows nothing of them.
    void report_saysWhatIsBilledAndTheInvoiceCurrency()
    {
        TestDatabase t;
        const qint64 std =
            PricingService(t.db(), Today).addPricebook(Vendor::Aws, QStringLiteral("Std"), d("10"))->first;
        const qint64 c =
            customerWith(t, QStringLiteral("Billed Ltd"), Vendor::Aws, QStringLiteral("100000000077"), std);
        const qint64 other =
            customerWith(t, QStringLiteral("Not Yet Ltd"), Vendor::Aws, QStringLiteral("100000000078"), std);
        QVERIFY(importRows(t, {{"100000000077", "Amazon EC2", "100", "2026-09"},
                               {"100000000078", "Amazon EC2", "50", "2026-09"}})
                    .ok());
        auto build = [&](const char *from, const char *to) {
            return *BillingReportBuilder(t.db()).build(Vendor::Aws, QString::fromLatin1(from), QString::fromLatin1(to));
        };
        BillingReport before = build("2026-09", "2026-09");
        QCOMPARE(rowOf(before, c)->invoiceCurrency, QStringLiteral("USD"));
        QCOMPARE(rowOf(before, c)->draftStatements + rowOf(before, c)->approvedStatements, 0);

        GenerateRequest r;
        r.period = QStringLiteral("2026-09");
        r.customers = QList<qint64>{c};
        auto run = BillingRun(t.db()).generate(r);
        QVERIFY2(run.ok() && run->generated.size() == 1, qPrintable(run.message()));
        BillingReport drafted = build("2026-09", "2026-09");
        QCOMPARE(rowOf(drafted, c)->draftStatements, 1);
        QCOMPARE(rowOf(drafted, c)->approvedStatements, 0);
        QCOMPARE(rowOf(drafted, other)->draftStatements, 0);

        QVERIFY(StatementService(t.db()).approve({run->generated.first().statementId}, QDate(2026, 10, 5)).ok());
        BillingReport approved = build("2026-08", "2026-10");
        QCOMPARE(rowOf(approved, c)->draftStatements, 0);
        QCOMPARE(rowOf(approved, c)->approvedStatements, 1);
        QVERIFY(!rowOf(build("2026-10", "2026-10"), c)); // no usage in October: no row at all
    }

    void report_changeDuringReconciliationAppliesNextPeriod()
    {
        TestDatabase t;
        PricingService pricing(t.db(), Today);
        const qint64 std = pricing.addPricebook(Vendor::Aws, QStringLiteral("Std"), d("10"))->first;
        const qint64 c = customerWith(t, QStringLiteral("A"), Vendor::Aws, QStringLiteral("111"), std);
        QVERIFY(importRows(t, {{"111", "EC2", "100", "2026-10"}, {"111", "EC2", "100", "2026-11"}}).ok());
        // On 2026-11-23 the clerk raises the pricebook "from October": October is being
        // reconciled, so the change applies from November.
        auto changed = pricing.setRule(std, {}, d("20"), QDate(2026, 10, 1));
        QVERIFY2(changed.ok(), qPrintable(changed.message()));
        QVERIFY(changed->moved);
        QCOMPARE(changed->period, QStringLiteral("2026-11"));
        auto report =
            BillingReportBuilder(t.db()).build(Vendor::Aws, QStringLiteral("2026-10"), QStringLiteral("2026-11"));
        QCOMPARE(rowOf(*report, c)->price.toString(), QStringLiteral("230")); // 110 + 120
        QVERIFY(pricing.addGlobalAdjustment(Vendor::Aws, QStringLiteral("Holiday"), d("-50"), {}).ok());
        report = BillingReportBuilder(t.db()).build(Vendor::Aws, QStringLiteral("2026-10"), QStringLiteral("2026-11"));
        QCOMPARE(rowOf(*report, c)->price.toString(), QStringLiteral("170")); // 110 + 120 × 0.5
    }

    void report_marketplaceAtCostSupportAndCustomCharges()
    {
        TestDatabase t;
        PricingService pricing(t.db(), Today);
        const qint64 std = pricing.addPricebook(Vendor::Aws, QStringLiteral("Std"), d("10"))->first;
        const qint64 a = customerWith(t, QStringLiteral("A"), Vendor::Aws, QStringLiteral("111"), std);
        const qint64 b = customerWith(t, QStringLiteral("B"), Vendor::Aws, QStringLiteral("222"), std);
        QVERIFY(importRows(t, {{"111", "EC2", "1000", "2026-11"},
                               {"111", "Datadog", "200", "2026-11", "Datadog, Inc."},
                               {"111", "Tax", "99", "2026-11", "Amazon Web Services, Inc.", "Tax"},
                               {"111", "Credit", "-40", "2026-11", "Amazon Web Services, Inc.", "Credit"},
                               {"222", "EC2", "50", "2026-11"}})
                    .ok());
        SupportPlan plan;
        plan.customerId = a;
        plan.vendor = Vendor::Aws;
        plan.name = QStringLiteral("Business");
        plan.percent = d("10");
        plan.minimum = d("100");
        plan.currency = QStringLiteral("USD");
        QVERIFY(pricing.addSupportPlan(plan).ok());
        plan.customerId = b;
        QVERIFY(pricing.addSupportPlan(plan).ok());
        CustomCharge charge;
        charge.customerId = b;
        charge.vendor = Vendor::Aws;
        charge.description = QStringLiteral("Retainer");
        charge.currency = QStringLiteral("USD");
        charge.amount = d("250.00");
        QVERIFY(pricing.addCustomCharge(charge).ok());
        auto report =
            BillingReportBuilder(t.db()).build(Vendor::Aws, QStringLiteral("2026-11"), QStringLiteral("2026-11"));
        const BillingReportRow *ra = rowOf(*report, a);
        // Usage 1100; support 10 % = 110 (above the minimum); marketplace 200 apart, at cost;
        // the vendor's tax and credit are not the customer's charges.
        QCOMPARE(ra->cost.toString(), QStringLiteral("1000"));
        QCOMPARE(ra->support.toString(), QStringLiteral("110"));
        QCOMPARE(ra->price.toString(), QStringLiteral("1210"));
        QCOMPARE(ra->marketplace.toString(), QStringLiteral("200"));
        for (const BillingReportLine &l : ra->lines)
            QVERIFY2(l.product != QLatin1String("Tax") && l.product != QLatin1String("Credit"), qPrintable(l.product));
        const BillingReportRow *rb = rowOf(*report, b);
        // Usage 55; support minimum 100; custom charge 250.
        QCOMPARE(rb->support.toString(), QStringLiteral("100"));
        QCOMPARE(rb->customCharges.toString(), QStringLiteral("250"));
        QCOMPARE(rb->price.toString(), QStringLiteral("405"));
        QCOMPARE(rb->margin().toString(), QStringLiteral("355"));
    }

    void report_azureMarketplaceIsLeftOut()
    {
        TestDatabase t;
        PricingService pricing(t.db(), Today);
        const qint64 std = pricing.addPricebook(Vendor::Microsoft, QStringLiteral("MS"), d("8"))->first;
        const qint64 c = customerWith(t, QStringLiteral("M"), Vendor::Microsoft, QStringLiteral("sub-1"), std);
        QVERIFY(importRows(t,
                           {{"sub-1", "Virtual Machines", "100", "2026-11", "Microsoft"},
                            {"sub-1", "SaaS add-on", "30", "2026-11", "Contoso Ltd"}},
                           "Microsoft")
                    .ok());
        auto report =
            BillingReportBuilder(t.db()).build(Vendor::Microsoft, QStringLiteral("2026-11"), QStringLiteral("2026-11"));
        const BillingReportRow *r = rowOf(*report, c);
        QCOMPARE(r->price.toString(), QStringLiteral("108"));
        QCOMPARE(r->marketplace.toString(), QStringLiteral("0"));
        QCOMPARE(report->excludedMarketplaceLines, 1);
    }

    void report_customerWithoutPricebookIsNamedWithTheFix()
    {
        TestDatabase t;
        CustomerService s(t.db());
        const qint64 c = *s.addCustomer(named(QStringLiteral("No Book")));
        QVERIFY(s.mapAccount({Vendor::Aws, QStringLiteral("333"), c, {}}).ok());
        QVERIFY(importRows(t, {{"333", "EC2", "10", "2026-11"}, {"444", "EC2", "5", "2026-11"}}).ok());
        auto report =
            BillingReportBuilder(t.db()).build(Vendor::Aws, QStringLiteral("2026-11"), QStringLiteral("2026-11"));
        const BillingReportRow *r = rowOf(*report, c);
        QVERIFY(!r->hasPrice);
        QVERIFY2(r->problem.contains(displayCustomerId(c) + QStringLiteral(" does not have a pricebook for AWS")),
                 qPrintable(r->problem));
        QVERIFY2(r->problem.contains(QStringLiteral("does not have the currency USD enabled")), qPrintable(r->problem));
        QVERIFY(r->problem.contains(QStringLiteral("Cloud Billing > Cloud Providers")));
        QCOMPARE(report->unmappedAccounts, 1);
        QCOMPARE(report->unmappedCost.first().cost.toString(), QStringLiteral("5"));
    }

    void setProvider_refusesAnotherVendorsPricebook()
    {
        TestDatabase t;
        PricingService pricing(t.db(), Today);
        const qint64 google = pricing.addPricebook(Vendor::Google, QStringLiteral("G"), d("1"))->first;
        CustomerService s(t.db());
        const qint64 c = *s.addCustomer(named(QStringLiteral("X")));
        CustomerProvider p;
        p.vendor = Vendor::Aws;
        p.currency = QStringLiteral("USD");
        p.pricebookId = google;
        auto r = s.setProvider(c, p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("pricebook"));
        // Names are unique per vendor, whatever their case.
        QVERIFY(!pricing.addPricebook(Vendor::Google, QStringLiteral("g"), d("1")).ok());
        QVERIFY(pricing.addPricebook(Vendor::Aws, QStringLiteral("G"), d("1")).ok());
    }

    void pricing_needsPrivileges()
    {
        TestDatabase t;
        QVERIFY(t.scalar(QStringLiteral("SELECT 1")).toInt() == 1);
        Sql add(t.db(), QStringLiteral("INSERT INTO users (name, created_at) VALUES ('clerk2', 'now')"));
        QVERIFY(add.exec().ok());
        QVERIFY(t->actAs(QStringLiteral("clerk2")).ok());
        PricingService pricing(t.db(), Today);
        auto r = pricing.addPricebook(Vendor::Aws, QStringLiteral("Std"), d("10"));
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("MANAGE_SETTINGS")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM pricebooks")).toInt(), 0);
    }

    /// Property (fixed seed): for random usage over random accounts, some mapped and some
    /// not, the report's costs plus the unmapped cost equal the sum of every customer charge
    /// line; marketplace sits apart; at 0 % the price equals the cost.
    void property_everyCostLandsOnce()
    {
        TestDatabase t;
        PricingService pricing(t.db(), Today);
        const qint64 zero = pricing.addPricebook(Vendor::Aws, QStringLiteral("Zero"), d("0"))->first;
        QRandomGenerator rng(20261123);
        QList<qint64> customers;
        for (int i = 0; i < 8; ++i)
            customers << customerWith(t, QStringLiteral("C%1").arg(i), Vendor::Aws, QString::number(1000 + i), zero);
        QList<Row> rows;
        Decimal charges, marketplace, mappedCharges, unmappedMarketplace;
        for (int i = 0; i < 400; ++i) {
            const int account = 1000 + int(rng.bounded(12)); // 1008..1011 are unmapped
            const QByteArray cost = QByteArray::number(rng.bounded(100000)) + '.' +
                                    QByteArray::number(rng.bounded(1000000)).rightJustified(6, '0');
            const int kind = int(rng.bounded(10));
            Row r{QByteArray::number(account), "P" + QByteArray::number(rng.bounded(5)), cost, "2026-11"};
            if (kind == 0)
                r.publisher = "Some Seller";
            else if (kind == 1)
                r.category = "Tax";
            else if (kind == 2)
                r.category = "Credit";
            rows << r;
            const Decimal value = *Decimal::parse(QString::fromLatin1(cost));
            if (kind == 0 && account < 1008)
                marketplace += value;
            if (kind == 0 && account >= 1008)
                unmappedMarketplace += value; // waiting for a customer like the rest
            if (kind >= 3) {
                charges += value;
                if (account < 1008)
                    mappedCharges += value;
            }
        }
        QVERIFY(importRows(t, rows).ok());
        auto report =
            BillingReportBuilder(t.db()).build(Vendor::Aws, QStringLiteral("2026-11"), QStringLiteral("2026-11"));
        QVERIFY(report.ok());
        Decimal cost, price, mp;
        for (const BillingReportRow &r : report->rows) {
            cost += r.cost;
            price += r.price;
            mp += r.marketplace;
            Decimal lines;
            for (const BillingReportLine &l : r.lines)
                if (!l.marketplace)
                    lines += l.cost;
            QCOMPARE(lines, r.cost);
        }
        QCOMPARE(cost, mappedCharges);
        QCOMPARE(price, mappedCharges);
        QCOMPARE(mp, marketplace);
        Decimal unmapped;
        for (const CurrencyTotal &u : report->unmappedCost)
            unmapped += u.cost;
        QCOMPARE(cost + unmapped, charges + unmappedMarketplace);
    }
};

QTEST_GUILESS_MAIN(TestBillingReport)
#include "tst_billing_report.moc"
