#include "core/usage/usage_importer.h"

#include "core/billing/statement_service.h"
#include "core/domain/currency_total.h"
#include "core/domain/vendor_account.h"
#include "core/locks/period_lock.h"
#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/database_files.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "core/usage/csv_reader.h"
#include "core/usage/file_hasher.h"
#include "core/usage/usage_import_records.h"
#include "core/usage/usage_records.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <atomic>
#include <charconv>
#include <map>

namespace bursar::core {

namespace {

/// What a usage line is; lines with the same key add up to one usage_totals row.
struct TotalKey
{
    QString period, account, kind;
    int marketplace = 0, correction = 0;
    QString productType, product, publisher, currency;
    friend bool operator==(const TotalKey &a, const TotalKey &b)
    {
        return a.period == b.period && a.account == b.account && a.kind == b.kind && a.marketplace == b.marketplace &&
               a.correction == b.correction && a.productType == b.productType && a.product == b.product &&
               a.publisher == b.publisher && a.currency == b.currency;
    }
};

size_t qHash(const TotalKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.period, k.account, k.kind, k.marketplace, k.correction, k.productType, k.product,
                      k.publisher, k.currency);
}

struct TotalValue
{
    qint64 lines = 0;
    WideDecimal cost;
};

/// Empty, never null: NOT NULL text columns take "" for "none".
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Result<ImportSummary> summaryOf(Database &db, qint64 importId)
{
    Sql q(db, QStringLiteral("SELECT vendor, format, file_name, sha256, data_rows, lines, ignored_rows, imported_at, "
                             "imported_by FROM usage_imports WHERE id = ?"));
    q.bind(importId);
    if (Status s = q.exec(UsageImporter::tr("reading the import")); !s)
        return s.error();
    if (!q.next())
        return fail(UsageImporter::tr("Import %1 does not exist.").arg(importId));
    ImportSummary sum;
    sum.importId = importId;
    sum.vendor = vendorFromText(q.value(0).toString()).value_or(Vendor::Aws);
    sum.format = usageFormatFromKey(q.value(1).toString()).value_or(UsageFormat::Focus);
    sum.fileName = q.value(2).toString();
    sum.sha256 = q.value(3).toString();
    sum.rows = q.value(4).toLongLong();
    sum.lines = q.value(5).toLongLong();
    sum.ignored = q.value(6).toLongLong();
    sum.importedAt = q.value(7).toString();
    sum.importedBy = q.value(8).toString();
    Sql periods(db, QStringLiteral("SELECT DISTINCT period FROM usage_totals WHERE import_id = ? ORDER BY period"));
    periods.bind(importId);
    if (Status s = periods.exec(UsageImporter::tr("reading the import's periods")); !s)
        return s.error();
    while (periods.next())
        sum.periods << periods.value(0).toString();
    Sql unmapped(db,
                 QStringLiteral("SELECT DISTINCT t.account_id FROM usage_totals t WHERE t.import_id = ? AND NOT EXISTS "
                                "(SELECT 1 FROM vendor_accounts v WHERE v.vendor = t.vendor AND "
                                "v.account_id = t.account_id) ORDER BY t.account_id"));
    unmapped.bind(importId);
    if (Status s = unmapped.exec(UsageImporter::tr("finding unmapped accounts")); !s)
        return s.error();
    while (unmapped.next())
        sum.unmappedAccounts << unmapped.value(0).toString();
    auto totals = ImportRecords(db).totals(importId);
    if (!totals)
        return totals.error();
    sum.totals = *totals;
    return sum;
}

QString problemText(const QString &file, qint64 line, int column, const QString &columnName, const QString &message)
{
    if (column <= 0)
        return UsageImporter::tr("%1, line %2: %3").arg(file).arg(line).arg(message);
    return UsageImporter::tr("%1, line %2, column %3 (%4): %5")
        .arg(file)
        .arg(line)
        .arg(column)
        .arg(columnName, message);
}

const QString AlreadyImported = QStringLiteral("already-imported");
const QString Cancelled = QStringLiteral("cancelled");

/// One file's import while it runs: the file and its reader, the format's mapper, the
/// vendor, the totals the lines add up to and the problems found. UsageImporter::importFile
/// runs its steps; every write happens inside the import's one transaction.
struct ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::UsageImporter)

