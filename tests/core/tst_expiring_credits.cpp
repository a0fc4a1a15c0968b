// Reports > Credits, expiring credits (issue 13): hand-worked cases of which remainders fall
// within 30, 60 and 90 days of 2026-12-04, and how rows group by customer, vendor and currency.
#include "core/billing/expiring_credits.h"

#include <QTest>

using namespace bursar::core;

namespace {

const QDate Today(2026, 12, 4);

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

Credit credit(const char *amount, const char *applied, QDate expires, qint64 customer = 1, Vendor vendor = Vendor::Aws,
              const char *currency = "USD")
{
    Credit c;
    c.id = 1;
    c.customerId = customer;
    c.customerName = QStringLiteral("Customer %1").arg(customer);
    c.vendor = vendor;
    c.currency = QString::fromLatin1(currency);
    c.amount = dec(amount);
    c.applied = dec(applied);
    c.expiresOn = expires;
    return c;
}

} // namespace

class TestExpiringCredits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneCredit_data()
    {
        QTest::addColumn<Credit>("credit");
        QTest::addColumn<bool>("listed");
        QTest::addColumn<QString>("within30");
        QTest::addColumn<QString>("within60");
        QTest::addColumn<QString>("within90");
        // expires today: it can still pay today, so it is within 30 days
        QTest::addRow("expires today") << credit("-100.00", "0", Today) << true << "-100"
                                       << "-100"
                                       << "-100";
        QTest::addRow("in 30 days") << credit("-50.00", "0", QDate(2027, 1, 3)) << true << "-50"
                                    << "-50"
                                    << "-50";
        QTest::addRow("in 31 days") << credit("-20.00", "0", QDate(2027, 1, 4)) << true << "0"
                                    << "-20"
                                    << "-20";
        QTest::addRow("in 60 days") << credit("-7.50", "0", QDate(2027, 2, 2)) << true << "0"
                                    << "-7.5"
                                    << "-7.5";
        QTest::addRow("in 61 days") << credit("-7.50", "0", QDate(2027, 2, 3)) << true << "0"
                                    << "0"
                                    << "-7.5";
        QTest::addRow("in 90 days") << credit("-5.00", "0", QDate(2027, 3, 4)) << true << "0"
                                    << "0"
                                    << "-5";
        QTest::addRow("in 91 days: not yet") << credit("-5.00", "0", QDate(2027, 3, 5)) << false << ""
                                             << ""
                                             << "";
        QTest::addRow("expired yesterday") << credit("-9.00", "0", QDate(2026, 12, 3)) << false << ""
                                           << ""
                                           << "";
        QTest::addRow("never expires") << credit("-9.00", "0", QDate()) << false << ""
                                       << ""
                                       << "";
        // only the remainder: 100 issued, 60 applied
        QTest::addRow("partly applied") << credit("-100.00", "-60.00", QDate(2026, 12, 20)) << true << "-40"
                                        << "-40"
                                        << "-40";
        QTest::addRow("used up") << credit("-100.00", "-100.00", QDate(2026, 12, 20)) << false << ""
                                 << ""
                                 << "";
        QTest::addRow("three decimals") << credit("-12.345", "-0.005", QDate(2027, 1, 15), 1, Vendor::Aws, "KWD")
                                        << true << "0"
                                        << "-12.34"
                                        << "-12.34";
        Credit voided = credit("-100.00", "0", QDate(2026, 12, 20));
        voided.voidedAt = QStringLiteral("2026-11-30T10:00:00Z");
        QTest::addRow("voided") << voided << false << ""
                                << ""
                                << "";
    }
    void oneCredit()
    {
        QFETCH(Credit, credit);
        QFETCH(bool, listed);
        const QList<ExpiringCredits> rows = expiringCredits({credit}, Today);
        QCOMPARE(rows.size(), listed ? 1 : 0);
        if (!listed)
            return;
        QFETCH(QString, within30);
        QFETCH(QString, within60);
        QFETCH(QString, within90);
        QCOMPARE(rows.first().within30, *Decimal::parse(within30));
        QCOMPARE(rows.first().within60, *Decimal::parse(within60));
        QCOMPARE(rows.first().within90, *Decimal::parse(within90));
        QCOMPARE(rows.first().firstExpiry, credit.expiresOn);
    }

    void groupsByCustomerVendorAndCurrency()
    {
        const QList<ExpiringCredits> rows =
            expiringCredits({credit("-10.00", "0", QDate(2026, 12, 10), 2), credit("-5.00", "0", QDate(2027, 2, 1), 2),
                             credit("-3.00", "0", QDate(2026, 12, 5), 2, Vendor::Microsoft),
                             credit("-1000", "0", QDate(2026, 12, 31), 2, Vendor::Aws, "JPY"),
                             credit("-1.00", "0", QDate(2026, 12, 31), 1)},
                            Today);
        QCOMPARE(rows.size(), 4);
        // customer 1 first; then customer 2: AWS USD, AWS JPY (currency order), Azure USD
        QCOMPARE(rows.at(0).customerId, 1);
        QCOMPARE(rows.at(1).vendor, Vendor::Aws);
        QCOMPARE(rows.at(1).currency, QStringLiteral("JPY"));
        QCOMPARE(rows.at(1).within30, dec("-1000"));
        QCOMPARE(rows.at(2).currency, QStringLiteral("USD"));
        QCOMPARE(rows.at(2).within30, dec("-10"));
        QCOMPARE(rows.at(2).within60, dec("-15"));
        QCOMPARE(rows.at(2).within90, dec("-15"));
        QCOMPARE(rows.at(2).firstExpiry, QDate(2026, 12, 10));
        QCOMPARE(rows.at(3).vendor, Vendor::Microsoft);
        QCOMPARE(rows.at(3).within30, dec("-3"));
    }
};

QTEST_GUILESS_MAIN(TestExpiringCredits)
#include "tst_expiring_credits.moc"
