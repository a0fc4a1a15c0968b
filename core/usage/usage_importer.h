#pragma once

#include <QCoreApplication>
#include "core/domain/records.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/usage/usage_formats.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace bursar::core {

class Database;

struct ImportOptions
{
    std::optional<Vendor> vendor;       ///< required for FOCUS files that do not name their provider
    std::optional<UsageFormat> format;  ///< overrides detection from the header
};

struct CurrencyTotal
{
    QString currency;
    Decimal cost;
};

/// What an import did (or, for a file imported before, what the earlier import did).
struct ImportSummary
{
    qint64 importId = 0;
    bool alreadyImported = false;
    QString fileName;
    QString sha256;
    UsageFormat format = UsageFormat::Focus;
    Vendor vendor = Vendor::Aws;
    qint64 rows = 0;          ///< data rows in the file
    qint64 lines = 0;         ///< rows kept as usage lines
    qint64 ignored = 0;       ///< AWS Free Tier benefit rows, disregarded
    QStringList periods;      ///< billing periods the file covers, "YYYY-MM"
    QStringList unmappedAccounts;
    QList<CurrencyTotal> totals; ///< exact sum of the kept lines' cost, per currency
    QString importedAt;
    QString importedBy;
};

/// One row of the import history (Usage > Import History).
struct ImportRecord
{
    qint64 id = 0;
    Vendor vendor = Vendor::Aws;
    QString format;
    QString fileName;
    QString sha256;
    qint64 rows = 0;
    qint64 lines = 0;
    qint64 ignored = 0;
    QString importedAt;
    QString importedBy;
    QList<CurrencyTotal> totals;
};

/// A vendor account with imported usage that no customer is mapped to yet.
struct UnmappedAccount
{
    Vendor vendor = Vendor::Aws;
    QString accountId;
    QStringList periods;
    qint64 lines = 0;
    QList<CurrencyTotal> totals;
};

/// A credit (or refund) the vendor gave on one account in one period: not passed on by
/// itself, listed so the clerk can issue it as a customer credit (PRODUCT.md §4).
struct VendorCredit
{
    Vendor vendor = Vendor::Aws;
    qint64 customerId = 0; ///< 0 when the account has no customer yet
    QString customerName;
    QString accountId;
    QString period;
    QString product;
    QString currency;
    Decimal amount;        ///< as the vendor wrote it (negative for a credit)
    qint64 lines = 0;
};

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
    Result<QList<ImportRecord>> history();
    /// Accounts with usage and no customer, for the review screen.
    Result<QList<UnmappedAccount>> unmappedAccounts(std::optional<Vendor> vendor = std::nullopt);
    /// The vendor's credit rows of `vendor` in the periods from..to, per customer, account,
    /// period, product and currency.
    Result<QList<VendorCredit>> vendorCredits(Vendor vendor, const QString &fromPeriod, const QString &toPeriod);

private:
    Database &m_db;
};

/// The vendor's own legal entities (marketplace detection), editable in Settings.
class VendorEntities
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::VendorEntities)

public:
    explicit VendorEntities(Database &db) : m_db(db) {}
    Result<QStringList> list(Vendor vendor);
    Status add(Vendor vendor, const QString &name);
    Status remove(Vendor vendor, const QString &name);

private:
    Database &m_db;
};

/// An account ID as Bursar maps it: "/subscriptions/<guid>/..." becomes the GUID; GUIDs are
/// lower case; other IDs are only trimmed.
QString normalizeAccountId(const QString &accountId);

} // namespace bursar::core
