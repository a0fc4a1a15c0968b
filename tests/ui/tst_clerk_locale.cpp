// The clerk's language and formats (issue 17 §3), in German: Qt's own buttons translated,
// amounts typed the way the screen shows them.
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/finance/write_off.h"
#include "core/money/decimal.h"
#include "core/money/wide_decimal.h"
#include "tests/support/test_database.h"
#include "ui/finance/document_dialogs.h"
#include "ui/finance/write_off_page.h"
#include "ui/usage/usage_pages.h"
#include "ui/widgets/money.h"
#include "ui/widgets/paged_model.h"
#include "ui/widgets/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace bursar::core;
using namespace bursar::ui;

class TestClerkLocale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }

    /// A German clerk types amounts as the screen shows them: "1.250,75"; a text that is
    /// no number frames the field and says how to write it, before anything is saved.
    void amounts_typedInTheLocalesForm()
    {
        bursar::test::TestDatabase t;
        WriteOffPage page(t.db());
        auto *currency = page.findChild<QComboBox *>(QStringLiteral("currency"));
        auto *tolerance = page.findChild<QLineEdit *>(QStringLiteral("tolerance"));
        QVERIFY(currency && tolerance);
        QVERIFY2(tolerance->placeholderText().contains(QStringLiteral("1.234,50")),
                 qPrintable(tolerance->placeholderText()));
        QTest::keyClicks(tolerance, QStringLiteral("1.5.0"));
        QVERIFY(tolerance->property("bursarNumberBad").toBool());
        QVERIFY2(tolerance->toolTip().contains(QStringLiteral("1.234,50")), qPrintable(tolerance->toolTip()));
        tolerance->clear();
        QVERIFY(!tolerance->property("bursarNumberBad").toBool());
        QVERIFY(tolerance->toolTip().isEmpty());
        QTest::keyClicks(currency, QStringLiteral("EUR"));
        QTest::keyClicks(tolerance, QStringLiteral("1.250,75"));
        QVERIFY(!tolerance->property("bursarNumberBad").toBool());
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        auto tolerances = WriteOffs(t.db()).tolerances();
        QVERIFY2(tolerances, qPrintable(tolerances.message()));
        QVERIFY(tolerances->count(QStringLiteral("EUR")) == 1);
        QCOMPARE(tolerances->at(QStringLiteral("EUR")), *Decimal::parse(u"1250.75"));
        // A prefilled amount shows in the same form.
        PaymentDialog payment(t.db());
        payment.fill(100000, QStringLiteral("1250.5"), QStringLiteral("EUR"), QDate(2026, 12, 1));
        QCOMPARE(payment.findChild<QLineEdit *>(QStringLiteral("amount"))->text(), QStringLiteral("1.250,5"));
    }

    /// Timestamps in the locale's short format ("05.12.26 17:46"), not as stored
    /// ("2026-12-05T17:46:38.092Z").
    void timestamps_inTheLocalesShortFormat()
    {
        bursar::test::TestDatabase t;
        QVERIFY(generateDemoData(t.db(), 20, 1).ok());
        auto usage = generateDemoUsage(t.db(), QDate(2026, 11, 23), 1);
        QVERIFY2(usage.ok(), qPrintable(usage.message()));
        UsageImportsPage page(t.db());
        QVERIFY(page.model()->rowCount() > 0);
        QCOMPARE(page.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Imported at"));
        const QString shown = page.model()->index(0, 1).data().toString();
        static const QRegularExpression german(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d$"));
        QVERIFY2(german.match(shown).hasMatch(), qPrintable(shown));
        // The cost: at most the currency's places on screen, every place in the tooltip.
        QCOMPARE(page.model()->headerData(10, Qt::Horizontal).toString(), QStringLiteral("Cost"));
        const QString cost = page.model()->index(0, 10).data().toString();
        static const QRegularExpression rounded(QStringLiteral("^([A-Z]{3} -?[0-9.]+(,[0-9]{2,3})?(, )?)+$"));
        QVERIFY2(rounded.match(cost).hasMatch(), qPrintable(cost));
        QVERIFY(!page.model()->index(0, 10).data(Qt::ToolTipRole).toString().isEmpty());
    }

    /// Usage amounts show rounded to the currency's units; the tooltip keeps every place.
    void usageAmounts_roundedForDisplay_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("shown");
        QTest::newRow("cents") << QByteArray("1234.5678901234567890123") << "EUR"
                               << "1.234,57";
        QTest::newRow("just under half a cent") << QByteArray("0.0049999999999999999999") << "EUR"
                                                << "0,00";
        QTest::newRow("half a cent") << QByteArray("0.005") << "USD"
                                     << "0,01";
        QTest::newRow("negative half") << QByteArray("-0.005") << "USD"
                                       << "-0,01";
        QTest::newRow("yen") << QByteArray("1234.5") << "JPY"
                             << "1.235";
        QTest::newRow("dinar") << QByteArray("10.12345") << "KWD"
                               << "10,123";
    }
    void usageAmounts_roundedForDisplay()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, currency);
        QFETCH(QString, shown);
        const auto wide = WideDecimal::parseVendor(value);
        QVERIFY(wide.ok());
        QCOMPARE(displayWide(*wide, currency), shown);
        QCOMPARE(exactWide(*wide).remove(u'.').remove(u',').remove(u'-'),
                 QString::fromLatin1(value).remove(u'.').remove(u'-'));
    }

    /// Qt's standard buttons speak German with Bursar (qtbase_de.qm installed beside ours).
    void standardButtons_speakTheClerksLanguage()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)) >= 1);
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::Yes |
                             QDialogButtonBox::No | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Speichern"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Ja"));
        QCOMPARE(box.button(QDialogButtonBox::No)->text(), QStringLiteral("&Nein"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
    }
};

QTEST_MAIN(TestClerkLocale)
#include "tst_clerk_locale.moc"
