#pragma once

#include "core/result.h"
#include "core/settings/account_info.h"

#include <QCoreApplication>

namespace bursar::core {

class Database;

/// Settings > Account Information: our company as printed on statements.
class AccountInfoService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::AccountInfoService)

public:
    explicit AccountInfoService(Database &db) : m_db(db) {}

    Result<AccountInfo> load();
    /// Saves `info`; refused when someone saved it since `info.rowVersion` was read.
    Status save(const AccountInfo &info);
    /// Reads an image file for the logo; refuses files that are not PNG, JPEG or SVG or
    /// are larger than 2 MB.
    static Result<AccountInfo> withLogoFromFile(AccountInfo info, const QString &path);

private:
    Database &m_db;
};

} // namespace bursar::core
