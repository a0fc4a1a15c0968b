#include "notify/notify_runner.h"

#include "core/notify/notification_sender.h"
#include "core/notify/notification_settings.h"
#include "notify/smtp_password.h"
#include "notify/smtp_transport.h"

namespace bursar::notify {

using namespace bursar::core;

NotifyRunner::NotifyRunner(QObject *parent) : QObject(parent), m_home(new QObject)
{
    m_thread.setObjectName(QStringLiteral("Statement emails"));
    m_home->moveToThread(&m_thread);
    m_thread.start();
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &NotifyRunner::sendNow);
}

NotifyRunner::~NotifyRunner()
{
    stop();
    QMetaObject::invokeMethod(
        m_home, [home = m_home] { delete home; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void NotifyRunner::setState(const QString &text)
{
    if (text == m_state)
        return;
    m_state = text;
    Q_EMIT stateChanged(text);
}

void NotifyRunner::stop()
{
    m_timer.stop();
    m_enabled = false;
    // The connection is closed on the thread that used it, after any round still running.
    QMetaObject::invokeMethod(
        m_home, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
}

void NotifyRunner::apply(Database &db)
{
    stop();
    auto settings = NotificationSettingsService(db).load();
    if (!settings) {
        setState(tr("Statement emails: %1").arg(settings.error().message));
        return;
    }
    m_info = db.connectionInfo();
    // Only a user who may approve statements sends their emails (a partner's or a
    // customer's user reads only).
    m_enabled = settings->enabled && db.require(Privilege::ApproveStatements, QString()).ok();
    if (!m_enabled) {
        setState(QString());
        return;
    }
    m_needsPassword = !settings->login.isEmpty();
    if (m_needsPassword && m_password.isEmpty()) {
        if (auto saved = SmtpPassword::read(*settings))
            m_password = *saved;
    }
    m_timer.start();
    sendNow();
}

void NotifyRunner::setPassword(const QString &password)
{
    m_password = password;
    if (m_enabled)
        sendNow();
}

void NotifyRunner::sendNow()
{
    if (!m_enabled)
        return;
    if (m_needsPassword && m_password.isEmpty()) {
        setState(tr("Statement emails wait for the SMTP password (Settings > Notifications)."));
        return;
    }
    if (m_busy.exchange(true)) {
        m_again = true; // an approval while a round runs: one more round after it
        return;
    }
    QMetaObject::invokeMethod(m_home, [this, info = m_info, password = m_password] {
        SendSummary total;
        QString problem;
        if (!m_db) {
            auto opened = Database::open(info);
            if (opened)
                m_db = std::move(opened).value();
            else
                problem = opened.error().message;
        }
        while (m_db && problem.isEmpty()) {
            auto round = NotificationSender(*m_db, smtpTransport(password)).sendDue(20);
            if (!round) {
                problem = round.error().message;
                break;
            }
            total.sent += round->sent;
            total.retrying += round->retrying;
            total.failed += round->failed;
            if (round->sent + round->retrying + round->failed == 0)
                break;
        }
        QMetaObject::invokeMethod(this, [this, total, problem] {
            m_busy = false;
            if (std::exchange(m_again, false))
                QMetaObject::invokeMethod(this, &NotifyRunner::sendNow, Qt::QueuedConnection);
            if (!problem.isEmpty())
                setState(tr("Statement emails: %1").arg(problem));
            else if (total.sent + total.retrying + total.failed > 0)
                setState(tr("Statement emails: %1 sent, %2 to try again, %3 failed.")
                             .arg(total.sent)
                             .arg(total.retrying)
                             .arg(total.failed));
            Q_EMIT roundDone();
        });
    });
}

} // namespace bursar::notify
