// Every dialog a clerk opens, on a 1366×768 laptop screen (tests/ui/laptop-screen.json), in
// English and in German: it opens whole on the screen (its frame inside the screen, and it
// could not be made smaller than the screen allows), Tab from its first field reaches every
// control in it, each control says what it is to a screen reader, and each of Bursar's buttons
// shows its action's icon. Each dialog is saved as a PNG for a person to look at
// (build/<preset>/screenshots/dialogs/<language>/).
#include "core/finance/ar_document.h"
#include "core/storage/internal/sql.h"
#include "tab_walk.h"
#include "tests/support/demo_fixture.h"
#include "tests/support/test_database.h"
#include "ui/billing/documents.h"
#include "ui/billing/generate_dialog.h"
#include "ui/billing/statement_view.h"
#include "ui/customers/credits_panel.h"
#include "ui/customers/customer_profile.h"
#include "ui/file/backup_dialogs.h"
#include "ui/finance/document_dialogs.h"
#include "ui/help/help_window.h"
#include "ui/mainwindow.h"
#include "ui/navigation.h"
#include "ui/preferences/preferences_dialog.h"
#include "ui/reports/billing_report_page.h"
#include "ui/servicescredits/services_credits_pages.h"
#include "ui/widgets/translations.h"
#include "window_fixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QSqlQuery>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace bursar::core;
using namespace bursar::ui;

namespace {

const QDate Today(2026, 12, 4);
const QSize Laptop(1366, 768);

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<bursar::test::TestDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_customer = 0, m_statement = 0, m_memo = 0, m_payment = 0, m_opportunity = 0;
    bursar::test::TabWalk m_walk;
    QStringList m_tooLarge;
    QStringList m_bare; ///< buttons without an icon
    qsizetype m_billingReport = -1;

    qint64 first(const QString &sql)
    {
        QSqlQuery q(m_window->database().connection().db);
        if (!q.exec(sql) || !q.next())
            return 0;
        return q.value(0).toLongLong();
    }

