// The customer picker (issue 17 §1): a clerk finds a customer by name or #ID and never has
// to know the number; a wrong entry is named before anything is saved.
#include "core/customers/customer_service.h"
#include "core/pricing/pricing_service.h"
#include "core/usage/usage_importer.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"
#include "tests/ui/screenshot.h"
#include "ui/settings/pricing_pages.h"
#include "ui/usage/usage_pages.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/paged_model.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace bursar::core;
using namespace bursar::ui;
using bursar::test::TestDatabase;

namespace {

qint64 customer(Database &db, const QString &name)
{
    auto id = CustomerService(db).addCustomer(bursar::test::named(name));
    if (!id)
        qFatal("customer: %s", qPrintable(id.message()));
    return *id;
}

/// The names the completer lists for what is typed, after the typing pause.
QStringList listed(CustomerPicker &picker, const QString &typed)
{
    picker.clear();
    QTest::keyClicks(&picker, typed);
    auto *completer = picker.findChild<QCompleter *>(QStringLiteral("customerCompleter"));
    QStringList names;
    if (!completer)
        return {QStringLiteral("no completer")};
    QTest::qWait(400); // the picker asks once the typing pauses (150 ms)
    for (int r = 0; r < completer->model()->rowCount(); ++r)
        names << completer->model()->index(r, 0).data().toString();
    return names;
}

} // namespace