public:
    ImportRun(Database &database, const QString &path, const ImportOptions &importOptions,
              const UsageImporter::Progress &report)
        : db(database), name(QFileInfo(path).fileName()), file(path), options(importOptions), progress(report),
          vendor(importOptions.vendor)
    {
    }

    /// The header decides the format and makes the row mapper.
    Status readHeader();
    /// The vendors' own entities: a publisher among them is not a marketplace seller.
    Status loadEntities();
    /// The import's row, with a unique stand-in for the hash the file has at its end.
    Result<qint64> recordImport(const void *importer);
    /// Every row: mapped, checked, and added to its total and as a usage line.
    Status readRows(qint64 importId);
    /// The earlier import of the same vendor's same file (then nothing is written); 0 when none.
    Result<qint64> earlierImport();
    /// The period lock: usage of a customer whose period is billed cannot come in.
    Status checkLocks();
    Status writeTotals(qint64 importId);
    /// A file with the same usage as an import that still counts is refused, naming it;
    /// with --replaces, the earlier import is marked replaced.
    Status checkContent(qint64 importId, qint64 replaces);
    Status finish(qint64 importId);

    enum class RowStep { Keep, Skip, Stop };
    /// The row's vendor, currency and customer reference, checked against the file's.
    RowStep checkRow(UsageRow &row);
    Status addLine(const UsageRow &row, qint64 importId, BulkInsert &batch);
    void addProblem(qint64 line, int column, const QString &message)
    {
        ++problemCount;
        if (problems.size() < UsageImporter::MaxProblems)
            problems << problemText(name, line, column, mapper->columnName(column), message);
    }
    Error cancelled() const { return fail(tr("Import of %1 cancelled; nothing was imported.").arg(name), Cancelled); }

    Database &db;
    QString name;
    QFile file;
    qint64 size = 0;
    ImportOptions options;
    UsageImporter::Progress progress;
    std::unique_ptr<CsvReader> reader;
    std::unique_ptr<FileHasher> hasher;
    std::optional<UsageFormat> format;
    std::unique_ptr<UsageRowMapper> mapper;
    std::optional<Vendor> vendor;
    QString lineVendor;
    QHash<QString, Vendor> entities;
    QStringList problems;
    qint64 problemCount = 0;
    QHash<TotalKey, int> totalNumbers;
    QList<std::pair<TotalKey, TotalValue>> totals;
    QHash<qint64, QString> dayText;           // "2026-09-01" per day, made once
    QHash<QString, bool> sellerIsMarketplace; // per publisher, decided once
    QSet<QString> knownCurrencies, periods;
    QHash<QString, QPair<QString, qint64>> customerOfAccount; // Partner Center: account -> (CustomerId, line)
    qint64 rowsSeen = 0, lines = 0, ignored = 0;
    QString sha, content;
};

Status ImportRun::readHeader()
{
    const CsvReader::Step first = reader->next();
    if (first == CsvReader::Step::Error)
        return fail(tr("%1: %2").arg(name, reader->errorMessage()));
    if (first == CsvReader::Step::End)
        return fail(tr("%1 holds no header and no rows; there is nothing to import.").arg(name));
    const QList<QByteArrayView> header = reader->fields();
    format = options.format ? options.format : UsageRowMapper::detect(header);
    if (!format) {
        if (header.size() == 1) {
            for (char d : {';', '\t', '|'})
                if (header.first().contains(d))
                    return fail(tr("%1: the header is one column that contains “%2”: the file is separated by “%2”, "
                                   "but usage exports are comma-separated. Export it again with commas.")
                                    .arg(name, d == '\t' ? tr("tab") : QString(QChar::fromLatin1(d))));
        }
        return fail(tr("%1 is not a usage export Bursar recognises (FOCUS, AWS CUR, Azure cost details, Partner "
                       "Center). Check the file, or name the format with --as.")
                        .arg(name));
    }
    auto created = UsageRowMapper::create(*format, header);
    if (!created)
        return fail(tr("%1: %2").arg(name, created.message()));
    mapper = std::move(created).value();
    if (const auto fixed = mapper->fixedVendor()) {
        if (vendor && *vendor != *fixed)
            return fail(tr("%1 is in the %2 format, which holds %3 usage, not %4.")
                            .arg(name, usageFormatName(*format), vendorName(*fixed), vendorName(*vendor)));
        vendor = fixed;
    }
    lineVendor = vendor ? vendorKey(*vendor) : QString();
    return success();
}

Status ImportRun::loadEntities()
{
    Sql q(db, QStringLiteral("SELECT vendor, name_folded FROM vendor_entities"));
    if (Status s = q.exec(tr("reading the vendors' entities")); !s)
        return s;
    while (q.next())
        if (auto v = vendorFromText(q.value(0).toString()))
            entities.insert(q.value(1).toString(), *v);
    return success();
}

