#pragma once

#include "core/storage/database.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace bursar::notify {

/// Sends the window's queued statement emails in the background: on a thread of its own,
/// with its own database connection, when told (after an approval) and every minute (for
/// retries). A slow or refusing server never holds up the window or undoes an approval.
class NotifyRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyRunner)

public:
    explicit NotifyRunner(QObject *parent = nullptr);
    ~NotifyRunner() override;

    /// Reads Settings > Notifications of `db`, and the password from the keyring when a
    /// login is set; sends on a connection like db's. Call again when the settings change.
    void apply(core::Database &db);
    /// The password the clerk typed (kept for this session only).
    void setPassword(const QString &password);
    /// Sends what is due now (does nothing while a round is running).
    void sendNow();
    void stop();
    QString state() const { return m_state; }

Q_SIGNALS:
    /// "3 statement emails sent", or why none could be.
    void stateChanged(const QString &text);
    /// A round ended (the statement view reloads its log).
    void roundDone();

private:
    void setState(const QString &text);

    QThread m_thread;
    QObject *m_home;                      ///< lives on m_thread: the connection is opened, used and closed there
    std::unique_ptr<core::Database> m_db; ///< belongs to m_thread
    QTimer m_timer;
    core::Database::ConnectionInfo m_info;
    QString m_password;
    bool m_enabled = false;
    bool m_needsPassword = false;
    std::atomic_bool m_busy = false;
    bool m_again = false; ///< sendNow() came while a round ran (the window's thread only)
    QString m_state;
};

} // namespace bursar::notify
