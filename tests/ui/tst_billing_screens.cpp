// The usage and pricing screens, offscreen, on demo data with demo usage: the Billing
// Customers Report (Last Month by default, checkboxes, Select All/None, filter, exact
// sorting, drill-down, CSV), an import with progress from the Usage page, mapping an
// unmapped account, pricebook changes that say when they apply, and the pricebook in a
// customer's Cloud Providers.
#include "core/billing/credit_service.h"
#include "core/customers/customer_service.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/pricing/pricing_service.h"
#include "core/reports/billing_report.h"
#include "core/storage/database.h"
#include "screenshot.h"
#include "tests/support/test_database.h"
#include "ui/customers/credits_panel.h"
#include "ui/customers/customer_profile.h"
#include "ui/mainwindow.h"
#include "ui/reports/billing_report_model.h"
#include "ui/reports/billing_report_page.h"
#include "ui/settings/pricing_pages.h"
#include "ui/usage/usage_pages.h"
#include "ui/widgets/number_field.h"
#include "window_fixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace bursar::core;
using namespace bursar::ui;

namespace {
const QDate Today(2026, 11, 23);

using bursar::test::screenshot;
} // namespace

class TestBillingScreens : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<bursar::test::TestDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<bursar::test::TestDatabase>();
        QVERIFY(generateDemoData(m_t->db(), 120, 1).ok());
        auto usage = generateDemoUsage(m_t->db(), Today, 1);
        QVERIFY2(usage.ok(), qPrintable(usage.message()));
        m_window = bursar::test::openWindow(m_t->path(), [](MainWindow &w) {
            w.page<BillingReportPage>()->setToday(Today);
            w.page<PricebooksPage>()->setToday(Today);
        });
        QVERIFY(m_window);
    }
    void cleanup()
    {
        m_window.reset();
        m_t.reset();
    }

    void report_isBuiltWhenShownNotBefore()
    {
        // The window opens on Customers; the report waits until someone looks at it.
        QCOMPARE(m_window->page<BillingReportPage>()->model()->rowCount(), 0);
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        QVERIFY(m_window->page<BillingReportPage>()->model()->rowCount() > 0);
    }

    void report_defaultsToLastMonth_andMatchesCore()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        BillingReportPage *page = m_window->page<BillingReportPage>();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->fromPeriod(), QStringLiteral("2026-10"));
        QCOMPARE(page->toPeriod(), QStringLiteral("2026-10"));
        auto core = BillingReportBuilder(m_window->database())
                        .build(Vendor::Aws, QStringLiteral("2026-10"), QStringLiteral("2026-10"));
        QVERIFY(core.ok());
        QCOMPARE(page->model()->rowCount(), int(core->rows.size()));
        QVERIFY(page->model()->rowCount() > 100);
        // The first row shows the same amounts as core, formatted.
        QCOMPARE(page->model()->row(0).price, core->rows.first().price);
        QVERIFY(page->summaryText().contains(QStringLiteral("Period 2026-10")));
        QVERIFY(page->summaryText().contains(QStringLiteral("need attention"))); // every 40th has no pricebook
        screenshot(m_window.get(), QStringLiteral("reports-billing-aws"));

        page->setVendor(Vendor::Microsoft);
        QVERIFY(page->model()->rowCount() > 0);
        QVERIFY(page->summaryText().contains(QStringLiteral("Azure Marketplace fees are not in the reports")));
        page->setRange(BillingReportPage::Range::ThisMonth);
        QCOMPARE(page->fromPeriod(), QStringLiteral("2026-11"));
        QCOMPARE(page->model()->rowCount(), 0); // no usage imported for November yet
        page->setRange(BillingReportPage::Range::Custom, QDate(2026, 8, 15), QDate(2026, 10, 2));
        QCOMPARE(page->fromPeriod(), QStringLiteral("2026-08"));
        QCOMPARE(page->toPeriod(), QStringLiteral("2026-10"));
        QVERIFY(page->model()->rowCount() > 0);
    }

    void report_checkboxesSelectAllNoneAndFilter()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        BillingReportPage *page = m_window->page<BillingReportPage>();
        const int rows = page->model()->rowCount();
        page->selectAll();
        QCOMPARE(page->selectedCustomers().size(), rows);
        page->selectNone();
        QCOMPARE(page->selectedCustomers().size(), 0);
        // A click on a checkbox, as a clerk does it.
        QTableView *view = page->view();
        const QModelIndex first = view->model()->index(0, BillingReportModel::Selected);
        view->setCurrentIndex(first);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(page->selectedCustomers().size(), 1);
        // Select All with a filter selects what is shown, and keeps what was selected.
        page->setFilterText(QStringLiteral("#10005"));
        QCOMPARE(page->proxy()->rowCount(), 10); // #100050..#100059
        page->selectAll();
        QCOMPARE(page->selectedCustomers().size(), 11);
        QVERIFY(page->summaryText().contains(QStringLiteral("11 selected")));
        // The selection survives a refresh of the same report.
        page->refresh();
        QCOMPARE(page->selectedCustomers().size(), 11);
        screenshot(m_window.get(), QStringLiteral("reports-billing-selected"));
    }

    void report_sortsAmountsExactly()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        BillingReportPage *page = m_window->page<BillingReportPage>();
        QVERIFY(page->proxy()->rowCount() > 100);
        page->view()->sortByColumn(BillingReportModel::Cost, Qt::DescendingOrder);
        Decimal previous = page->model()->row(page->proxy()->mapToSource(page->proxy()->index(0, 0)).row()).cost;
        for (int i = 1; i < page->proxy()->rowCount(); ++i) {
            const Decimal cost = page->model()->row(page->proxy()->mapToSource(page->proxy()->index(i, 0)).row()).cost;
            QVERIFY2(cost <= previous, qPrintable(cost.toString() + u" > " + previous.toString()));
            previous = cost;
        }
    }

    void report_drillDownShowsProductsRulesAndLines()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        BillingReportPage *page = m_window->page<BillingReportPage>();
        QDialog *dialog = page->openDetails(0);
        QVERIFY(dialog);
        auto *details = qobject_cast<BillingReportDetails *>(dialog);
        QVERIFY(details->tree()->topLevelItemCount() > 0);
        QVERIFY(details->tree()->topLevelItem(0)->childCount() > 0);
        QVERIFY(details->tree()->topLevelItem(0)->child(0)->text(4).contains(QStringLiteral("Pricebook")));
        QVERIFY(details->lines()->rowCount() > 0);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        screenshot(dialog, QStringLiteral("reports-billing-details"));
        dialog->close();
    }

    void report_exportsWhatItShows()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        BillingReportPage *page = m_window->page<BillingReportPage>();
        page->setFilterText(QStringLiteral("#1000"));
        const QString path = m_t->dir() + QStringLiteral("/report.csv");
        QString error;
        QVERIFY2(page->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("customer_id,customer,currency,pricebook,cost,price,margin,marketplace,support,"
                            "custom_charges,problem\r"));
        QCOMPARE(lines.size() - 2, page->proxy()->rowCount()); // header and the empty tail
        QVERIFY(lines.at(1).startsWith("10000"));
    }

    void usagePage_importsWithProgress_andUnmappedAccountsCanBeMapped()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Usage > Imports")));
        UsageImportsPage *imports = m_window->page<UsageImportsPage>();
        const int before = imports->model()->rowCount();
        UsageFileSpec spec;
        spec.accounts = {QStringLiteral("123412341234")};
        spec.periods = {QStringLiteral("2026-11")};
        spec.rows = 2000;
        const QString path = m_t->dir() + QStringLiteral("/november.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(writeUsageFile(&f, spec).ok());
        f.close();
        QVERIFY2(imports->importFile(path), qPrintable(imports->feedbackText()));
        QCOMPARE(imports->model()->rowCount(), before + 1);
        QVERIFY2(imports->feedbackText().contains(QStringLiteral("1 account(s) have no customer")),
                 qPrintable(imports->feedbackText()));
        QVERIFY(imports->importFile(path));
        QVERIFY(imports->feedbackText().contains(QStringLiteral("already imported")));
        QCOMPARE(imports->model()->rowCount(), before + 1);
        screenshot(m_window.get(), QStringLiteral("usage-imports"));

        QVERIFY(m_window->navigateTo(QStringLiteral("Usage > Unmapped Accounts")));
        UnmappedAccountsPage *unmapped = m_window->page<UnmappedAccountsPage>();
        int row = -1;
        for (int r = 0; r < unmapped->model()->rowCount(); ++r)
            if (unmapped->model()->index(r, 1).data().toString() == QLatin1String("123412341234"))
                row = r;
        QVERIFY(row >= 0);
        screenshot(m_window.get(), QStringLiteral("usage-unmapped"));
        QVERIFY2(unmapped->mapRow(row, 100003), qPrintable(unmapped->feedbackText()));
        // The report counts it now, without a second import.
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        BillingReportPage *report = m_window->page<BillingReportPage>();
        report->setRange(BillingReportPage::Range::ThisMonth);
        // November: the mapped account's usage, and the demo's support plan and custom
        // charge, which apply every month.
        QCOMPARE(report->model()->rowCount(), 3);
        QCOMPARE(report->model()->row(2).customerId, 100003);
        QVERIFY(report->model()->row(2).cost.isPositive());
        QVERIFY(report->model()->row(0).cost.isZero());
        QCOMPARE(report->model()->row(0).support.toString(), QStringLiteral("100")); // the minimum
    }

    void usagePage_importsACurFile_andVendorCreditsAreListed()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Usage > Imports")));
        UsageImportsPage *imports = m_window->page<UsageImportsPage>();
        UsageFileSpec spec;
        spec.format = UsageFormat::AwsCur;
        spec.accounts = {QStringLiteral("100791907919")}; // #100001's AWS account in the demo
        spec.periods = {QStringLiteral("2026-11")};
        spec.rows = 500;
        const QString path = m_t->dir() + QStringLiteral("/cur.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(writeUsageFile(&f, spec).ok());
        f.close();
        QVERIFY2(imports->importFile(path), qPrintable(imports->feedbackText()));
        QVERIFY2(imports->feedbackText().contains(QStringLiteral("AWS Cost and Usage Report")),
                 qPrintable(imports->feedbackText()));
        QVERIFY(m_window->navigateTo(QStringLiteral("Usage > Vendor Credits")));
        VendorCreditsPage *credits = m_window->page<VendorCreditsPage>();
        credits->setRange(QDate(2026, 8, 1), QDate(2026, 11, 1));
        QVERIFY(credits->model()->rowCount() > 0); // the demo and this file hold vendor credit rows
        screenshot(m_window.get(), QStringLiteral("usage-vendor-credits"));
    }

    /// Issue as Customer Credit: one row through Add Credit filled in from it, then a
    /// selection of two in one click after the question; each row then names its credit,
    /// and a row issued already is refused before any form opens.
    void vendorCredits_issueAsCustomerCredit()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Usage > Vendor Credits")));
        VendorCreditsPage *page = m_window->page<VendorCreditsPage>();
        page->setRange(QDate(2026, 8, 1), QDate(2026, 11, 1));
        QList<int> owed; // rows with a customer and something to pass on
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (CreditService::fromVendorCredit(*page->model()->rowAt(r)).ok())
                owed << r;
        QVERIFY2(owed.size() >= 3, "the demo has fewer than three vendor credits to pass on");
        int issuedColumn = -1;
        for (int c = 0; c < page->model()->columnCount(); ++c)
            if (page->model()->headerData(c, Qt::Horizontal).toString() == QLatin1String("Issued as"))
                issuedColumn = c;
        QVERIFY(issuedColumn >= 0);

        // One row: Add Credit opens filled in; Save issues it.
        const VendorCredit one = *page->model()->rowAt(owed[0]);
        page->table()->selectRow(owed[0]);
        QVERIFY(page->issueButton()->isEnabled());
        AddCreditDialog *dialog = page->issueRow(owed[0]);
        QVERIFY(dialog);
        const NewCredit expected = *CreditService::fromVendorCredit(one);
        QCOMPARE(dialog->currency()->currentData().toString(), one.currency);
        QCOMPARE(typedNumber(dialog->amount()), expected.amount);
        QVERIFY2(dialog->comment()->text().contains(one.accountId), qPrintable(dialog->comment()->text()));
        QVERIFY(dialog->windowTitle().contains(displayCustomerId(one.customerId)));
        screenshot(dialog, QStringLiteral("usage-vendor-credit-issue"));
        QVERIFY2(dialog->save(), qPrintable(dialog->feedbackText()));
        const qint64 firstId = dialog->savedId();
        dialog->accept();
        QCOMPARE(page->model()->index(owed[0], issuedColumn).data().toString(),
                 QStringLiteral("credit %1").arg(firstId));
        auto credit = CreditService(m_t->db()).credit(firstId);
        QVERIFY(credit.ok());
        QCOMPARE(credit->customerId, one.customerId);
        QCOMPARE(credit->amount, -*Decimal::parse(expected.amount));
        // Issued already: refused before a form opens, naming the credit.
        QVERIFY(!page->issueRow(owed[0]));
        QVERIFY2(page->feedbackText().contains(QStringLiteral("credit %1").arg(firstId)),
                 qPrintable(page->feedbackText()));

        // Two rows at once, after the question.
        page->table()->clearSelection();
        page->table()->setSelectionMode(QAbstractItemView::MultiSelection);
        page->table()->selectRow(owed[1]);
        page->table()->selectRow(owed[2]);
        page->table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text().contains(QStringLiteral("Issue 2 vendor credit")) &&
                    box->text().contains(QStringLiteral("USD "));
            box->button(QMessageBox::Yes)->click();
        });
        QVERIFY2(page->issueSelected(), qPrintable(page->feedbackText()));
        QVERIFY(asked);
        QVERIFY2(page->feedbackText().startsWith(QStringLiteral("Issued 2 customer credit")),
                 qPrintable(page->feedbackText()));
        for (int r : {owed[1], owed[2]})
            QVERIFY(page->model()->index(r, issuedColumn).data().toString().startsWith(QStringLiteral("credit ")));
        screenshot(m_window.get(), QStringLiteral("usage-vendor-credits-issued"));
    }

    /// A re-issued month in the window: the same usage in other bytes is refused naming the
    /// import; the corrected file replaces the estimate, which the list shows as replaced.
    void usagePage_replacesAnEstimateWithTheCorrectedFile()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Usage > Imports")));
        UsageImportsPage *imports = m_window->page<UsageImportsPage>();
        const QByteArray header = "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,"
                                  "ProviderName,SubAccountId,ServiceName\n";
        auto file = [&](const QString &name, const QByteArray &rows) {
            const QString path = m_t->dir() + u'/' + name;
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(header + rows);
            return path;
        };
        const QByteArray estimate = "12.5,USD,2027-01-01,2027-01-05,Usage,AWS,100791907919,Amazon EC2\n";
        QVERIFY2(imports->importFile(file(QStringLiteral("january-estimate.csv"), estimate)),
                 qPrintable(imports->feedbackText()));
        const qint64 estimateId = imports->model()->rowAt(0)->id;
        QVERIFY(!imports->importFile(
            file(QStringLiteral("january-again.csv"), QByteArray(estimate).replace("\n", "\r\n"))));
        QVERIFY2(imports->feedbackText().contains(QStringLiteral("holds the same usage as import %1").arg(estimateId)),
                 qPrintable(imports->feedbackText()));
        QVERIFY2(imports->replaceRow(0, file(QStringLiteral("january-final.csv"),
                                             "12.75,USD,2027-01-01,2027-01-05,Usage,AWS,100791907919,Amazon EC2\n")),
                 qPrintable(imports->feedbackText()));
        QVERIFY2(imports->feedbackText().contains(QStringLiteral("Import %1 is replaced").arg(estimateId)),
                 qPrintable(imports->feedbackText()));
        int replacedColumn = -1; // beside the file's name, where a clerk looks
        for (int c = 0; c < imports->model()->columnCount(); ++c)
            if (imports->model()->headerData(c, Qt::Horizontal).toString() == QLatin1String("Replaced"))
                replacedColumn = c;
        QCOMPARE(replacedColumn, 6);
        QVERIFY(imports->model()->index(0, replacedColumn).data().toString().isEmpty());
        QVERIFY2(imports->model()
                     ->index(1, replacedColumn)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("by import %1 on ").arg(imports->model()->rowAt(0)->id)),
                 qPrintable(imports->model()->index(1, replacedColumn).data().toString()));
        screenshot(m_window.get(), QStringLiteral("usage-imports-replaced"));
    }

    /// The vendors' own files through the window: Microsoft's exports old and new, and a
    /// FinOps tool's FOCUS file of three providers, one of them left out.
    void usagePage_importsVendorFiles()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Usage > Imports")));
        UsageImportsPage *imports = m_window->page<UsageImportsPage>();
        const QString dir = QStringLiteral(BURSAR_FIXTURES "/vendors/");
        QVERIFY2(imports->importFile(dir + QStringLiteral("azure-ea-older-actual.csv")),
                 qPrintable(imports->feedbackText()));
        QVERIFY2(imports->feedbackText().contains(QStringLiteral("cost EUR 17.6165024566")),
                 qPrintable(imports->feedbackText()));
        QVERIFY2(imports->importFile(dir + QStringLiteral("azure-ea-amortized.csv")),
                 qPrintable(imports->feedbackText()));
        QVERIFY2(imports->feedbackText().contains(QStringLiteral("cost EUR 9.61174212146118721461120001")),
                 qPrintable(imports->feedbackText()));
        const QString multi = dir + QStringLiteral("focus-finops-multi-provider.csv");
        QVERIFY(!imports->importFile(multi));
        QVERIFY2(imports->feedbackText().contains(QStringLiteral("“Oracle” (rows: 3)")),
                 qPrintable(imports->feedbackText()));
        imports->setSkippedProviders(QStringLiteral("Oracle"));
        QVERIFY2(imports->importFile(multi), qPrintable(imports->feedbackText()));
        QVERIFY2(imports->feedbackText().contains(QStringLiteral("(FinOps FOCUS, AWS, Microsoft)")),
                 qPrintable(imports->feedbackText()));
        QVERIFY2(imports->feedbackText().contains(QStringLiteral("Left out as asked: the rows of “Oracle” (3).")),
                 qPrintable(imports->feedbackText()));
        QCOMPARE(imports->model()->index(0, 3).data().toString(), QStringLiteral("AWS, Microsoft"));
        imports->setSkippedProviders(QString());
        screenshot(m_window.get(), QStringLiteral("usage-imports-vendor-files"));
    }

    void pricebooksPage_saysWhenAChangeApplies()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Pricebooks")));
        PricebooksPage *page = m_window->page<PricebooksPage>();
        QCOMPARE(page->pricebooks()->count(), 2); // the demo's AWS Standard and Enterprise
        QVERIFY(!page->addPricebook(QStringLiteral("standard"), QStringLiteral("5")));
        QVERIFY(page->feedbackText().contains(QStringLiteral("already has a pricebook")));
        QVERIFY(page->addPricebook(QStringLiteral("Gold"), QStringLiteral("15")));
        QCOMPARE(page->pricebooks()->count(), 3);
        QVERIFY(!page->setRule({}, QStringLiteral("abc"), Today));
        QVERIFY(page->setRule(QStringLiteral("Amazon CloudFront"), QStringLiteral("30"), QDate(2026, 10, 1)));
        QVERIFY2(page->feedbackText().contains(QStringLiteral("applies from period 2026-11")),
                 qPrintable(page->feedbackText()));
        QVERIFY(page->feedbackText().contains(QStringLiteral("2026-10 has ended")));
        QCOMPARE(page->rules()->rowCount(), 2);
        screenshot(m_window.get(), QStringLiteral("settings-pricebooks"));

        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Discounts, Charges & Support")));
        PricingAdjustmentsPage *adjustments = m_window->page<PricingAdjustmentsPage>();
        const int plans = adjustments->plans()->rowCount();
        QVERIFY(!adjustments->addSupport(QStringLiteral("100004"), QStringLiteral("aws"), QStringLiteral("Basic"),
                                         QStringLiteral("150"), QStringLiteral("10"), QStringLiteral("USD"), Today));
        QVERIFY(adjustments->addSupport(QStringLiteral("100004"), QStringLiteral("aws"), QStringLiteral("Basic"),
                                        QStringLiteral("3"), QStringLiteral("10"), QStringLiteral("USD"), Today));
        QCOMPARE(adjustments->plans()->rowCount(), plans + 1);
        QVERIFY(adjustments->addCharge(QStringLiteral("#100004"), QStringLiteral("AWS"), QStringLiteral("Onboarding"),
                                       QStringLiteral("99.50"), QStringLiteral("usd"), Today));
        QVERIFY(!adjustments->addCharge(QStringLiteral("100004"), QStringLiteral("aws"), QStringLiteral("Bad"),
                                        QStringLiteral("1.234"), QStringLiteral("USD"), Today));
        QVERIFY(adjustments->feedbackText().contains(QStringLiteral("USD has 2 decimals")));
        adjustments->tabs()->setCurrentIndex(2);
        screenshot(m_window.get(), QStringLiteral("settings-adjustments"));
    }

    void customerProfile_setsThePricebook()
    {
        auto *dialog = new CustomerProfileDialog(m_window->database(), 100007, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        auto *book = dialog->findChild<QComboBox *>(QStringLiteral("pricebook_aws"));
        QVERIFY(book);
        QCOMPARE(book->currentData().toLongLong(), 0); // #100007 is one the demo leaves without
        book->setCurrentIndex(book->findText(QStringLiteral("Enterprise")));
        QVERIFY(dialog->save());
        auto providers = CustomerService(m_window->database()).providers(100007);
        QCOMPARE(providers->first().pricebookName, QStringLiteral("Enterprise"));
        dialog->close();
    }
};

QTEST_MAIN(TestBillingScreens)
#include "tst_billing_screens.moc"