Result<qint64> ImportRun::recordImport(const void *importer)
{
    Sql head(db, QStringLiteral("INSERT INTO usage_imports (vendor, format, file_name, sha256, data_rows, lines, "
                                "ignored_rows, imported_at, imported_by) VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?) "
                                "RETURNING id"));
    const QString pending =
        QStringLiteral("pending-%1").arg(QDateTime::currentMSecsSinceEpoch()) + QString::number(quintptr(importer), 16);
    head.bind(vendor ? vendorKey(*vendor) : QStringLiteral("aws"))
        .bind(usageFormatKey(*format))
        .bind(name)
        .bind(pending)
        .bind(nowUtc())
        .bind(db.actor());
    if (Status s = head.exec(tr("recording the import")); !s)
        return s.error();
    head.next();
    return head.value(0).toLongLong();
}

ImportRun::RowStep ImportRun::checkRow(UsageRow &row)
{
    // Which vendor: given, fixed by the format, or named by the FOCUS provider column.
    if (!row.provider.isEmpty()) {
        const auto named = entities.constFind(row.provider.toCaseFolded());
        if (named != entities.constEnd()) {
            if (!vendor) {
                vendor = named.value();
                lineVendor = vendorKey(*vendor);
            } else if (*vendor != named.value()) {
                addProblem(reader->line(), 0,
                           tr("the row is %1 usage (provider “%2”), but the file is imported as %3 usage.")
                               .arg(vendorName(named.value()), row.provider, vendorName(*vendor)));
                return RowStep::Skip;
            }
        }
    }
    if (!vendor) {
        addProblem(reader->line(), 0,
                   tr("the file does not say which vendor's usage it holds (no known ProviderName); name it "
                      "with --vendor aws, microsoft or google."));
        return RowStep::Stop;
    }
    if (!knownCurrencies.contains(row.currency)) {
        if (!Currencies::find(row.currency)) {
            addProblem(reader->line(), 0,
                       tr("“%1” is not an ISO 4217 currency code (USD, EUR, JPY ...).").arg(row.currency));
            return RowStep::Skip;
        }
        knownCurrencies.insert(row.currency);
    }
    row.accountId = normalizeAccountId(row.accountId);
    if (!row.customerRef.isEmpty()) {
        auto it = customerOfAccount.constFind(row.accountId);
        if (it == customerOfAccount.constEnd()) {
            customerOfAccount.insert(row.accountId, {row.customerRef, reader->line()});
        } else if (it->first != row.customerRef) {
            addProblem(reader->line(), 0,
                       tr("subscription %1 belongs to customer %2 here but to customer %3 on line %4; one "
                          "subscription cannot belong to two customers. Correct the file.")
                           .arg(row.accountId, row.customerRef, it->first)
                           .arg(it->second));
            return RowStep::Skip;
        }
    }
    return RowStep::Keep;
}

Status ImportRun::addLine(const UsageRow &row, qint64 importId, BulkInsert &batch)
{
    bool marketplace = row.marketplaceByFile;
    if (!marketplace && !row.publisher.isEmpty()) {
        auto known = sellerIsMarketplace.constFind(row.publisher);
        if (known == sellerIsMarketplace.constEnd())
            known = sellerIsMarketplace.insert(row.publisher, !entities.contains(row.publisher.toCaseFolded()));
        marketplace = known.value();
    }
    const TotalKey key{row.period,      row.accountId, chargeKindKey(row.kind), int(marketplace), int(row.correction),
                       row.productType, row.product,   notNull(row.publisher),  row.currency};
    auto number = totalNumbers.constFind(key);
    if (number == totalNumbers.constEnd()) {
        number = totalNumbers.insert(key, int(totals.size()) + 1);
        totals.append({key, TotalValue{}});
    }
    TotalValue &total = totals[number.value() - 1].second;
    ++total.lines;
    total.cost += row.cost;
    QString &day = dayText[row.usageDate.toJulianDay()];
    if (day.isEmpty())
        day = row.usageDate.toString(Qt::ISODate);
    batch.integer(importId).integer(number.value()).integer(reader->line()).text(day);
    batch.amountOrNull(row.quantity).textOrNull(row.unit).amount(row.cost).amountOrNull(row.listCost);
    if (Status s = batch.endRow(); !s)
        return s;
    periods.insert(row.period);
    ++lines;
    return success();
}

