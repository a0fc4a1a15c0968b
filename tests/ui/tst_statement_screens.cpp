// The month-end screens, offscreen, on demo data: Reports > Billing > Generate Invoices with
// the four switches (off the GUI thread), the run's summary, Preview Generated Billing
// Statements (View, Delete, Approve, Approve All, Finish), the statement view with its
// Explain pane and Show in, Billing > Customer Invoices with its filters, the Credits folder
// of a customer with Add Credit, Reports > Credits, and the Tax Tables, Exchange Rates and
// Statement Numbering settings. Screenshots go to build/<preset>/screenshots.
#include "core/billing/billing_run.h"
#include "core/billing/credit_service.h"
#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/domain/billing_period.h"
#include "core/einvoice/einvoice_service.h"
#include "core/formats/document_format.h"
#include "core/storage/database.h"
#include "screenshot.h"
#include "tests/support/test_database.h"
#include "ui/billing/billing_pages.h"
#include "ui/billing/documents.h"
#include "ui/billing/generate_dialog.h"
#include "ui/billing/statement_list_model.h"
#include "ui/billing/statement_view.h"
#include "ui/customers/credits_panel.h"
#include "ui/customers/customer_profile.h"
#include "ui/einvoice/einvoice_forms.h"
#include "ui/mainwindow.h"
#include "ui/reports/billing_report_model.h"
#include "ui/reports/billing_report_page.h"
#include "ui/reports/credits_report_page.h"
#include "ui/settings/billing_settings_pages.h"
#include "ui/widgets/customer_picker.h"
#include "window_fixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace bursar::core;
using namespace bursar::ui;

namespace {
const QDate Today(2026, 11, 23); // Last Month = 2026-10

using bursar::test::screenshot;

/// The text of every item in a tree, "column0|column1|..." per row.
QStringList treeRows(QTreeWidget *tree)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << (*it)->text(c);
        out << cells.join(u'|');
    }
    return out;
}
} // namespace