class TestPickers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customer_foundByNameOrId()
    {
        TestDatabase t;
        const qint64 lakeside = customer(t.db(), QStringLiteral("Lakeside Retail"));
        const qint64 harbour = customer(t.db(), QStringLiteral("Harbour Logistics"));
        const qint64 lakeview = customer(t.db(), QStringLiteral("Lakeview Dental"));
        CustomerPicker picker(t.db());
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));

        // Part of a name lists the matches by name, each with its ID.
        QCOMPARE(listed(picker, QStringLiteral("lake")),
                 (QStringList{QStringLiteral("#%1  Lakeside Retail").arg(lakeside),
                              QStringLiteral("#%1  Lakeview Dental").arg(lakeview)}));
        // "#" and the first digits of an ID list the IDs that start so.
        QCOMPARE(listed(picker, QStringLiteral("#%1").arg(harbour)),
                 QStringList{QStringLiteral("#%1  Harbour Logistics").arg(harbour)});
        QCOMPARE(listed(picker, QStringLiteral("#99")), QStringList());

        // Picking from the list shows the name and gives the ID.
        QSignalSpy picked(&picker, &CustomerPicker::customerPicked);
        auto *completer = picker.findChild<QCompleter *>(QStringLiteral("customerCompleter"));
        listed(picker, QStringLiteral("harb"));
        Q_EMIT completer->activated(completer->model()->index(0, 0));
        QCOMPARE(picker.text(), QStringLiteral("#%1  Harbour Logistics").arg(harbour));
        QCOMPARE(picker.customerId(), std::optional<qint64>(harbour));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.first().first().toLongLong(), harbour);

        // An ID typed whole, or one whole name, is found when the field is left.
        picker.setText(QString::number(lakeview));
        Q_EMIT picker.editingFinished();
        QCOMPARE(picker.text(), QStringLiteral("#%1  Lakeview Dental").arg(lakeview));
        picker.setText(QStringLiteral("lakeside retail"));
        Q_EMIT picker.editingFinished();
        QCOMPARE(picker.customerId(), std::optional<qint64>(lakeside));
        QVERIFY(!picker.property("bursarCustomerBad").toBool());

        // An ID that is no customer is framed and named; so is a name that matches several.
        picker.setText(QStringLiteral("999999"));
        Q_EMIT picker.editingFinished();
        QVERIFY(picker.property("bursarCustomerBad").toBool());
        QCOMPARE(picker.toolTip(), QStringLiteral("There is no customer #999999."));
        picker.setText(QStringLiteral("lake"));
        QVERIFY(!picker.property("bursarCustomerBad").toBool()); // typing clears the frame
        Q_EMIT picker.editingFinished();
        QVERIFY(picker.property("bursarCustomerBad").toBool());
        QVERIFY2(picker.toolTip().contains(QStringLiteral("Several customers")), qPrintable(picker.toolTip()));
        QVERIFY(!picker.customerId());
        auto choice = picker.choice();
        QVERIFY(!choice);
        QCOMPARE(choice.error().field, QStringLiteral("customer"));
        QVERIFY2(choice.message().contains(QStringLiteral("“lake” is not a customer")), qPrintable(choice.message()));

        // Empty: no choice (an optional filter), but required() says to choose one.
        picker.clear();
        QVERIFY(picker.choice() && !*picker.choice());
        QVERIFY(CustomerPicker::required(QString()).message().startsWith(QStringLiteral("Choose a customer")));
        QCOMPARE(*CustomerPicker::required(QStringLiteral("#000042  Any name")), 42);
    }

    /// Map to Customer… asks by name: the clerk types part of it, picks, and the account's
    /// usage belongs to the customer without typing an ID.
    void mapToCustomer_pickedByName()
    {
        TestDatabase t;
        const qint64 lakeside = customer(t.db(), QStringLiteral("Lakeside Retail"));
        customer(t.db(), QStringLiteral("Harbour Logistics"));
        auto imported = bursar::test::importRows(t, {{"556677889900", "Amazon S3", "12.50", "2026-11"}});
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        UnmappedAccountsPage page(t.db());
        page.show();
        QCOMPARE(page.model()->rowCount(), 1);
        page.table()->setCurrentIndex(page.model()->index(0, 0));

        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            auto *picker = dialog->findChild<CustomerPicker *>(QStringLiteral("customer"));
            QVERIFY(picker);
            // OK with nothing chosen keeps the dialog open and says why.
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(dialog->isVisible());
            QTest::keyClicks(picker, QStringLiteral("lakesi"));
            auto *completer = picker->findChild<QCompleter *>(QStringLiteral("customerCompleter"));
            QTRY_COMPARE(completer->model()->rowCount(), 1);
            Q_EMIT completer->activated(completer->model()->index(0, 0));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        page.findChild<QPushButton *>(QStringLiteral("mapToCustomer"))->click();
        QVERIFY(sawDialog);
        QCOMPARE(*UsageImporter(t.db()).unmappedAccountCount(), 0);
        auto accounts = CustomerService(t.db()).accounts(lakeside);
        QVERIFY2(accounts.ok(), qPrintable(accounts.message()));
        QCOMPARE(accounts->size(), 1);
        QCOMPARE(accounts->first().accountId, QStringLiteral("556677889900"));
    }
    /// Settings > Discounts, Charges & Support: the customer picked by name, the vendor and
    /// the currency chosen from lists; the currency follows the customer's invoice currency.
    void customCharge_addedWithoutTypingAnId()
    {
        TestDatabase t;
        customer(t.db(), QStringLiteral("Harbour Logistics"));
        const qint64 lakeside = customer(t.db(), QStringLiteral("Lakeside Retail"));
        QVERIFY(CustomerService(t.db()).setProvider(lakeside, {Vendor::Microsoft, true, QStringLiteral("EUR")}).ok());
        PricingAdjustmentsPage page(t.db());
        page.resize(1024, 600);
        page.show();
        auto *tabs = page.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        QWidget *tab = tabs->currentWidget();
        auto *picker = tab->findChild<CustomerPicker *>(QStringLiteral("customer"));
        auto *vendor = tab->findChild<QComboBox *>(QStringLiteral("vendor"));
        auto *currency = tab->findChild<QComboBox *>(QStringLiteral("currency"));
        auto *description = tab->findChild<QLineEdit *>(QStringLiteral("description"));
        auto *amount = tab->findChild<QLineEdit *>(QStringLiteral("amount"));
        QVERIFY(picker && vendor && currency && description && amount);
        QCOMPARE(comboCurrency(currency), QStringLiteral("USD"));

        vendor->setCurrentIndex(vendor->findData(vendorKey(Vendor::Microsoft)));
        QTest::keyClicks(picker, QStringLiteral("lakesi"));
        auto *completer = picker->findChild<QCompleter *>(QStringLiteral("customerCompleter"));
        QTRY_COMPARE(completer->model()->rowCount(), 1);
        Q_EMIT completer->activated(completer->model()->index(0, 0));
        QCOMPARE(comboCurrency(currency), QStringLiteral("EUR"));
        description->setText(QStringLiteral("Managed service"));
        amount->setText(QStringLiteral("1,250.50"));
        bursar::test::screenshot(&page, QStringLiteral("settings-custom-charges"));
        for (auto *b : tab->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Add"))
                b->click();
        auto charges = PricingService(t.db()).customCharges(lakeside);
        QVERIFY2(charges.ok() && charges->size() == 1, qPrintable(page.feedbackText()));
        QCOMPARE(charges->first().vendor, Vendor::Microsoft);
        QCOMPARE(charges->first().currency, QStringLiteral("EUR"));
        QCOMPARE(charges->first().amount, bursar::test::dec("1250.50"));
        QVERIFY(picker->text().isEmpty()); // the row is cleared for the next one

        // Nothing picked: the customer field is named, nothing is added.
        description->setText(QStringLiteral("Second"));
        amount->setText(QStringLiteral("10"));
        for (auto *b : tab->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Add"))
                b->click();
        QVERIFY2(page.feedbackText().startsWith(QStringLiteral("Choose a customer")), qPrintable(page.feedbackText()));
        QCOMPARE(PricingService(t.db()).customCharges()->size(), 1);
    }
};

QTEST_MAIN(TestPickers)
#include "tst_pickers.moc"
