#pragma once

#include "core/notify/notification.h"
#include "core/result.h"

#include <QString>

namespace bursar::notify {

/// The SMTP login's password in the system keyring (Secret Service or KWallet on Linux, the
/// Keychain on macOS, the Credential Store on Windows), under "Bursar SMTP" and the login and
/// server. Never in the database: where no keyring answers, the window asks and keeps the
/// password for the session, and the command line reads BURSAR_SMTP_PASSWORD.
class SmtpPassword
{
public:
    /// The saved password; an error when none is saved or no keyring answers.
    static core::Result<QString> read(const core::NotificationSettings &settings);
    static core::Status save(const core::NotificationSettings &settings, const QString &password);
    static core::Status forget(const core::NotificationSettings &settings);
    /// "LOGIN@HOST:PORT", the keyring entry's name.
    static QString entryName(const core::NotificationSettings &settings);
};

} // namespace bursar::notify
