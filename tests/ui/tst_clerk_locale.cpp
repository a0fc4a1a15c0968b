// The clerk's language and formats (issue 17 §3), in German: Qt's own buttons translated,
// amounts typed the way the screen shows them.
#include "core/finance/write_off.h"
#include "core/money/decimal.h"
#include "tests/support/test_database.h"
#include "ui/finance/document_dialogs.h"
#include "ui/finance/write_off_page.h"
#include "ui/widgets/translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
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
        auto *currency = page.findChild<QLineEdit *>(QStringLiteral("currency"));
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
