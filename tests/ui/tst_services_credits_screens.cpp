// Services credits in the window (issue 15): seed 003 followed step by step — a purchase
// typed into New (and refused with the field marked when the expiry is before the start),
// drafts, purchases created from an opportunity's products with the exact value per credit
// shown rounded, a project's milestone allocated automatically and completed, the settings,
// and Reports > Services Credits with its proof line and CSV. Real widgets, offscreen, on
// SQLite and PostgreSQL.
#include "core/customers/customer_service.h"
#include "core/servicescredits/services_credit_service.h"
#include "tests/support/test_database.h"
#include "tests/ui/screenshot.h"
#include "ui/reports/services_credits_report_page.h"
#include "ui/servicescredits/services_credits_pages.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/paged_model.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace bursar::core;
using namespace bursar::ui;
using bursar::test::screenshot;
using bursar::test::TestDatabase;

namespace {

qint64 customer(TestDatabase &t, const QString &name)
{
    auto id = CustomerService(t.db()).addCustomer(bursar::test::named(name));
    if (!id)
        qFatal("customer: %s", qPrintable(id.message()));
    return *id;
}

QString text(const QTableWidget *t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

} // namespace

class TestServicesCreditsScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void purchase_newDraftUndraft()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Northwind Traders"));
        PurchasesPage page(t.db());
        page.resize(1250, 650);

        // New, as the seed says: 200 credits, value 100, paid 80; the expiry first typed wrong.
        PurchaseDialog dialog(t.db(), std::nullopt, &page);
        dialog.m_customer->setText(QString::number(c));
        dialog.m_start->setDate(QDate(2027, 1, 1));
        dialog.m_expiry->setDate(QDate(2026, 12, 31));
        dialog.m_credits->setText(QStringLiteral("200"));
        dialog.m_value->setText(QStringLiteral("100"));
        dialog.m_paid->setText(QStringLiteral("80"));
        dialog.m_description->setText(QStringLiteral("Professional services 2027"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.m_expiry->styleSheet().contains(QStringLiteral("border")));
        QVERIFY(dialog.findChild<FormFeedback *>()->text().contains(QStringLiteral("before the start date")));
        screenshot(&dialog, QStringLiteral("services-credits-new-refused"));
        dialog.m_expiry->setDate(QDate(2027, 12, 31));
        QVERIFY(dialog.save());
        const qint64 id = dialog.savedId();
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 1);
        const ServicesPurchase *row = page.model()->rowAt(0);
        QCOMPARE(row->id, id);
        QCOMPARE(row->paid(), Decimal::fromInt(16000));
        QCOMPARE(page.model()->data(page.model()->index(0, 10)).toString(), QStringLiteral("200"));   // available
        QCOMPARE(page.model()->data(page.model()->index(0, 12)).toString(), QStringLiteral("80.00")); // paid

