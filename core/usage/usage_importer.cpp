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
    QString vendor, period, account, kind;
    int marketplace = 0, correction = 0;
    QString productType, product, publisher, currency;
    friend bool operator==(const TotalKey &a, const TotalKey &b)
    {
        return a.vendor == b.vendor && a.period == b.period && a.account == b.account && a.kind == b.kind &&
               a.marketplace == b.marketplace && a.correction == b.correction && a.productType == b.productType &&
               a.product == b.product && a.publisher == b.publisher && a.currency == b.currency;
    }
};

size_t qHash(const TotalKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.vendor, k.period, k.account, k.kind, k.marketplace, k.correction, k.productType,
                      k.product, k.publisher, k.currency);
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

    enum class RowStep { Keep, Skip, Stop, Leave }; // Leave: the row is left out, without a problem
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
    std::optional<Vendor> vendor; ///< the file's (given, fixed by the format) or its first row's
    bool vendorGiven = false;     ///< by --vendor or the format: every row must be its usage
    QString lineVendor;           ///< the import's vendor key (usage_imports.vendor)
    QString rowVendor;            ///< the current row's vendor key
    QSet<QString> skip;           ///< case-folded providers left out (--skip-provider)
    std::map<QString, qint64> unknownProviders, skippedProviders; ///< provider -> rows
    QHash<QString, Vendor> entities;
    QHash<QString, Vendor> providers; ///< FOCUS ProviderName (case-folded) → the vendor it means
    /// A ProviderName cell as written → what it means, decided once per spelling.
    struct Provider
    {
        bool skipped = false;
        std::optional<Vendor> vendor;
        QString key;
    };
    QHash<QString, Provider> providerOf;
    QHash<QString, QString> normalAccount; ///< account ID as written → as Bursar maps it
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
    vendorGiven = vendor.has_value();
    for (const QString &p : options.skipProviders)
        skip.insert(p.trimmed().toCaseFolded());
    return success();
}

