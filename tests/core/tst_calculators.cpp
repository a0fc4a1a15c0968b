// The pure calculators (issue 12), with no database: the billing period, tax and the money
// of one statement, each from the hand-worked cases of EXAMPLES.md and more of our own.
#include "core/calculators/statement_calculator.h"
#include "core/calculators/tax_calculator.h"
#include "core/domain/billing_period.h"

#include <QTest>

using namespace bursar::core;

namespace {

Decimal dec(const char *text)
{
    auto d = Decimal::parse(QString::fromLatin1(text));
    if (!d)
        qFatal("not a decimal: %s", text);
    return *d;
}

TaxRate rate(const char *region, const char *state, const char *percent, QDate from = QDate(2020, 1, 1),
             const char *name = "Tax")
{
    TaxRate r;
    r.region = QString::fromLatin1(region);
    r.state = QString::fromLatin1(state);
    r.rate = dec(percent);
    r.from = from;
    r.name = QString::fromLatin1(name);
    return r;
}

/// One report row of priced lines; each line has one usage total on `account`.
struct Line
{
    ChargeLineKind kind;
    const char *price;
    const char *account;
};

BillingReportRow row(const char *currency, const QList<Line> &lines)
{
    BillingReportRow r;
    r.customerId = 100042;
    r.customerName = QStringLiteral("Example Corp");
    r.currency = QString::fromLatin1(currency);
    r.pricebook = QStringLiteral("Std");
    int n = 0;
    for (const Line &l : lines) {
        BillingReportLine line;
        line.kind = l.kind;
        line.productType =
            l.kind == ChargeLineKind::Marketplace ? QStringLiteral("Marketplace") : QStringLiteral("Compute");
        line.product = QStringLiteral("Line %1").arg(n + 1);
        line.usageLines = 1;
        line.price = dec(l.price);
        line.cost = line.price;
        line.rule = QStringLiteral("test");
        r.lines.append(line);
        r.totals.append({1, n + 1, QString::fromLatin1(l.account), n, line.cost, line.price});
        ++n;
    }
    return r;
}

Credit credit(qint64 id, const char *issued, const char *applied = "0", QDate expires = {},
              const char *created = "2026-08-01", CreditKind kind = CreditKind::Manual, const char *currency = "USD")
{
    Credit c;
    c.id = id;
    c.customerId = 100042;
    c.kind = kind;
    c.currency = QString::fromLatin1(currency);
    c.amount = dec(issued);
    c.applied = dec(applied);
    c.expiresOn = expires;
    c.createdAt = QString::fromLatin1(created) + QStringLiteral("T09:00:00.000Z");
    return c;
}

StatementRun run(const char *period, BillingOptions options = {})
{
    StatementRun r(Vendor::Aws, *BillingPeriod::parse(QString::fromLatin1(period)));
    r.options = options;
    return r;
}

StatementCustomer customer(const char *region = "US", const char *state = "WA")
{
    StatementCustomer c;
    c.name = QStringLiteral("Example Corp");
    c.region = QString::fromLatin1(region);
    c.state = QString::fromLatin1(state);
    return c;
}

Result<CalculatedStatement> calculate(const StatementRun &r, const BillingReportRow &row, QList<Credit> credits = {},
                                      const char *currency = "USD", const StatementCustomer &who = customer())
{
    return StatementCalculator::calculate(r, 100042, who, QString::fromLatin1(currency), {&row}, std::move(credits));
}

QString shares(const CalculatedStatement &s)
{
    QStringList out;
    for (const CreditShare &a : s.allocations)
        out << QStringLiteral("C%1:%2:%3").arg(a.creditId).arg(a.account, a.amount.toString());
    return out.join(u' ');
}

} // namespace

