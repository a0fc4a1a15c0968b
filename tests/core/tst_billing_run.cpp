// Credits and statement generation: the hand-worked cases of EXAMPLES.md and the rules of
// PRODUCT.md §4-6, each through the real services on a real database (SQLite and
// PostgreSQL): credit entry, order of use, carry-over, marketplace fees and credit, tax
// after credits, rounding in JPY and KWD, customers that fail alone, numbering without
// gaps, the period lock, Past Due, snapshots, exchange rates.
#include "core/billing/billing_run.h"
#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/rate_tables.h"
#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_service.h"
#include "core/locks/run_lock.h"
#include "core/money/currency.h"
#include "core/numbering/number_series.h"
#include "core/pricing/pricing_rules.h"
#include "core/pricing/pricing_service.h"
#include "core/settings/account_info_service.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"

#include <QTest>

using namespace bursar::core;
using bursar::test::customerWith;
using bursar::test::dec;
using bursar::test::importRows;
using bursar::test::TestDatabase;
using Row = bursar::test::UsageRow;

namespace {

const QString Sep = QStringLiteral("2026-09");
const QString Oct = QStringLiteral("2026-10");

qint64 pricebook(TestDatabase &t, const char *percent, const QString &name = QStringLiteral("Std"),
                 Vendor vendor = Vendor::Aws)
{
    auto added = PricingService(t.db(), QDate(2026, 8, 1)).addPricebook(vendor, name, dec(percent));
    if (!added)
        qFatal("pricebook: %s", qPrintable(added.message()));
    return added->first;
}

qint64 credit(TestDatabase &t, qint64 customer, const char *amount, QDate expires = {}, const char *currency = "USD",
              CreditKind kind = CreditKind::Manual, Vendor vendor = Vendor::Aws)
{
    NewCredit c;
    c.customerId = customer;
    c.vendor = vendor;
    c.kind = kind;
    c.currency = QString::fromLatin1(currency);
    c.amount = QString::fromLatin1(amount);
    c.expiresOn = expires;
    auto id = CreditService(t.db()).add(c);
    if (!id)
        qFatal("credit: %s", qPrintable(id.message()));
    return *id;
}

GenerateRequest request(const QString &period, BillingOptions options = {}, std::optional<QList<qint64>> customers = {})
{
    GenerateRequest r;
    r.vendor = Vendor::Aws;
    r.period = period;
    r.options = options;
    r.customers = std::move(customers);
    return r;
}

BillingOptions withCredits()
{
    BillingOptions o;
    o.applyCredits = true;
    return o;
}

GenerateResult generate(TestDatabase &t, const GenerateRequest &r)
{
    auto result = BillingRun(t.db()).generate(r);
    if (!result)
        qFatal("generate: %s", qPrintable(result.message()));
    return *result;
}

Statement statementOf(TestDatabase &t, const GenerateResult &r, qint64 customer)
{
    for (const GeneratedStatement &g : r.generated)
        if (g.customerId == customer)
            return *StatementService(t.db()).statement(g.statementId);
    qFatal("no statement for customer %lld", customer);
}

Credit creditNo(TestDatabase &t, qint64 id)
{
    return *CreditService(t.db()).credit(id);
}

/// issued = applied + remaining for every credit; applied is what the allocations hold.
void checkCreditInvariant(TestDatabase &t)
{
    auto credits = CreditService(t.db()).list();
    QVERIFY(credits.ok());
    for (const Credit &c : *credits) {
        QCOMPARE(c.applied + c.remaining(), c.amount);
        QVERIFY(!c.amount.isPositive());
        QVERIFY(!c.remaining().isPositive());
        QVERIFY(!c.applied.isPositive());
    }
}

} // namespace

class TestBillingRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void creditAmount_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::addColumn<QString>("message");
        QTest::newRow("whole number") << "500"
                                      << "USD"
                                      << "-500"
                                      << "";
        QTest::newRow("cents") << "250.75"
                               << "USD"
                               << "-250.75"
                               << "";
        QTest::newRow("minus sign") << "-500"
                                    << "USD"
                                    << ""
                                    << "without a minus sign";
        QTest::newRow("unicode minus") << "−500"
                                       << "USD"
                                       << ""
                                       << "without a minus sign";
        QTest::newRow("plus sign") << "+500"
                                   << "USD"
                                   << ""
                                   << "without a sign";
        QTest::newRow("zero") << "0"
                              << "USD"
                              << ""
                              << "credits nothing";
        QTest::newRow("zero with decimals") << "0.00"
                                            << "USD"
                                            << ""
                                            << "credits nothing";
        QTest::newRow("empty") << "  "
                               << "USD"
                               << ""
                               << "Type the credit amount";
        QTest::newRow("words") << "ten"
                               << "USD"
                               << ""
                               << "is not a number";
        QTest::newRow("comma grouping") << "1,000.00"
                                        << "USD"
                                        << ""
                                        << "is not a number";
        QTest::newRow("three decimals in USD") << "10.005"
                                               << "USD"
                                               << ""
                                               << "USD has 2 decimals";
        QTest::newRow("JPY whole") << "13580"
                                   << "JPY"
                                   << "-13580"
                                   << "";
        QTest::newRow("decimals in JPY") << "13580.5"
                                         << "JPY"
                                         << ""
                                         << "JPY has no decimals";
        QTest::newRow("KWD three") << "10.125"
                                   << "KWD"
                                   << "-10.125"
                                   << "";
        QTest::newRow("four decimals in KWD") << "10.1235"
                                              << "KWD"
                                              << ""
                                              << "KWD has 3 decimals";
        QTest::newRow("unknown currency") << "10"
                                          << "XYZ"
                                          << ""
                                          << "XYZ";
        QTest::newRow("too large") << "1000000000000"
                                   << "USD"
                                   << ""
                                   << "not below";
    }
    void creditAmount()
    {
        QFETCH(QString, typed);
        QFETCH(QString, currency);
        QFETCH(QString, stored);
        QFETCH(QString, message);
        TestDatabase t;
        const qint64 c = *CustomerService(t.db()).addCustomer(bursar::test::named(QStringLiteral("Acme")));
        NewCredit n;
        n.customerId = c;
        n.currency = currency;
        n.amount = typed;
        n.comment = QStringLiteral("account 111122223333, SLA credit");
        auto id = CreditService(t.db()).add(n);
        if (stored.isEmpty()) {
            QVERIFY(!id.ok());
            QVERIFY2(id.message().contains(message), qPrintable(id.message()));
            QVERIFY2(id.message().contains(displayCustomerId(c)), qPrintable(id.message()));
            QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM credits")).toInt(), 0);
            return;
        }
        QVERIFY2(id.ok(), qPrintable(id.message()));
        const Credit saved = creditNo(t, *id);
        QCOMPARE(saved.amount.toString(), stored);
        QCOMPARE(saved.remaining(), saved.amount);
        QVERIFY(saved.applied.isZero());
        QCOMPARE(saved.comment, n.comment);
    }

    void marketplaceCredit_isNotForMicrosoft()
    {
        TestDatabase t;
        const qint64 c = *CustomerService(t.db()).addCustomer(bursar::test::named(QStringLiteral("Acme")));
        NewCredit n{c, Vendor::Microsoft, CreditKind::Marketplace, QStringLiteral("USD"), QStringLiteral("50"), {}, {},
                    0};
        auto id = CreditService(t.db()).add(n);
        QVERIFY(!id.ok());
        QVERIFY2(id.message().contains(QStringLiteral("Azure Marketplace")), qPrintable(id.message()));
    }

    void splitOverAccounts_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QStringList>("buckets"); // account=capacity
        QTest::addColumn<QStringList>("shares");
        QTest::newRow("first account pays all") << "50" << QStringList{"A=100", "B=100", "=0"} << QStringList{"A=50"};
        QTest::newRow("spills to the next")
            << "150" << QStringList{"A=100", "B=100", "=0"} << QStringList{"A=100", "B=50"};
        QTest::newRow("support last") << "230" << QStringList{"A=100", "B=100", "=30"}
                                      << QStringList{"A=100", "B=100", "=30"};
        QTest::newRow("refund account skipped") << "80" << QStringList{"A=-20", "B=100", "=0"} << QStringList{"B=80"};
        QTest::newRow("negative rounding bucket")
            << "99.99" << QStringList{"A=99.995", "=-0.005"} << QStringList{"A=99.99"};
        QTest::newRow("rounded up beyond the lines")
            << "100" << QStringList{"A=99.996", "=0.004"} << QStringList{"A=99.996", "=0.004"};
    }
    void splitOverAccounts()
    {
        QFETCH(QString, amount);
        QFETCH(QStringList, buckets);
        QFETCH(QStringList, shares);
        QList<std::pair<QString, Decimal>> b;
        for (const QString &s : buckets)
            b.append({s.section(u'=', 0, 0), *Decimal::parse(s.section(u'=', 1))});
        const auto got = bursar::core::splitOverAccounts(*Decimal::parse(amount), b);
        QStringList text;
        Decimal sum;
        for (const auto &[account, share] : got) {
            text << account + u'=' + share.toString();
            sum += share;
        }
        QCOMPARE(text, shares);
        QCOMPARE(sum, *Decimal::parse(amount));
    }

    /// EXAMPLES.md 1: order of use, carry-over, and a deleted draft giving its credit back.
    void example1_orderOfUseAndCarryOver()
    {
        TestDatabase t;
        const qint64 std = pricebook(t, "10");
        QVERIFY(
            PricingService(t.db(), QDate(2026, 8, 1)).setRule(std, QStringLiteral("Amazon Route 53"), dec("0")).ok());
        const qint64 c = customerWith(t, QStringLiteral("Example 1"), Vendor::Aws, QStringLiteral("100000000042"), std);
        const qint64 c1 = credit(t, c, "500");
        const qint64 c2 = credit(t, c, "800", QDate(2026, 12, 31));
        QVERIFY(importRows(t, {{"100000000042", "Amazon EC2", "600", "2026-09"},
                               {"100000000042", "Amazon EC2", "400", "2026-09"},
                               {"100000000042", "Amazon Route 53", "150", "2026-10"}})
                    .ok());

        const GenerateResult september = generate(t, request(Sep, withCredits()));
        QCOMPARE(september.generated.size(), 1);
        QVERIFY(september.failed.isEmpty());
        const Statement s = statementOf(t, september, c);
        QCOMPARE(s.charges.toString(), QStringLiteral("1100"));
        QCOMPARE(s.credits.toString(), QStringLiteral("-1100"));
        QCOMPARE(s.total.toString(), QStringLiteral("0"));
        QCOMPARE(s.storedStatus, QStringLiteral("draft"));
        QVERIFY(s.number.isEmpty());
        QCOMPARE(s.allocations.size(), 2);
        QCOMPARE(s.allocations.at(0).creditId, c2); // expiring first
        QCOMPARE(s.allocations.at(0).amount.toString(), QStringLiteral("-800"));
        QCOMPARE(s.allocations.at(0).accountId, QStringLiteral("100000000042"));
        QCOMPARE(s.allocations.at(1).creditId, c1);
        QCOMPARE(s.allocations.at(1).amount.toString(), QStringLiteral("-300"));
        QCOMPARE(creditNo(t, c1).remaining().toString(), QStringLiteral("-200"));
        QCOMPARE(creditNo(t, c2).remaining().toString(), QStringLiteral("0"));
        checkCreditInvariant(t);

        const GenerateResult october = generate(t, request(Oct, withCredits()));
        const Statement o = statementOf(t, october, c);
        QCOMPARE(o.charges.toString(), QStringLiteral("150"));
        QCOMPARE(o.credits.toString(), QStringLiteral("-150"));
        QCOMPARE(o.total.toString(), QStringLiteral("0"));
        QCOMPARE(creditNo(t, c1).remaining().toString(), QStringLiteral("-50"));
        checkCreditInvariant(t);
        auto history = CreditService(t.db()).applications(c1);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(1).period, Oct);
        QCOMPARE(history->at(1).amount.toString(), QStringLiteral("-150"));

        QVERIFY(StatementService(t.db()).deleteDraft(o.id).ok());
        QCOMPARE(creditNo(t, c1).remaining().toString(), QStringLiteral("-200"));
        QCOMPARE(CreditService(t.db()).applications(c1)->size(), 1);
        checkCreditInvariant(t);
        // The period is unlocked: October can be generated again.
        QCOMPARE(generate(t, request(Oct, withCredits())).generated.size(), 1);
    }

    /// EXAMPLES.md 2: marketplace fees only when asked; the marketplace credit pays them only.
    void example2_marketplace_data()
    {
        QTest::addColumn<bool>("fees");
        QTest::addColumn<bool>("marketplaceCredits");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("marketplace");
        QTest::addColumn<QString>("marketplaceCredit");
        QTest::newRow("switches off") << false << false << "1100"
                                      << "0"
                                      << "0";
        QTest::newRow("fees") << true << false << "1300"
                              << "200"
                              << "0";
        QTest::newRow("fees and marketplace credit") << true << true << "1250"
                                                     << "200"
                                                     << "-50";
        QTest::newRow("credit switch alone does nothing") << false << true << "1100"
                                                          << "0"
                                                          << "0";
    }
    void example2_marketplace()
    {
        QFETCH(bool, fees);
        QFETCH(bool, marketplaceCredits);
        QFETCH(QString, total);
        QFETCH(QString, marketplace);
        QFETCH(QString, marketplaceCredit);
        TestDatabase t;
        const qint64 c = customerWith(t, QStringLiteral("Example 2"), Vendor::Aws, QStringLiteral("100000000042"),
                                      pricebook(t, "10"));
        const qint64 mp = credit(t, c, "50", {}, "USD", CreditKind::Marketplace);
        QVERIFY(importRows(t, {{"100000000042", "Amazon EC2", "1000"},
                               {"100000000042", "Acme Firewall", "200", "2026-09", "Acme Security LLC"}})
                    .ok());
        BillingOptions o;
        o.applyCredits = true; // no manual credit: it must not touch the marketplace credit
        o.marketplaceFees = fees;
        o.marketplaceCredits = marketplaceCredits;
        const Statement s = statementOf(t, generate(t, request(Sep, o)), c);
        QCOMPARE(s.total.toString(), total);
        QCOMPARE(s.charges.toString(), QStringLiteral("1100"));
        QCOMPARE(s.credits.toString(), QStringLiteral("0"));
        QCOMPARE(s.marketplace.toString(), marketplace);
        QCOMPARE(s.marketplaceCredits.toString(), marketplaceCredit);
        QCOMPARE(s.total, s.charges + s.credits + s.marketplace + s.marketplaceCredits + s.tax);
        QCOMPARE(creditNo(t, mp).applied.toString(), marketplaceCredit);
        bool hasMarketplaceLine = false;
        for (const StatementLine &l : s.lines)
            if (l.kind == ChargeLineKind::Marketplace) {
                hasMarketplaceLine = true;
                QCOMPARE(l.price, l.cost); // at cost, 0 margin
            }
        QCOMPARE(hasMarketplaceLine, fees);
    }

    /// A manual credit never pays marketplace fees, however large it is.
    void manualCredit_doesNotPayMarketplaceFees()
    {
        TestDatabase t;
        const qint64 c = customerWith(t, QStringLiteral("A"), Vendor::Aws, QStringLiteral("111"), pricebook(t, "10"));
        const qint64 big = credit(t, c, "5000");
        QVERIFY(importRows(
                    t, {{"111", "Amazon EC2", "1000"}, {"111", "Acme Firewall", "200", "2026-09", "Acme Security LLC"}})
                    .ok());
        BillingOptions o = withCredits();
        o.marketplaceFees = true;
        o.marketplaceCredits = true;
        const Statement s = statementOf(t, generate(t, request(Sep, o)), c);
        QCOMPARE(s.credits.toString(), QStringLiteral("-1100"));
        QCOMPARE(s.total.toString(), QStringLiteral("200"));
        QCOMPARE(creditNo(t, big).remaining().toString(), QStringLiteral("-3900"));
    }

    /// EXAMPLES.md 3: tax applies to the amount after credits.
    void example3_taxAfterCredits()
    {
        TestDatabase t;
        QVERIFY(TaxTable(t.db())
                    .set(QStringLiteral("us"), QStringLiteral("wa"), QStringLiteral("10.25"), QDate(2026, 1, 1))
                    .ok());
        const qint64 c =
            customerWith(t, QStringLiteral("Example 3"), Vendor::Aws, QStringLiteral("333"), pricebook(t, "0"),
                         QStringLiteral("USD"), QStringLiteral("US"), QStringLiteral("WA"));
        credit(t, c, "400");
        QVERIFY(importRows(t, {{"333", "Amazon EC2", "1000"}}).ok());
        BillingOptions o = withCredits();
        o.includeTax = true;
        const Statement s = statementOf(t, generate(t, request(Sep, o)), c);
        QCOMPARE(s.charges.toString(), QStringLiteral("1000"));
        QCOMPARE(s.credits.toString(), QStringLiteral("-400"));
        QCOMPARE(s.taxes.size(), 1);
        QCOMPARE(s.taxes.first().base.toString(), QStringLiteral("600"));
        QCOMPARE(s.taxes.first().rate.toString(), QStringLiteral("10.25"));
        QCOMPARE(s.tax.toString(), QStringLiteral("61.5"));
        QCOMPARE(s.total.toString(), QStringLiteral("661.5"));
    }

    /// Usage beyond 18 places (amortized exports): the import keeps every digit, pricing
    /// reads the total at 18 places, and the statement rounds once, at the end.
    void usageBeyond18Places_isPricedAt18AndRoundedOnce()
    {
        TestDatabase t;
        const qint64 c =
            customerWith(t, QStringLiteral("Dust"), Vendor::Aws, QStringLiteral("444"), pricebook(t, "10"));
        auto imported = importRows(t, {{"444", "Amazon EC2", "1.0000000000000000000004"},
                                       {"444", "Amazon EC2", "2.0000000000000000000005"},
                                       {"444", "Amazon EC2", "0.0000000000000000015"}});
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        // 1.0000000000000000000004 + 2.0000000000000000000005 + 0.0000000000000000015
        QCOMPARE(imported->totals.first().cost.toString(), QStringLiteral("3.0000000000000000015009"));
        // At 18 places 3.000000000000000001|5009 rounds up (beyond the half): ...002.
        const Statement s = statementOf(t, generate(t, request(Sep)), c);
        QCOMPARE(s.lines.size(), 1);
        QCOMPARE(s.lines.first().cost.toString(), QStringLiteral("3.000000000000000002"));
        // × 1.1 = 3.3000000000000000022; the total rounds once, to cents.
        QCOMPARE(s.charges.toString(), QStringLiteral("3.3"));
        QCOMPARE(s.total.toString(), QStringLiteral("3.3"));
    }

    /// A region's own rate and its state's rate are two tax lines; the rate in force on the
    /// period's last day applies; the table's later change leaves the statement alone.
    void tax_regionAndStateRatesAreEffectiveDated()
    {
        TestDatabase t;
        TaxTable tax(t.db());
        auto gst = tax.set(QStringLiteral("CA"), {}, QStringLiteral("5"), QDate(2020, 1, 1), QStringLiteral("GST"));
        QVERIFY2(gst.ok(), qPrintable(gst.message()));
        QVERIFY(tax.set(QStringLiteral("CA"), QStringLiteral("BC"), QStringLiteral("7"), QDate(2020, 1, 1),
                        QStringLiteral("PST"))
                    .ok());
        QVERIFY(tax.set(QStringLiteral("CA"), QStringLiteral("BC"), QStringLiteral("8"), QDate(2026, 10, 1),
                        QStringLiteral("PST"))
                    .ok());
        QVERIFY(!tax.set(QStringLiteral("CA"), {}, QStringLiteral("101"), QDate(2020, 1, 1)).ok());
        QVERIFY(!tax.set(QStringLiteral("CA"), {}, QStringLiteral("-1"), QDate(2020, 1, 1)).ok());
        QVERIFY(!tax.set(QString(), {}, QStringLiteral("5"), QDate(2020, 1, 1)).ok());
        const qint64 c = customerWith(t, QStringLiteral("Maple"), Vendor::Aws, QStringLiteral("444"), pricebook(t, "0"),
                                      QStringLiteral("CAD"), QStringLiteral("CA"), QStringLiteral("BC"));
        QVERIFY(importRows(t, {{"444", "Amazon EC2", "100.01", "2026-09", "AWS", "Usage", "CAD"},
                               {"444", "Amazon EC2", "100", "2026-10", "AWS", "Usage", "CAD"}})
                    .ok());
        BillingOptions o;
        o.includeTax = true;
        const Statement s = statementOf(t, generate(t, request(Sep, o)), c);
        QCOMPARE(s.taxes.size(), 2);
        QCOMPARE(s.taxes.at(0).name, QStringLiteral("GST"));
        QCOMPARE(s.taxes.at(0).amount.toString(), QStringLiteral("5")); // 5.0005 half-up to 5.00
        QCOMPARE(s.taxes.at(1).name, QStringLiteral("PST"));
        QCOMPARE(s.taxes.at(1).amount.toString(), QStringLiteral("7")); // 7.0007
        QCOMPARE(s.total.toString(), QStringLiteral("112.01"));
        const Statement october = statementOf(t, generate(t, request(Oct, o)), c);
        QCOMPARE(october.taxes.at(1).rate.toString(), QStringLiteral("8"));
        QCOMPARE(october.total.toString(), QStringLiteral("113"));
        QVERIFY(tax.set(QStringLiteral("CA"), QStringLiteral("BC"), QStringLiteral("20"), QDate(2026, 9, 1)).ok());
        QCOMPARE(StatementService(t.db()).statement(s.id)->tax.toString(), QStringLiteral("12"));
    }

    /// EXAMPLES.md 4: full precision inside, currency units outside (JPY 0, KWD 3 decimals).
    void example4_rounding_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QStringList>("costs");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("charges");
        QTest::addColumn<QString>("rounding");
        QTest::newRow("JPY, +10 %") << "JPY" << QStringList{"4115.2263000000", "4115.2263000000", "4115.2263000000"}
                                    << "10"
                                    << "13580.24679"
                                    << "13580"
                                    << "-0.24679";
        QTest::newRow("KWD half-up") << "KWD" << QStringList{"10.1235"} << "0"
                                     << "10.1235"
                                     << "10.124"
                                     << "0.0005";
        QTest::newRow("KWD below half") << "KWD" << QStringList{"10.1225"} << "0"
                                        << "10.1225"
                                        << "10.123"
                                        << "0.0005";
        QTest::newRow("USD sixteen decimals") << "USD" << QStringList{"0.0000564902", "1.1234567890123456"} << "0"
                                              << "1.1235132792123456"
                                              << "1.12"
                                              << "-0.0035132792123456";
    }
    void example4_rounding()
    {
        QFETCH(QString, currency);
        QFETCH(QStringList, costs);
        QFETCH(QString, percent);
        QFETCH(QString, exact);
        QFETCH(QString, charges);
        QFETCH(QString, rounding);
        TestDatabase t;
        const qint64 c = customerWith(t, QStringLiteral("Round"), Vendor::Aws, QStringLiteral("555"),
                                      pricebook(t, percent.toLatin1().constData()), currency);
        QList<Row> rows;
        for (const QString &cost : costs)
            rows.append({"555", "Amazon EC2", cost.toLatin1(), "2026-09", "AWS", "Usage", currency.toLatin1()});
        QVERIFY(importRows(t, rows).ok());
        const Statement s = statementOf(t, generate(t, request(Sep)), c);
        QCOMPARE(s.currency, currency);
        QCOMPARE(s.chargesExact.toString(), exact);
        QCOMPARE(s.charges.toString(), charges);
        QCOMPARE(s.total.toString(), charges);
        QCOMPARE(s.rounding().toString(), rounding);
        Decimal lines;
        for (const StatementLine &l : s.lines)
            lines += l.price;
        QCOMPARE(lines + s.rounding(), s.charges); // the lines at full precision and the rounding add up
    }

    /// EXAMPLES.md 5: a customer without the invoice currency (or pricebook) fails alone.
    void example5_customerFailsAlone()
    {
        TestDatabase t;
        const qint64 book = pricebook(t, "10");
        const qint64 good = customerWith(t, QStringLiteral("Good"), Vendor::Aws, QStringLiteral("601"), book);
        const qint64 noCurrency =
            customerWith(t, QStringLiteral("No currency"), Vendor::Aws, QStringLiteral("602"), book, QString());
        const qint64 noBook = customerWith(t, QStringLiteral("No pricebook"), Vendor::Aws, QStringLiteral("603"), 0);
        const qint64 alsoGood = customerWith(t, QStringLiteral("Also good"), Vendor::Aws, QStringLiteral("604"), book);
        QVERIFY(importRows(t, {{"601", "EC2", "10"}, {"602", "EC2", "10"}, {"603", "EC2", "10"}, {"604", "EC2", "10"}})
                    .ok());
        const GenerateResult r = generate(t, request(Sep));
        QCOMPARE(r.generated.size(), 2);
        QCOMPARE(r.generated.at(0).customerId, good);
        QCOMPARE(r.generated.at(1).customerId, alsoGood);
        QCOMPARE(r.failed.size(), 2);
        QCOMPARE(r.failed.at(0).customerId, noCurrency);
        QVERIFY2(r.failed.at(0).message.startsWith(
                     QStringLiteral("The customer with ID %1 does not have the currency USD enabled")
                         .arg(displayCustomerId(noCurrency))),
                 qPrintable(r.failed.at(0).message));
        QVERIFY(r.failed.at(0).message.contains(QStringLiteral("Cloud Billing > Cloud Providers")));
        QCOMPARE(r.failed.at(0).fix, QStringLiteral("cloud_providers"));
        QCOMPARE(r.failed.at(1).fix, QStringLiteral("cloud_providers"));
        QCOMPARE(r.failed.at(1).customerId, noBook);
        QVERIFY2(r.failed.at(1).message.contains(QStringLiteral("does not have a pricebook for AWS")),
                 qPrintable(r.failed.at(1).message));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM statements")).toInt(), 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT generated FROM billing_runs WHERE id = %1").arg(r.runId)).toInt(), 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT failed FROM billing_runs WHERE id = %1").arg(r.runId)).toInt(), 2);
        // Fixed, the customer is billed by the next run; the billed ones are skipped.
        QVERIFY(CustomerService(t.db()).setProvider(noCurrency, {Vendor::Aws, true, QStringLiteral("USD"), book}).ok());
        const GenerateResult again = generate(t, request(Sep));
        QCOMPARE(again.generated.size(), 1);
        QCOMPARE(again.generated.first().customerId, noCurrency);
        QCOMPARE(again.skipped.size(), 2);
        QVERIFY(again.skipped.first().message.contains(QStringLiteral("already has")));
        QCOMPARE(again.skipped.first().fix, QStringLiteral("invoices"));
        // Everyone asked for billed: the run names them as skipped and records no run.
        const int runs = t.scalar(QStringLiteral("SELECT COUNT(*) FROM billing_runs")).toInt();
        const int audited =
            t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'billing_run'")).toInt();
        const GenerateResult idle = generate(t, request(Sep, {}, QList<qint64>{good, noCurrency, alsoGood}));
        QCOMPARE(idle.runId, 0);
        QCOMPARE(idle.generated.size(), 0);
        QCOMPARE(idle.failed.size(), 0);
        QCOMPARE(idle.skipped.size(), 3);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM billing_runs")).toInt(), runs);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'billing_run'")).toInt(),
                 audited);
    }

    /// EXAMPLES.md 6: numbers are given at approval, so a deleted draft leaves no gap.
    void example6_numberingWithoutGaps()
    {
        TestDatabase t;
        const qint64 book = pricebook(t, "10");
        QList<qint64> customers;
        for (int i = 1; i <= 3; ++i)
            customers << customerWith(t, QStringLiteral("D%1").arg(i), Vendor::Aws, QStringLiteral("70%1").arg(i),
                                      book);
        QVERIFY(importRows(t, {{"701", "EC2", "10"}, {"702", "EC2", "20"}, {"703", "EC2", "30"}}).ok());
        const GenerateResult r = generate(t, request(Sep));
        QCOMPARE(r.generated.size(), 3);
        StatementService s(t.db());
        QVERIFY(s.deleteDraft(r.generated.at(1).statementId).ok());
        auto approved = s.approve({r.generated.at(0).statementId, r.generated.at(2).statementId}, QDate(2026, 10, 16));
        QVERIFY2(approved.ok(), qPrintable(approved.message()));
        QCOMPARE(approved->approved.size(), 2);
        QCOMPARE(approved->approved.at(0).second, QStringLiteral("INV-2026-000001"));
        QCOMPARE(approved->approved.at(1).second, QStringLiteral("INV-2026-000002"));
        QCOMPARE(s.statement(r.generated.at(2).statementId)->number, QStringLiteral("INV-2026-000002"));
        // Approving again is refused and takes no number.
        auto twice = s.approve({r.generated.at(0).statementId}, QDate(2026, 10, 16));
        QVERIFY(twice.ok());
        QVERIFY(twice->approved.isEmpty());
        QCOMPARE(twice->refused.size(), 1);
        QVERIFY(!s.deleteDraft(r.generated.at(0).statementId).ok()); // approved never changes
        // A configurable pattern.
        QVERIFY(NumberSeries(t.db()).define(StatementService::series(), QStringLiteral("S{YY}{MM}-{0000}")).ok());
        const GenerateResult d2 = generate(t, request(Sep));
        QCOMPARE(d2.generated.size(), 1);
        QCOMPARE(s.approve({d2.generated.first().statementId}, QDate(2026, 11, 2))->approved.first().second,
                 QStringLiteral("S2611-0001"));
    }

    /// Approve All goes in batches, asking between them: Cancel after the first batch
    /// leaves those approved (numbered without a gap) and the rest drafts; going on approves
    /// the rest with the next numbers.
    void approveAll_inBatchesWithCancel()
    {
        TestDatabase t;
        const qint64 book = pricebook(t, "0");
        QList<Row> rows;
        for (int i = 1; i <= 5; ++i) {
            const QString account = QStringLiteral("90%1").arg(i);
            customerWith(t, QStringLiteral("Batch %1").arg(i), Vendor::Aws, account, book);
            rows.append({account.toLatin1(), "EC2", "10"});
        }
        QVERIFY(importRows(t, rows).ok());
        const GenerateResult r = generate(t, request(Sep, withCredits()));
        QCOMPARE(r.generated.size(), 5);
        StatementService s(t.db());
        const StatementFilter all{std::nullopt, Vendor::Aws, Sep, Sep, std::nullopt, r.runId};
        QList<std::pair<int, int>> asked;
        auto first = s.approveAll(
            all, QDate(2026, 10, 16),
            [&](int done, int total) {
                asked.append({done, total});
                return done < 2; // Cancel once the first batch of two is approved
            },
            2);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(asked, (QList<std::pair<int, int>>{{0, 5}, {2, 5}}));
        QVERIFY(first->cancelled);
        QCOMPARE(first->approved.size(), 2);
        StatementFilter drafts = all;
        drafts.status = StatementStatus::Draft;
        QCOMPARE(*s.count(drafts), 3);

        asked.clear();
        auto rest = s.approveAll(
            all, QDate(2026, 10, 16),
            [&](int done, int total) {
                asked.append({done, total});
                return true;
            },
            2);
        QVERIFY(rest.ok() && !rest->cancelled);
        QCOMPARE(asked, (QList<std::pair<int, int>>{{0, 3}, {2, 3}, {3, 3}}));
        QCOMPARE(rest->approved.size(), 3);
        QCOMPARE(*s.count(drafts), 0);
        // One sequence across both: the numbers follow each other.
        QStringList numbers;
        for (const auto &a : first->approved + rest->approved)
            numbers << a.second;
        QStringList sorted = numbers;
        sorted.sort();
        QCOMPARE(numbers, sorted);
        QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), 5);
    }

    /// EXAMPLES.md 8: Past Due follows from the due date and the balance, never typed; a
    /// statement that owes nothing is Closed; only drafts are hidden from the customer.
    void example8_statusIsDerived()
    {
        TestDatabase t;
        const qint64 book = pricebook(t, "0");
        const qint64 owes = customerWith(t, QStringLiteral("Owes"), Vendor::Aws, QStringLiteral("801"), book);
        const qint64 paidByCredit = customerWith(t, QStringLiteral("Zero"), Vendor::Aws, QStringLiteral("802"), book);
        credit(t, paidByCredit, "1000");
        QVERIFY(importRows(t, {{"801", "EC2", "40"}, {"802", "EC2", "40"}}).ok());
        const GenerateResult r = generate(t, request(Sep, withCredits()));
        StatementService s(t.db());
        const Statement draft = statementOf(t, r, owes);
        QCOMPARE(draft.status(QDate(2026, 10, 1)), StatementStatus::Draft);
        QVERIFY(!visibleToCustomer(draft.status(QDate(2026, 10, 1))));
        QVERIFY(s.approveAll({std::nullopt, Vendor::Aws, Sep, Sep, std::nullopt, r.runId}, QDate(2026, 10, 16)).ok());
        const Statement open = *s.statement(draft.id);
        QCOMPARE(open.issueDate, QDate(2026, 10, 16));
        QCOMPARE(open.dueDate, QDate(2026, 11, 15));
        QCOMPARE(open.balance.toString(), QStringLiteral("40"));
        QCOMPARE(open.status(QDate(2026, 11, 15)), StatementStatus::Open);
        QCOMPARE(open.status(QDate(2026, 11, 16)), StatementStatus::PastDue);
        QVERIFY(visibleToCustomer(open.status(QDate(2026, 11, 16))));
        const Statement zero = statementOf(t, r, paidByCredit);
        QCOMPARE(zero.status(QDate(2026, 11, 16)), StatementStatus::Closed);
        StatementFilter pastDue;
        pastDue.status = StatementStatus::PastDue;
        pastDue.today = QDate(2026, 11, 16);
        QCOMPARE(*s.count(pastDue), 1);
        pastDue.today = QDate(2026, 11, 15);
        QCOMPARE(*s.count(pastDue), 0);
        StatementFilter closed;
        closed.status = StatementStatus::Closed;
        QCOMPARE(s.list(closed)->first().customerId, paidByCredit);
    }

    /// Credits are for their own vendor and currency only; expired and voided ones are not
    /// used; a credit never makes a statement negative.
    void credits_sameVendorAndCurrencyOnly()
    {
        TestDatabase t;
        const qint64 c =
            customerWith(t, QStringLiteral("Mixed"), Vendor::Aws, QStringLiteral("901"), pricebook(t, "0"));
        credit(t, c, "10", {}, "EUR");
        credit(t, c, "20", {}, "USD", CreditKind::Manual, Vendor::Google);
        const qint64 expired = credit(t, c, "30", QDate(2026, 8, 31));
        const qint64 voided = credit(t, c, "40");
        QVERIFY(CreditService(t.db()).voidCredit(voided, QStringLiteral("typed twice")).ok());
        const qint64 lastDay = credit(t, c, "5", QDate(2026, 9, 1)); // still usable for September
        QVERIFY(importRows(t, {{"901", "EC2", "100"}}).ok());
        const Statement s = statementOf(t, generate(t, request(Sep, withCredits())), c);
        QCOMPARE(s.credits.toString(), QStringLiteral("-5"));
        QCOMPARE(s.total.toString(), QStringLiteral("95"));
        QCOMPARE(creditNo(t, lastDay).remaining().toString(), QStringLiteral("0"));
        QCOMPARE(creditNo(t, expired).remaining().toString(), QStringLiteral("-30"));
        // The expired remainder is reported, not dropped.
        auto balances = CreditService(t.db()).balances(c, QDate(2026, 10, 5));
        QVERIFY(balances.ok());
        bool seen = false;
        for (const CreditBalance &b : *balances)
            if (b.vendor == Vendor::Aws && b.currency == QLatin1String("USD")) {
                seen = true;
                QCOMPARE(b.issued.toString(), QStringLiteral("-35")); // the voided credit is left out
                QCOMPARE(b.applied.toString(), QStringLiteral("-5"));
                QCOMPARE(b.remaining.toString(), QStringLiteral("-30"));
                QCOMPARE(b.expired.toString(), QStringLiteral("-30"));
            }
        QVERIFY(seen);
        // Applied credits never change: voiding one is refused.
        auto refused = CreditService(t.db()).voidCredit(lastDay, QStringLiteral("oops"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("correcting credit")), qPrintable(refused.message()));
        checkCreditInvariant(t);
    }

    /// Each allocation is recorded per credit and per account; support and custom charges
    /// (no account) come last.
    void allocations_perCreditAndAccount()
    {
        TestDatabase t;
        const qint64 c =
            customerWith(t, QStringLiteral("Two accounts"), Vendor::Aws, QStringLiteral("111"), pricebook(t, "0"));
        QVERIFY(CustomerService(t.db()).mapAccount({Vendor::Aws, QStringLiteral("222"), c, {}}).ok());
        SupportPlan plan;
        plan.customerId = c;
        plan.vendor = Vendor::Aws;
        plan.name = QStringLiteral("Business");
        plan.percent = dec("10");
        plan.minimum = dec("0");
        plan.currency = QStringLiteral("USD");
        QVERIFY(PricingService(t.db(), QDate(2026, 8, 1)).addSupportPlan(plan).ok());
        const qint64 a = credit(t, c, "70", QDate(2026, 11, 30));
        const qint64 b = credit(t, c, "100");
        QVERIFY(importRows(t, {{"111", "EC2", "60"}, {"222", "EC2", "40"}}).ok());
        const Statement s = statementOf(t, generate(t, request(Sep, withCredits())), c);
        QCOMPARE(s.charges.toString(), QStringLiteral("110"));
        QCOMPARE(s.credits.toString(), QStringLiteral("-110"));
        QStringList got;
        for (const StatementCredit &x : s.allocations)
            got << QStringLiteral("%1:%2:%3").arg(x.creditId).arg(x.accountId, x.amount.toString());
        QCOMPARE(got, (QStringList{QStringLiteral("%1:111:-60").arg(a), QStringLiteral("%1:222:-10").arg(a),
                                   QStringLiteral("%1:222:-30").arg(b), QStringLiteral("%1::-10").arg(b)}));
        QCOMPARE(creditNo(t, b).remaining().toString(), QStringLiteral("-60"));
    }

    /// Generating locks the customer's period: its usage cannot be imported or moved until
    /// the draft is deleted; after approval, never.
    void periodLock_importAndMapping()
    {
        TestDatabase t;
        const qint64 book = pricebook(t, "0");
        const qint64 c = customerWith(t, QStringLiteral("Locked"), Vendor::Aws, QStringLiteral("1001"), book);
        const qint64 other = customerWith(t, QStringLiteral("Other"), Vendor::Aws, QStringLiteral("1002"), book);
        QVERIFY(importRows(t, {{"1001", "EC2", "10"}, {"1099", "EC2", "5"}}).ok()); // 1099 is unmapped
        const GenerateResult r = generate(t, request(Sep, {}, QList<qint64>{c}));
        QCOMPARE(r.generated.size(), 1);
        const int imports = t.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_imports")).toInt();
        auto late = importRows(t, {{"1001", "EC2", "1"}, {"1002", "EC2", "1"}});
        QVERIFY(!late.ok());
        QVERIFY2(late.message().contains(
                     QStringLiteral("locked by draft statement %1").arg(r.generated.first().statementId)),
                 qPrintable(late.message()));
        QVERIFY(late.message().contains(QStringLiteral("1001")));
        QVERIFY(late.message().contains(QStringLiteral("nothing changed")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_imports")).toInt(), imports);
        // Another period, or another customer of the same period, imports.
        QVERIFY(importRows(t, {{"1001", "EC2", "1", "2026-10"}, {"1002", "EC2", "1"}}).ok());
        // Mapping the unmapped account's September usage to the billed customer is refused,
        // unmapping its billed account too; to another customer is fine.
        CustomerService customers(t.db());
        auto map = customers.mapAccount({Vendor::Aws, QStringLiteral("1099"), c, {}});
        QVERIFY(!map.ok());
        QVERIFY2(map.message().contains(QStringLiteral("cannot be mapped")), qPrintable(map.message()));
        auto unmap = customers.unmapAccount(Vendor::Aws, QStringLiteral("1001"));
        QVERIFY(!unmap.ok());
        QVERIFY2(unmap.message().contains(QStringLiteral("cannot be unmapped")), qPrintable(unmap.message()));
        QVERIFY(customers.mapAccount({Vendor::Aws, QStringLiteral("1099"), other, {}}).ok());
        // Delete the draft: the period opens again.
        QVERIFY(StatementService(t.db()).deleteDraft(r.generated.first().statementId).ok());
        QVERIFY(importRows(t, {{"1001", "EC2", "2"}}).ok());
        // Approved: refused for good, with the memo hint.
        const GenerateResult again = generate(t, request(Sep, {}, QList<qint64>{c}));
        QCOMPARE(again.generated.first().total.toString(), QStringLiteral("12"));
        QVERIFY(StatementService(t.db()).approve({again.generated.first().statementId}).ok());
        auto afterApproval = importRows(t, {{"1001", "EC2", "3"}});
        QVERIFY(!afterApproval.ok());
        QVERIFY2(afterApproval.message().contains(QStringLiteral("credit or debit memo")),
                 qPrintable(afterApproval.message()));
    }

    /// An account that moves to another customer after its statement was approved: its billed
    /// usage is never billed again.
    void movedAccount_usageIsNotBilledTwice()
    {
        TestDatabase t;
        const qint64 book = pricebook(t, "0");
        const qint64 a = customerWith(t, QStringLiteral("A"), Vendor::Aws, QStringLiteral("1101"), book);
        const qint64 b = customerWith(t, QStringLiteral("B"), Vendor::Aws, QStringLiteral("1102"), book);
        QVERIFY(importRows(t, {{"1101", "EC2", "10"}, {"1102", "EC2", "7"}}).ok());
        const GenerateResult first = generate(t, request(Sep, {}, QList<qint64>{a}));
        QVERIFY(StatementService(t.db()).approve({first.generated.first().statementId}).ok());
        CustomerService customers(t.db());
        QVERIFY(customers.unmapAccount(Vendor::Aws, QStringLiteral("1101")).ok());
        QVERIFY(customers.mapAccount({Vendor::Aws, QStringLiteral("1101"), b, {}}).ok());
        const Statement s = statementOf(t, generate(t, request(Sep, {}, QList<qint64>{b})), b);
        QCOMPARE(s.total.toString(), QStringLiteral("7"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM statement_usage")).toInt(), 2);
    }

    /// A statement is a snapshot: later edits of the customer, pricebook, tax table and our
    /// account information never change it.
    void statement_isASnapshot()
    {
        TestDatabase t;
        AccountInfoService info(t.db());
        AccountInfo ours = *info.load();
        ours.companyName = QStringLiteral("Bursar Distribution GmbH");
        ours.contact.city = QStringLiteral("Berlin");
        QVERIFY(info.save(ours).ok());
        const qint64 book = pricebook(t, "10");
        const qint64 c = customerWith(t, QStringLiteral("Snapshot Ltd"), Vendor::Aws, QStringLiteral("1201"), book);
        CustomerService customers(t.db());
        Customer cu = *customers.customer(c);
        cu.contact.addressLine1 = QStringLiteral("1 Old Street");
        cu.contact.city = QStringLiteral("Leeds");
        QVERIFY(customers.updateCustomer(cu).ok());
        QVERIFY(importRows(t, {{"1201", "EC2", "100"}}).ok());
        const Statement before = statementOf(t, generate(t, request(Sep)), c);
        cu = *customers.customer(c);
        cu.name = QStringLiteral("Renamed Ltd");
        cu.contact.addressLine1 = QStringLiteral("2 New Street");
        QVERIFY(customers.updateCustomer(cu).ok());
        QVERIFY(PricingService(t.db(), QDate(2026, 8, 1)).setRule(book, QString(), dec("50"), QDate(2026, 9, 1)).ok());
        ours.companyName = QStringLiteral("Someone Else");
        ours.rowVersion = info.load()->rowVersion;
        QVERIFY(info.save(ours).ok());
        const Statement after = *StatementService(t.db()).statement(before.id);
        QCOMPARE(after.customer.name, QStringLiteral("Snapshot Ltd"));
        QCOMPARE(after.customer.contact.addressLine1, QStringLiteral("1 Old Street"));
        QCOMPARE(after.customer.contact.city, QStringLiteral("Leeds"));
        QCOMPARE(after.seller.name, QStringLiteral("Bursar Distribution GmbH"));
        QCOMPARE(after.seller.contact.city, QStringLiteral("Berlin"));
        QCOMPARE(after.pricebook, QStringLiteral("Std"));
        QCOMPARE(after.charges.toString(), QStringLiteral("110"));
        QCOMPARE(after.lines.first().rule, QStringLiteral("Pricebook Std: +10%"));
        QCOMPARE(after.lines.first().percents, QStringLiteral("10"));
    }

    /// Usage in another currency than the invoice currency is converted at the rate on or
    /// before the period's end, recorded on the statement; without a rate the customer fails.
    void exchangeRate_convertsIntoTheInvoiceCurrency()
    {
        TestDatabase t;
        const qint64 c = customerWith(t, QStringLiteral("Euro"), Vendor::Aws, QStringLiteral("1301"),
                                      pricebook(t, "10"), QStringLiteral("EUR"));
        QVERIFY(importRows(t, {{"1301", "EC2", "1000"}}).ok());
        GenerateResult failed = generate(t, request(Sep));
        QCOMPARE(failed.failed.size(), 1);
        QVERIFY2(failed.failed.first().message.contains(QStringLiteral("does not have the currency USD enabled")),
                 qPrintable(failed.failed.first().message));
        QVERIFY(failed.failed.first().message.contains(QStringLiteral("Exchange Rates")));
        ExchangeRates rates(t.db());
        QVERIFY(
            rates.set(QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2026, 9, 30), QStringLiteral("0.92")).ok());
        QVERIFY(
            rates.set(QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2026, 10, 1), QStringLiteral("0.5")).ok());
        QVERIFY(!rates.set(QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2026, 10, 1), QStringLiteral("0")).ok());
        const Statement s = statementOf(t, generate(t, request(Sep)), c);
        QCOMPARE(s.currency, QStringLiteral("EUR"));
        QCOMPARE(s.charges.toString(), QStringLiteral("1012"));
        QCOMPARE(s.exchangeBase, QStringLiteral("USD"));
        QCOMPARE(s.exchangeRate->toString(), QStringLiteral("0.92"));
        QCOMPARE(s.exchangeDate, QDate(2026, 9, 30));
        QCOMPARE(s.lines.first().cost.toString(), QStringLiteral("1000"));
        QCOMPARE(s.lines.first().currency, QStringLiteral("USD"));
        QVERIFY(s.lines.first().rule.contains(QStringLiteral("converted from USD at 0.92")));
    }

    /// Shown in another currency: the rate on or before the issue date, recorded with its date.
    void showIn_recordsTheRateAndItsDate()
    {
        TestDatabase t;
        const qint64 c =
            customerWith(t, QStringLiteral("Show"), Vendor::Aws, QStringLiteral("1401"), pricebook(t, "0"));
        QVERIFY(importRows(t, {{"1401", "EC2", "100.01"}}).ok());
        const Statement s = statementOf(t, generate(t, request(Sep)), c);
        StatementService statements(t.db());
        QVERIFY(statements.approve({s.id}, QDate(2026, 10, 5)).ok());
        auto missing = statements.showIn(s.id, QStringLiteral("GBP"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.message().contains(QStringLiteral("Settings > Exchange Rates")));
        QVERIFY(ExchangeRates(t.db())
                    .set(QStringLiteral("GBP"), QStringLiteral("USD"), QDate(2026, 10, 1), QStringLiteral("1.25"))
                    .ok());
        QVERIFY(ExchangeRates(t.db())
                    .set(QStringLiteral("GBP"), QStringLiteral("USD"), QDate(2026, 10, 6), QStringLiteral("2"))
                    .ok());
        auto shown = statements.showIn(s.id, QStringLiteral("GBP"));
        QVERIFY2(shown.ok(), qPrintable(shown.message()));
        QVERIFY(shown->inverted);
        QCOMPARE(shown->rateDate, QDate(2026, 10, 1));
        QCOMPARE(shown->rate.toString(), QStringLiteral("0.8"));
        QCOMPARE(shown->total.toString(), QStringLiteral("80.01")); // 100.01 × 0.8 = 80.008
        auto history = statements.displayHistory(s.id);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().rateDate, QDate(2026, 10, 1));
        QCOMPARE(history->first().total.toString(), QStringLiteral("80.01"));
    }

    /// Refunds larger than the usage would make a negative statement: the customer fails alone.
    void negativeCharges_failAlone()
    {
        TestDatabase t;
        const qint64 c =
            customerWith(t, QStringLiteral("Refund"), Vendor::Aws, QStringLiteral("1501"), pricebook(t, "0"));
        QVERIFY(importRows(t, {{"1501", "EC2", "10"}, {"1501", "EC2", "-25", "2026-09", "AWS", "Adjustment"}}).ok());
        const GenerateResult r = generate(t, request(Sep));
        QCOMPARE(r.generated.size(), 0);
        QCOMPARE(r.failed.size(), 1);
        QCOMPARE(r.failed.first().customerId, c);
        QVERIFY2(r.failed.first().message.contains(QStringLiteral("never goes below 0.00")),
                 qPrintable(r.failed.first().message));
    }

    /// Only what is asked: named customers, and a clear word on those without charges.
    void namedCustomers_andCustomersWithoutCharges()
    {
        TestDatabase t;
        const qint64 book = pricebook(t, "0");
        const qint64 a = customerWith(t, QStringLiteral("A"), Vendor::Aws, QStringLiteral("1601"), book);
        const qint64 b = customerWith(t, QStringLiteral("B"), Vendor::Aws, QStringLiteral("1602"), book);
        const qint64 idle = customerWith(t, QStringLiteral("Idle"), Vendor::Aws, QStringLiteral("1603"), book);
        QVERIFY(importRows(t, {{"1601", "EC2", "1"}, {"1602", "EC2", "2"}}).ok());
        const GenerateResult r = generate(t, request(Sep, {}, QList<qint64>{b, idle, 999999}));
        QCOMPARE(r.generated.size(), 1);
        QCOMPARE(r.generated.first().customerId, b);
        QCOMPARE(r.skipped.size(), 2);
        QVERIFY(r.skipped.at(0).message.contains(QStringLiteral("no AWS charges for 2026-09")));
        QVERIFY(r.skipped.at(1).message.contains(QStringLiteral("There is no customer")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM statements WHERE customer_id = %1").arg(a)).toInt(), 0);
        auto none = BillingRun(t.db()).generate(request(Sep, {}, QList<qint64>{}));
        QVERIFY(!none.ok());
        auto badPeriod = BillingRun(t.db()).generate(request(QStringLiteral("2026-13")));
        QVERIFY(!badPeriod.ok());
    }

    /// A second run for the same vendor and period waits for the first: refused, naming it.
    void runLock_refusesASecondRun()
    {
        TestDatabase t;
        // Another desktop's connection holds the lock.
        auto other = Database::open(t->connectionInfo());
        QVERIFY(other.ok());
        auto held = RunLock::acquire(**other, Vendor::Aws, Sep);
        QVERIFY(held.ok());
        auto second = BillingRun(t.db()).generate(request(Sep));
        QVERIFY(!second.ok());
        QVERIFY2(second.message().contains(QStringLiteral("2026-09")), qPrintable(second.message()));
        held = fail(QString()); // releases
        QVERIFY(BillingRun(t.db()).generate(request(Sep)).ok());
    }

    /// Small batches behave as one: every statement whole, in customer order.
    void batches_giveTheSameStatements()
    {
        TestDatabase t;
        const qint64 book = pricebook(t, "10");
        QList<Row> rows;
        for (int i = 0; i < 12; ++i) {
            const qint64 c = customerWith(t, QStringLiteral("C%1").arg(i), Vendor::Aws,
                                          QStringLiteral("17%1").arg(i, 2, 10, QChar(u'0')), book);
            credit(t, c, "5");
            rows.append(
                {QStringLiteral("17%1").arg(i, 2, 10, QChar(u'0')).toLatin1(), "EC2", QByteArray::number(10 + i)});
        }
        QVERIFY(importRows(t, rows).ok());
        BillingRun run(t.db());
        run.setBatchSize(5);
        int calls = 0;
        auto r = run.generate(request(Sep, withCredits()), [&](int done, int total) {
            ++calls;
            return done <= total;
        });
        QVERIFY(r.ok());
        QCOMPARE(calls, 3);
        QCOMPARE(r->generated.size(), 12);
        for (int i = 0; i < 12; ++i) {
            const Statement s = *StatementService(t.db()).statement(r->generated.at(i).statementId);
            QCOMPARE(s.charges, dec("1.1").times(10 + i));
            QCOMPARE(s.credits.toString(), QStringLiteral("-5"));
            QCOMPARE(s.total, s.charges - dec("5"));
        }
        checkCreditInvariant(t);
    }

    /// Cancel between batches: what was made stays whole, nothing half-made.
    void cancel_keepsWholeStatementsOnly()
    {
        TestDatabase t;
        const qint64 book = pricebook(t, "0");
        QList<Row> rows;
        for (int i = 0; i < 9; ++i) {
            customerWith(t, QStringLiteral("C%1").arg(i), Vendor::Aws, QStringLiteral("18%1").arg(i), book);
            rows.append({QStringLiteral("18%1").arg(i).toLatin1(), "EC2", "1"});
        }
        QVERIFY(importRows(t, rows).ok());
        BillingRun run(t.db());
        run.setBatchSize(4);
        auto r = run.generate(request(Sep), [](int, int) { return false; });
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        QCOMPARE(r->generated.size(), 4);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM statements")).toInt(), 4);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM statement_lines")).toInt(), 4);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM statement_usage")).toInt(), 4);
        // The rest comes with the next run.
        QCOMPARE(generate(t, request(Sep)).generated.size(), 5);
    }

    void explain_namesEveryRuleAndNumber()
    {
        TestDatabase t;
        QVERIFY(TaxTable(t.db())
                    .set(QStringLiteral("US"), QStringLiteral("WA"), QStringLiteral("10.25"), QDate(2026, 1, 1))
                    .ok());
        const qint64 c =
            customerWith(t, QStringLiteral("Explained"), Vendor::Aws, QStringLiteral("1901"), pricebook(t, "10"),
                         QStringLiteral("USD"), QStringLiteral("US"), QStringLiteral("WA"));
        const qint64 cr = credit(t, c, "100", QDate(2026, 12, 31));
        QVERIFY(importRows(t, {{"1901", "EC2", "1000"}}).ok());
        BillingOptions o = withCredits();
        o.includeTax = true;
        const QStringList explained = explainStatement(statementOf(t, generate(t, request(Sep, o)), c));
        const QString all = explained.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Pricebook Std: +10%")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Credit %1, expires 2026-12-31: -100 USD for account 1901").arg(cr)));
        QVERIFY(all.contains(QStringLiteral("WA tax: 10.25% of 1000.00 (US/WA, rate from 2026-01-01) = 102.50")));
        QVERIFY(all.contains(QStringLiteral("Total 1102.50 = charges 1100.00 + credits -100.00")));
    }
};

QTEST_GUILESS_MAIN(TestBillingRun)
#include "tst_billing_run.moc"
