// Statement emails (issue 16, item 3) against a real SMTP server on 127.0.0.1 (aiosmtpd,
// tests/notify/smtp_server.py, which parses what arrives with Python's own email package):
// approving queues one email per Open statement, the sender sends it once to the billing
// contact with the statement's PDF (read back with pdftotext), a refusing server fails it
// and leaves the statement Open with the server's answer in the log, a busy server is tried
// again, two senders never send one email twice, and the command line does the same.

#include "core/billing/statement_service.h"
#include "core/notify/mail_message.h"
#include "core/notify/notification_sender.h"
#include "core/notify/notification_service.h"
#include "core/notify/notification_settings.h"
#include "core/storage/internal/sql.h"
#include "notify/smtp_transport.h"
#include "render/formats.h"
#include "tests/notify/smtp_server.h"
#include "tests/support/demo_fixture.h"
#include "tests/support/test_database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace bursar::core;
using bursar::test::SmtpServer;
using bursar::test::TestDatabase;

namespace {

const QDate Today(2026, 12, 5);

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestNotify : public QObject
{
    Q_OBJECT

    TestDatabase t;
    QList<qint64> m_drafts; ///< the demo's drafts, oldest first

    NotificationSettings settingsFor(const SmtpServer &server)
    {
        NotificationSettings n;
        n.enabled = true;
        n.host = QStringLiteral("127.0.0.1");
        n.port = server.port();
        n.security = SmtpSecurity::None;
        n.sender = QStringLiteral("billing@bursar.test");
        n.subject = QStringLiteral("Statement {number} for {period} from {company}");
        n.body = NotificationSettingsService::defaultBody();
        return n;
    }
    qint64 customerOf(qint64 statement)
    {
        return t.scalar(QStringLiteral("SELECT customer_id FROM statements WHERE id = %1").arg(statement)).toLongLong();
    }
    /// The next draft whose total is not zero (it becomes Open, not Closed).
    qint64 takeDraft()
    {
        while (!m_drafts.isEmpty()) {
            const qint64 id = m_drafts.takeFirst();
            if (t.scalar(QStringLiteral("SELECT total FROM statements WHERE id = %1").arg(id)).toString() != u"0")
                return id;
        }
        qFatal("no drafts left");
    }
    QString lastEvent(qint64 statement, QString *detail = nullptr)
    {
        auto events = NotificationService(t.db()).events(statement);
        if (!events || events->isEmpty())
            return {};
        if (detail)
            *detail = events->last().detail;
        return events->last().event;
    }

private Q_SLOTS:
    /// Each test starts with no email waiting (what an earlier test left queued is set aside).
    void init() { t.exec(QStringLiteral("UPDATE notifications SET status = 'failed' WHERE status = 'queued'")); }

    void initTestCase()
    {
        bursar::render::registerFormats();
        const QString filled = bursar::test::fillDemoWithDrafts(t.db(), Today);
        QVERIFY2(filled.isEmpty(), qPrintable(filled));
        StatementFilter drafts;
        drafts.status = StatementStatus::Draft;
        auto list = StatementService(t.db()).list(drafts, 0, -1, QStringLiteral("id"));
        QVERIFY(list);
        for (const Statement &s : *list)
            m_drafts << s.id;
        QVERIFY(m_drafts.size() >= 12);
    }

    void templatesAndAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("filled");
        QTest::newRow("all") << "{number}|{period}|{total}|{currency}|{due_date}|{customer}|{company}"
                             << "S-1|2026-11|1,2|EUR|2026-12-31|Ä & <b>|Us";
        QTest::newRow("repeated") << "{number} {number}"
                                  << "S-1 S-1";
        QTest::newRow("no placeholder") << "Hello"
                                        << "Hello";
        QTest::newRow("value with braces is not filled again") << "{customer}{number}"
                                                               << "Ä & <b>S-1";
    }
    void templatesAndAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, filled);
        const QHash<QString, QString> values{{QStringLiteral("number"), QStringLiteral("S-1")},
                                             {QStringLiteral("period"), QStringLiteral("2026-11")},
                                             {QStringLiteral("total"), QStringLiteral("1,2")},
                                             {QStringLiteral("currency"), QStringLiteral("EUR")},
                                             {QStringLiteral("due_date"), QStringLiteral("2026-12-31")},
                                             {QStringLiteral("customer"), QStringLiteral("Ä & <b>")},
                                             {QStringLiteral("company"), QStringLiteral("Us")}};
        QCOMPARE(NotificationSettingsService::fill(text, values), filled);
        QVERIFY(NotificationSettingsService::validateTemplate(text, QStringLiteral("body")).ok());
    }

    void refusals()
    {
        QCOMPARE(NotificationSettingsService::validateTemplate(QStringLiteral("{totl}"), QStringLiteral("body"))
                     .error()
                     .field,
                 QStringLiteral("body"));
        for (const char *good : {"a@b.test", "first.last+tag@sub.example.com", "x@localhost"})
            QVERIFY2(NotificationSettingsService::isAddress(QString::fromUtf8(good)), good);
        for (const char *bad : {"", "a", "a@", "@b.test", "a b@c.test", "a@b.test\r\nBcc: x@y.test", "<a@b.test>",
                                "a@b.test, c@d.test", "a@-b.test"})
            QVERIFY2(!NotificationSettingsService::isAddress(QString::fromUtf8(bad)), bad);
        NotificationSettings n;
        n.enabled = true;
        QCOMPARE(NotificationSettingsService(t.db()).save(n).error().field, QStringLiteral("host"));
        n.host = QStringLiteral("smtp.example.com");
        n.sender = QStringLiteral("not an address");
        QCOMPARE(NotificationSettingsService(t.db()).save(n).error().field, QStringLiteral("sender"));
        n.sender = QStringLiteral("billing@example.com");
        n.port = 0;
        QCOMPARE(NotificationSettingsService(t.db()).save(n).error().field, QStringLiteral("port"));
        n.port = 587;
        n.body = QStringLiteral("{amount}");
        QCOMPARE(NotificationSettingsService(t.db()).save(n).error().field, QStringLiteral("body"));
        QCOMPARE(NotificationService(t.db()).setCustomer(1, QStringLiteral("x@"), true).error().field,
                 QStringLiteral("billing_email"));
        // Nothing of it was kept.
        QCOMPARE(NotificationSettingsService(t.db()).load()->host, QString());
    }

    void messageShape()
    {
        MailMessage m;
        m.from = QStringLiteral("billing@bursar.test");
        m.to = QStringLiteral("ap@customer.test\r\nBcc: spy@evil.test");
        m.subject = QStringLiteral("Abrechnung für Müller & Söhne <GmbH>\nBcc: spy@evil.test");
        m.body = QStringLiteral("Line 1\nLine 2");
        m.attachmentName = QStringLiteral("2026-11-aws-Müller-S-1.pdf");
        m.attachment = QByteArray(1000, 'x');
        m.date = QDateTime(Today, QTime(9, 30), Qt::UTC);
        const QByteArray text = mimeMessage(m);
        QVERIFY(text.contains("Date: Sat, 05 Dec 2026 09:30:00 +0000\r\n"));
        QVERIFY(!text.contains("\r\nBcc:"));
        QVERIFY(text.contains("Subject: =?UTF-8?B?"));
        QVERIFY(text.contains("filename*=UTF-8''2026-11-aws-M%C3%BCller-S-1.pdf"));
        for (const QByteArray &line : text.split('\n'))
            QVERIFY2(line.size() <= 998 && (line.isEmpty() || line.endsWith('\r')), line.constData());
    }

    /// Approving emails each Open statement once, to its billing contact, with its PDF; a
    /// customer switched off and a statement approved while emails are off get none.
    void approvalSendsOnce()
    {
        SmtpServer server;
        QVERIFY(NotificationSettingsService(t.db()).save(settingsFor(server)).ok());
        const qint64 first = takeDraft(), second = takeDraft(), third = takeDraft();
        QVERIFY(customerOf(first) != customerOf(second));
        QVERIFY(NotificationService(t.db()).setCustomer(customerOf(first), QStringLiteral("ap@first.test"), true).ok());
        if (customerOf(third) != customerOf(first))
            QVERIFY(NotificationService(t.db()).setCustomer(customerOf(third), {}, true).ok());
        QVERIFY(
            NotificationService(t.db()).setCustomer(customerOf(second), QStringLiteral("x@second.test"), false).ok());
        const QString thirdAddress = NotificationService(t.db()).customer(customerOf(third))->address();
        auto approved = StatementService(t.db()).approve({first, second, third}, Today);
        QVERIFY(approved);
        QCOMPARE(approved->approved.size(), 3);
        NotificationFilter all;
        QCOMPARE(*NotificationService(t.db()).count(all), 2);
        QCOMPARE(lastEvent(first), QStringLiteral("queued"));
        QCOMPARE(lastEvent(second), QString());

        auto sent = NotificationSender(t.db(), bursar::notify::smtpTransport({})).sendDue();
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
        QCOMPARE(sent->sent, 2);
        auto again = NotificationSender(t.db(), bursar::notify::smtpTransport({})).sendDue();
        QCOMPARE(again->sent + again->retrying + again->failed, 0);

        const QList<QJsonObject> got = server.messages();
        QCOMPARE(got.size(), 2);
        const QString number =
            t.scalar(QStringLiteral("SELECT number FROM statements WHERE id = %1").arg(first)).toString();
        const QJsonObject mail = got.at(0);
        QCOMPARE(mail.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray{QStringLiteral("ap@first.test")});
        QCOMPARE(mail.value(QStringLiteral("mail_from")).toString(), QStringLiteral("billing@bursar.test"));
        QVERIFY2(mail.value(QStringLiteral("subject")).toString().startsWith(QStringLiteral("Statement ") + number),
                 qPrintable(mail.value(QStringLiteral("subject")).toString()));
        QVERIFY(mail.value(QStringLiteral("text")).toString().contains(number));
        const QJsonArray files = mail.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0)[QStringLiteral("type")].toString(), QStringLiteral("application/pdf"));
        QVERIFY(files.at(0)[QStringLiteral("name")].toString().endsWith(QStringLiteral(".pdf")));
        const QString text = pdfText(files.at(0)[QStringLiteral("path")].toString());
        QVERIFY2(text.contains(number), qPrintable(text.left(400)));
        QCOMPARE(got.at(1).value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray{thirdAddress});

        QCOMPARE(lastEvent(first), QStringLiteral("sent"));
        auto log = NotificationService(t.db()).list(NotificationFilter{first, {}, {}});
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().status, QStringLiteral("sent"));
        QVERIFY2(log->first().lastReply.startsWith(QStringLiteral("250")), qPrintable(log->first().lastReply));

        // Off for the installation: approving queues nothing.
        NotificationSettings off = settingsFor(server);
        off.enabled = false;
        QVERIFY(NotificationSettingsService(t.db()).save(off).ok());
        const qint64 fourth = takeDraft();
        QVERIFY(StatementService(t.db()).approve({fourth}, Today));
        QCOMPARE(*NotificationService(t.db()).count(all), 2);
    }

    /// A refusing server fails the email for good; the statement stays Open and the log
    /// keeps the server's answer. A busy server's email is tried again later; a resend
    /// sends it again.
    void refusedAndRetried()
    {
        SmtpServer server;
        QVERIFY(NotificationSettingsService(t.db()).save(settingsFor(server)).ok());
        const qint64 refused = takeDraft();
        QVERIFY(NotificationService(t.db()).setCustomer(customerOf(refused), QStringLiteral("gone@x.test"), true).ok());
        QVERIFY(StatementService(t.db()).approve({refused}, Today));
        server.setMode("refuse");
        QDateTime now = QDateTime::currentDateTimeUtc();
        auto r = NotificationSender(t.db(), bursar::notify::smtpTransport({})).sendDue(50, now);
        QCOMPARE(r->failed, 1);
        QCOMPARE(StatementService(t.db()).statement(refused)->storedStatus, QStringLiteral("open"));
        QString why;
        QCOMPARE(lastEvent(refused, &why), QStringLiteral("failed"));
        QVERIFY2(why.startsWith(QStringLiteral("550")) && why.contains(QStringLiteral("User unknown")),
                 qPrintable(why));
        QCOMPARE(server.messages().size(), 0);

        // Busy: tried again after a minute, not before.
        const qint64 busy = takeDraft();
        QVERIFY(NotificationService(t.db()).setCustomer(customerOf(busy), QStringLiteral("busy@x.test"), true).ok());
        QVERIFY(StatementService(t.db()).approve({busy}, Today));
        server.setMode("later");
        now = QDateTime::currentDateTimeUtc();
        r = NotificationSender(t.db(), bursar::notify::smtpTransport({})).sendDue(50, now);
        QCOMPARE(r->retrying, 1);
        QCOMPARE(lastEvent(busy, &why), QStringLiteral("retry"));
        QVERIFY2(why.startsWith(QStringLiteral("451")), qPrintable(why));
        server.setMode("accept");
        r = NotificationSender(t.db(), bursar::notify::smtpTransport({})).sendDue(50, now.addSecs(30));
        QCOMPARE(r->sent, 0);
        r = NotificationSender(t.db(), bursar::notify::smtpTransport({})).sendDue(50, now.addSecs(61));
        QCOMPARE(r->sent, 1);
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().at(0)[QStringLiteral("rcpt_tos")].toArray(),
                 QJsonArray{QStringLiteral("busy@x.test")});

        // The refused one, sent again to a corrected address.
        auto again = NotificationService(t.db()).resend(refused, QStringLiteral("ap@fixed.test"));
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(lastEvent(refused), QStringLiteral("resent"));
        r = NotificationSender(t.db(), bursar::notify::smtpTransport({})).sendDue(50, now.addSecs(62));
        QCOMPARE(r->sent, 1);
        QCOMPARE(server.messages().size(), 2);
        QCOMPARE(server.messages().at(1)[QStringLiteral("rcpt_tos")].toArray(),
                 QJsonArray{QStringLiteral("ap@fixed.test")});
        // A draft is never emailed.
        QCOMPARE(NotificationService(t.db()).resend(m_drafts.first()).error().field, QStringLiteral("statement"));
    }

    void noServerIsTemporary()
    {
        SmtpServer server;
        NotificationSettings n = settingsFor(server);
        const qint64 id = takeDraft();
        QVERIFY(NotificationService(t.db()).setCustomer(customerOf(id), QStringLiteral("ap@x.test"), true).ok());
        QVERIFY(NotificationSettingsService(t.db()).save(n).ok());
        QVERIFY(StatementService(t.db()).approve({id}, Today));
        n.port = 1; // nobody listens there
        QVERIFY(NotificationSettingsService(t.db()).save(n).ok());
        auto r = NotificationSender(t.db(), bursar::notify::smtpTransport({})).sendDue();
        QCOMPARE(r->retrying, 1);
        QCOMPARE(StatementService(t.db()).statement(id)->storedStatus, QStringLiteral("open"));
        QVERIFY(NotificationSettingsService(t.db()).save(settingsFor(server)).ok());
        r = NotificationSender(t.db(), bursar::notify::smtpTransport({}))
                .sendDue(50, QDateTime::currentDateTimeUtc().addSecs(120));
        QCOMPARE(r->sent, 1);
    }

    /// A server that wants a login: the right password sends, a wrong one fails for good.
    void login()
    {
        SmtpServer server(QStringLiteral("clerk:s3cret"));
        NotificationSettings n = settingsFor(server);
        n.login = QStringLiteral("clerk");
        const QByteArray message = "Subject: t\r\n\r\nt\r\n";
        auto ok = bursar::notify::sendSmtp(n, QStringLiteral("s3cret"), QStringLiteral("a@b.test"), message);
        QVERIFY2(ok.sent, qPrintable(ok.reply));
        auto wrong = bursar::notify::sendSmtp(n, QStringLiteral("guess"), QStringLiteral("a@b.test"), message);
        QVERIFY(!wrong.sent);
        QVERIFY2(wrong.permanent && wrong.reply.startsWith(QStringLiteral("535")), qPrintable(wrong.reply));
        QCOMPARE(server.messages().size(), 1);
    }

    /// Two senders (two windows, or a window and `notify send`) never take one email both.
    void twoSendersClaimOnce()
    {
        SmtpServer server;
        QVERIFY(NotificationSettingsService(t.db()).save(settingsFor(server)).ok());
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << takeDraft();
        for (qint64 id : ids)
            QVERIFY(NotificationService(t.db()).setCustomer(customerOf(id), QStringLiteral("ap@x.test"), true).ok());
        QVERIFY(StatementService(t.db()).approve(ids, Today));
        auto other = Database::open(t.db().connectionInfo());
        QVERIFY(other);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto a = NotificationService(t.db()).claimDue(now, 2);
        auto b = NotificationService(**other).claimDue(now, 10);
        auto c = NotificationService(t.db()).claimDue(now, 10);
        QCOMPARE(a->size(), 2);
        QCOMPARE(b->size(), 2);
        QCOMPARE(c->size(), 0);
        QSet<qint64> seen;
        for (const auto &list : {*a, *b})
            for (const Notification &n : list)
                seen.insert(n.id);
        QCOMPARE(seen.size(), 4);
        // After the hold runs out (a sender that died), another sender takes them.
        auto later = NotificationService(t.db()).claimDue(now.addSecs(NotificationService::ClaimSeconds + 1), 10);
        QCOMPARE(later->size(), 4);
    }
    /// The command line: settings, a customer's contact, approve, send, list, log, resend.
    void commandLine()
    {
        SmtpServer server;
        QString smtpPassword; // BURSAR_SMTP_PASSWORD of the next runs
        const auto bursar = [&](const QStringList &args, int expected = 0) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("BURSAR_SMTP_PASSWORD"));
            if (!smtpPassword.isEmpty())
                env.insert(QStringLiteral("BURSAR_SMTP_PASSWORD"), smtpPassword);
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(BURSAR_EXE), QStringList{QStringLiteral("--database"), t.path()} + args);
            if (!p.waitForFinished(120000))
                qFatal("bursar did not finish");
            const QByteArray out = p.readAllStandardOutput(), err = p.readAllStandardError();
            if (p.exitCode() != expected)
                qWarning("bursar %s: %s%s", qPrintable(args.join(u' ')), out.constData(), err.constData());
            return std::make_pair(p.exitCode(), p.exitCode() == 0 ? out : err);
        };
        const QString port = QString::number(server.port());
        auto r = bursar({u"notify"_qs, u"settings"_qs, u"--enabled"_qs, u"on"_qs, u"--host"_qs, u"127.0.0.1"_qs,
                         u"--port"_qs, port, u"--security"_qs, u"none"_qs, u"--sender"_qs, u"ar@bursar.test"_qs,
                         u"--format"_qs, u"json"_qs});
        QCOMPARE(r.first, 0);
        QCOMPARE(QJsonDocument::fromJson(r.second)[u"port"_qs].toInt(), server.port());
        r = bursar({u"notify"_qs, u"settings"_qs, u"--sender"_qs, u"nobody"_qs}, 1);
        QVERIFY2(r.first != 0 && r.second.contains("sender"), r.second.constData());

        const qint64 id = takeDraft();
        const QString customer = QString::number(customerOf(id));
        r = bursar({u"notify"_qs, u"contact"_qs, u"--customer"_qs, customer, u"--email"_qs, u"cli@customer.test"_qs,
                    u"--enabled"_qs, u"on"_qs, u"--format"_qs, u"json"_qs});
        QCOMPARE(QJsonDocument::fromJson(r.second)[u"address"_qs].toString(), u"cli@customer.test"_qs);
        QCOMPARE(bursar({u"invoices"_qs, u"approve"_qs, QString::number(id)}).first, 0);
        r = bursar({u"notify"_qs, u"send"_qs, u"--format"_qs, u"json"_qs});
        QCOMPARE(r.first, 0);
        QCOMPARE(QJsonDocument::fromJson(r.second).object(),
                 (QJsonObject{{u"sent"_qs, 1}, {u"retrying"_qs, 0}, {u"failed"_qs, 0}}));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().at(0)[u"rcpt_tos"_qs].toArray(), QJsonArray{u"cli@customer.test"_qs});

        r = bursar({u"notify"_qs, u"list"_qs, u"--statement"_qs, QString::number(id), u"--format"_qs, u"json"_qs});
        const QJsonArray list = QJsonDocument::fromJson(r.second).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[u"status"_qs].toString(), u"sent"_qs);
        QCOMPARE(list.at(0)[u"recipient"_qs].toString(), u"cli@customer.test"_qs);
        QVERIFY(!list.at(0)[u"sent_at"_qs].toString().isEmpty());

        QCOMPARE(bursar({u"notify"_qs, u"resend"_qs, u"--statement"_qs, QString::number(id), u"--to"_qs,
                         u"copy@customer.test"_qs})
                     .first,
                 0);
        QCOMPARE(bursar({u"notify"_qs, u"send"_qs}).first, 0);
        QCOMPARE(server.messages().size(), 2);
        r = bursar({u"notify"_qs, u"log"_qs, u"--statement"_qs, QString::number(id), u"--format"_qs, u"json"_qs});
        QStringList events;
        for (const QJsonValue &e : QJsonDocument::fromJson(r.second).array())
            events << e[u"event"_qs].toString();
        QCOMPARE(events, (QStringList{u"queued"_qs, u"sent"_qs, u"resent"_qs, u"sent"_qs}));
        r = bursar({u"notify"_qs, u"resend"_qs, u"--statement"_qs, u"999999"_qs}, 1);
        QVERIFY2(r.second.contains("999999"), r.second.constData());

        // A server that wants a login: without a password nothing is sent and the message
        // says where to give it; with BURSAR_SMTP_PASSWORD the email goes.
        SmtpServer guarded(QStringLiteral("clerk:s3cret"));
        QCOMPARE(bursar({u"notify"_qs, u"settings"_qs, u"--port"_qs, QString::number(guarded.port()), u"--login"_qs,
                         u"clerk"_qs})
                     .first,
                 0);
        QCOMPARE(bursar({u"notify"_qs, u"resend"_qs, u"--statement"_qs, QString::number(id)}).first, 0);
        r = bursar({u"notify"_qs, u"send"_qs}, 1);
        QVERIFY2(r.first == 1 && r.second.contains("BURSAR_SMTP_PASSWORD"), r.second.constData());
        smtpPassword = QStringLiteral("s3cret");
        r = bursar({u"notify"_qs, u"send"_qs, u"--format"_qs, u"json"_qs});
        QCOMPARE(QJsonDocument::fromJson(r.second)[u"sent"_qs].toInt(), 1);
        QCOMPARE(guarded.messages().size(), 1);
    }
};

QTEST_MAIN(TestNotify)
#include "tst_notify.moc"