    /// Shows `dialog` as the clerk would get it and checks it; `walkTabs`: false for Qt's own
    /// print preview, whose toolbar and fields are Qt's, not ours.
    void check(const QString &language, const QString &name, QDialog *dialog, bool walkTabs = true)
    {
        dialog->show();
        dialog->activateWindow();
        QVERIFY2(QTest::qWaitForWindowActive(dialog), qPrintable(name));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
        const QRect room = dialog->screen()->availableGeometry();
        if (!room.contains(dialog->frameGeometry()) || dialog->minimumSizeHint().height() > Laptop.height() ||
            dialog->minimumSizeHint().width() > Laptop.width())
            m_tooLarge << QStringLiteral("%1 (%2): %3×%4, at least %5×%6")
                              .arg(name, language)
                              .arg(dialog->frameGeometry().width())
                              .arg(dialog->frameGeometry().height())
                              .arg(dialog->minimumSizeHint().width())
                              .arg(dialog->minimumSizeHint().height());
        const QString dir = QStringLiteral(BURSAR_SCREENSHOT_DIR "/dialogs/") + language;
        QDir().mkpath(dir);
        // 256 colours, as docs/screenshots keeps them.
        const QImage shot =
            dialog->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
        QVERIFY(shot.save(dir + u'/' + name + QStringLiteral(".png")));
        if (!walkTabs)
            return; // Qt's own dialog: its controls are Qt's
        QVERIFY2(bursar::test::walkTabs(dialog, name, m_walk), qPrintable(name + QStringLiteral(": no first field")));
        // Every button of Bursar's shows its action's icon; a button box's standard answers
        // (Close, Cancel, Save) are drawn as the platform draws them.
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            auto *box = qobject_cast<QDialogButtonBox *>(b->parentWidget());
            if ((box && box->standardButton(b) != QDialogButtonBox::NoButton) ||
                b->objectName() == QStringLiteral("feedbackAction"))
                continue;
            if (b->icon().isNull())
                m_bare << QStringLiteral("%1: “%2”").arg(name, b->text());
        }
    }

    /// The window's texts are made in the language it opens in: installs `locale`'s
    /// translations, opens the window again and checks every dialog.
    void checkAllIn(const QLocale &locale)
    {
        QLocale::setDefault(locale);
        QVERIFY(installTranslations(*qApp, locale) >= 1);
        m_window.reset();
        m_window = bursar::test::openWindow(m_t->path());
        QVERIFY(m_window);
        checkAll(QLocale::languageToCode(locale.language()));
    }

    void checkAll(const QString &language)
    {
        m_tooLarge.clear();
        m_bare.clear();
        m_walk = {};
        Database &db = m_window->database();

        CustomerProfileDialog profile(db, m_customer, m_window.get());
        check(language, QStringLiteral("customer-profile"), &profile);
        for (const QString &folder : profile.folders()) {
            profile.selectFolder(folder);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
            QVERIFY(bursar::test::walkTabs(&profile, QStringLiteral("customer-profile > ") + folder, m_walk));
        }
        profile.hide();

        StatementViewDialog statement(db, m_statement, m_window.get());
        check(language, QStringLiteral("statement-view"), &statement);
        statement.hide();

        GenerateInvoicesDialog generate(Vendor::Aws, QStringLiteral("2026-11"), {m_customer}, m_window.get());
        check(language, QStringLiteral("generate-invoices"), &generate);
        generate.hide();

        GenerateResult result;
        result.runId = 1;
        result.generated.append({m_statement, m_customer, QStringLiteral("Contoso Holdings GmbH & Co. KG"),
                                 QStringLiteral("EUR"), *Decimal::parse(u"123456789.12")});
        result.failed.append({m_customer, QStringLiteral("Fabrikam Logistics"),
                              QStringLiteral("No exchange rate from USD to EUR for 2026-11; add one in Settings > "
                                             "Exchange Rates."),
                              QStringLiteral("exchange_rates")});
        result.skipped.append({m_customer, QStringLiteral("Northwind Traders"),
                               QStringLiteral("Already billed for 2026-11 (statement AWS-2026-11-0001)."),
                               QStringLiteral("invoices")});
        GenerateSummaryDialog summary(result, m_window.get());
        check(language, QStringLiteral("generate-summary"), &summary);
        summary.hide();

        ExportDialog exportFiles(db, {m_statement}, m_window.get());
        check(language, QStringLiteral("export-files"), &exportFiles);
        exportFiles.hide();

        QPrintPreviewDialog *preview = openPrintPreview(m_window.get(), db, {m_statement});
        QVERIFY(preview);
        check(language, QStringLiteral("print-preview"), preview, false);
        preview->close();

        AddCreditDialog credit(db, m_customer, m_window.get());
        check(language, QStringLiteral("add-credit"), &credit);
        credit.hide();

        MemoDialog memo(db, ArKind::CreditMemo, m_window.get());
        check(language, QStringLiteral("credit-memo"), &memo);
        memo.hide();

        PaymentDialog payment(db, m_window.get());
        check(language, QStringLiteral("payment"), &payment);
        payment.hide();

        ApplyDialog apply(db, {QStringLiteral("payment"), m_payment}, m_window.get());
        check(language, QStringLiteral("apply-payment"), &apply);
        apply.hide();

        DocumentView document(db, {QStringLiteral("credit_memo"), m_memo}, m_window.get());
        check(language, QStringLiteral("document-view"), &document);
        document.hide();

        PurchaseDialog purchase(db, std::nullopt, m_window.get());
        check(language, QStringLiteral("services-credits-purchase"), &purchase);
        purchase.hide();

        CreatePurchasesDialog fromOpportunity(db, m_opportunity, m_window.get());
        check(language, QStringLiteral("create-purchases"), &fromOpportunity);
        fromOpportunity.hide();

        // The billing report by its place in the navigation, which is the same in every language.
        QVERIFY(m_window->navigateTo(m_window->screens().at(m_billingReport)));
        QDialog *details = m_window->page<BillingReportPage>()->openDetails(0);
        QVERIFY(details);
        check(language, QStringLiteral("billing-report-details"), details);
        details->close();

        // File > Back Up Database… after a backup, and Restore Database… with that backup chosen.
        BackupDialog backup(db, m_window.get());
        const QString file = m_t->dir() + QStringLiteral("/backup-") + language + QStringLiteral(".sqlite");
        backup.findChild<QLineEdit *>(QStringLiteral("backupFile"))->setText(file);
        QVERIFY(backup.backUp());
        check(language, QStringLiteral("back-up-database"), &backup);
        backup.hide();

        RestoreDialog restore(db, m_window.get());
        restore.findChild<QLineEdit *>(QStringLiteral("backupFile"))->setText(file);
        check(language, QStringLiteral("restore-database"), &restore);
        restore.hide();

        PreferencesDialog preferences(m_window.get());
        check(language, QStringLiteral("preferences"), &preferences);
        preferences.hide();

        // Help > Bursar Guide, at the month-end page.
        HelpWindow guide(m_window.get());
        guide.showPage(QStringLiteral("month-end.md"));
        check(language, QStringLiteral("guide"), &guide);
        guide.hide();

        bursar::test::reportTabWalk(m_walk);
        QVERIFY2(m_tooLarge.isEmpty(), qPrintable(m_tooLarge.join(QStringLiteral("; "))));
        QVERIFY2(m_bare.isEmpty(), qPrintable(m_bare.join(QStringLiteral("; "))));
        QVERIFY2(m_walk.unreached.isEmpty(),
                 qPrintable(QString::number(m_walk.unreached.size()) + QStringLiteral(" not reached")));
        QVERIFY2(m_walk.unnamed.isEmpty(),
                 qPrintable(QString::number(m_walk.unnamed.size()) + QStringLiteral(" without a name")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), Laptop);
        m_t = std::make_unique<bursar::test::TestDatabase>();
        const QString failed = bursar::test::fillDemoWithDrafts(m_t->db(), Today);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_window = bursar::test::openWindow(m_t->path());
        QVERIFY(m_window);
        m_statement = first(QStringLiteral("SELECT id FROM statements WHERE status <> 'draft' ORDER BY id"));
        m_customer = first(QStringLiteral("SELECT customer_id FROM statements WHERE id = %1").arg(m_statement));
        m_memo = first(QStringLiteral("SELECT id FROM ar_documents WHERE kind = 'credit_memo' ORDER BY id"));
        m_payment = first(QStringLiteral("SELECT id FROM ar_documents WHERE kind = 'payment' ORDER BY id"));
        m_opportunity = first(QStringLiteral("SELECT o.id FROM services_credit_opportunities o WHERE EXISTS "
                                             "(SELECT 1 FROM services_credit_products p WHERE p.opportunity_id = o.id) "
                                             "ORDER BY o.id"));
        QVERIFY(m_statement && m_customer && m_memo && m_payment && m_opportunity);
        m_billingReport = m_window->screens().indexOf(QStringLiteral("Reports > Billing"));
        QVERIFY(m_billingReport >= 0);
    }

    // Edit > Preferences: the languages there are, the choice kept, and the locale the
    // next start takes from it.
    void preferences_languageAppliesFromTheNextStart()
    {
        const QStringList languages = availableLanguages();
        QVERIFY(languages.contains(QStringLiteral("en")));
        QVERIFY(languages.contains(QStringLiteral("de")));
        QVERIFY(languages.contains(QStringLiteral("fr")));
        setChosenLanguage(QString());
        QCOMPARE(startupLocale(), QLocale::system());
        PreferencesDialog dialog(m_window.get());
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), languages.size() + 1); // and the system's
        QCOMPARE(combo->currentIndex(), 0);
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        QVERIFY2(combo->currentText().startsWith(QStringLiteral("Deutsch")), qPrintable(combo->currentText()));
        QVERIFY(dialog.save());
        QCOMPARE(chosenLanguage(), QStringLiteral("de"));
        QCOMPARE(startupLocale().language(), QLocale::German);
        // Chosen again in a new dialog, it is what the dialog shows.
        PreferencesDialog again(m_window.get());
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(),
                 QStringLiteral("de"));
        QVERIFY(!again.save());
        setChosenLanguage(QStringLiteral("xx")); // a language this Bursar does not have
        QCOMPARE(startupLocale(), QLocale::system());
        setChosenLanguage(QStringLiteral("en"));
        QCOMPARE(startupLocale().language(), QLocale::English);
        setChosenLanguage(QString());
    }

    // F1 opens the guide at the page about the screen the clerk is on.
    void guide_opensAtTheCurrentScreensPage_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("customers") << "Customers"
                                   << "customers.md"
                                   << "The customer profile";
        QTest::newRow("imports") << "Usage > Imports"
                                 << "month-end.md"
                                 << "Import the usage";
        QTest::newRow("documents") << "Finance > Documents"
                                   << "receivables.md"
                                   << "Applying";
        QTest::newRow("purchases") << "Services Credits > Customer Purchases"
                                   << "services-credits.md"
                                   << "purchased = allocated + expired + available";
        QTest::newRow("users") << "Settings > Users & Privileges"
                               << "shared-mode.md"
                               << "Users and privileges";
        QTest::newRow("vendor credits") << "Usage > Vendor Credits"
                                        << "credits.md"
                                        << "The vendors' credits";
    }
    void guide_opensAtTheCurrentScreensPage()
    {
        QFETCH(QString, screen);
        QFETCH(QString, page);
        QFETCH(QString, mentions);
        QVERIFY(m_window->navigateTo(screen));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto *guide = m_window->findChild<HelpWindow *>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QCOMPARE(guide->currentPage(), page);
        QVERIFY2(guide->browser()->toPlainText().contains(mentions),
                 qPrintable(guide->browser()->toPlainText().left(200)));
        guide->hide();
    }

    // Every screen has its page; every page opens, shows its pictures, and links only to pages there are.
    void guide_everyPageLoadsWithItsPicturesAndLinks()
    {
        const QStringList pages = HelpWindow::pages();
        QVERIFY(pages.size() >= 9);
        for (const Screen &s : bursar::ui::screens())
            QVERIFY2(pages.contains(HelpWindow::pageFor(s)), qPrintable(s.path()));
        HelpWindow guide;
        QStringList problems;
        int pictures = 0;
        for (const QString &page : pages) {
            guide.showPage(page);
            QTextDocument *doc = guide.browser()->document();
            if (doc->toPlainText().trimmed().isEmpty())
                problems << page + QStringLiteral(": empty");
            for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
                for (auto it = b.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat f = it.fragment().charFormat();
                    if (f.isImageFormat()) {
                        ++pictures;
                        const QUrl url = guide.browser()->source().resolved(QUrl(f.toImageFormat().name()));
                        if (guide.browser()->loadResource(QTextDocument::ImageResource, url).isNull())
                            problems << page + QStringLiteral(": no picture ") + url.toString();
                    }
                    if (f.isAnchor() && f.anchorHref().endsWith(QLatin1String(".md")) &&
                        !pages.contains(QUrl(f.anchorHref()).fileName()))
                        problems << page + QStringLiteral(": link to ") + f.anchorHref();
                }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY(pictures >= 10);
    }

    void everyDialog_fitsALaptopScreen_english() { checkAll(QStringLiteral("en")); }

    void everyDialog_fitsALaptopScreen_german() { checkAllIn(QLocale(QLocale::German, QLocale::Germany)); }

    void everyDialog_fitsALaptopScreen_french() { checkAllIn(QLocale(QLocale::French, QLocale::France)); }

    void cleanupTestCase()
    {
        m_window.reset();
        m_t.reset();
    }
};

// The tests run on the laptop screen however they are started (ctest says so too).
int main(int argc, char **argv)
{
    if (!qEnvironmentVariable("QT_QPA_PLATFORM").contains(QLatin1String("configfile")))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" BURSAR_LAPTOP_SCREEN);
    QApplication app(argc, argv);
    TestDialogs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dialogs.moc"
