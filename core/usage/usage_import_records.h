#pragma once

#include <array>
#include <vector>
// What the importer keeps about imports besides their rows: the exact totals per currency,
// the content key that finds a re-issued file with the same rows, and replacing an import
// of an unbilled period by a corrected file.

#include "core/domain/currency_total.h"
#include "core/domain/vendor.h"
#include "core/money/wide_decimal.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bursar::core {

class Database;
struct ImportSummary;

/// One usage total as the content key reads it: what the lines are, how many, their sum.
struct ContentTotal
{
    QString vendor, period, account, kind;
    int marketplace = 0, correction = 0;
    QString productType, product, publisher, currency;
    qint64 lines = 0;
    WideDecimal cost;
};

/// SHA-256 of one total: its vendor, key, line count and exact cost.
using ContentDigest = std::array<char, 32>;
ContentDigest contentDigest(const ContentTotal &total);

/// SHA-256 (hex) of what an import holds, whatever the file's bytes: the import's vendor and
/// its totals' digests, in sorted order (32 bytes a total, so a file of many totals costs
/// little memory). Two files with the same rows in another order, with other quoting, line
/// ends or columns have the same key. (Schema 12 made keys of digests; keys made before are
/// made again the first time they are needed.)
QString contentKey(const QString &vendor, std::vector<ContentDigest> digests);
QString contentKey(const QString &vendor, const QList<ContentTotal> &totals);

/// An earlier import, as messages name it.
struct EarlierImport
{
    qint64 id = 0; ///< 0: none
    QString fileName;
    QString importedAt;
};

class ImportRecords
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::UsageImporter)

public:
    explicit ImportRecords(Database &db) : m_db(db) {}

    /// What an import holds, as the importer and the history say it.
    Result<ImportSummary> summary(qint64 importId);
    /// The vendors whose usage an import holds (a FOCUS file may hold several).
    Result<QList<Vendor>> vendors(qint64 importId);
    /// The exact sum of an import's totals per currency.
    Result<QList<WideCurrencyTotal>> totals(qint64 importId);
    /// An import of `vendor` that still counts and holds `key`, other than `exceptId`; imports
    /// from before schema 11 are given their key first.
    Result<EarlierImport> sameContent(const QString &vendor, const QString &key, qint64 exceptId);
    /// Marks import `target` replaced by `replacement` (of `fileName`), with who and when:
    /// it stays in the history and no longer counts. Refused, naming the import and the fix,
    /// when it does not exist, is another vendor's, was replaced already or any of its usage
    /// is billed (a statement exists for its accounts and periods). Audited.
    /// The corrected file holds the same billing periods as the import it replaces.
    Status replace(qint64 target, qint64 replacement, const QString &vendor, const QString &fileName,
                   const QStringList &periods);

private:
    Status giveContentKeys(const QString &vendor, qint64 exceptId);
    Database &m_db;
};

} // namespace bursar::core
