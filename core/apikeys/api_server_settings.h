#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bursar::core {

class Database;

/// Settings > Account Information > Billing API: whether the window runs the Billing API,
/// where it listens and how. Off by default. `bursar serve` takes the same as options.
struct ApiServerSettings
{
    bool enabled = false;
    QString listen = QStringLiteral("127.0.0.1:8080"); ///< HOST:PORT
    QString certificateFile;                           ///< PEM; needed with the key for any address but loopback
    QString keyFile;
    QStringList hosts;       ///< Host headers answered; empty: any
    int ratePerSecond = 100; ///< each key's budget
};

class ApiServerSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ApiServerSettingsService)

public:
    explicit ApiServerSettingsService(Database &db) : m_db(db) {}
    Result<ApiServerSettings> load();
    /// ManageSettings is required; the listen address is HOST:PORT, an address other than
    /// loopback needs both TLS files, and the rate is 1 to 1,000,000. Audited.
    Status save(const ApiServerSettings &settings);

    /// Checks HOST:PORT (port 1 to 65535; port 0 only when `anyPort`).
    static Status validateListen(const QString &listen, bool anyPort = false);

private:
    Database &m_db;
};

} // namespace bursar::core