Status ImportRun::readRows(qint64 importId)
{
    // Lines go in as multi-row INSERTs written out as SQL literals: Qt's parameter binding
    // costs more than the rest of the import together.
    BulkInsert batch(db, QStringLiteral("usage_lines"),
                     {QStringLiteral("import_id"), QStringLiteral("total_no"), QStringLiteral("line_no"),
                      QStringLiteral("usage_date"), QStringLiteral("quantity"), QStringLiteral("unit"),
                      QStringLiteral("cost"), QStringLiteral("list_cost")});
    UsageRow row;
    for (;;) {
        const CsvReader::Step step = reader->next();
        if (step == CsvReader::Step::End)
            break;
        if (step == CsvReader::Step::Error) {
            ++problemCount;
            problems << tr("%1: %2").arg(name, reader->errorMessage());
            break; // the file's structure is broken: nothing after it can be trusted
        }
        ++rowsSeen;
        if (progress && (rowsSeen & 0x3FFF) == 0 && !progress(reader->bytesRead(), size))
            return cancelled();
        if (auto problem = mapper->map(*reader, row)) {
            addProblem(reader->line(), problem->column, problem->message);
            if (problems.size() >= UsageImporter::MaxProblems)
                break;
            continue;
        }
        const RowStep checked = checkRow(row);
        if (checked == RowStep::Stop)
            break;
        if (checked == RowStep::Skip)
            continue;
        if (row.ignored) {
            ++ignored;
            continue;
        }
        if (!problems.isEmpty())
            continue; // keep reading for more problems, write nothing more
        if (Status s = addLine(row, importId, batch); !s)
            return s;
    }
    if (!problems.isEmpty()) {
        QString message = problems.join(QStringLiteral("; "));
        if (problemCount > problems.size())
            message += tr(" (and %1 more problems)").arg(problemCount - problems.size());
        return fail(tr("%1 was not imported; nothing changed. %2").arg(name, message));
    }
    return batch.finish();
}

Result<qint64> ImportRun::earlierImport()
{
    sha = hasher->result();
    if (sha.isEmpty())
        return fail(tr("%1 could not be read to its end; nothing was imported.").arg(name));
    Sql earlier(db, QStringLiteral("SELECT id FROM usage_imports WHERE vendor = ? AND sha256 = ?"));
    earlier.bind(lineVendor).bind(sha);
    if (Status s = earlier.exec(tr("looking for an earlier import of the file")); !s)
        return s.error();
    return earlier.next() ? earlier.value(0).toLongLong() : 0;
}

Status ImportRun::checkLocks()
{
    QSet<std::pair<QString, QString>> seen;
    QList<std::pair<QString, QString>> pairs;
    for (const auto &[key, value] : std::as_const(totals))
        if (!seen.contains({key.account, key.period})) {
            seen.insert({key.account, key.period});
            pairs.append({key.account, key.period});
        }
    auto locks = usageLocks(db, vendorFromText(lineVendor).value_or(Vendor::Aws), pairs, UsageImporter::MaxProblems);
    if (!locks)
        return locks.error();
    if (!locks->isEmpty())
        return fail(tr("%1 was not imported; nothing changed: %2").arg(name, locks->join(QStringLiteral("; "))));
    return success();
}

