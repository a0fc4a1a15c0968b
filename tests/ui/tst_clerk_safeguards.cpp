// Issue 11, item 4: the window protects the clerk's work and numbers. Offscreen, driven as
// a clerk would: unsaved customer edits are never lost without asking, one window per
// customer, a save conflict offers Reload with the time in the clerk's locale, the
// statement view closes on Enter and asks before deleting (No by default) and before
// approving (naming the number it takes), Statement Numbering shows the number the series
// really gives next, Generate Invoices starts from the vendor's last switches and says so
// before it bills a period without the tax its other statements have; a second window on
// the same SQLite file is refused. SQLite and PostgreSQL.
#include "core/billing/billing_run.h"
#include "core/billing/rate_tables.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_service.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "core/storage/window_lock.h"
#include "modal_answer.h"
#include "screenshot.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"
#include "ui/billing/generate_dialog.h"
#include "ui/billing/statement_view.h"
#include "ui/customers/customer_profile.h"
#include "ui/customers/customers_page.h"
#include "ui/mainwindow.h"
#include "ui/settings/billing_settings_pages.h"
#include "ui/widgets/contact_form.h"
#include "window_fixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace bursar::core;
using namespace bursar::ui;
using namespace bursar::test;

class TestClerkSafeguards : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_customers;

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        auto pricebook = PricingService(m_t->db()).addPricebook(Vendor::Aws, QStringLiteral("Std"), dec("10"));
        QVERIFY(pricebook.ok());
        m_customers.clear();
        for (int i = 0; i < 3; ++i)
            m_customers << customerWith(*m_t, QStringLiteral("Clerk Test %1").arg(i), Vendor::Aws,
                                        QStringLiteral("30000000000%1").arg(i), pricebook->first, QStringLiteral("USD"),
                                        QStringLiteral("US"), QStringLiteral("WA"));
        QVERIFY(TaxTable(m_t->db())
                    .set(QStringLiteral("US"), QStringLiteral("WA"), QStringLiteral("10.25"), QDate(2020, 1, 1))
                    .ok());
        QList<bursar::test::UsageRow> rows;
        for (int i = 0; i < 3; ++i)
            rows.append({QByteArray("30000000000") + QByteArray::number(i), "Amazon EC2", "100.00"});
        QVERIFY(importRows(*m_t, rows).ok());
        m_window = openWindow(m_t->path());
        QVERIFY(m_window);
    }
    void cleanup()
    {
        m_window.reset();
        m_t.reset();
    }

    void profile_closingWithUnsavedChanges_asksSaveDiscardCancel()
    {
        CustomersPage *page = m_window->page<CustomersPage>();
        CustomerProfileDialog *profile = page->openProfile(m_customers.at(0));
        QVERIFY(QTest::qWaitForWindowExposed(profile));
        auto *name = profile->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(!profile->hasUnsavedChanges());

        // Nothing changed: Close closes without asking.
        {
            QPointer<CustomerProfileDialog> p = profile;
            p->reject();
            QTRY_VERIFY(!p || !p->isVisible());
        }

        profile = page->openProfile(m_customers.at(0));
        name = profile->findChild<QLineEdit *>(QStringLiteral("name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Renamed Clerk"));
        QVERIFY(profile->hasUnsavedChanges());

        // Cancel: the profile stays open with the typed name.
        ModalAnswer cancel(QStringLiteral("unsavedChanges"), standard(QMessageBox::Cancel));
        QTest::keyClick(profile, Qt::Key_Escape);
        QVERIFY(cancel.seen());
        QVERIFY2(cancel.text().contains(QStringLiteral("not saved")), qPrintable(cancel.text()));
        QVERIFY2(cancel.defaultText().contains(QStringLiteral("Save")), qPrintable(cancel.defaultText()));
        QVERIFY(profile->isVisible());
        QCOMPARE(name->text(), QStringLiteral("Renamed Clerk"));

        // The main window closing asks too; Cancel keeps both open.
        ModalAnswer keep(QStringLiteral("unsavedChanges"), standard(QMessageBox::Cancel));
        QVERIFY(!m_window->close());
        QVERIFY(keep.seen());
        QVERIFY(m_window->isVisible());
        QVERIFY(profile->isVisible());

        // Discard: closed, nothing written.
        {
            QPointer<CustomerProfileDialog> p = profile;
            ModalAnswer discard(QStringLiteral("unsavedChanges"), standard(QMessageBox::Discard));
            p->close();
            QVERIFY(discard.seen());
            QTRY_VERIFY(!p || !p->isVisible());
            QCOMPARE(CustomerService(m_window->database()).customer(m_customers.at(0))->name,
                     QStringLiteral("Clerk Test 0"));
        }

        // Save: written, then closed.
        profile = page->openProfile(m_customers.at(0));
        name = profile->findChild<QLineEdit *>(QStringLiteral("name"));
        name->setText(QStringLiteral("Saved On Close"));
        {
            QPointer<CustomerProfileDialog> p = profile;
            ModalAnswer save(QStringLiteral("unsavedChanges"), standard(QMessageBox::Save));
            p->reject();
            QVERIFY(save.seen());
            QTRY_VERIFY(!p || !p->isVisible());
            QCOMPARE(CustomerService(m_window->database()).customer(m_customers.at(0))->name,
                     QStringLiteral("Saved On Close"));
        }
    }

    void profile_openTwice_bringsTheSameWindowToTheFront()
    {
        CustomersPage *page = m_window->page<CustomersPage>();
        CustomerProfileDialog *first = page->openProfile(m_customers.at(1));
        QVERIFY(QTest::qWaitForWindowExposed(first));
        CustomerProfileDialog *other = page->openProfile(m_customers.at(2));
        CustomerProfileDialog *again = page->openProfile(m_customers.at(1));
        QCOMPARE(again, first);
        QVERIFY(other != first);
        int copies = 0;
        for (auto *d : page->findChildren<CustomerProfileDialog *>())
            copies += d->customerId() == m_customers.at(1) && d->isVisible();
        QCOMPARE(copies, 1);
        // Once closed, opening it again makes a new window.
        QPointer<CustomerProfileDialog> closed = first;
        first->reject();
        QTRY_VERIFY(!closed || !closed->isVisible());
        CustomerProfileDialog *reopened = page->openProfile(m_customers.at(1));
        QVERIFY(reopened->isVisible());
        QCOMPARE(reopened->customerId(), m_customers.at(1));
        reopened->reject();
        other->reject();
    }

    void profile_saveConflict_offersReloadWithTheClerksLocalTime()
    {
        CustomersPage *page = m_window->page<CustomersPage>();
        CustomerProfileDialog *profile = page->openProfile(m_customers.at(2));
        QVERIFY(QTest::qWaitForWindowExposed(profile));
        // Another clerk saves the same customer first.
        {
            auto other = Database::open(m_t->path());
            QVERIFY(other.ok());
            (*other)->setActor(QStringLiteral("other-clerk"));
            CustomerService service(**other);
            Customer c = *service.customer(m_customers.at(2));
            c.name = QStringLiteral("Their Version");
            QVERIFY(service.updateCustomer(c).ok());
        }
        auto *name = profile->findChild<QLineEdit *>(QStringLiteral("name"));
        name->setText(QStringLiteral("My Version"));
        QVERIFY(!profile->save());
        const QString message = profile->feedbackText();
        QVERIFY2(message.contains(QStringLiteral("changed by other-clerk at")), qPrintable(message));
        const Customer saved = *CustomerService(m_window->database()).customer(m_customers.at(2));
        const QString local = QLocale().toString(
            QDateTime::fromString(saved.updatedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(message.contains(local), qPrintable(message + QStringLiteral(" / ") + local));
        QVERIFY2(!message.contains(saved.updatedAt), qPrintable(message)); // not the stored 2026-12-02T13:02:09.092Z
        QPushButton *reload = profile->feedback()->actionButton();
        QVERIFY(reload->isVisible());
        QCOMPARE(reload->text(), QStringLiteral("&Reload"));
        QCOMPARE(name->text(), QStringLiteral("My Version")); // nothing thrown away until the clerk says so
        screenshot(profile, QStringLiteral("customer-save-conflict"));
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("Their Version"));
        QVERIFY(!reload->isVisible());
        QVERIFY(!profile->hasUnsavedChanges());
        name->setText(QStringLiteral("My Version Again"));
        QVERIFY(profile->save());
        QCOMPARE(CustomerService(m_window->database()).customer(m_customers.at(2))->name,
                 QStringLiteral("My Version Again"));
        profile->reject();
    }

    void statementView_closesOnEnter_asksBeforeDeleteAndApprove()
    {
        GenerateRequest request;
        request.period = QStringLiteral("2026-09");
        request.options.includeTax = true;
        auto run = BillingRun(m_window->database()).generate(request);
        QVERIFY2(run.ok() && run->generated.size() == 3, qPrintable(run.message()));
        const qint64 id = run->generated.at(0).statementId;
        // Two approvals before: the series is at 2.
        QVERIFY(StatementService(m_window->database())
                    .approve({run->generated.at(1).statementId, run->generated.at(2).statementId})
                    .ok());
        const QString year = QString::number(QDate::currentDate().year());
        const QString third = QStringLiteral("INV-%1-000003").arg(year);

        StatementViewDialog view(m_window->database(), id, m_window.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *close = view.findChild<QPushButton *>(QStringLiteral("close"));
        auto *approve = view.findChild<QPushButton *>(QStringLiteral("approve"));
        auto *remove = view.findChild<QPushButton *>(QStringLiteral("deleteDraft"));
        QVERIFY(close && approve && remove);
        QVERIFY(close->isDefault());
        QVERIFY(!approve->isDefault() && !approve->autoDefault());
        QVERIFY(!remove->isDefault() && !remove->autoDefault());

        // Delete Draft asks; its default is No, so Enter keeps the draft.
        ModalAnswer enter(QStringLiteral("confirmDelete"), pressEnter());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(enter.seen());
        QCOMPARE(enter.defaultName(), QStringLiteral("no"));
        QVERIFY(StatementService(m_window->database()).statement(id).ok());

        // Approve asks, naming the statement, the number it takes and its dates; No keeps it a draft.
        ModalAnswer no(QStringLiteral("confirmApprove"), [](QMessageBox *box) -> QAbstractButton * {
            screenshot(box, QStringLiteral("statement-approve-question"));
            return box->findChild<QPushButton *>(QStringLiteral("no"));
        });
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(no.seen());
        QCOMPARE(no.defaultName(), QStringLiteral("no"));
        QVERIFY2(no.text().contains(displayCustomerId(run->generated.at(0).customerId)), qPrintable(no.text()));
        QVERIFY2(no.text().contains(third), qPrintable(no.text()));
        QVERIFY2(no.text().contains(QStringLiteral("never be changed")), qPrintable(no.text()));
        QVERIFY2(no.text().contains(QLocale().toString(QDate::currentDate().addDays(30), QLocale::ShortFormat)),
                 qPrintable(no.text()));
        QCOMPARE(StatementService(m_window->database()).statement(id)->number, QString());
        // Yes approves, with that number.
        ModalAnswer yes(QStringLiteral("confirmApprove"), buttonNamed("yes"));
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(yes.seen());
        QCOMPARE(StatementService(m_window->database()).statement(id)->number, third);
        QVERIFY(!approve->isEnabled());

        // Enter in the view closes it.
        view.activateWindow();
        QTest::keyClick(&view, Qt::Key_Return);
        QTRY_VERIFY(!view.isVisible());

        // Statement Numbering shows what the series really gives next.
        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Statement Numbering")));
        QTRY_COMPARE(m_window->page<NumberingPage>()->exampleText(), QStringLiteral("INV-%1-000004").arg(year));
        screenshot(m_window.get(), QStringLiteral("settings-numbering-next"));
    }

    void generateDialog_remembersSwitches_andWarnsAboutTaxBeforeGenerating()
    {
        Database &db = m_window->database();
        // The first run of a vendor starts from the defaults.
        GenerateHistory none = GenerateHistory::of(db, Vendor::Aws, QStringLiteral("2026-09"));
        QVERIFY(!none.lastOptions);
        GenerateInvoicesDialog first(Vendor::Aws, QStringLiteral("2026-09"), m_customers.mid(0, 2), m_window.get(),
                                     none);
        QVERIFY(first.applyCredits()->isChecked());
        QVERIFY(!first.includeTax()->isChecked());
        QVERIFY(first.warningText().isEmpty());

        // A run with tax for two customers...
        first.includeTax()->setChecked(true);
        first.marketplaceFees()->setChecked(true);
        auto run = BillingRun(db).generate(first.request());
        QVERIFY2(run.ok() && run->generated.size() == 2, qPrintable(run.message()));

        // ...and the next dialog for AWS starts from its switches.
        GenerateHistory after = GenerateHistory::of(db, Vendor::Aws, QStringLiteral("2026-09"));
        QVERIFY(after.lastOptions && after.lastOptions->includeTax && after.lastOptions->marketplaceFees);
        QCOMPARE(after.period.withTax, 2);
        GenerateInvoicesDialog again(Vendor::Aws, QStringLiteral("2026-09"), {m_customers.at(2)}, m_window.get(),
                                     after);
        QVERIFY(again.includeTax()->isChecked());
        QVERIFY(again.marketplaceFees()->isChecked());
        QVERIFY(!again.marketplaceCredits()->isChecked());
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("rememberedSwitches"))
                    ->text()
                    .contains(QStringLiteral("last AWS run")));
        QVERIFY(again.warningText().isEmpty());
        // Switching tax off for the rest of the period says so, and the button says what it does.
        again.includeTax()->setChecked(false);
        QVERIFY2(again.warningText().contains(QStringLiteral("2 statement(s) of AWS 2026-09 were made with tax")),
                 qPrintable(again.warningText()));
        QCOMPARE(again.generateButton()->text(), QStringLiteral("&Generate Without Tax"));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("taxWarning"))->isVisible());
        screenshot(&again, QStringLiteral("billing-generate-tax-warning"));
        again.includeTax()->setChecked(true);
        QVERIFY(again.warningText().isEmpty());
        QCOMPARE(again.generateButton()->text(), QStringLiteral("&Generate"));
        // Another vendor remembers its own.
        QVERIFY(!GenerateHistory::of(db, Vendor::Google, QStringLiteral("2026-09")).lastOptions);
    }

    void secondWindow_onTheSameFile_isRefused()
    {
        if (m_t->isPostgres()) {
            QString error;
            QVERIFY2(m_window->openDatabase(m_t->path(), &error), qPrintable(error)); // clerks share a server
            return;
        }
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QVERIFY(Database::open(other).ok());
        }
        auto held = WindowLock::acquire(other); // another window has it
        QVERIFY(held.ok());
        QString error;
        QVERIFY(!m_window->openDatabase(other, &error));
        QVERIFY2(error.contains(QStringLiteral("open in another window")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
        QCOMPARE(m_window->database().location(), m_t->path()); // the window keeps its own database
        held = Error{};
        QVERIFY2(m_window->openDatabase(other, &error), qPrintable(error));
        QCOMPARE(m_window->database().location(), QFileInfo(other).absoluteFilePath());
        // Now this window holds it: another window is refused.
        QVERIFY(!WindowLock::acquire(other).ok());
        QVERIFY(!m_window->openDatabase(other, &error));
        QVERIFY2(error.contains(QStringLiteral("has open already")), qPrintable(error));
    }
};

QTEST_MAIN(TestClerkSafeguards)
#include "tst_clerk_safeguards.moc"
