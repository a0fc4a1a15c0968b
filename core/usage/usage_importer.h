#pragma once

#include "core/domain/page.h"
#include "core/domain/vendor.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/usage/usage_formats.h"
#include "core/usage/usage_records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace bursar::core {

class Database;

/// Imports vendor usage files. A file imports completely, inside one transaction, or not
/// at all; the same file twice changes nothing. Rows of accounts no customer is mapped to
/// are kept and count once the account is mapped.
class UsageImporter
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::UsageImporter)

public:
    explicit UsageImporter(Database &db) : m_db(db) {}

    /// Called now and then with bytes read and the file's size; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// How many problems a refused file lists at most.
    static constexpr int MaxProblems = 10;

    Result<ImportSummary> importFile(const QString &path, const ImportOptions &options, const Progress &progress = {});

    /// Import history, newest first.
    Result<qint64> historyCount();
    Result<QList<ImportRecord>> history(Page page = {});
    /// Accounts with usage and no customer, for the review screen, by vendor and account.
    Result<qint64> unmappedAccountCount(std::optional<Vendor> vendor = std::nullopt);
    Result<QList<UnmappedAccount>> unmappedAccounts(std::optional<Vendor> vendor = std::nullopt, Page page = {});
    /// The vendor's credit rows of `vendor` in the periods from..to, per customer, account,
    /// period, product and currency.
    Result<qint64> vendorCreditCount(Vendor vendor, const QString &fromPeriod, const QString &toPeriod);
    Result<QList<VendorCredit>> vendorCredits(Vendor vendor, const QString &fromPeriod, const QString &toPeriod,
                                              Page page = {});

private:
    /// Sets each entry's issuedCreditId from the standing credits that passed it on.
    Status markIssued(QList<VendorCredit> &credits);
    Database &m_db;
};

} // namespace bursar::core