class TestCalculators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void billingPeriod_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first"); // empty: refused
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("previous");
        QTest::newRow("september") << "2026-09"
                                   << "2026-09-01"
                                   << "2026-09-30"
                                   << "2026-10"
                                   << "2026-08";
        QTest::newRow("december") << "2026-12"
                                  << "2026-12-01"
                                  << "2026-12-31"
                                  << "2027-01"
                                  << "2026-11";
        QTest::newRow("january") << "2027-01"
                                 << "2027-01-01"
                                 << "2027-01-31"
                                 << "2027-02"
                                 << "2026-12";
        QTest::newRow("leap february") << "2024-02"
                                       << "2024-02-01"
                                       << "2024-02-29"
                                       << "2024-03"
                                       << "2024-01";
        QTest::newRow("february") << "2026-02"
                                  << "2026-02-01"
                                  << "2026-02-28"
                                  << "2026-03"
                                  << "2026-01";
        QTest::newRow("century, not leap") << "2100-02"
                                           << "2100-02-01"
                                           << "2100-02-28"
                                           << "2100-03"
                                           << "2100-01";
        for (const char *bad : {"2026-13", "2026-00", "2026-9", "26-09", " 2026-09", "2026-09 ", "2026/09", "2026-+9",
                                "+026-09", "0000-01", "", "2026-1a", "２０２６-09"})
            QTest::newRow(bad) << QString::fromUtf8(bad) << ""
                               << ""
                               << ""
                               << "";
    }
    void billingPeriod()
    {
        QFETCH(QString, text);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, next);
        QFETCH(QString, previous);
        const auto p = BillingPeriod::parse(text);
        QCOMPARE(p.has_value(), !first.isEmpty());
        if (!p)
            return;
        QCOMPARE(p->toString(), text);
        QCOMPARE(p->firstDay().toString(Qt::ISODate), first);
        QCOMPARE(p->lastDay().toString(Qt::ISODate), last);
        QCOMPARE(p->next().toString(), next);
        QCOMPARE(p->previous().toString(), previous);
        QVERIFY(p->contains(p->firstDay()) && p->contains(p->lastDay()) && !p->contains(p->lastDay().addDays(1)));
        QVERIFY(*p < p->next() && p->previous() < *p);
        QCOMPARE(BillingPeriod::containing(p->lastDay()), *p);
    }

    /// EXAMPLES.md 3 and more: one line per rate, each rounded half-up to the currency's units.
    void tax_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QStringList>("rates");
        QTest::addColumn<int>("minorUnits");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("total");
        QTest::newRow("EXAMPLES 3: 600.00 at 10.25 %")
            << "600.00" << QStringList{"10.25"} << 2 << QStringList{"61.5"} << "61.5";
        QTest::newRow("no rate") << "600.00" << QStringList() << 2 << QStringList() << "0";
        QTest::newRow("half a cent rounds up") << "0.05" << QStringList{"10"} << 2 << QStringList{"0.01"} << "0.01";
        QTest::newRow("just under half a cent") << "0.0499" << QStringList{"10"} << 2 << QStringList{"0"} << "0";
        QTest::newRow("GST and PST, each rounded")
            << "100.10" << QStringList{"5", "7"} << 2 << QStringList{"5.01", "7.01"} << "12.02";
        QTest::newRow("JPY has no decimals") << "13580" << QStringList{"10"} << 0 << QStringList{"1358"} << "1358";
        QTest::newRow("JPY half up") << "15" << QStringList{"10"} << 0 << QStringList{"2"} << "2";
        QTest::newRow("KWD three decimals") << "10.1235" << QStringList{"10"} << 3 << QStringList{"1.012"} << "1.012";
        QTest::newRow("NY 8.875 %") << "1234.56" << QStringList{"8.875"} << 2 << QStringList{"109.57"} << "109.57";
        QTest::newRow("zero base") << "0" << QStringList{"19"} << 2 << QStringList{"0"} << "0";
        QTest::newRow("18 decimals of base")
            << "0.000000000000000001" << QStringList{"20"} << 2 << QStringList{"0"} << "0";
    }
    void tax()
    {
        QFETCH(QString, base);
        QFETCH(QStringList, rates);
        QFETCH(int, minorUnits);
        QFETCH(QStringList, lines);
        QFETCH(QString, total);
        QList<TaxRate> table;
        for (const QString &r : rates)
            table.append(rate("CA", "BC", qPrintable(r)));
        const TaxResult t = tax::onBase(*Decimal::parse(base), table, minorUnits);
        QStringList got;
        for (const TaxLine &l : t.lines) {
            got << l.amount.toString();
            QCOMPARE(l.base.toString(), Decimal::parse(base)->toString());
            QCOMPARE(l.lineNo, int(got.size()));
        }
        QCOMPARE(got, lines);
        QCOMPARE(t.total.toString(), total);
    }

    /// Which rates of a table apply: the region's own and the state's, on the day.
    void taxRatesOfTheTable()
    {
        const QList<TaxRate> table{
            rate("CA", "", "5", QDate(2020, 1, 1), "GST"), rate("CA", "BC", "7", QDate(2020, 1, 1), "PST"),
            rate("CA", "ON", "8", QDate(2020, 1, 1), "HST"), rate("CA", "BC", "8", QDate(2026, 10, 1), "PST new")};
        const TaxResult sep =
            tax::onBase(dec("100"), table, QStringLiteral("CA"), QStringLiteral("BC"), QDate(2026, 9, 30), 2);
        QCOMPARE(sep.total.toString(), QStringLiteral("12"));
        const TaxResult oct =
            tax::onBase(dec("100"), table, QStringLiteral("CA"), QStringLiteral("BC"), QDate(2026, 10, 31), 2);
        QCOMPARE(oct.total.toString(), QStringLiteral("13"));
        const TaxResult us =
            tax::onBase(dec("100"), table, QStringLiteral("US"), QStringLiteral("WA"), QDate(2026, 10, 31), 2);
        QVERIFY(us.lines.isEmpty());
    }

    /// EXAMPLES.md 1: expiring credits first, then by age; carry-over; only with Apply Credits.
    void example1_creditsInOrderOfUse()
    {
        BillingOptions credits;
        credits.applyCredits = true;
        const BillingReportRow sep = row("USD", {{ChargeLineKind::Usage, "1100.00", "100000000042"}});
        const QList<Credit> both{credit(1, "-500", "0", {}, "2026-08-01"),
                                 credit(2, "-800", "0", QDate(2026, 12, 31), "2026-08-15")};
        auto s = calculate(run("2026-09", credits), sep, both);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->charges.toString(), QStringLiteral("1100"));
        QCOMPARE(s->credits.toString(), QStringLiteral("-1100"));
        QCOMPARE(s->total.toString(), QStringLiteral("0"));
        QCOMPARE(shares(*s), QStringLiteral("C2:100000000042:-800 C1:100000000042:-300"));

        // October: C1 has 200 left and pays 150 of it.
        const BillingReportRow oct = row("USD", {{ChargeLineKind::Usage, "150.00", "100000000042"}});
        auto o = calculate(run("2026-10", credits), oct,
                           {credit(1, "-500", "-300"), credit(2, "-800", "-800", QDate(2026, 12, 31))});
        QVERIFY(o.ok());
        QCOMPARE(o->total.toString(), QStringLiteral("0"));
        QCOMPARE(shares(*o), QStringLiteral("C1:100000000042:-150"));

        // Without Apply Credits nothing is taken.
        auto without = calculate(run("2026-09"), sep, both);
        QVERIFY(without.ok());
        QCOMPARE(without->total.toString(), QStringLiteral("1100"));
        QVERIFY(without->allocations.isEmpty());
    }

    /// Credits that cannot pay: expired before the period, voided, another currency, the
    /// marketplace kind; and one credit split over two accounts and the charges of none.
    void creditsThatDoNotPay_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("shares");
        QTest::newRow("usable") << "usable"
                                << "0"
                                << "C7:111:-60 C7:222:-40";
        QTest::newRow("expired in August") << "expired"
                                           << "100"
                                           << "";
        QTest::newRow("expires on the first day") << "firstday"
                                                  << "0"
                                                  << "C7:111:-60 C7:222:-40";
        QTest::newRow("voided") << "voided"
                                << "100"
                                << "";
        QTest::newRow("EUR credit, USD statement") << "eur"
                                                   << "100"
                                                   << "";
        QTest::newRow("marketplace credit") << "marketplace"
                                            << "100"
                                            << "";
        QTest::newRow("smaller than the charges") << "small"
                                                  << "30"
                                                  << "C7:111:-60 C7:222:-10";
    }
    void creditsThatDoNotPay()
    {
        QFETCH(QString, which);
        QFETCH(QString, total);
        QFETCH(QString, shares);
        BillingOptions o;
        o.applyCredits = true;
        Credit c = credit(7, which == QLatin1String("small") ? "-70" : "-500");
        if (which == QLatin1String("expired"))
            c.expiresOn = QDate(2026, 8, 31);
        if (which == QLatin1String("firstday"))
            c.expiresOn = QDate(2026, 9, 1);
        if (which == QLatin1String("voided"))
            c.voidedAt = QStringLiteral("2026-09-02T10:00:00.000Z");
        if (which == QLatin1String("eur"))
            c.currency = QStringLiteral("EUR");
        if (which == QLatin1String("marketplace"))
            c.kind = CreditKind::Marketplace;
        const BillingReportRow r =
            row("USD", {{ChargeLineKind::Usage, "60", "111"}, {ChargeLineKind::Usage, "40", "222"}});
        auto s = calculate(run("2026-09", o), r, {c});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->total.toString(), total);
        QCOMPARE(::shares(*s), shares);
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
        QTest::newRow("marketplace credit without fees") << false << true << "1100"
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
        BillingOptions o;
        o.applyCredits = true; // manual credits exist nowhere here: the marketplace credit never pays usage
        o.marketplaceFees = fees;
        o.marketplaceCredits = marketplaceCredits;
        const BillingReportRow r =
            row("USD", {{ChargeLineKind::Usage, "1100", "42"}, {ChargeLineKind::Marketplace, "200", "42"}});
        auto s = calculate(run("2026-09", o), r, {credit(9, "-50", "0", {}, "2026-08-01", CreditKind::Marketplace)});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->total.toString(), total);
        QCOMPARE(s->charges.toString(), QStringLiteral("1100"));
        QCOMPARE(s->credits.toString(), QStringLiteral("0"));
        QCOMPARE(s->marketplace.toString(), marketplace);
        QCOMPARE(s->marketplaceCredits.toString(), marketplaceCredit);
        QCOMPARE(int(s->lines.size()), fees ? 2 : 1);
        QCOMPARE(int(s->usage.size()), fees ? 2 : 1); // unbilled marketplace usage stays unbilled
    }

    /// EXAMPLES.md 3: tax after credits; base = (charges − credits) + (marketplace − its credit).
    void example3_taxAfterCredits()
    {
        BillingOptions o;
        o.applyCredits = true;
        o.includeTax = true;
        StatementRun r = run("2026-09", o);
        r.taxTable = {rate("US", "WA", "10.25", QDate(2020, 1, 1), "WA sales tax"), rate("US", "CA", "7.25")};
        auto s = calculate(r, row("USD", {{ChargeLineKind::Usage, "1000.00", "1"}}), {credit(1, "-400")});
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->credits.toString(), QStringLiteral("-400"));
        QCOMPARE(int(s->taxes.size()), 1);
        QCOMPARE(s->taxes.first().base.toString(), QStringLiteral("600"));
        QCOMPARE(s->taxes.first().name, QStringLiteral("WA sales tax"));
        QCOMPARE(s->tax.toString(), QStringLiteral("61.5"));
        QCOMPARE(s->total.toString(), QStringLiteral("661.5"));
        // Without Include Tax the table is not used.
        r.options.includeTax = false;
        QCOMPARE(
            calculate(r, row("USD", {{ChargeLineKind::Usage, "1000.00", "1"}}), {credit(1, "-400")})->total.toString(),
            QStringLiteral("600"));
    }

    /// EXAMPLES.md 4: full precision inside, the currency's units outside, once.
    void example4_rounding_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("shown");
        QTest::newRow("JPY") << "JPY"
                             << "13580.24679"
                             << "13580";
        QTest::newRow("KWD up") << "KWD"
                                << "10.1235"
                                << "10.124";
        QTest::newRow("KWD half up, not to even") << "KWD"
                                                  << "10.1225"
                                                  << "10.123";
        QTest::newRow("USD") << "USD"
                             << "0.005"
                             << "0.01";
        QTest::newRow("USD 18 decimals") << "USD"
                                         << "1.004999999999999999"
                                         << "1";
    }
    void example4_rounding()
    {
        QFETCH(QString, currency);
        QFETCH(QString, exact);
        QFETCH(QString, shown);
        const QByteArray cur = currency.toLatin1(), price = exact.toLatin1();
        auto s = calculate(run("2026-09"), row(cur.constData(), {{ChargeLineKind::Usage, price.constData(), "1"}}), {},
                           cur.constData());
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->chargesExact.toString(), Decimal::parse(exact)->toString());
        QCOMPARE(s->charges.toString(), shown);
        QCOMPARE(s->total.toString(), shown);
        QCOMPARE(s->lines.first().price.toString(), Decimal::parse(exact)->toString()); // lines keep full precision
    }

    /// EXAMPLES.md 5 and the other customers a run cannot bill: a message that names the fix.
    void example5_cannotBill_data()
    {
        QTest::addColumn<QString>("invoiceCurrency");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("fix"); // where the run summary's double-click goes
        QTest::newRow("no invoice currency") << ""
                                             << "10"
                                             << "does not have the currency USD enabled"
                                             << "cloud_providers";
        QTest::newRow("no exchange rate") << "GBP"
                                          << "10"
                                          << "Settings > Exchange Rates has no USD → GBP rate"
                                          << "exchange_rates";
        QTest::newRow("refunds exceed usage") << "USD"
                                              << "-5"
                                              << "never goes below 0.00"
                                              << "credits";
    }
    void example5_cannotBill()
    {
        QFETCH(QString, invoiceCurrency);
        QFETCH(QString, price);
        QFETCH(QString, message);
        QFETCH(QString, fix);
        const QByteArray cur = invoiceCurrency.toLatin1(), p = price.toLatin1();
        auto s =
            calculate(run("2026-09"), row("USD", {{ChargeLineKind::Usage, p.constData(), "1"}}), {}, cur.constData());
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(message), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("#100042")), qPrintable(s.message()));
        QCOMPARE(s.error().field, fix);
    }

    /// Usage in another currency is converted at the rate on or before the period's last day.
    void conversion()
    {
        StatementRun r = run("2026-09");
        ExchangeRate aug{QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2026, 8, 31), dec("0.9"), false};
        ExchangeRate sep{QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2026, 9, 30), dec("0.9215"), false};
        ExchangeRate oct{QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2026, 10, 1), dec("2"), false};
        r.rates = {aug, sep, oct};
        auto s = calculate(
            r, row("USD", {{ChargeLineKind::Usage, "1000.00", "1"}, {ChargeLineKind::Usage, "0.01", "2"}}), {}, "EUR");
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->chargesExact.toString(), QStringLiteral("921.509215"));
        QCOMPARE(s->charges.toString(), QStringLiteral("921.51"));
        QCOMPARE(s->exchangeRate->toString(), QStringLiteral("0.9215"));
        QCOMPARE(s->exchangeDate, QDate(2026, 9, 30));
        QCOMPARE(s->currency, QStringLiteral("EUR"));
        QVERIFY(s->lines.first().rule.contains(QStringLiteral("converted from USD at 0.9215")));
    }
};

QTEST_GUILESS_MAIN(TestCalculators)
#include "tst_calculators.moc"