        // Draft: refused once credits moved, and the page says why.
        PurchaseDialog draftDialog(t.db(), std::nullopt, &page);
        draftDialog.m_customer->setText(QString::number(c));
        draftDialog.m_start->setDate(QDate(2027, 1, 1));
        draftDialog.m_expiry->setDate(QDate(2027, 6, 30));
        draftDialog.m_credits->setText(QStringLiteral("5"));
        draftDialog.m_value->setText(QStringLiteral("250"));
        draftDialog.m_paid->setText(QStringLiteral("250"));
        selectCurrency(draftDialog.m_currency, QStringLiteral("GBP"));
        QCOMPARE(comboCurrency(draftDialog.m_currency), QStringLiteral("GBP"));
        draftDialog.m_draft->setChecked(true);
        QVERIFY(draftDialog.save());
        page.refresh();
        page.table()->selectRow(0); // newest first: the draft
        QCOMPARE(page.model()->data(page.model()->index(0, 2)).toString(), QStringLiteral("Draft"));
        QVERIFY(page.setDraft(false));
        MilestoneService m(t.db());
        const qint64 project = *m.addProject(c, QStringLiteral("Rollout"));
        const qint64 milestone = *m.addMilestone(project, QStringLiteral("Pilot"), QStringLiteral("3"));
        QVERIFY(m.allocate(milestone, draftDialog.savedId(), QStringLiteral("3"), QDate(2027, 2, 1)).ok());
        page.refresh();
        page.table()->selectRow(0);
        QVERIFY(!page.setDraft(true));
        QVERIFY2(page.feedback()->text().contains(QStringLiteral("cannot be marked draft")),
                 qPrintable(page.feedback()->text()));
        page.showHistory(draftDialog.savedId());
        QCOMPARE(page.history()->rowCount(), 2);
        QCOMPARE(text(page.history(), 1, 4), QStringLiteral("2")); // available after the allocation
        screenshot(&page, QStringLiteral("services-credits-purchases"));
    }

    void paidFollowsValue()
    {
        TestDatabase t;
        ServicesCreditsSettingsPage settings(t.db());
        settings.m_paidEqualsValue->setChecked(true);
        settings.m_grace->setValue(14);
        QVERIFY(settings.save());
        screenshot(&settings, QStringLiteral("services-credits-settings"));
        QCOMPARE(ServicesCreditSettingsService(t.db()).load()->graceDays, 14);
        PurchaseDialog dialog(t.db(), std::nullopt, nullptr);
        QVERIFY(dialog.m_paid->isReadOnly());
        dialog.m_value->setText(QStringLiteral("95.50"));
        QCOMPARE(dialog.m_paid->text(), QStringLiteral("95.50"));
    }

    void opportunity_createPurchase()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Contoso"));
        OpportunitiesPage page(t.db());
        page.resize(1100, 600);
        QVERIFY(page.addOpportunity(QString::number(c), QStringLiteral("Data platform"), QDate(2027, 3, 31)));
        QVERIFY(page.addProduct(QStringLiteral("Architecture workshop"), QStringLiteral("1"), QStringLiteral("1000.00"),
                                QStringLiteral("3")));
        QVERIFY(page.addProduct(QStringLiteral("Licences"), QStringLiteral("10"), QStringLiteral("12.50"), {}));
        QVERIFY(!page.addProduct(QStringLiteral("Days"), QStringLiteral("two"), QStringLiteral("1"), {}));
        QCOMPARE(page.products()->rowCount(), 2);
        screenshot(&page, QStringLiteral("services-credits-opportunities"));
        CreatePurchasesDialog dialog(t.db(), page.currentOpportunity(), &page);
        QCOMPARE(dialog.table()->rowCount(), 1); // the licences carry no credits
        QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("333.33"));
        QCOMPARE(dialog.table()->item(0, 2)->toolTip(), QStringLiteral("333.333333333333333333"));
        screenshot(&dialog, QStringLiteral("services-credits-create-from-opportunity"));
        QVERIFY(dialog.create());
        QCOMPARE(dialog.created().size(), 1);
        auto p = PurchaseService(t.db()).purchase(dialog.created().first());
        QCOMPARE(p->valuePerCredit, *Decimal::parse(u"333.333333333333333333"));
        QCOMPARE(p->description, QStringLiteral("Architecture workshop"));
        // Offered no more.
        CreatePurchasesDialog again(t.db(), page.currentOpportunity(), &page);
        QCOMPARE(again.table()->rowCount(), 0);
    }

    void milestone_allocateCompleteAndReport()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Fabrikam"));
        const QDate today = QDate::currentDate();
        PurchaseInput in{c,
                         today.addDays(-10),
                         today.addDays(20),
                         QStringLiteral("10"),
                         QStringLiteral("100"),
                         QStringLiteral("80"),
                         QStringLiteral("Q1 services"),
                         QStringLiteral("USD"),
                         false,
                         0};
        const qint64 p1 = *PurchaseService(t.db()).add(in);
        in.expiryDate = today.addDays(200);
        in.credits = QStringLiteral("20");
        PurchaseService(t.db()).add(in).value();
        ProjectsPage page(t.db());
        page.resize(1100, 700);
        QVERIFY(page.addProject(QString::number(c), QStringLiteral("ERP migration")));
        QVERIFY(!page.addMilestone(QStringLiteral("Design"), QStringLiteral("0"), today.addDays(30), {}));
        QVERIFY(page.feedback()->text().contains(QStringLiteral("must be positive")));
        QVERIFY(page.addMilestone(QStringLiteral("Design"), QStringLiteral("12"), today.addDays(30), {}));
        QVERIFY(page.allocateAutomatically(false));
        // Earliest expiry first: all 10 of the first purchase, then 2 of the second.
        QCOMPARE(page.allocations()->rowCount(), 2);
        QCOMPARE(text(page.allocations(), 0, 0), QString::number(p1));
        QCOMPARE(text(page.allocations(), 0, 3), QStringLiteral("10"));
        QCOMPARE(text(page.allocations(), 1, 3), QStringLiteral("2"));
        QVERIFY(page.complete());
        QVERIFY(!page.complete());
        QVERIFY(page.feedback()->text().contains(QStringLiteral("already")));
        QVERIFY(text(page.milestones(), 0, 8).startsWith(QStringLiteral("Completed")));
        screenshot(&page, QStringLiteral("services-credits-projects"));

        ServicesCreditsReportPage report(t.db());
        report.resize(1200, 700);
        QCOMPARE(report.balances()->rowCount(), 1);
        const auto cellOf = [&](int column) {
            return report.balances()->data(report.balances()->index(0, column)).toString();
        };
        QCOMPARE(cellOf(5), QStringLiteral("12")); // redeemed
        QCOMPARE(cellOf(7), QStringLiteral("18")); // available
        QCOMPARE(cellOf(8), QStringLiteral("1,800.00"));
        QVERIFY(report.csv().startsWith("customer_id,customer_name,currency,purchases,purchased,allocated,redeemed,"
                                        "expired,available,available_value,outstanding_value\r\n"));
        QVERIFY2(report.csv().contains(",USD,2,30,0,12,0,18,1800,1800\r\n"), report.csv().constData());
        QCOMPARE(report.expiring()->rowCount(), 0); // read when its tab is first shown
        report.tabs()->setCurrentIndex(1);
        QCOMPARE(report.expiring()->rowCount(), 1); // the first purchase has nothing left
        QCOMPARE(report.expiringSummary()->text(), QStringLiteral("No credits expire in the next 90 days."));
        report.showRollForward(today.addDays(-30), today);
        QVERIFY2(report.proof()->text().contains(QStringLiteral("0 + 30 − 12 − 0 = 18")),
                 qPrintable(report.proof()->text()));
        report.tabs()->setCurrentIndex(3);
        QVERIFY(report.csv().startsWith("Customer,Currency,Opening,Purchased,Redeemed,Expired,Closing,Proof\r\n"));
        screenshot(&report, QStringLiteral("services-credits-report-rollforward"));
        report.tabs()->setCurrentIndex(1);
        screenshot(&report, QStringLiteral("services-credits-report-expiring"));
        report.showHistory(p1);
        QCOMPARE(report.history()->rowCount(), 4); // purchased, allocated, returned, redeemed
    }
};

QTEST_MAIN(TestServicesCreditsScreens)
#include "tst_services_credits_screens.moc"
