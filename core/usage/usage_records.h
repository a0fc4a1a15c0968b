#pragma once

#include "core/domain/currency_total.h"
#include "core/domain/vendor.h"
#include "core/money/decimal.h"
#include "core/usage/usage_formats.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bursar::core {

struct ImportOptions
{
    std::optional<Vendor> vendor;      ///< required for FOCUS files that do not name their provider
    std::optional<UsageFormat> format; ///< overrides detection from the header
    qint64 replaces = 0;               ///< an earlier import of an unbilled period this file replaces
    QStringList skipProviders;         ///< FOCUS providers whose rows are left out, on record
};

/// Rows of one provider a FOCUS import left out (--skip-provider).
struct SkippedProvider
{
    QString provider;
    qint64 rows = 0;
};

/// What an import did (or, for a file imported before, what the earlier import did).
struct ImportSummary
{
    qint64 importId = 0;
    bool alreadyImported = false;
    QString fileName;        ///< the file given to this import
    QString earlierFileName; ///< when alreadyImported: the name the same contents were imported under
    QString sha256;
    UsageFormat format = UsageFormat::Focus;
    Vendor vendor = Vendor::Aws;
    QList<Vendor> vendors; ///< every vendor whose usage the file holds (a FOCUS file may hold several)
    QList<SkippedProvider> skippedProviders;
    qint64 rows = 0;     ///< data rows in the file
    qint64 lines = 0;    ///< rows kept as usage lines
    qint64 ignored = 0;  ///< AWS Free Tier benefit rows, disregarded
    QStringList periods; ///< billing periods the file covers, "YYYY-MM"
    QStringList unmappedAccounts;
    QList<WideCurrencyTotal> totals; ///< exact sum of the kept lines' cost, per currency
    QString importedAt;
    QString importedBy;
    qint64 replacedImport = 0; ///< the import this one replaced (import usage --replaces)
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
    QList<WideCurrencyTotal> totals;
    QList<Vendor> vendors; ///< every vendor whose usage the import holds
    qint64 replacedBy = 0; ///< the import that replaced this one; 0 while it counts
    QString replacedAt;
    QString replacedByUser;
};

/// A vendor account with imported usage that no customer is mapped to yet.
struct UnmappedAccount
{
    Vendor vendor = Vendor::Aws;
    QString accountId;
    QStringList periods;
    qint64 lines = 0;
    QList<WideCurrencyTotal> totals;
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
    WideDecimal amount; ///< as the vendor wrote it (negative for a credit)
    qint64 lines = 0;
    qint64 issuedCreditId = 0; ///< the standing customer credit that passed it on, 0 if none
};

/// What names a vendor credit across reads and desktops (credits.vendor_credit): vendor,
/// account, period, product and currency, one per line. The customer is not part of it: a
/// vendor credit is passed on once, whoever the account belongs to now.
QString vendorCreditKey(const VendorCredit &c);

} // namespace bursar::core