Status ImportRun::writeTotals(qint64 importId)
{
    QSqlQuery totalInsert(connectionOf(db));
    if (!totalInsert.prepare(
            QStringLiteral("INSERT INTO usage_totals (import_id, total_no, vendor, period, account_id, "
                           "kind, marketplace, correction, product_type, product, publisher, "
                           "currency, lines, cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(tr("Could not prepare the import: %1").arg(totalInsert.lastError().text()));
    for (int i = 0; i < totals.size(); ++i) {
        const auto &[key, value] = totals.at(i);
        if (!value.cost.isValid())
            return fail(tr("%1: the sum of %2's %3 costs exceeds Bursar's range; nothing was imported.")
                            .arg(name, key.account, key.product));
        const QVariantList values{importId,      i + 1,           lineVendor,     key.period,           key.account,
                                  key.kind,      key.marketplace, key.correction, key.productType,      key.product,
                                  key.publisher, key.currency,    value.lines,    value.cost.toString()};
        for (int v = 0; v < values.size(); ++v)
            totalInsert.bindValue(v, values.at(v));
        if (!totalInsert.exec())
            return fail(tr("Writing usage totals failed: %1").arg(totalInsert.lastError().text()));
    }
    return success();
}

Status ImportRun::checkContent(qint64 importId, qint64 replaces)
{
    QList<ContentTotal> list;
    list.reserve(totals.size());
    for (const auto &[key, value] : std::as_const(totals))
        list.append({key.period, key.account, key.kind, key.marketplace, key.correction, key.productType, key.product,
                     key.publisher, key.currency, value.lines, value.cost});
    content = contentKey(lineVendor, list);
    ImportRecords records(db);
    auto same = records.sameContent(lineVendor, content, importId);
    if (!same)
        return same.error();
    if (same->id != 0)
        return fail(tr("%1 holds the same usage as import %2 (%3, imported %4): the same accounts, periods, products "
                       "and amounts, in other bytes. Nothing was imported; nothing changed. A file the vendor "
                       "corrected differs in its amounts.")
                        .arg(name, QString::number(same->id), same->fileName, same->importedAt),
                    QStringLiteral("duplicate"));
    if (replaces != 0)
        return records.replace(replaces, importId, lineVendor, name, periods.values());
    return success();
}

Status ImportRun::finish(qint64 importId)
{
    Sql done(db, QStringLiteral("UPDATE usage_imports SET vendor = ?, sha256 = ?, content_sha256 = ?, data_rows = ?, "
                                "lines = ?, ignored_rows = ? WHERE id = ?"));
    done.bind(lineVendor).bind(sha).bind(content).bind(rowsSeen).bind(lines).bind(ignored).bind(importId);
    if (Status s = done.exec(tr("recording the import")); !s)
        return s;
    return db.audit(QStringLiteral("import"), QStringLiteral("usage_import"), QString::number(importId),
                    tr("%1 (%2, %3 rows, %4 lines, SHA-256 %5)")
                        .arg(name, usageFormatKey(*format))
                        .arg(rowsSeen)
                        .arg(lines)
                        .arg(sha));
}

} // namespace

Result<ImportSummary> UsageImporter::importFile(const QString &path, const ImportOptions &options,
                                                const Progress &progress)
{
    if (Status s = m_db.require(Privilege::ImportUsage, tr("import usage")); !s)
        return s.error();
    if (Status s = refuseDatabaseFile(path, tr("import it as usage")); !s)
        return s.error();
    ImportRun run(m_db, path, options, progress);
    if (!run.file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open “%1”: %2.").arg(path, run.file.errorString()));
    run.size = run.file.size();
    if (run.size == 0)
        return fail(tr("%1 is empty; there is nothing to import. Export the usage again.").arg(run.name));
    run.reader = std::make_unique<CsvReader>(&run.file);
    run.hasher = std::make_unique<FileHasher>(path);
    if (Status s = run.readHeader(); !s)
        return s.error();
    if (Status s = run.loadEntities(); !s)
        return s.error();

    // A big file writes far more pages than SQLite's default cache holds; a larger cache
    // for the import's duration keeps the index in memory instead of re-reading it.
    const bool lite = m_db.dialect() == Dialect::SQLite;
    if (lite)
        (void)Sql(m_db, QStringLiteral("PRAGMA cache_size = -65536")).exec();
    qint64 importId = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto recorded = run.recordImport(this);
        if (!recorded)
            return recorded.error();
        importId = *recorded;
        if (Status s = run.readRows(importId); !s)
            return s;
        if (run.progress && !run.progress(run.size, run.size))
            return run.cancelled();
        // A header alone is an export that went wrong, not a month without usage: with no
        // vendor named, it would not even know whose it is.
        if (run.rowsSeen == 0)
            return fail(tr("%1 has its header and no usage rows; nothing was imported. Export the month again, "
                           "with its rows.")
                            .arg(run.name),
                        QStringLiteral("file"));
        auto earlier = run.earlierImport();
        if (!earlier)
            return earlier.error();
        if (*earlier != 0) {
            importId = *earlier;
            return fail(QString(), AlreadyImported);
        }
        if (Status s = run.checkLocks(); !s)
            return s;
        if (Status s = run.checkContent(importId, options.replaces); !s)
            return s;
        if (Status s = run.writeTotals(importId); !s)
            return s;
        return run.finish(importId);
    });
    if (lite)
        (void)Sql(m_db, QStringLiteral("PRAGMA cache_size = -2000")).exec();
    if (!done && done.error().field != AlreadyImported)
        return done.error();
    auto stored = summaryOf(m_db, importId);
    if (!stored)
        return stored.error();
    ImportSummary result = *stored;
    result.alreadyImported = !done;
    result.replacedImport = done ? options.replaces : 0;
    if (result.alreadyImported)
        result.earlierFileName = result.fileName; // the stored import's name
    result.fileName = run.name;
    return result;
}

} // namespace bursar::core