class TestStatementScreens : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<bursar::test::TestDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;

    /// Generates AWS statements for the selected customers through the report page.
    GenerateResult generateAll(BillingOptions options)
    {
        BillingReportPage *report = m_window->page<BillingReportPage>();
        [&] { QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing"))); }();
        report->selectAll();
        auto request = report->generateRequest();
        [&] { QVERIFY2(request.ok(), qPrintable(request.message())); }();
        GenerateRequest r = *request;
        r.options = options;
        GenerateSummaryDialog *summary = report->generate(r);
        [&] { QVERIFY(summary); }();
        const QString text = summary->summaryText();
        StatementFilter f;
        auto list = StatementService(m_window->database()).list(f);
        summary->close();
        GenerateResult result;
        for (const Statement &s : *list)
            result.generated.append({s.id, s.customerId, s.customerName, s.currency, s.total});
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<bursar::test::TestDatabase>();
        QVERIFY(generateDemoData(m_t->db(), 60, 1).ok());
        QVERIFY(generateDemoUsage(m_t->db(), Today, 1).ok());
        QVERIFY(generateDemoBilling(m_t->db(), Today, 1).ok());
        m_window = bursar::test::openWindow(m_t->path(), [](MainWindow &w) {
            w.page<BillingReportPage>()->setToday(Today);
            w.page<CustomerInvoicesPage>()->setToday(Today);
        });
        QVERIFY(m_window);
    }
    void cleanup()
    {
        m_window.reset();
        m_t.reset();
    }

    /// E-invoicing from the window: ours on Account Information (a bad IBAN refused with the
    /// field named), a customer's in its profile, and statements exported as UBL through
    /// Export Files, each file kept with its SHA-256.
    void einvoicing_fromTheWindow()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Account Information")));
        auto *seller = m_window->findChild<SellerEInvoiceForm *>();
        QVERIFY(seller);
        auto *iban = seller->findChild<QLineEdit *>(QStringLiteral("iban"));
        QCOMPARE(iban->text(), QStringLiteral("DE89370400440532013000")); // the demo's
        iban->setText(QStringLiteral("DE89 3704 0044 0532 0130 01"));
        QTest::mouseClick(seller->findChild<QPushButton *>(QStringLiteral("saveEInvoicing")), Qt::LeftButton);
        QVERIFY2(seller->feedbackText().contains(QStringLiteral("is not an IBAN")), qPrintable(seller->feedbackText()));
        QCOMPARE(EInvoices(m_t->db()).seller()->iban, QStringLiteral("DE89370400440532013000"));
        iban->setText(QStringLiteral("BE68 5390 0754 7034"));
        QTest::mouseClick(seller->findChild<QPushButton *>(QStringLiteral("saveEInvoicing")), Qt::LeftButton);
        QCOMPARE(EInvoices(m_t->db()).seller()->iban, QStringLiteral("BE68539007547034"));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("accountTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(seller);
        bursar::test::screenshot(m_window.get(), QStringLiteral("account-information-einvoicing"));

        // A German customer of the demo (set up for e-invoicing), billed for last month and approved.
        const qint64 german =
            m_t->scalar(QStringLiteral("SELECT MIN(customer_id) FROM customer_einvoice e JOIN customers c ON c.id = "
                                       "e.customer_id WHERE c.region = 'DE' AND e.receives = 1"))
                .toLongLong();
        QVERIFY(german > 0);
        GenerateRequest request;
        request.vendor = Vendor::Aws;
        request.period = BillingPeriod::containing(Today).previous().toString();
        request.options.includeTax = true;
        auto run = BillingRun(m_t->db()).generate(request); // every customer: the others stay drafts
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.message()));
        qint64 germanStatement = 0, otherStatement = 0;
        for (const GeneratedStatement &g : run->generated)
            (g.customerId == german ? germanStatement : otherStatement) = g.statementId;
        QVERIFY(germanStatement && otherStatement);
        QVERIFY(StatementService(m_t->db()).approve({germanStatement}, Today).ok());
        auto *profile = new CustomerProfileDialog(m_window->database(), german, m_window.get());
        profile->setAttribute(Qt::WA_DeleteOnClose);
        profile->selectFolder(QStringLiteral("E-invoicing"));
        CustomerEInvoiceForm *form = profile->einvoicePanel();
        QVERIFY(form->receives()->isChecked());
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("vat_id"))->text(),
                 QStringLiteral("DE%1").arg(100000000 + german));
        form->findChild<QLineEdit *>(QStringLiteral("buyer_reference"))
            ->setText(QStringLiteral("Leitweg 991-12345-67"));
        QVERIFY2(form->save(), qPrintable(form->feedbackText()));
        profile->show();
        bursar::test::screenshot(profile, QStringLiteral("customer-einvoicing"));
        QCOMPARE(EInvoices(m_t->db()).customer(german)->buyerReference, QStringLiteral("Leitweg 991-12345-67"));
        profile->close();

        const QList<qint64> ids{germanStatement};
        ExportDialog exporting(m_window->database(), ids, m_window.get());
        QTemporaryDir out;
        exporting.setFolder(out.path());
        exporting.setFormat(QStringLiteral("ubl"));
        QVERIFY2(exporting.run(), qPrintable(exporting.feedbackText()));
        QVERIFY2(exporting.result().failed.isEmpty(), qPrintable(exporting.result().failed.value(0).second));
        QCOMPARE(exporting.result().written.size(), 1);
        QFile file(exporting.result().written.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        QVERIFY(xml.contains("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""));
        QVERIFY(xml.contains("<cbc:BuyerReference>Leitweg 991-12345-67</cbc:BuyerReference>"));
        QVERIFY(xml.contains("BE68539007547034"));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(xml, QCryptographicHash::Sha256).toHex());
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT sha256 FROM einvoice_exports WHERE document_kind = 'statement' AND "
                                            "document_id = %1")
                                 .arg(ids.first()))
                     .toString(),
                 sha);
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("exportDone"))
                w->close();
        // The statement's view says it is ready and lists the file written with its SHA-256.
        StatementViewDialog view(m_window->database(), ids.first(), m_window.get());
        QVERIFY2(view.einvoiceText().startsWith(QStringLiteral("Ready")), qPrintable(view.einvoiceText()));
        QVERIFY2(view.einvoiceText().contains(sha), qPrintable(view.einvoiceText()));
        view.findChild<QTabWidget *>(QStringLiteral("statementTabs"))->setCurrentIndex(2);
        view.show();
        bursar::test::screenshot(&view, QStringLiteral("statement-view-einvoice"));
        // One of a customer the demo did not set up says why, naming the field to set.
        const qint64 other =
            m_t->scalar(
                   QStringLiteral("SELECT MIN(id) FROM statements WHERE customer_id NOT IN (SELECT customer_id FROM "
                                  "customer_einvoice)"))
                .toLongLong();
        QVERIFY(other > 0);
        StatementViewDialog notReady(m_window->database(), other, m_window.get());
        QVERIFY2(notReady.einvoiceText().startsWith(QStringLiteral("Not an e-invoice yet")),
                 qPrintable(notReady.einvoiceText()));
        QVERIFY2(notReady.einvoiceText().contains(QStringLiteral("E-invoicing")), qPrintable(notReady.einvoiceText()));
    }

    void navigation_hasTheBillingScreens()
    {
        const QStringList screens = m_window->screens();
        for (const char *s :
             {"Reports > Credits", "Billing > Customer Invoices", "Billing > Preview Generated Billing Statements",
              "Settings > Tax Tables", "Settings > Exchange Rates", "Settings > Statement Numbering"})
            QVERIFY2(screens.contains(QString::fromLatin1(s)), s);
    }

    /// Report > Generate Invoices > summary > Preview > View > Delete > Approve All > Customer
    /// Invoices, the month-end of seed 001.
    void monthEnd_reportGeneratePreviewApproveInvoices()
    {
        BillingReportPage *report = m_window->page<BillingReportPage>();
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        // Nothing selected: Generate explains what to do.
        auto refused = report->generateRequest();
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("Select All")));
        report->selectAll();
        auto request = report->generateRequest();
        QVERIFY2(request.ok(), qPrintable(request.message()));
        QCOMPARE(request->period, QStringLiteral("2026-10"));
        const int selected = int(request->customers->size());

        // The dialog's switches make the request.
        GenerateInvoicesDialog dialog(request->vendor, request->period, *request->customers, m_window.get());
        QVERIFY(dialog.applyCredits()->isChecked());
        QVERIFY(!dialog.marketplaceCredits()->isEnabled()); // only with marketplace fees
        dialog.includeTax()->setChecked(true);
        dialog.marketplaceFees()->setChecked(true);
        QVERIFY(dialog.marketplaceCredits()->isEnabled());
        dialog.marketplaceCredits()->setChecked(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(&dialog, QStringLiteral("billing-generate-dialog"));
        const GenerateRequest r = dialog.request();
        QVERIFY(r.options.applyCredits && r.options.includeTax && r.options.marketplaceFees &&
                r.options.marketplaceCredits);
        dialog.close();

        GenerateSummaryDialog *summary = report->generate(r);
        QVERIFY(summary);
        QVERIFY(QTest::qWaitForWindowExposed(summary));
        QVERIFY2(summary->summaryText().contains(QStringLiteral("draft statement(s) generated")),
                 qPrintable(summary->summaryText()));
        // The demo leaves every 40th customer without a pricebook: it fails alone, with the fix.
        QVERIFY(summary->problems()->rowCount() > 0);
        QVERIFY(summary->problems()->item(0, 3)->text().contains(QStringLiteral("Cloud Billing > Cloud Providers")));
        screenshot(summary, QStringLiteral("billing-generate-summary"));

        // A double-click on the failure opens the customer's Cloud Providers, where it is fixed.
        QTableWidget *problems = summary->problems();
        const qint64 failedId = problems->item(0, 0)->data(Qt::UserRole).toLongLong();
        QCOMPARE(problems->item(0, 0)->text(), displayCustomerId(failedId));
        QVERIFY(problems->item(0, 3)->toolTip().contains(QStringLiteral("Cloud Providers")));
        const QPoint cell = problems->visualItemRect(problems->item(0, 1)).center();
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, cell);
        CustomerProfileDialog *profile = nullptr;
        QTRY_VERIFY((profile = m_window->findChild<CustomerProfileDialog *>()) != nullptr);
        QCOMPARE(profile->customerId(), failedId);
        QTreeWidget *folders = profile->findChild<QTreeWidget *>();
        QVERIFY(folders && folders->currentItem());
        QCOMPARE(folders->currentItem()->text(0), QStringLiteral("Cloud Providers"));
        QVERIFY(profile->close());
        // Generated again, the customers with drafts are skipped; one double-clicked opens its
        // statements in Customer Invoices.
        GenerateSummaryDialog *again = report->generate(r);
        QVERIFY(again);
        int skippedRow = -1;
        for (int row = 0; row < again->problems()->rowCount() && skippedRow < 0; ++row)
            if (again->problems()->item(row, 2)->text() == QLatin1String("Skipped"))
                skippedRow = row;
        QVERIFY(skippedRow >= 0);
        const qint64 skippedId = again->problems()->item(skippedRow, 0)->data(Qt::UserRole).toLongLong();
        again->openFix(skippedRow);
        CustomerInvoicesPage *billed = m_window->page<CustomerInvoicesPage>();
        QVERIFY(billed && billed->isVisible());
        QCOMPARE(billed->findChild<CustomerPicker *>()->customerId(), skippedId);
        QVERIFY(billed->model()->rowCount() > 0);
        QCOMPARE(billed->model()->statementAt(0)->customerId, skippedId);
        again->close();
        billed->setCustomerText(QString()); // the filter stays as set; the flow below reads every customer

        auto *preview = summary->findChild<QPushButton *>(QStringLiteral("previewInvoices"));
        QVERIFY(preview);
        QTest::mouseClick(preview, Qt::LeftButton);

        PreviewPage *page = m_window->page<PreviewPage>();
        QVERIFY(page->isVisible());
        const int drafts = page->model()->rowCount();
        QVERIFY(drafts > 0);
        QCOMPARE(drafts + summary->problems()->rowCount(), selected);
        QVERIFY2(page->headerText().contains(QStringLiteral("billing run")), qPrintable(page->headerText()));
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        screenshot(m_window.get(), QStringLiteral("billing-preview"));

        // View the first draft.
        page->selectRows({0});
        StatementViewDialog *view = page->viewSelected();
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        const Statement s = view->statement(); // a copy: the dialog deletes itself once closed
        QVERIFY(s.number.isEmpty());
        QVERIFY(view->headerText().contains(QStringLiteral("DRAFT")));
        const QStringList totals = treeRows(view->totals());
        QVERIFY2(totals.last().startsWith(QStringLiteral("Amount due|")), qPrintable(totals.join(u'\n')));
        QVERIFY(totals.join(u'\n').contains(QStringLiteral("Total|")));
        QVERIFY2(view->explainText().contains(QStringLiteral("Total ")), qPrintable(view->explainText()));
        QVERIFY(view->explainText().contains(s.pricebook));
        screenshot(view, QStringLiteral("billing-statement-view"));
        view->close();

        // Delete one draft; its credits come back.
        page->selectRows({1});
        const qint64 deleted = page->selectedStatements().first();
        QVERIFY(page->deleteSelected(false));
        QCOMPARE(page->model()->rowCount(), drafts - 1);
        QVERIFY(!StatementService(m_window->database()).statement(deleted).ok());

        // Approve one, then all: numbers in order, no gap.
        page->selectRows({0});
        QVERIFY(page->approveSelected());
        QCOMPARE(page->model()->rowCount(), drafts - 2);
        QVERIFY(page->approveAll());
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY2(page->feedbackText().contains(QStringLiteral("INV-2026-000002 to")), qPrintable(page->feedbackText()));

        // Finish goes back to the report.
        auto *finish = page->findChild<QPushButton *>(QStringLiteral("finish"));
        QVERIFY(finish);
        QTest::mouseClick(finish, Qt::LeftButton);
        QVERIFY(report->isVisible());

        // Billing > Customer Invoices: all customers, then one, then by status.
        QVERIFY(m_window->navigateTo(QStringLiteral("Billing > Customer Invoices")));
        CustomerInvoicesPage *invoices = m_window->page<CustomerInvoicesPage>();
        invoices->setPeriods(QDate(2026, 10, 1), QDate(2026, 10, 1));
        QCOMPARE(invoices->model()->rowCount(), drafts - 1);
        QAbstractItemModelTester invoiceTester(invoices->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(invoices->model()->index(0, StatementListModel::Number).data().toString(),
                 QStringLiteral("INV-2026-000001"));
        screenshot(m_window.get(), QStringLiteral("billing-customer-invoices"));
        invoices->setCustomerText(displayCustomerId(s.customerId));
        QCOMPARE(invoices->model()->rowCount(), 1);
        QVERIFY(invoices->summaryText().contains(displayCustomerId(s.customerId)));
        invoices->setCustomerText(QString());
        invoices->setStatus(StatementStatus::Draft);
        QCOMPARE(invoices->model()->rowCount(), 0);
        invoices->setStatus(StatementStatus::PastDue);
        QCOMPARE(invoices->model()->rowCount(), 0); // approved today, due in 30 days
        invoices->setToday(Today.addDays(200));
        QVERIFY(invoices->model()->rowCount() > 0); // the ones still owing are Past Due then
        invoices->setToday(Today);
        invoices->setStatus(std::nullopt);
        // Sorting by customer name happens in SQL.
        invoices->view()->sortByColumn(StatementListModel::Customer, Qt::DescendingOrder);
        const QString first = invoices->model()->index(0, StatementListModel::Customer).data().toString();
        const QString last =
            invoices->model()->index(invoices->model()->rowCount() - 1, StatementListModel::Customer).data().toString();
        QVERIFY(first >= last);
        StatementViewDialog *opened = invoices->openRow(0);
        QVERIFY(opened);
        QVERIFY(!opened->statement().number.isEmpty());
        opened->close();
        const QString csv = m_t->dir() + QStringLiteral("/statements.csv");
        QString error;
        QVERIFY2(invoices->exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("statement,status,customer_id,"));
    }

    /// Show in: converted through the exchange-rate table, the rate and date recorded.
    void statementView_showInAnotherCurrency()
    {
        BillingOptions o;
        o.applyCredits = true;
        const GenerateResult r = generateAll(o);
        QVERIFY(!r.generated.isEmpty());
        qint64 usd = 0;
        for (const GeneratedStatement &g : r.generated)
            if (g.currency == QLatin1String("USD") && usd == 0)
                usd = g.statementId;
        QVERIFY(usd != 0);
        StatementViewDialog view(m_window->database(), usd);
        // Offered: the statement's currency, then only those with a rate from or to it.
        auto *box = view.findChild<QComboBox *>(QStringLiteral("showIn"));
        QVERIFY(box);
        QStringList offered;
        for (int i = 0; i < box->count(); ++i)
            offered << box->itemData(i).toString();
        QCOMPARE(offered.first(), QStringLiteral("USD"));
        QVERIFY2(offered.contains(QStringLiteral("EUR")) && !offered.contains(QStringLiteral("CHF")),
                 qPrintable(offered.join(u' ')));
        QVERIFY(!view.showIn(QStringLiteral("CHF"))); // no rate
        QVERIFY2(view.conversionText().contains(QStringLiteral("Exchange Rates")), qPrintable(view.conversionText()));
        QVERIFY(view.showIn(QStringLiteral("EUR")));
        QVERIFY2(view.conversionText().contains(QStringLiteral("0.9215")), qPrintable(view.conversionText()));
        QCOMPARE(StatementService(m_window->database()).displayHistory(usd)->size(), 1);
    }

    /// Customers > profile > Cloud Billing > Credits: Add Credit refuses a minus sign beside
    /// the field, saves a positive amount as a negative credit, and shows the balance.
    void customerCredits_addAndBalance()
    {
        CustomerProfileDialog profile(m_window->database(), 100001);
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        QVERIFY(profile.folders().contains(QStringLiteral("Credits")));
        profile.selectFolder(QStringLiteral("Credits"));
        CreditsPanel *panel = profile.creditsPanel();
        const int before = panel->creditsModel()->rowCount();
        AddCreditDialog *add = panel->openAddCredit();
        QVERIFY(QTest::qWaitForWindowExposed(add));
        QTest::keyClicks(add->amount(), QStringLiteral("-250"));
        QVERIFY(!add->save());
        QVERIFY2(add->feedbackText().contains(QStringLiteral("without a minus sign")), qPrintable(add->feedbackText()));
        screenshot(add, QStringLiteral("credits-add-refused"));
        add->amount()->setText(QStringLiteral("250.00"));
        add->comment()->setText(QStringLiteral("SLA credit for account 100791907919"));
        add->expires()->setChecked(true);
        add->expiresOn()->setDate(QDate(2027, 3, 31));
        QVERIFY2(add->save(), qPrintable(add->feedbackText()));
        add->accept();
        QCOMPARE(panel->creditsModel()->rowCount(), before + 1);
        const int row = panel->creditsModel()->rowCount() - 1;
        QVERIFY2(panel->creditsModel()->index(row, 4).data().toString().startsWith(u'-'),
                 qPrintable(panel->creditsModel()->index(row, 4).data().toString()));
        QCOMPARE(panel->creditsModel()->index(row, 7).data().toString(), QStringLiteral("2027-03-31"));
        QVERIFY2(panel->balanceText().contains(QStringLiteral("remaining")), qPrintable(panel->balanceText()));
        screenshot(&profile, QStringLiteral("profile-credits"));

        // Applied by a run, the history shows where it went.
        BillingOptions o;
        o.applyCredits = true;
        generateAll(o);
        panel->reload();
        panel->credits()->selectRow(row);
        QVERIFY(panel->historyModel()->rowCount() >= 1);
        QVERIFY(panel->historyModel()->index(0, 0).data().toString().startsWith(QStringLiteral("Draft ")));
        screenshot(&profile, QStringLiteral("profile-credits-history"));
    }

    void creditsReport_allCustomers()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Credits")));
        CreditsReportPage *page = m_window->page<CreditsReportPage>();
        QVERIFY(page->table()->rowCount() > 0);
        QVERIFY2(page->summaryText().contains(QStringLiteral("issued")), qPrintable(page->summaryText()));
        screenshot(m_window.get(), QStringLiteral("reports-credits"));
        page->setFilterText(QStringLiteral("#100003"));
        QCOMPARE(page->table()->rowCount(), 1);
        // Expiring credits: a credit of 12.34 that expires in ten days is within 30, 60 and 90
        // days; the customer's row moves by exactly that much in each column.
        auto expiringText = [&](int column) {
            for (int r = 0; r < page->expiringTable()->rowCount(); ++r)
                if (page->expiringTable()->item(r, 0)->text() == u"#100003" &&
                    page->expiringTable()->item(r, 3)->text() == u"USD")
                    return page->expiringTable()->item(r, column)->text();
            return QStringLiteral("0.00");
        };
        QStringList before;
        for (int column : {4, 5, 6})
            before << expiringText(column);
        QVERIFY(CreditService(m_window->database())
                    .add({100003, Vendor::Aws, CreditKind::Manual, QStringLiteral("USD"), QStringLiteral("12.34"),
                          QStringLiteral("expires soon"), QDate::currentDate().addDays(10)}));
        page->reload();
        QCOMPARE(page->table()->rowCount(), 2);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(*Decimal::parse(expiringText(4 + i)), *Decimal::parse(before.at(i)) - *Decimal::parse(u"12.34"));
        QString error;
        QVERIFY(page->exportCsv(m_t->dir() + QStringLiteral("/credits.csv"), &error));
    }

    /// Print preview of one statement from its view and of several from Customer Invoices
    /// (offscreen, as under Xvfb), the export dialog, the statement of account.
    void documents_printPreviewExportAndAccount()
    {
        BillingOptions o;
        o.applyCredits = true;
        o.includeTax = true;
        const GenerateResult r = generateAll(o);
        QVERIFY(r.generated.size() > 3);
        StatementViewDialog view(m_window->database(), r.generated.first().statementId);
        view.show();
        auto *print = view.findChild<QPushButton *>(QStringLiteral("print"));
        QVERIFY(print);
        QTest::mouseClick(print, Qt::LeftButton);
        auto *preview = view.findChild<QPrintPreviewDialog *>();
        QVERIFY(preview);
        QVERIFY(QTest::qWaitForWindowExposed(preview));
        auto *widget = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(widget);
        QTRY_VERIFY(widget->pageCount() >= 1);
        screenshot(preview, QStringLiteral("billing-print-preview"));
        const int one = widget->pageCount();
        preview->close();

        QVERIFY(m_window->navigateTo(QStringLiteral("Billing > Customer Invoices")));
        CustomerInvoicesPage *invoices = m_window->page<CustomerInvoicesPage>();
        invoices->setPeriods(QDate(2026, 10, 1), QDate(2026, 10, 1));
        invoices->selectRows({0, 1, 2});
        QCOMPARE(invoices->selectedStatements().size(), 3);
        QPrintPreviewDialog *several = invoices->printSelected();
        QVERIFY(several);
        auto *severalWidget = several->findChild<QPrintPreviewWidget *>();
        QTRY_VERIFY(severalWidget->pageCount() >= 3);
        QVERIFY(severalWidget->pageCount() >= one);
        several->close();

        ExportDialog *exporting = invoices->exportSelected();
        QVERIFY(exporting);
        QTemporaryDir out;
        exporting->setFolder(out.path());
        exporting->setFormat(QStringLiteral("pdf"));
        QVERIFY2(exporting->run(), qPrintable(exporting->feedbackText()));
        QCOMPARE(exporting->result().written.size(), 3);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 3);
        // The export ends with a message that names the folder and opens it.
        QMessageBox *done = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("exportDone") && w->isVisible())
                done = qobject_cast<QMessageBox *>(w);
        QVERIFY(done);
        QVERIFY2(
            done->text().contains(QStringLiteral("3 file(s) written to %1").arg(QDir::toNativeSeparators(out.path()))),
            qPrintable(done->text()));
        auto *openFolder = done->findChild<QPushButton *>(QStringLiteral("openFolder"));
        QVERIFY(openFolder);
        QCOMPARE(openFolder->toolTip(), QDir::toNativeSeparators(out.path()));
        done->close();
        exporting->close();

        // The dialog and the view list what the registry holds: a format registered now is
        // offered by both, and written by the same exporter, with no code of its own.
        DocumentFormats::add({QStringLiteral("test-text"), QStringLiteral(".txt"), "Plain text for a test",
                              "Text files (*.txt)", "Save &Text…", 99, false,
                              [](Database *, const StatementInput &in) -> Result<QByteArray> {
                                  return in.statement.reference().toUtf8();
                              }});
        ExportDialog *texts = invoices->exportSelected();
        QVERIFY(texts);
        auto *formats = texts->findChild<QComboBox *>();
        QVERIFY(formats);
        QStringList offered;
        for (int i = 0; i < formats->count(); ++i)
            offered << formats->itemData(i).toString();
        QCOMPARE(offered, (QStringList{QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("detailed-csv"),
                                       QStringLiteral("ubl"), QStringLiteral("test-text")}));
        QTemporaryDir textOut;
        texts->setFolder(textOut.path());
        texts->setFormat(QStringLiteral("test-text"));
        QVERIFY2(texts->run(), qPrintable(texts->feedbackText()));
        QCOMPARE(QDir(textOut.path()).entryList({QStringLiteral("*.txt")}, QDir::Files).size(), 3);
        texts->close();
        {
            StatementViewDialog withRegistered(m_window->database(), r.generated.first().statementId);
            QVERIFY(withRegistered.findChild<QPushButton *>(QStringLiteral("save-test-text")));
            QVERIFY(withRegistered.findChild<QPushButton *>(QStringLiteral("save-pdf")));
            QVERIFY(withRegistered.findChild<QPushButton *>(QStringLiteral("save-detailed-csv")));
        }

        QString error;
        QVERIFY(!invoices->saveAccountStatement(out.filePath(QStringLiteral("account.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("one customer")));
        invoices->setCustomerText(QString::number(r.generated.first().customerId));
        QVERIFY2(invoices->saveAccountStatement(out.filePath(QStringLiteral("account.pdf")), &error),
                 qPrintable(error));
        QVERIFY(QFileInfo(out.filePath(QStringLiteral("account.pdf"))).size() > 1000);
    }

    void settings_statementDocuments()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Statement Documents")));
        DocumentSettingsPage *page = m_window->page<DocumentSettingsPage>();
        page->pattern()->setText(QStringLiteral("{customer}"));
        QVERIFY(!page->save());
        QVERIFY(page->feedbackText().contains(QStringLiteral("{number} or {id}")));
        page->pattern()->setText(QStringLiteral("{number}"));
        page->paper()->setCurrentIndex(page->paper()->findData(QStringLiteral("Letter")));
        page->semicolon()->setChecked(true);
        QVERIFY(page->save());
        QCOMPARE(documentOptions(m_window->database()).paper, QPageSize::Letter);
        QVERIFY(csvOptions(m_window->database()).semicolon);
        screenshot(m_window.get(), QStringLiteral("settings-statement-documents"));
    }

    void settings_taxRatesAndNumbering()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Tax Tables")));
        TaxTablesPage *tax = m_window->page<TaxTablesPage>();
        const int rows = tax->table()->rowCount();
        QVERIFY(!tax->setRate(QStringLiteral("US"), QStringLiteral("OR"), QStringLiteral("abc"), {}));
        QVERIFY(tax->feedbackText().contains(QStringLiteral("not a number")));
        QVERIFY(tax->setRate(QStringLiteral("us"), QStringLiteral("or"), QStringLiteral("0"),
                             QStringLiteral("OR: no sales tax")));
        QCOMPARE(tax->table()->rowCount(), rows + 1);
        screenshot(m_window.get(), QStringLiteral("settings-tax-tables"));

        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Exchange Rates")));
        ExchangeRatesPage *rates = m_window->page<ExchangeRatesPage>();
        QVERIFY(!rates->setRate(QStringLiteral("USD"), QStringLiteral("USD"), QStringLiteral("1")));
        QVERIFY(rates->setRate(QStringLiteral("usd"), QStringLiteral("chf"), QStringLiteral("0.8812")));
        screenshot(m_window.get(), QStringLiteral("settings-exchange-rates"));

        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Statement Numbering")));
        NumberingPage *numbering = m_window->page<NumberingPage>();
        QVERIFY(!numbering->save(QStringLiteral("INV-{YYYY}")));
        QVERIFY(numbering->feedbackText().contains(QStringLiteral("one counter")));
        QVERIFY(numbering->save(QStringLiteral("ST-{YY}{MM}-{00000}")));
        numbering->reload();
        QVERIFY2(numbering->exampleText().endsWith(QStringLiteral("-00001")), qPrintable(numbering->exampleText()));
        screenshot(m_window.get(), QStringLiteral("settings-numbering"));
    }
};

QTEST_MAIN(TestStatementScreens)
#include "tst_statement_screens.moc"