Status ImportRun::loadEntities()
{
    Sql q(db, QStringLiteral("SELECT vendor, name_folded FROM vendor_entities"));
    if (Status s = q.exec(tr("reading the vendors' entities")); !s)
        return s;
    while (q.next())
        entities.insert(q.value(1).toString(), storedVendor(q, 0));
    Sql names(db, QStringLiteral("SELECT vendor, name_folded FROM vendor_focus_providers"));
    if (Status s = names.exec(tr("reading the vendors' FOCUS provider names")); !s)
        return s;
    while (names.next())
        providers.insert(names.value(1).toString(), storedVendor(names, 0));
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
    // Which vendor: the FOCUS provider column's, each row its own (a FinOps tool's file holds
    // every provider), checked against the one given or fixed by the format.
    std::optional<Vendor> named;
    const Provider *provider = nullptr;
    if (!row.provider.isEmpty()) {
        auto decided = providerOf.constFind(row.provider);
        if (decided == providerOf.constEnd()) {
            const QString folded = row.provider.toCaseFolded();
            Provider p;
            p.skipped = skip.contains(folded);
            if (const auto known = providers.constFind(folded); known != providers.constEnd())
                p = {p.skipped, known.value(), vendorKey(known.value())};
            decided = providerOf.insert(row.provider, p);
        }
        provider = &decided.value();
        if (provider->skipped) {
            ++skippedProviders[row.provider];
            return RowStep::Leave;
        }
        if (!provider->vendor) {
            ++unknownProviders[row.provider];
            return RowStep::Leave;
        }
        named = provider->vendor;
        if (vendorGiven && *vendor != *named) {
            addProblem(reader->line(), 0,
                       tr("the row is %1 usage (provider “%2”), but the file is imported as %3 usage.")
                           .arg(vendorName(*named), row.provider, vendorName(*vendor)));
            return RowStep::Skip;
        }
        if (!vendor) {
            vendor = named;
            lineVendor = vendorKey(*vendor);
        }
    }
    rowVendor = provider ? provider->key : lineVendor;
    if (!vendor) {
        addProblem(reader->line(), 0,
                   tr("the file does not say which vendor's usage it holds (no known ProviderName); name it "
                      "with --vendor %1.")
                       .arg(vendorKeyChoices()));
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
    // An account is written the same way on many rows: normalised once per spelling (Azure's
    // "/subscriptions/<guid>/..." paths cost a copy and a pattern match each).
    auto normal = normalAccount.constFind(row.accountId);
    if (normal == normalAccount.constEnd()) {
        if (normalAccount.size() > 100000)
            normalAccount.clear(); // a file of ever new accounts does not grow the cache without end
        normal = normalAccount.insert(row.accountId, normalizeAccountId(row.accountId));
    }
    row.accountId = normal.value();
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
    const TotalKey key{rowVendor,           row.period,      row.accountId, chargeKindKey(row.kind), int(marketplace),
                       int(row.correction), row.productType, row.product,   notNull(row.publisher),  row.currency};
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
        if (checked == RowStep::Skip || checked == RowStep::Leave)
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
    if (!unknownProviders.empty() && problems.size() < UsageImporter::MaxProblems) {
        QStringList named;
        for (const auto &[provider, rows] : unknownProviders)
            named << tr("“%1” (rows: %2)").arg(provider).arg(rows);
        ++problemCount;
        problems << tr("%1 holds usage of providers no Bursar vendor claims: %2. Add the vendor (Settings > "
                       "Vendors, or bursar vendors add --key KEY --name NAME --focus-provider NAME); if a name is "
                       "another spelling of a vendor Bursar has, add it to that vendor (bursar vendors set KEY "
                       "--add-focus-provider NAME); or leave its rows out on record with --skip-provider NAME.")
                        .arg(name, named.join(QStringLiteral(", ")));
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
    std::map<QString, QList<std::pair<QString, QString>>> pairsOf; // per vendor
    QSet<QString> seen;
    for (const auto &[key, value] : std::as_const(totals)) {
        const QString id = key.vendor + u'\n' + key.account + u'\n' + key.period;
        if (!seen.contains(id)) {
            seen.insert(id);
            pairsOf[key.vendor].append({key.account, key.period});
        }
    }
    QStringList all;
    for (const auto &[v, pairs] : pairsOf) {
        auto locks = usageLocks(db, storedVendor(db, v), pairs, UsageImporter::MaxProblems);
        if (!locks)
            return locks.error();
        all += *locks;
    }
    if (!all.isEmpty())
        return fail(tr("%1 was not imported; nothing changed: %2").arg(name, all.join(QStringLiteral("; "))));
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
        const QVariantList values{importId,      i + 1,           key.vendor,     key.period,           key.account,
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
    std::vector<ContentDigest> digests; // one total at a time: no copy of the totals
    digests.reserve(size_t(totals.size()));
    for (const auto &[key, value] : std::as_const(totals))
        digests.push_back(
            contentDigest({key.vendor, key.period, key.account, key.kind, key.marketplace, key.correction,
                           key.productType, key.product, key.publisher, key.currency, value.lines, value.cost}));
    content = contentKey(lineVendor, std::move(digests));
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
    QString left;
    for (const auto &[provider, rows] : skippedProviders)
        left += tr("; left out: %1 (rows: %2)").arg(provider).arg(rows);
    return db.audit(QStringLiteral("import"), QStringLiteral("usage_import"), QString::number(importId),
                    tr("%1 (%2, %3 rows, %4 lines, SHA-256 %5)")
                            .arg(name, usageFormatKey(*format))
                            .arg(rowsSeen)
                            .arg(lines)
                            .arg(sha) +
                        left);
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
        if (!run.vendor) // every row's provider was left out: there is no one's usage to keep
            return fail(tr("%1: every row was left out (--skip-provider); nothing was imported.").arg(run.name),
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
    auto stored = ImportRecords(m_db).summary(importId);
    if (!stored)
        return stored.error();
    ImportSummary result = *stored;
    result.alreadyImported = !done;
    result.replacedImport = done ? options.replaces : 0;
    if (done)
        for (const auto &[provider, rows] : run.skippedProviders)
            result.skippedProviders.append({provider, rows});
    if (result.alreadyImported)
        result.earlierFileName = result.fileName; // the stored import's name
    result.fileName = run.name;
    return result;
}

} // namespace bursar::core
