// Statement emails in the window (issue 16, item 3), against the real SMTP server: a clerk
// sets Settings > Notifications and a customer's billing contact, approves a draft in the
// preview, and the window's background sender delivers it; the statement view shows the
// log and sends it again; a refusing server leaves the statement Open with the answer shown.

#include "core/billing/statement_service.h"
#include "core/notify/notification_service.h"
#include "notify/notify_runner.h"
#include "tests/notify/smtp_server.h"
#include "tests/support/demo_fixture.h"
#include "tests/support/test_database.h"
#include "tests/ui/screenshot.h"
#include "ui/billing/billing_pages.h"
#include "ui/billing/statement_emails.h"
#include "ui/billing/statement_view.h"
#include "ui/customers/customer_emails_panel.h"
#include "ui/customers/customer_profile.h"
#include "ui/mainwindow.h"
#include "ui/settings/notifications_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

using namespace bursar::core;
using bursar::test::SmtpServer;
using bursar::test::TestDatabase;
using bursar::ui::MainWindow;

class TestNotifyWindow : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_t;

    static QStringList logOf(QTreeWidget *tree)
    {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out << tree->topLevelItem(i)->text(1);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<TestDatabase>();
        const QString filled = bursar::test::fillDemoWithDrafts(m_t->db(), QDate::currentDate());
        QVERIFY2(filled.isEmpty(), qPrintable(filled));
    }

    void approveInTheWindowEmailsTheStatement()
    {
        SmtpServer server;
        auto db = Database::open(m_t->path());
        QVERIFY(db.ok());
        MainWindow window(std::move(db).value());
        window.resize(1280, 800);

        // Settings > Notifications, as a clerk fills it in.
        QVERIFY(window.navigateTo(QStringLiteral("Settings > Notifications")));
        auto *page = window.page<bursar::ui::NotificationsPage>();
        QVERIFY(page);
        page->enabled()->setChecked(true);
        page->host()->setText(QStringLiteral("127.0.0.1"));
        page->security()->setCurrentIndex(page->security()->findData(QStringLiteral("none")));
        page->port()->setValue(server.port());
        page->sender()->setText(QStringLiteral("not an address"));
        QVERIFY(!page->save());
        QVERIFY2(page->feedbackText().contains(QStringLiteral("not an email address")),
                 qPrintable(page->feedbackText()));
        page->sender()->setText(QStringLiteral("billing@bursar.test"));
        QVERIFY2(page->save(), qPrintable(page->feedbackText()));
        window.show();
        bursar::test::screenshot(&window, QStringLiteral("notifications-settings"));

        // The customer of the first draft gets a billing contact in its profile.
        Database &wdb = window.database();
        const qint64 run =
            m_t->scalar(QStringLiteral("SELECT MIN(run_id) FROM statements WHERE status = 'draft'")).toLongLong();
        QVERIFY(window.navigateTo(QStringLiteral("Billing > Preview Generated Billing Statements")));
        auto *preview = window.page<bursar::ui::PreviewPage>();
        preview->showRun(run);
        preview->selectRows({0});
        const qint64 id = preview->selectedStatements().first();
        const qint64 customer = StatementService(wdb).statement(id)->customerId;
        {
            bursar::ui::CustomerProfileDialog profile(wdb, customer, &window);
            profile.selectFolder(QStringLiteral("Statement Emails"));
            auto *panel = profile.emailsPanel();
            panel->email()->setText(QStringLiteral("accounts@window.test"));
            panel->enabled()->setChecked(true);
            QVERIFY2(panel->save(), qPrintable(panel->feedbackText()));
            profile.show();
            bursar::test::screenshot(&profile, QStringLiteral("customer-statement-emails"));
        }

        // Approve: the window's sender delivers it in the background.
        QSignalSpy rounds(&window.mailSender(), &bursar::notify::NotifyRunner::roundDone);
        QVERIFY(preview->approveSelected());
        QTRY_VERIFY_WITH_TIMEOUT(server.messages().size() == 1, 20000);
        const QJsonObject mail = server.messages().first();
        QCOMPARE(mail[QStringLiteral("rcpt_tos")].toArray(), QJsonArray{QStringLiteral("accounts@window.test")});
        const QString number = StatementService(wdb).statement(id)->number;
        QVERIFY(mail[QStringLiteral("subject")].toString().contains(number));
        QCOMPARE(mail[QStringLiteral("attachments")].toArray().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.mailState().contains(QStringLiteral("1 sent")), 10000);

        // The statement view shows the log, and sends it again to another address.
        bursar::ui::StatementViewDialog view(wdb, id, &window);
        QCOMPARE(logOf(view.emails()->log()), (QStringList{QStringLiteral("Queued"), QStringLiteral("Sent")}));
        QVERIFY2(view.emails()->stateText().contains(QStringLiteral("accounts@window.test")),
                 qPrintable(view.emails()->stateText()));
        QObject::connect(&view, &bursar::ui::StatementViewDialog::statementChanged, &window.mailSender(),
                         &bursar::notify::NotifyRunner::sendNow);
        view.show();
        view.resize(1100, 760);
        QVERIFY(view.emails()->resend(QStringLiteral("copy@window.test")));
        QTRY_VERIFY_WITH_TIMEOUT(server.messages().size() == 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT((view.emails()->reload(), logOf(view.emails()->log()).size() == 4), 10000);
        auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("statementTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(view.emails());
        bursar::test::screenshot(&view, QStringLiteral("statement-emails-log"));

        // A refusing server: the approval stands, the log says why.
        server.setMode("refuse");
        preview->showRun(run);
        preview->selectRows({0});
        const qint64 second = preview->selectedStatements().first();
        QVERIFY(NotificationService(wdb)
                    .setCustomer(StatementService(wdb).statement(second)->customerId,
                                 QStringLiteral("nobody@window.test"), true)
                    .ok());
        QVERIFY(preview->approveSelected());
        QTRY_VERIFY_WITH_TIMEOUT(window.mailState().contains(QStringLiteral("1 failed")), 20000);
        QCOMPARE(StatementService(wdb).statement(second)->storedStatus, QStringLiteral("open"));
        bursar::ui::StatementViewDialog refused(wdb, second, &window);
        QVERIFY2(refused.emails()->stateText().contains(QStringLiteral("550")),
                 qPrintable(refused.emails()->stateText()));
        QCOMPARE(server.messages().size(), 2);
    }
};

QTEST_MAIN(TestNotifyWindow)
#include "tst_notify_window.moc"
