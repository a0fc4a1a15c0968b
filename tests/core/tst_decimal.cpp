// Exact decimal: hand-worked tables first, then 100,000+ cases checked against Python's
// decimal module (gen_decimal_cases.py, run at build time with a fixed seed).
#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/wide_decimal.h"

#include <QFile>
#include <QLocale>
#include <QTest>

using bursar::core::Currencies;
using bursar::core::Decimal;
using bursar::core::Rounding;
using bursar::core::WideDecimal;

namespace {
Decimal d(const char *text)
{
    auto r = Decimal::parseVendor(QByteArrayView(text));
    if (!r)
        qFatal("bad test literal %s: %s", text, qPrintable(r.error().message));
    return *r;
}

Rounding modeFrom(QByteArrayView m)
{
    if (m == "half_up")
        return Rounding::HalfUp;
    if (m == "half_even")
        return Rounding::HalfEven;
    return Rounding::Down;
}
} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_acceptsTypedNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("integer") << "12"
                                 << "12";
        QTest::newRow("two places") << "12.50"
                                    << "12.5";
        QTest::newRow("negative") << "-0.01"
                                  << "-0.01";
        QTest::newRow("plus sign") << "+7"
                                   << "7";
        QTest::newRow("spaces around") << "  3.25 "
                                       << "3.25";
        QTest::newRow("leading point") << ".5"
                                       << "0.5";
        QTest::newRow("trailing point") << "5."
                                        << "5";
        QTest::newRow("leading zeros") << "00012.50"
                                       << "12.5";
        QTest::newRow("minus zero") << "-0"
                                    << "0";
        QTest::newRow("16 decimals (Azure)") << "0.0123456789012345"
                                             << "0.0123456789012345";
        QTest::newRow("18 decimals") << "0.000000000000000001"
                                     << "0.000000000000000001";
        QTest::newRow("10^15 total") << "1000000000000000.00"
                                     << "1000000000000000";
        QTest::newRow("largest") << "99999999999999999999.999999999999999999"
                                 << "99999999999999999999.999999999999999999";
        QTest::newRow("zeros past 18 places") << "1.5000000000000000000000"
                                              << "1.5";
    }
    void parse_acceptsTypedNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        auto r = Decimal::parse(text);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->toString(), canonical);
    }

    void parse_refusesWithClearMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("comma") << "12,5"
                               << "comma";
        QTest::newRow("thousands separator") << "1,234.50"
                                             << "comma";
        QTest::newRow("exponent") << "1e3"
                                  << "exponent";
        QTest::newRow("double minus") << "--1"
                                      << "more than one sign";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("only spaces") << "   "
                                     << "empty";
        QTest::newRow("too many decimals") << "0.0000000000000000001"
                                           << "19 decimal places";
        QTest::newRow("too many integer digits") << "123456789012345678901"
                                                 << "too large";
        QTest::newRow("letters") << "12a"
                                 << "not a number";
        QTest::newRow("two points") << "1.2.3"
                                    << "more than one decimal point";
        QTest::newRow("sign at end") << "1-"
                                     << "wrong place";
        QTest::newRow("only a point") << "."
                                      << "no digits";
        QTest::newRow("hex") << "0x10"
                             << "not a number";
    }
    void parse_refusesWithClearMessage()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto r = Decimal::parse(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
        if (!text.trimmed().isEmpty())
            QVERIFY2(r.message().contains(text.trimmed()), qPrintable(r.message())); // names the input
    }

    void parseVendor_acceptsScientificNotationExactly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("AWS tiny cost") << QByteArray("5.64902E-05") << "0.0000564902";
        QTest::newRow("lower e") << QByteArray("1.5e-3") << "0.0015";
        QTest::newRow("positive exponent") << QByteArray("2E+3") << "2000";
        QTest::newRow("no sign exponent") << QByteArray("1.25E2") << "125";
        QTest::newRow("negative") << QByteArray("-3.2E-07") << "-0.00000032";
        QTest::newRow("plain 16 decimals") << QByteArray("0.1234567890123456") << "0.1234567890123456";
        QTest::newRow("trailing zeros shifted") << QByteArray("10E-19") << "0.000000000000000001";
    }
    void parseVendor_acceptsScientificNotationExactly()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, canonical);
        auto r = Decimal::parseVendor(text);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->toString(), canonical);
    }

    void parseVendor_refusesWhatItCannotHoldExactly()
    {
        QVERIFY(!Decimal::parseVendor("1E-19").ok());
        QVERIFY(!Decimal::parseVendor("1E21").ok());
        QVERIFY(!Decimal::parseVendor("1E").ok());
        QVERIFY(!Decimal::parseVendor("NULL").ok());
    }

    void arithmetic_isExact_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("sum");
        QTest::addColumn<QString>("difference");
        QTest::newRow("binary float trap") << "0.1"
                                           << "0.2"
                                           << "0.3"
                                           << "-0.1";
        QTest::newRow("JPY example line sum") << "4115.2263000000"
                                              << "8230.4526"
                                              << "12345.6789"
                                              << "-4115.2263";
        QTest::newRow("signs") << "-5"
                               << "3"
                               << "-2"
                               << "-8";
        QTest::newRow("tiny + huge") << "0.000000000000000001"
                                     << "1000000000000000"
                                     << "1000000000000000.000000000000000001"
                                     << "-999999999999999.999999999999999999";
    }
    void arithmetic_isExact()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, sum);
        QFETCH(QString, difference);
        const Decimal x = *Decimal::parse(a), y = *Decimal::parse(b);
        QCOMPARE((x + y).toString(), sum);
        QCOMPARE((x - y).toString(), difference);
    }

    void overflow_givesInvalidNotWrap()
    {
        const Decimal max = d("99999999999999999999.999999999999999999");
        QVERIFY((max + d("0.000000000000000001")).isValid() == false);
        QVERIFY(!(-max - d("1")).isValid());
        QVERIFY(!max.times(2).isValid());
        QVERIFY(!d("1").divided(Decimal(), 2, Rounding::HalfUp).isValid());
        QVERIFY(!(Decimal::invalid() + d("1")).isValid()); // propagates like NaN
        QCOMPARE(Decimal::invalid().toString(), QStringLiteral("invalid"));
        // 10^15 summed 10^4 times still fits: totals of any real month never overflow.
        Decimal total;
        for (int i = 0; i < 10000; ++i)
            total += d("1000000000000000");
        QVERIFY(total.isValid());
        QCOMPARE(total.toString(), QStringLiteral("10000000000000000000"));
    }

    void rounding_handWorked_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("places");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        const int up = int(Rounding::HalfUp), even = int(Rounding::HalfEven), down = int(Rounding::Down);
        QTest::newRow("JPY 13580.24679 half-up") << "13580.24679" << 0 << up << "13580";
        QTest::newRow("KWD 10.1235 half-up") << "10.1235" << 3 << up << "10.124";
        QTest::newRow("KWD 10.1225 half-up") << "10.1225" << 3 << up << "10.123";
        QTest::newRow("KWD 10.1225 half-even") << "10.1225" << 3 << even << "10.122";
        QTest::newRow("2.5 half-even") << "2.5" << 0 << even << "2";
        QTest::newRow("3.5 half-even") << "3.5" << 0 << even << "4";
        QTest::newRow("-2.5 half-up") << "-2.5" << 0 << up << "-3";
        QTest::newRow("-2.5 half-even") << "-2.5" << 0 << even << "-2";
        QTest::newRow("2.9 down") << "2.9" << 0 << down << "2";
        QTest::newRow("-2.9 down") << "-2.9" << 0 << down << "-2";
        QTest::newRow("1.005 half-up (float says 1.00)") << "1.005" << 2 << up << "1.01";
        QTest::newRow("-0.004 to zero") << "-0.004" << 2 << up << "0";
    }
    void rounding_handWorked()
    {
        QFETCH(QString, value);
        QFETCH(int, places);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        QCOMPARE(Decimal::parse(value)->rounded(places, Rounding(mode)).toString(), expected);
    }

    void multiplyDivide_handWorked()
    {
        // EXAMPLES.md 4: 12,345.6789 with a +10 % pricebook is 13,580.24679.
        QCOMPARE(d("12345.6789").multiplied(d("1.10"), 18, Rounding::HalfEven).toString(),
                 QStringLiteral("13580.24679"));
        // EXAMPLES.md 3: tax of 10.25 % on 600.00 is 61.50.
        QCOMPARE(d("600.00").multiplied(d("0.1025"), 2, Rounding::HalfUp).toString(2), QStringLiteral("61.50"));
        QCOMPARE(d("100").divided(d("3"), 2, Rounding::HalfUp).toString(), QStringLiteral("33.33"));
        QCOMPARE(d("2").divided(d("3"), 2, Rounding::HalfUp).toString(), QStringLiteral("0.67"));
        QCOMPARE(d("2").divided(d("3"), 2, Rounding::Down).toString(), QStringLiteral("0.66"));
        QCOMPARE(d("0.125").divided(d("1"), 2, Rounding::HalfEven).toString(), QStringLiteral("0.12"));
        QCOMPARE(d("-7").divided(d("2"), 0, Rounding::HalfUp).toString(), QStringLiteral("-4"));
        QCOMPARE(d("5.00").times(3).toString(2), QStringLiteral("15.00")); // Kraft's 0.15 bug
        QCOMPARE(d("1.1").multiplied(d("1.1"), 2, Rounding::HalfUp).toString(), QStringLiteral("1.21"));
    }

    void formatting_byCurrencyAndLocale_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("display");
        QTest::newRow("USD en") << "1234.5"
                                << "USD"
                                << "en_US"
                                << "1234.50"
                                << "1,234.50";
        QTest::newRow("USD de") << "1234.5"
                                << "USD"
                                << "de_DE"
                                << "1234.50"
                                << "1.234,50";
        QTest::newRow("JPY rounds to yen") << "13580.24679"
                                           << "JPY"
                                           << "ja_JP"
                                           << "13580"
                                           << "13,580";
        QTest::newRow("KWD 3 places") << "10.1235"
                                      << "KWD"
                                      << "en_US"
                                      << "10.124"
                                      << "10.124";
        QTest::newRow("negative") << "-1000000.005"
                                  << "EUR"
                                  << "en_US"
                                  << "-1000000.01"
                                  << "-1,000,000.01";
        QTest::newRow("zero") << "0"
                              << "USD"
                              << "en_US"
                              << "0.00"
                              << "0.00";
        QTest::newRow("beyond 64 bits") << "99999999999999999999.99"
                                        << "USD"
                                        << "en_US"
                                        << "99999999999999999999.99"
                                        << "99,999,999,999,999,999,999.99";
    }
    void formatting_byCurrencyAndLocale()
    {
        QFETCH(QString, value);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, plain);
        QFETCH(QString, display);
        const auto c = Currencies::find(currency);
        QVERIFY(c.has_value());
        QCOMPARE(bursar::core::formatPlain(*Decimal::parse(value), *c), plain);
        QCOMPARE(bursar::core::formatForDisplay(*Decimal::parse(value), *c, QLocale(locale)), display);
    }

    /// What a clerk types in their locale's form; hand-worked: the number each text means.
    void parseLocalized_readsTheLocalesForm_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value"); // empty: refused
        const QString nbsp(QChar(0x00A0)), nnbsp(QChar(0x202F));
        QTest::newRow("de comma decimals") << "de_DE"
                                           << "12,50"
                                           << "12.50";
        QTest::newRow("de grouped") << "de_DE"
                                    << "1.234,50"
                                    << "1234.50";
        QTest::newRow("de grouped millions") << "de_DE"
                                             << "1.575.718,50"
                                             << "1575718.50";
        QTest::newRow("de group only") << "de_DE"
                                       << "1.250"
                                       << "1250";
        QTest::newRow("de point decimals") << "de_DE"
                                           << "12.50"
                                           << "12.50"; // not a group of 3: plain
        QTest::newRow("de point and comma") << "de_DE"
                                            << "1.23,5"
                                            << ""; // a group of 2
        QTest::newRow("de negative") << "de_DE"
                                     << "-1.234,5"
                                     << "-1234.5";
        QTest::newRow("de unicode minus") << "de_DE" << QString(QChar(0x2212)) + "7,25"
                                          << "-7.25";
        QTest::newRow("de spaces around") << "de_DE"
                                          << "  3,000 "
                                          << "3.000";
        QTest::newRow("de two commas") << "de_DE"
                                       << "1,2,3"
                                       << "";
        QTest::newRow("de trailing comma") << "de_DE"
                                           << "12,"
                                           << "";
        QTest::newRow("en grouped") << "en_US"
                                    << "1,234.50"
                                    << "1234.50";
        QTest::newRow("en plain") << "en_US"
                                  << "1234.5"
                                  << "1234.5";
        QTest::newRow("en comma decimals refused") << "en_US"
                                                   << "12,50"
                                                   << "";
        QTest::newRow("en group only") << "en_US"
                                       << "1,250"
                                       << "1250";
        QTest::newRow("en plus sign") << "en_US"
                                      << "+0.1"
                                      << "0.1";
        QTest::newRow("fr narrow space") << "fr_FR"
                                         << "1" + nnbsp + "234,5"
                                         << "1234.5";
        QTest::newRow("fr typed space") << "fr_FR"
                                        << "1 234,5"
                                        << "1234.5";
        QTest::newRow("fr no-break space") << "fr_FR"
                                           << "12" + nbsp + "345" + nbsp + "678,9"
                                           << "12345678.9";
        QTest::newRow("de_CH apostrophe") << "de_CH"
                                          << "1’234.50"
                                          << "1234.50";
        QTest::newRow("en_IN lakh") << "en_IN"
                                    << "12,34,567.89"
                                    << "1234567.89";
        QTest::newRow("en_IN western grouping") << "en_IN"
                                                << "1,234,567.89"
                                                << "";
        QTest::newRow("eighteen places") << "de_DE"
                                         << "0,000000000000000001"
                                         << "0.000000000000000001";
        QTest::newRow("empty") << "de_DE"
                               << ""
                               << "";
        QTest::newRow("letters") << "de_DE"
                                 << "12,5 EUR"
                                 << "";
        QTest::newRow("exponent") << "en_US"
                                  << "1e3"
                                  << "";
    }
    void parseLocalized_readsTheLocalesForm()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QString, value);
        const auto parsed = bursar::core::parseLocalized(text, QLocale(locale), QStringLiteral("amount"));
        if (value.isEmpty()) {
            QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString() : QString()));
            QCOMPARE(parsed.error().field, QStringLiteral("amount"));
            QVERIFY2(parsed.error().message.contains(bursar::core::localizedExample(QLocale(locale))),
                     qPrintable(parsed.error().message));
        } else {
            QVERIFY2(parsed, qPrintable(parsed.message()));
            QCOMPARE(*parsed, *Decimal::parse(value));
        }
    }
    void localizedExample_showsTheLocalesSeparators()
    {
        QCOMPARE(bursar::core::localizedExample(QLocale(QStringLiteral("de_DE"))), QStringLiteral("1.234,50"));
        QCOMPARE(bursar::core::localizedExample(QLocale(QStringLiteral("en_US"))), QStringLiteral("1,234.50"));
        QCOMPARE(bursar::core::localizedExample(QLocale(QStringLiteral("en_US")), 3), QStringLiteral("1,234.500"));
    }

    void currencyTable_knowsMinorUnits()
    {
        QCOMPARE(Currencies::find(u"JPY")->minorUnits, 0);
        QCOMPARE(Currencies::find(u"usd")->minorUnits, 2);
        QCOMPARE(Currencies::find(u"KWD")->minorUnits, 3);
        QCOMPARE(Currencies::find(u"CLF")->minorUnits, 4);
        QVERIFY(!Currencies::find(u"XYZ").has_value());
        QVERIFY(Currencies::all().size() > 150);
        QVERIFY(Currencies::require(u"XYZ").message().contains(QStringLiteral("XYZ")));
    }

    /// WideDecimal, worked by hand: parse, sum, and the way into 18 places.
    void wide_handWorked_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b"); // added to a; empty for none
        QTest::addColumn<QString>("sum");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("at18");
        const int even = int(Rounding::HalfEven), up = int(Rounding::HalfUp), down = int(Rounding::Down);
        QTest::newRow("24 places") << QByteArray("0.000000000000000000000001") << QByteArray()
                                   << "0.000000000000000000000001" << even << "0";
        QTest::newRow("dust carries") << QByteArray("0.1234567890123456789012")
                                      << QByteArray("0.8765432109876543210988") << "1" << even << "1";
        QTest::newRow("opposites") << QByteArray("-0.000000000000000000001") << QByteArray("0.000000000000000000001")
                                   << "0" << even << "0";
        QTest::newRow("negative dust") << QByteArray("-1.0000000000000000001") << QByteArray("0.5")
                                       << "-0.5000000000000000001" << even << "-0.5";
        QTest::newRow("tie to odd goes up") << QByteArray("0.0000000000000000015") << QByteArray()
                                            << "0.0000000000000000015" << even << "0.000000000000000002";
        QTest::newRow("tie to even stays") << QByteArray("0.0000000000000000025") << QByteArray()
                                           << "0.0000000000000000025" << even << "0.000000000000000002";
        QTest::newRow("half up, negative tie") << QByteArray("-0.0000000000000000025") << QByteArray()
                                               << "-0.0000000000000000025" << up << "-0.000000000000000003";
        QTest::newRow("down, negative") << QByteArray("-0.0000000000000000029") << QByteArray()
                                        << "-0.0000000000000000029" << down << "-0.000000000000000002";
        QTest::newRow("exponent") << QByteArray("1.5E-22") << QByteArray("2") << "2.00000000000000000000015" << even
                                  << "2";
        QTest::newRow("amortized cost") << QByteArray("0.041666666666666666666667")
                                        << QByteArray("0.041666666666666666666667") << "0.083333333333333333333334"
                                        << even << "0.083333333333333333";
    }

    void wide_handWorked()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(QString, sum);
        QFETCH(int, mode);
        QFETCH(QString, at18);
        auto first = WideDecimal::parseVendor(a);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        WideDecimal total = *first;
        if (!b.isEmpty())
            total += *WideDecimal::parseVendor(b);
        QCOMPARE(total.toString(), sum);
        QCOMPARE(total.toDecimal(Rounding(mode)).toString(), at18);
        QCOMPARE(total.fitsDecimal(), total.toString() == at18);
    }

    void wide_refusesBeyond36PlacesAndRange()
    {
        auto places = WideDecimal::parseVendor("0.0000000000000000000000000000000000001");
        QVERIFY(!places.ok());
        QVERIFY2(places.message().contains(QStringLiteral("37 decimal places")), qPrintable(places.message()));
        QVERIFY2(places.message().contains(QStringLiteral("36")), qPrintable(places.message()));
        QVERIFY(!WideDecimal::parseVendor("twelve").ok());
        // Text with a point and 19 to 36 characters after it is no amount (db copy compares
        // every cell as a number first): refused, without overflowing on the way.
        QVERIFY(!WideDecimal::parseVendor("1.2345678901234567890x1").ok());
        QVERIFY(!WideDecimal::parseVendor("report.2026-12-05T00:13:16.703Z").ok());
        QVERIFY(!WideDecimal::parseVendor("a.-----------------------------").ok());
        QVERIFY(!WideDecimal::parseVendor("123456789012345678901.0000000000000000001").ok());
        const WideDecimal top = *WideDecimal::parseVendor("99999999999999999999.999999999999999999");
        QVERIFY(top.isValid());
        QVERIFY(!(top + *WideDecimal::parseVendor("0.0000000000000000000001")).isValid());
        QVERIFY(!(-top - *WideDecimal::parseVendor("0.0000000000000000000001")).isValid());
    }

    static QString wideCase(const QByteArray &op, const QList<QByteArray> &f)
    {
        if (op == "wparsev") {
            auto r = WideDecimal::parseVendor(f[1]);
            return r ? r->toString() : QStringLiteral("error");
        }
        const WideDecimal a = *WideDecimal::parseVendor(f[1]);
        if (op == "wround")
            return a.toDecimal(modeFrom(f[4])).toString();
        const WideDecimal b = *WideDecimal::parseVendor(f[2]);
        const WideDecimal r = op == "wadd" ? a + b : a - b;
        return r.isValid() ? r.toString() : QStringLiteral("invalid");
    }

    void differentialAgainstPythonDecimal()
    {
        QFile file(QStringLiteral(BURSAR_DECIMAL_CASES));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        int cases = 0;
        QStringList mismatches;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().chopped(1);
            const QList<QByteArray> f = line.split('|');
            QCOMPARE(f.size(), 6);
            const QByteArray &op = f[0];
            const QString expected = QString::fromLatin1(f[5]);
            QString got;
            if (op.startsWith('w')) {
                got = wideCase(op, f);
            } else if (op == "parse" || op == "parsev") {
                auto r = op == "parse" ? Decimal::parse(QString::fromLatin1(f[1])) : Decimal::parseVendor(f[1]);
                got = r ? r->toString() : QStringLiteral("error");
            } else {
                const Decimal a = d(f[1].constData());
                const int places = f[3].toInt();
                const Rounding mode = modeFrom(f[4]);
                Decimal result;
                if (op == "add")
                    result = a + d(f[2].constData());
                else if (op == "sub")
                    result = a - d(f[2].constData());
                else if (op == "mul")
                    result = a.multiplied(d(f[2].constData()), places, mode);
                else if (op == "div")
                    result = a.divided(d(f[2].constData()), places, mode);
                else if (op == "round")
                    result = a.rounded(places, mode);
                else if (op == "times")
                    result = a.times(f[2].toLongLong());
                else
                    QFAIL(line.constData());
                got = result.toString();
            }
            ++cases;
            if (got != expected && mismatches.size() < 20)
                mismatches << QString::fromLatin1(line) + QStringLiteral("  got ") + got;
        }
        QVERIFY2(cases >= 100000, qPrintable(QStringLiteral("only %1 cases").arg(cases)));
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        qInfo("%d cases agree with Python's decimal module", cases);
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
