// Rating with no database (PRODUCT.md §3, EXAMPLES.md §1 and §4): percent factors and their
// exact integer fast path, the pricebook rule in force in a period, overrides, global
// adjustments in turn, support plans with their minimum.
#include "core/calculators/rating.h"
#include "core/reports/billing_report.h"

#include <QRandomGenerator>
#include <QTest>

using namespace bursar::core;

namespace {

Decimal d(const QString &text)
{
    auto v = Decimal::parse(text);
    Q_ASSERT(v);
    return *v;
}

PricebookRule rule(qint64 pricebook, const QString &product, const QString &from, const QString &percent)
{
    PricebookRule r;
    r.pricebookId = pricebook;
    r.product = product;
    r.fromPeriod = from;
    r.percent = d(percent);
    return r;
}

GlobalAdjustment global(const QString &description, const QString &percent, const QString &from, const QString &to = {})
{
    GlobalAdjustment g;
    g.description = description;
    g.percent = d(percent);
    g.fromPeriod = from;
    g.toPeriod = to;
    return g;
}

} // namespace

class TestRating : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applyPercent_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("expected");
        QTest::newRow("example 1: +10 %") << "1000"
                                          << "10"
                                          << "1100";
        QTest::newRow("example 4: JPY full precision") << "12345.6789"
                                                       << "10"
                                                       << "13580.24679";
        QTest::newRow("discount") << "200"
                                  << "-5"
                                  << "190";
        QTest::newRow("sixteen decimals") << "0.1234567890123456"
                                          << "10"
                                          << "0.13580246791358016";
        QTest::newRow("tiny") << "0.0000564902"
                              << "12.5"
                              << "0.000063551475";
        QTest::newRow("six-decimal percent") << "100"
                                             << "3.141592"
                                             << "103.141592";
        QTest::newRow("free") << "100"
                              << "-100"
                              << "0";
        QTest::newRow("zero percent") << "7.77"
                                      << "0"
                                      << "7.77";
        QTest::newRow("negative cost (adjustment)") << "-50"
                                                    << "10"
                                                    << "-55";
    }

    void applyPercent()
    {
        QFETCH(QString, amount);
        QFETCH(QString, percent);
        QFETCH(QString, expected);
        QCOMPARE(bursar::core::applyPercent(*Decimal::parse(amount), *Decimal::parse(percent)).toString(), expected);
    }

    /// Property (fixed seed): the fast integer path gives exactly what Decimal::multiplied
    /// gives, for amounts from dust to beyond its limit, both signs, any valid percent.
    void percentFactor_equalsMultiplied()
    {
        QRandomGenerator rng(20261124);
        for (int i = 0; i < 20000; ++i) {
            const int places = int(rng.bounded(19));
            const int digits = 1 + int(rng.bounded(i % 10 == 0 ? 20 : 14));
            QString amount = QString::number(rng.generate64() % 10000000000000000000ULL).left(digits);
            if (places > 0)
                amount += u'.' + QString::number(rng.generate64()).rightJustified(20, u'0').left(places);
            if (rng.bounded(2))
                amount.prepend(u'-');
            QString percent = QString::number(int(rng.bounded(1100)) - 100);
            if (rng.bounded(2))
                percent += u'.' + QString::number(rng.bounded(1000000)).rightJustified(6, u'0');
            const Decimal a = *Decimal::parse(amount);
            auto p = Decimal::parse(percent);
            if (!p || *p > Decimal::fromInt(1000))
                continue;
            const PercentFactor f(*p);
            QCOMPARE(f.apply(a), a.multiplied(f.factor(), Decimal::Scale, Rounding::HalfEven));
        }
    }

    // The pricebook "Std" of EXAMPLES.md (+10 % always), a later change to +12 % from 2026-10,
    // an override for one product from 2026-09 and a global adjustment of -2 % in 2026-10 and
    // 2026-11 only. Each row: the product, period and cost; the price and the rule's words.
    void rate_pricesWithTheRuleInForce_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("cost");
        QTest::addColumn<QString>("price"); // empty: no rule has started
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("percents");
        QTest::newRow("example 1: +10 %") << "Amazon EC2"
                                          << "2026-09"
                                          << "1000"
                                          << "1100"
                                          << "Pricebook Std: +10%"
                                          << "10";
        QTest::newRow("example 4: JPY, full precision") << "Amazon S3"
                                                        << "2026-09"
                                                        << "12345.6789"
                                                        << "13580.24679"
                                                        << "Pricebook Std: +10%"
                                                        << "10";
        QTest::newRow("override beats the pricebook")
            << "Support Business"
            << "2026-09"
            << "100"
            << "95"
            << "Pricebook Std, override for Support Business: -5% (from 2026-09)"
            << "-5";
        QTest::newRow("override not started yet") << "Support Business"
                                                  << "2026-08"
                                                  << "100"
                                                  << "110"
                                                  << "Pricebook Std: +10%"
                                                  << "10";
        QTest::newRow("the latest rule that has started, then the global -2 %")
            << "Amazon EC2"
            << "2026-10"
            << "1000"
            << "1097.6"
            << "Pricebook Std: +12% (from 2026-10); Year-end discount: -2% (from 2026-10)"
            << "12;-2";
        QTest::newRow("global over, pricebook stays") << "Amazon EC2"
                                                      << "2026-12"
                                                      << "1000"
                                                      << "1120"
                                                      << "Pricebook Std: +12% (from 2026-10)"
                                                      << "12";
        QTest::newRow("negative cost (a vendor adjustment)") << "Amazon EC2"
                                                             << "2026-09"
                                                             << "-50"
                                                             << "-55"
                                                             << "Pricebook Std: +10%"
                                                             << "10";
        QTest::newRow("dust") << "Amazon EC2"
                              << "2026-10"
                              << "0.000000000000000001"
                              << "0.000000000000000001"
                              << "Pricebook Std: +12% (from 2026-10); Year-end discount: -2% (from 2026-10)"
                              << "12;-2";
    }
    void rate_pricesWithTheRuleInForce()
    {
        QFETCH(QString, product);
        QFETCH(QString, period);
        QFETCH(QString, cost);
        QFETCH(QString, price);
        QFETCH(QString, text);
        QFETCH(QString, percents);
        Rater rater({{7, QStringLiteral("Std")}},
                    {rule(7, {}, QStringLiteral("2026-10"), QStringLiteral("12")),
                     rule(7, {}, QStringLiteral("0000-01"), QStringLiteral("10")),
                     rule(7, QStringLiteral("Support Business"), QStringLiteral("2026-09"), QStringLiteral("-5"))},
                    {global(QStringLiteral("Year-end discount"), QStringLiteral("-2"), QStringLiteral("2026-10"),
                            QStringLiteral("2026-11"))});
        const std::optional<Rate> &rate = rater.rate(7, product, period);
        QVERIFY(rate.has_value());
        QCOMPARE(rater.price(*rate, d(cost)).toString(), price);
        QCOMPARE(rater.text(rate->id), text);
        QCOMPARE(rater.percents(rate->id), percents);
        // The numbered lookup the report uses gives the same rate.
        QCOMPARE(&rater.rate(7, 3, product, period), &rate);
    }

    void rate_noneBeforeThePricebookStarts()
    {
        Rater rater({{7, QStringLiteral("Std")}}, {rule(7, {}, QStringLiteral("2026-10"), QStringLiteral("10"))}, {});
        QVERIFY(!rater.rate(7, QStringLiteral("Amazon EC2"), QStringLiteral("2026-09")).has_value());
        QVERIFY(rater.rate(7, QStringLiteral("Amazon EC2"), QStringLiteral("2026-10")).has_value());
        QVERIFY(
            !rater.rate(8, QStringLiteral("Amazon EC2"), QStringLiteral("2026-10")).has_value()); // no such pricebook
    }

    void supportCharge_percentWithAMinimum_data()
    {
        QTest::addColumn<QString>("usagePrice");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<bool>("minimum");
        QTest::newRow("3 % of 10,000") << "10000"
                                       << "300" << false;
        QTest::newRow("3 % of 1,000 is under the minimum") << "1000"
                                                           << "100" << true;
        QTest::newRow("exactly the minimum") << "3333.333333333333333333"
                                             << "100" << false;
        QTest::newRow("no usage") << "0"
                                  << "100" << true;
        QTest::newRow("full precision") << "12345.678901"
                                        << "370.37036703" << false;
    }
    void supportCharge_percentWithAMinimum()
    {
        QFETCH(QString, usagePrice);
        QFETCH(QString, amount);
        QFETCH(bool, minimum);
        SupportPlan plan;
        plan.name = QStringLiteral("Business");
        plan.percent = d(QStringLiteral("3"));
        plan.minimum = d(QStringLiteral("100"));
        plan.currency = QStringLiteral("USD");
        const SupportCharge c = Rater::supportCharge(plan, d(usagePrice));
        QCOMPARE(c.amount.toString(), amount);
        QCOMPARE(c.minimumApplied, minimum);
        QCOMPARE(c.text, minimum ? QStringLiteral("Support plan Business: 3% of usage, minimum 100 USD applied")
                                 : QStringLiteral("Support plan Business: 3% of usage"));
    }

    // The report's margin percent, a rule of core (the screen only shows it): margin over
    // cost, half-up to one decimal; none without a price or without a cost.
    void marginPercent_data()
    {
        QTest::addColumn<bool>("priced");
        QTest::addColumn<QString>("cost");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("percent"); // empty: none
        QTest::newRow("example 1: +10 %") << true << "1000"
                                          << "1100"
                                          << "10";
        QTest::newRow("a third") << true << "3"
                                 << "4"
                                 << "33.3";
        QTest::newRow("discount") << true << "200"
                                  << "190"
                                  << "-5";
        QTest::newRow("half-up at the first decimal") << true << "8"
                                                      << "8.004"
                                                      << "0.1";
        QTest::newRow("just under a half") << true << "8"
                                           << "8.003999"
                                           << "0";
        QTest::newRow("no cost (custom charges only)") << true << "0"
                                                       << "50"
                                                       << "";
        QTest::newRow("no pricebook") << false << "100"
                                      << "0"
                                      << "";
    }
    void marginPercent()
    {
        QFETCH(bool, priced);
        QFETCH(QString, cost);
        QFETCH(QString, price);
        QFETCH(QString, percent);
        BillingReportRow r;
        r.hasPrice = priced;
        r.cost = d(cost);
        r.price = d(price);
        const std::optional<Decimal> p = r.marginPercent();
        QCOMPARE(p ? p->toString() : QString(), percent);
    }

    void marketplaceFees_areInTheReportsButAzures()
    {
        QVERIFY(marketplaceFeesInReports(Vendor::Aws));
        QVERIFY(marketplaceFeesInReports(Vendor::Google));
        QVERIFY(!marketplaceFeesInReports(Vendor::Microsoft));
    }

    void inForce_isInclusiveAndOpenEnded_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("period");
        QTest::addColumn<bool>("expected");
        QTest::newRow("first period") << "2026-09"
                                      << "2026-11"
                                      << "2026-09" << true;
        QTest::newRow("last period") << "2026-09"
                                     << "2026-11"
                                     << "2026-11" << true;
        QTest::newRow("after") << "2026-09"
                               << "2026-11"
                               << "2026-12" << false;
        QTest::newRow("before") << "2026-09"
                                << ""
                                << "2026-08" << false;
        QTest::newRow("open-ended") << "2026-09"
                                    << ""
                                    << "2099-12" << true;
    }
    void inForce_isInclusiveAndOpenEnded()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, period);
        QFETCH(bool, expected);
        QCOMPARE(inForce(from, to, period), expected);
    }
};

QTEST_GUILESS_MAIN(TestRating)
#include "tst_rating.moc"
