// Finance > Documents and Reports > Aging in the window (issue 13): a credit memo made in the
// two-step dialog, released from the list, applied with the default split shown before it
// is written, reversed one application at a time from the document's history, and the aging
// with its proof line and CSV; buttons follow the user's privileges. Real widgets, offscreen,
// on SQLite and PostgreSQL.
#include "core/finance/aging.h"
#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"
#include "core/users/user_service.h"
#include "tests/finance/ar_fixture.h"
#include "tests/ui/screenshot.h"
#include "ui/customers/customer_profile.h"
#include "ui/finance/aging_page.h"
#include "ui/finance/customer_ar_panel.h"
#include "ui/finance/document_dialogs.h"
#include "ui/finance/documents_page.h"
#include "ui/finance/tax_categories_box.h"
#include "ui/finance/write_off_page.h"
#include "ui/settings/billing_settings_pages.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/paged_model.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bursar::core;
using namespace bursar::ui;
using bursar::test::arCustomer;
using bursar::test::dec;
using bursar::test::openStatement;
using bursar::test::screenshot;
using bursar::test::TestDatabase;

class TestFinanceScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void creditMemo_made_released_applied_and_reversed()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Lakeside Retail"));
        const qint64 s1 = openStatement(t.db(), c, "60.00", QDate(2026, 9, 15), QDate(2026, 10, 15));
        openStatement(t.db(), c, "80.00", QDate(2026, 10, 16), QDate(2026, 11, 15));
        FinanceDocumentsPage page(t.db());
        page.resize(1100, 600);
        ArDocumentList *credits = page.list(ArKind::CreditMemo);

        // The two-step dialog: step 1 refuses without a description, step 2 shows live totals.
        MemoDialog dialog(t.db(), ArKind::CreditMemo);
        // The account found by name: part of it typed, the customer picked, its ID filled in.
        auto *account = dialog.findChild<QLineEdit *>(QStringLiteral("memoAccount"));
        QVERIFY(account);
        QTest::keyClicks(account, QStringLiteral("lakes"));
        auto *completer = account->findChild<QCompleter *>(QStringLiteral("customerCompleter"));
        QVERIFY(completer);
        QTRY_COMPARE(completer->model()->rowCount(), 1);
        QCOMPARE(completer->model()->index(0, 0).data().toString(), QStringLiteral("#100001  Lakeside Retail"));
        Q_EMIT completer->activated(completer->completionModel()->index(0, 0));
        QCOMPARE(account->text(), QStringLiteral("#100001  Lakeside Retail"));
        QCOMPARE(qobject_cast<CustomerPicker *>(account)->customerId(), std::optional<qint64>(c));
        dialog.setCustomer(c);
        // The adjusted-document picker offers the customer's statements, newest first.
        QCOMPARE(dialog.adjustableNumbers(),
                 (QStringList{QStringLiteral("INV-T-%1").arg(s1 + 1), QStringLiteral("INV-T-%1").arg(s1)}));
        dialog.setAdjusts(QStringLiteral("INV-T-%1").arg(s1));
        QVERIFY(!dialog.next());
        dialog.setDescription(QStringLiteral("Goodwill credit"));
        QVERIFY(dialog.next());
        QVERIFY(!dialog.addDetail({QStringLiteral("Goodwill"),
                                   QStringLiteral("1"),
                                   QStringLiteral("each"),
                                   QStringLiteral("-5"),
                                   {},
                                   {}})); // refused, not added
        QVERIFY(dialog.addDetail({QStringLiteral("Goodwill"),
                                  QStringLiteral("2"),
                                  QStringLiteral("each"),
                                  QStringLiteral("50.00"),
                                  {},
                                  {}}));
        QVERIFY2(dialog.totalsText().contains(QStringLiteral("100.00")), qPrintable(dialog.totalsText()));
        dialog.resize(720, 520);
        screenshot(&dialog, QStringLiteral("finance-memo-dialog"));
        QVERIFY(dialog.save());
        QCOMPARE(ArDocuments(t.db()).document(dialog.savedId())->adjustsId, s1);
        QCOMPARE(ArDocuments(t.db()).document(dialog.savedId())->adjustsKind, QStringLiteral("statement"));
        credits->refresh();
        QCOMPARE(credits->model()->rowCount(), 1);
        QCOMPARE(credits->model()->index(0, 1).data().toString(), arStatusName(ArStatus::Hold));

        // Release from the list: the memo takes its number.
        credits->table()->selectRow(0);
        QVERIFY(credits->button(QStringLiteral("release"))->isEnabled());
        credits->button(QStringLiteral("release"))->click();
        QCOMPARE(credits->model()->index(0, 0).data().toString(), QStringLiteral("CM-2026-000001"));
        screenshot(&page, QStringLiteral("finance-documents"));

        // Apply: the default split before anything is written.
        ApplyDialog apply(t.db(), {QStringLiteral("credit_memo"), dialog.savedId()});
        QCOMPARE(apply.table()->rowCount(), 2);
        QCOMPARE(apply.table()->item(0, 4)->text(), QStringLiteral("60.00"));
        QCOMPARE(apply.table()->item(1, 4)->text(), QStringLiteral("40.00"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM allocations")).toInt(), 0);
        apply.setAmount(1, QStringLiteral("40.01")); // over-application is refused and said
        apply.setDate(QDate::currentDate());
        QVERIFY(!apply.apply());
        QVERIFY(apply.feedbackText().contains(QStringLiteral("cannot be applied")));
        apply.setAmount(1, QStringLiteral("40.00"));
        QVERIFY2(apply.feedbackText().isEmpty(), qPrintable(apply.feedbackText())); // the refusal was of 40.01
        screenshot(&apply, QStringLiteral("finance-apply"));
        QVERIFY(apply.apply());
        QCOMPARE(t.scalar(QStringLiteral("SELECT status FROM statements WHERE id = %1").arg(s1)).toString(),
                 QStringLiteral("closed"));

        // The statement's history says why it is closed; Unapply reverses exactly that entry.
        DocumentView view(t.db(), {QStringLiteral("statement"), s1});
        QCOMPARE(view.history()->rowCount(), 1);
        QVERIFY(view.unapply(0));
        QCOMPARE(view.history()->rowCount(), 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT status FROM statements WHERE id = %1").arg(s1)).toString(),
                 QStringLiteral("open"));
        DocumentView memoView(t.db(), {QStringLiteral("credit_memo"), dialog.savedId()});
        QCOMPARE(memoView.history()->rowCount(), 3);
        screenshot(&memoView, QStringLiteral("finance-document-view"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("memo.pdf"));
        QVERIFY(memoView.savePdf(pdf));
        QFile saved(pdf);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.read(5) == "%PDF-");
        // As UBL: refused, naming what e-invoicing needs, when nothing is set up; no file.
        QVERIFY(memoView.findChild<QPushButton *>(QStringLiteral("saveUbl")));
        const QString xml = dir.filePath(QStringLiteral("memo.xml"));
        QVERIFY(!memoView.saveAs(QStringLiteral("ubl"), xml));
        QVERIFY2(memoView.feedbackText().contains(QStringLiteral("E-invoicing")), qPrintable(memoView.feedbackText()));
        QVERIFY(!QFile::exists(xml));
    }

    // Settings > Write-off and the document view's Write Off: a statement with 0.40 left is
    // closed by a credit memo of exactly 0.40; above the tolerance the view says why.
    void writeOff_fromSettingsAndTheDocumentView()
    {
        TestDatabase t;
        WriteOffPage settings(t.db());
        QVERIFY(!settings.save(QStringLiteral("USD"), QStringLiteral("-1")));
        QVERIFY(settings.save(QStringLiteral("USD"), QStringLiteral("0.50")));
        QCOMPARE(settings.table()->rowCount(), 1);
        QCOMPARE(settings.table()->item(0, 1)->text(), QStringLiteral("0.50"));
        const qint64 c = arCustomer(t.db(), QStringLiteral("Small Balance"));
        const qint64 s = openStatement(t.db(), c, "10.40", QDate(2026, 10, 1), QDate(2026, 10, 31));
        const qint64 big = openStatement(t.db(), c, "10.60", QDate(2026, 10, 1), QDate(2026, 10, 31));
        const qint64 p = *ArDocuments(t.db()).recordPayment(
            {c, QStringLiteral("20.00"), QStringLiteral("USD"), QDate(2026, 10, 20), {}, {}});
        QVERIFY(ArApplications(t.db()).apply({QStringLiteral("payment"), p},
                                             {{{QStringLiteral("statement"), s}, *Decimal::parse(u"10.00")},
                                              {{QStringLiteral("statement"), big}, *Decimal::parse(u"10.00")}},
                                             QDate(2026, 10, 20)));
        DocumentView tooBig(t.db(), {QStringLiteral("statement"), big});
        QVERIFY(!tooBig.writeOff());
        QVERIFY(tooBig.findChild<QPushButton *>(QStringLiteral("writeOff"))->isEnabled());
        DocumentView view(t.db(), {QStringLiteral("statement"), s});
        const int before = view.history()->rowCount();
        QVERIFY(view.writeOff());
        QCOMPARE(view.history()->rowCount(), before + 1); // the write-off's application
        // what is left is the other statement's 0.60 (the write-off is dated today)
        QCOMPARE(Aging(t.db()).balances(c, QDate::currentDate())->first().balance, *Decimal::parse(u"0.60"));
        view.resize(900, 500);
        screenshot(&view, QStringLiteral("document-write-off"));
    }

    void aging_showsProofAndExports()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Example Nine"));
        openStatement(t.db(), c, "40.00", QDate(2026, 10, 16), QDate(2026, 11, 15));
        QVERIFY(ArDocuments(t.db()).recordPayment(
            {c, QStringLiteral("25.00"), QStringLiteral("USD"), QDate(2026, 11, 20), {}, {}}));
        AgingPage page(t.db());
        page.resize(1100, 400);
        page.setAsOf(QDate(2026, 12, 1));
        QCOMPARE(page.table()->rowCount(), 2);                               // the customer and the USD total
        QCOMPARE(page.table()->item(0, 4)->text(), QStringLiteral("40.00")); // 1–30
        QCOMPARE(page.table()->item(0, 8)->text(), QStringLiteral("-25.00"));
        QCOMPARE(page.table()->item(0, 9)->text(), QStringLiteral("15.00"));
        QVERIFY2(page.proofText().contains(QStringLiteral("✓")), qPrintable(page.proofText()));
        const QByteArray csv = page.csv();
        QVERIFY2(csv.contains("100001,Example Nine,USD,0.00,40.00,0.00,0.00,0.00,-25.00,15.00\r\n"), csv.constData());
        QVERIFY(csv.contains("total,,USD,0.00,40.00,0.00,0.00,0.00,-25.00,15.00\r\n"));
        auto docs = page.documentsOf(0);
        QVERIFY(docs);
        QCOMPARE(docs->size(), 2);
        // The bar chart of the totals: the buckets and the unapplied amount, in USD.
        QChart *chart = page.chart()->chart();
        QCOMPARE(chart->series().size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        const QBarSet *usd = bars->barSets().first();
        QCOMPARE(usd->count(), 6);
        const QList<qreal> heights{0, 40, 0, 0, 0, -25}; // pixels' worth, not money
        for (int i = 0; i < 6; ++i)
            QCOMPARE(usd->at(i), heights.at(i));
        QVERIFY2(chart->title().contains(QStringLiteral("USD")), qPrintable(chart->title()));
        page.resize(1100, 700);
        screenshot(&page, QStringLiteral("reports-aging"));
        // As of a day before the payment: no unapplied column yet.
        page.setAsOf(QDate(2026, 11, 19));
        QCOMPARE(page.table()->item(0, 8)->text(), QStringLiteral("0.00"));
    }

    // A large aging comes in two steps: the first hundred customers' rows at once, then the
    // whole report from a worker thread; a result for an earlier date is dropped, and a page
    // closed while its worker runs goes quietly.
    void aging_firstRowsThenTheWhole()
    {
        TestDatabase t;
        for (int i = 0; i < 150; ++i) {
            const qint64 c = arCustomer(t.db(), QStringLiteral("Customer %1").arg(i));
            openStatement(t.db(), c, "10.00", QDate(2026, 10, 1), QDate(2026, 10, 31));
        }
        {
            AgingPage closedAtOnce(t.db()); // its worker is waited for, its answer dropped
        }
        AgingPage page(t.db());
        QVERIFY(!page.isComplete());
        QCOMPARE(page.table()->rowCount(), 100); // no totals yet
        QVERIFY2(page.proofText().contains(QStringLiteral("follow")), qPrintable(page.proofText()));
        QVERIFY(page.report().partial);
        page.setAsOf(QDate(2026, 11, 15)); // before the first answer came
        QTRY_VERIFY(page.isComplete());
        QCOMPARE(page.report().asOf, QDate(2026, 11, 15));
        QCOMPARE(page.table()->rowCount(), 151); // 150 customers and the USD total
        QCOMPARE(page.table()->item(150, 9)->text(), QStringLiteral("1,500.00"));
        QCOMPARE(page.table()->item(150, 4)->text(), QStringLiteral("1,500.00")); // 15 days past due
        QVERIFY2(page.proofText().contains(QStringLiteral("✓")), qPrintable(page.proofText()));
    }

    void customerProfile_showsBalanceAndDocuments()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Profile Ltd"));
        openStatement(t.db(), c, "40.00", QDate(2026, 10, 16), QDate(2026, 11, 15));
        QVERIFY(ArDocuments(t.db()).recordPayment(
            {c, QStringLiteral("25.00"), QStringLiteral("USD"), QDate(2026, 11, 20), {}, {}}));
        CustomerProfileDialog profile(t.db(), c);
        QVERIFY(profile.arPanel());
        QVERIFY2(profile.arPanel()->balanceText().contains(QStringLiteral("USD 15.00")),
                 qPrintable(profile.arPanel()->balanceText()));
        QCOMPARE(profile.arPanel()->table()->rowCount(), 1);
        QVERIFY(profile.arPanel()->table()->item(0, 0)->text().contains(QStringLiteral("PAY-2026-000001")));
    }

    // A Hold memo opened from its view, edited in the memo dialog (a detail removed, another
    // added, the totals live) and saved over itself; released, it is no longer editable.
    void holdMemo_editedFromItsView()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Lakeside Retail"));
        NewMemo m;
        m.customerId = c;
        m.date = QDate(2026, 11, 2);
        m.description = QStringLiteral("Goodwill");
        m.lines = {
            {QStringLiteral("Goodwill"), QStringLiteral("1"), QStringLiteral("each"), QStringLiteral("30.00"), {}, {}}};
        ArDocuments docs(t.db());
        const qint64 id = *docs.createMemo(m);
        DocumentView view(t.db(), {QStringLiteral("credit_memo"), id});
        auto *edit = view.findChild<QPushButton *>(QStringLiteral("editMemo"));
        QVERIFY(edit && !edit->isHidden() && edit->isEnabled());

        MemoDialog dialog(t.db(), ArKind::CreditMemo);
        QVERIFY(dialog.edit(id));
        QCOMPARE(dialog.lines()->rowCount(), 1);
        QVERIFY2(dialog.totalsText().contains(QStringLiteral("30.00")), qPrintable(dialog.totalsText()));
        dialog.resize(720, 520);
        screenshot(&dialog, QStringLiteral("finance-memo-edit-fields"));
        dialog.setDescription(QStringLiteral("Goodwill, corrected"));
        QVERIFY(dialog.next());
        dialog.removeDetail(0);
        QCOMPARE(dialog.lines()->rowCount(), 0);
        QVERIFY(dialog.addDetail({QStringLiteral("Goodwill"),
                                  QStringLiteral("2"),
                                  QStringLiteral("each"),
                                  QStringLiteral("25.00"),
                                  QStringLiteral("5.00"),
                                  {}}));
        QVERIFY2(dialog.totalsText().contains(QStringLiteral("45.00")), qPrintable(dialog.totalsText()));
        dialog.resize(720, 520);
        screenshot(&dialog, QStringLiteral("finance-memo-edit"));
        QVERIFY(dialog.save());
        QCOMPARE(dialog.savedId(), id);
        const ArDocument saved = *docs.document(id);
        QCOMPARE(saved.description, QStringLiteral("Goodwill, corrected"));
        QCOMPARE(saved.total, dec("45.00"));
        QCOMPARE(saved.lines.size(), 1);
        QCOMPARE(saved.date, QDate(2026, 11, 2));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM ar_documents")).toInt(), 1); // saved over itself

        QVERIFY(docs.release({id}, QDate(2026, 11, 2)));
        DocumentView released(t.db(), {QStringLiteral("credit_memo"), id});
        QVERIFY(released.findChild<QPushButton *>(QStringLiteral("editMemo"))->isHidden());
        MemoDialog late(t.db(), ArKind::CreditMemo);
        QVERIFY(late.edit(id));
        QVERIFY(!late.save());
        QCOMPARE(docs.document(id)->total, dec("45.00"));
    }

    // Settings > Statement Numbering gives each series its own pattern; Settings > Tax Tables
    // adds, changes and removes tax categories, and says why it refuses.
    void settings_numberSeriesAndTaxCategories()
    {
        TestDatabase t;
        const QString year = QString::number(QDate::currentDate().year());
        NumberingPage numbering(t.db());
        QCOMPARE(numbering.exampleText(QStringLiteral("payment")), QStringLiteral("PAY-%1-000001").arg(year));
        QVERIFY(!numbering.save(QStringLiteral("credit_memo"), QStringLiteral("CN-{YYYY}")));
        QVERIFY2(numbering.feedbackText().startsWith(QStringLiteral("Credit memos:")),
                 qPrintable(numbering.feedbackText()));
        QVERIFY(numbering.save(QStringLiteral("payment"), QStringLiteral("RCPT-{YY}-{0000}")));
        QCOMPARE(numbering.exampleText(QStringLiteral("payment")),
                 QStringLiteral("RCPT-%1-0001").arg(QDate::currentDate().toString(QStringLiteral("yy"))));
        QCOMPARE(numbering.exampleText(), QStringLiteral("INV-%1-000001").arg(year)); // statements unchanged
        const qint64 c = arCustomer(t.db(), QStringLiteral("Numbered"));
        const qint64 p = *ArDocuments(t.db()).recordPayment(
            {c, QStringLiteral("10.00"), QStringLiteral("USD"), QDate::currentDate(), {}, {}});
        QCOMPARE(ArDocuments(t.db()).document(p)->number,
                 QStringLiteral("RCPT-%1-0001").arg(QDate::currentDate().toString(QStringLiteral("yy"))));
        numbering.resize(900, 400);
        screenshot(&numbering, QStringLiteral("settings-numbering-series"));

        TaxTablesPage tax(t.db());
        TaxCategoriesBox *box = tax.categories();
        QCOMPARE(box->table()->rowCount(), 2); // Exempt and Standard, seeded
        QVERIFY(!box->save(QStringLiteral(""), true, true));
        QVERIFY2(box->feedbackText().contains(QStringLiteral("needs a name")), qPrintable(box->feedbackText()));
        QVERIFY(box->save(QStringLiteral("Reduced"), false, true));
        QCOMPARE(box->table()->rowCount(), 3);
        QCOMPARE(box->table()->item(1, 0)->text(), QStringLiteral("Reduced"));
        QCOMPARE(box->table()->item(1, 1)->text(), QStringLiteral("no"));
        NewMemo m;
        m.customerId = c;
        m.description = QStringLiteral("Return");
        m.lines = {{QStringLiteral("Return"),
                    QStringLiteral("1"),
                    QStringLiteral("each"),
                    QStringLiteral("10.00"),
                    {},
                    QStringLiteral("Reduced")}};
        QVERIFY(ArDocuments(t.db()).createMemo(m));
        QVERIFY(!box->remove(QStringLiteral("Reduced")));
        QVERIFY2(box->feedbackText().contains(QStringLiteral("Hold CM")), qPrintable(box->feedbackText()));
        QVERIFY(box->remove(QStringLiteral("Exempt")));
        QCOMPARE(box->table()->rowCount(), 2);
        tax.resize(1200, 600);
        screenshot(&tax, QStringLiteral("settings-tax-categories"));
    }

    void buttons_followPrivileges()
    {
        TestDatabase t;
        NewMemo m;
        m.customerId = arCustomer(t.db(), QStringLiteral("Privileged"));
        m.description = QStringLiteral("Goodwill");
        m.lines = {
            {QStringLiteral("Goodwill"), QStringLiteral("1"), QStringLiteral("each"), QStringLiteral("3.00"), {}, {}}};
        const qint64 hold = *ArDocuments(t.db()).createMemo(m);
        QVERIFY(UserService(t.db()).add(QStringLiteral("viewer"), {}, {Privilege::ManageCustomers}).ok());
        QVERIFY(t->actAs(QStringLiteral("viewer")).ok());
        FinanceDocumentsPage page(t.db());
        QVERIFY(!page.list(ArKind::CreditMemo)->button(QStringLiteral("addMemo"))->isEnabled());
        QVERIFY(!page.list(ArKind::Payment)->button(QStringLiteral("recordPayment"))->isEnabled());
        DocumentView view(t.db(), {QStringLiteral("credit_memo"), hold});
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("editMemo"))->isEnabled());
        TaxTablesPage tax(t.db());
        QVERIFY(!tax.categories()->findChild<QPushButton *>(QStringLiteral("saveCategory"))->isEnabled());
    }
};

QTEST_MAIN(TestFinanceScreens)
#include "tst_finance_screens.moc"
