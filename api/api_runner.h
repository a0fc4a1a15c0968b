#pragma once

#include "core/storage/database.h"

#include <QObject>
#include <QThread>

namespace bursar::api {

class ApiServer;

/// Runs the Billing API for the window: an ApiServer on a thread of its own (with its own
/// database connections), started, restarted and stopped as Settings > Account Information >
/// Billing API says. The window shows stateChanged() in its status bar.
class ApiRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRunner)

public:
    explicit ApiRunner(QObject *parent = nullptr);
    ~ApiRunner() override;

    /// Reads the settings of `db` and starts, restarts or stops the server; the server opens
    /// its own connections from db's ConnectionInfo.
    void apply(core::Database &db);
    void stop();
    bool running() const { return m_server != nullptr; }
    QString url() const { return m_url; }
    QString state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(const QString &text);

private:
    void setState(const QString &text);

    QThread m_thread;
    QObject *m_home; ///< lives on m_thread: the server is made, run and deleted there
    ApiServer *m_server = nullptr;
    QString m_url;
    QString m_state;
};

} // namespace bursar::api
