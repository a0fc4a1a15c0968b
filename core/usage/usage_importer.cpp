#include "usage/usage_importer.h"

#include "money/currency.h"
#include "storage/database.h"
#include "usage/csv_reader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>

#include <map>
#include <tuple>

namespace bursar::core {

QString normalizeAccountId(const QString &accountId)
{
    QString id = accountId.trimmed();
    static const QString prefix = QStringLiteral("/subscriptions/");
    if (id.startsWith(prefix, Qt::CaseInsensitive)) {
        id = id.mid(prefix.size());
        if (const qsizetype slash = id.indexOf(u'/'); slash >= 0)
            id.truncate(slash);
        id = id.toLower();
    }
    return id;
}

namespace {

/// Reads a stored amount: TEXT on SQLite, NUMERIC on PostgreSQL (read with high precision).
Decimal storedAmount(const QVariant &v)
{
    if (v.isNull())
        return {};
    auto d = Decimal::parseVendor(v.toString().toUtf8());
    return d ? *d : Decimal::invalid();
}

struct TotalKey
{
    QString period, account, kind;
    int marketplace;
    QString productType, product, currency;
    auto tie() const { return std::tie(period, account, kind, marketplace, productType, product, currency); }
    bool operator<(const TotalKey &o) const { return tie() < o.tie(); }
};

struct TotalValue
{
    qint64 lines = 0;
    Decimal cost;
};

constexpr int LineColumns = 17;
constexpr int RowsPerInsert = 64;

QString lineInsert(int rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO usage_lines (import_id, line_no, vendor, period, usage_date, account_id, kind, marketplace, "
        "correction, product_type, product, publisher, quantity, unit, currency, cost, list_cost) VALUES ");
    const QString one = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (int i = 0; i < rows; ++i) {
        if (i)
            sql += u',';
        sql += one;
    }
    return sql;
}

Result<QList<CurrencyTotal>> totalsOf(Database &db, qint64 importId)
{
    Sql q(db, QStringLiteral("SELECT currency, cost FROM usage_totals WHERE import_id = ? ORDER BY currency"));
    q.bind(importId);
    if (Status s = q.exec(UsageImporter::tr("reading the import's totals")); !s)
        return s.error();
    std::map<QString, Decimal> sums;
    while (q.next())
        sums[q.value(0).toString()] += storedAmount(q.value(1));
    QList<CurrencyTotal> out;
    for (const auto &[currency, cost] : sums)
        out.append({currency, cost});
    return out;
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
    Sql unmapped(db, QStringLiteral("SELECT DISTINCT t.account_id FROM usage_totals t WHERE t.import_id = ? AND NOT EXISTS "
                                    "(SELECT 1 FROM vendor_accounts v WHERE v.vendor = t.vendor AND "
                                    "v.account_id = t.account_id) ORDER BY t.account_id"));
    unmapped.bind(importId);
    if (Status s = unmapped.exec(UsageImporter::tr("finding unmapped accounts")); !s)
        return s.error();
    while (unmapped.next())
        sum.unmappedAccounts << unmapped.value(0).toString();
    auto totals = totalsOf(db, importId);
    if (!totals)
        return totals.error();
    sum.totals = *totals;
    return sum;
}

QString problemText(const QString &file, qint64 line, int column, const QString &columnName, const QString &message)
{
    if (column <= 0)
        return UsageImporter::tr("%1, line %2: %3").arg(file).arg(line).arg(message);
    return UsageImporter::tr("%1, line %2, column %3 (%4): %5").arg(file).arg(line).arg(column).arg(columnName, message);
}

const QString AlreadyImported = QStringLiteral("already-imported");
const QString Cancelled = QStringLiteral("cancelled");

} // namespace

Result<ImportSummary> UsageImporter::importFile(const QString &path, const ImportOptions &options, const Progress &progress)
{
    if (Status s = m_db.require(Privilege::ImportUsage, tr("import usage")); !s)
        return s.error();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open “%1”: %2.").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return fail(tr("%1 is empty; there is nothing to import. Export the usage again.").arg(name));

    CsvReader reader(&file);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    reader.setChunkObserver([&hash](QByteArrayView chunk) { hash.addData(chunk); });
    auto readerProblem = [&]() {
        return fail(tr("%1: %2").arg(name, reader.errorMessage()));
    };

    // The header decides the format.
    const CsvReader::Step first = reader.next();
    if (first == CsvReader::Step::Error)
        return readerProblem();
    if (first == CsvReader::Step::End)
        return fail(tr("%1 holds no header and no rows; there is nothing to import.").arg(name));
    const QList<QByteArrayView> header = reader.fields();
    std::optional<UsageFormat> format = options.format ? options.format : UsageRowMapper::detect(header);
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
    std::unique_ptr<UsageRowMapper> mapper = std::move(created).value();

    std::optional<Vendor> vendor = options.vendor;
    if (const auto fixed = mapper->fixedVendor()) {
        if (vendor && *vendor != *fixed)
            return fail(tr("%1 is a %2 file, which holds %3 usage, not %4.")
                            .arg(name, usageFormatName(*format), vendorName(*fixed), vendorName(*vendor)));
        vendor = fixed;
    }

    // The vendors' own entities: a publisher among them is not a marketplace seller.
    QHash<QString, Vendor> entities;
    {
        Sql q(m_db, QStringLiteral("SELECT vendor, name_folded FROM vendor_entities"));
        if (Status s = q.exec(tr("reading the vendors' entities")); !s)
            return s.error();
        while (q.next())
            if (auto v = vendorFromText(q.value(0).toString()))
                entities.insert(q.value(1).toString(), *v);
    }

    ImportSummary summary;
    summary.fileName = name;
    summary.format = *format;

    QStringList problems;
    qint64 problemCount = 0;
    auto addProblem = [&](qint64 line, int column, const QString &message) {
        ++problemCount;
        if (problems.size() < MaxProblems)
            problems << problemText(name, line, column, mapper->columnName(column), message);
    };

    Status done = m_db.transaction([&]() -> Status {
        Sql head(m_db, QStringLiteral("INSERT INTO usage_imports (vendor, format, file_name, sha256, data_rows, lines, "
                                      "ignored_rows, imported_at, imported_by) VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?) "
                                      "RETURNING id"));
        // The file's hash is known at its end; until then the row holds a unique stand-in.
        const QString pending = QStringLiteral("pending-%1").arg(QDateTime::currentMSecsSinceEpoch()) +
                                QString::number(quintptr(this), 16);
        head.bind(vendor ? vendorKey(*vendor) : QStringLiteral("aws"))
            .bind(usageFormatKey(*format))
            .bind(name)
            .bind(pending)
            .bind(nowUtc())
            .bind(m_db.actor());
        if (Status s = head.exec(tr("recording the import")); !s)
            return s;
        head.next();
        const qint64 importId = head.value(0).toLongLong();

        QSqlQuery batch(m_db.sql());
        const QString batchSql = lineInsert(RowsPerInsert);
        if (!batch.prepare(batchSql))
            return fail(tr("Could not prepare the import: %1").arg(batch.lastError().text()));
        QVariantList pendingValues;
        pendingValues.reserve(LineColumns * RowsPerInsert);
        auto flush = [&](bool all) -> Status {
            const int rows = int(pendingValues.size() / LineColumns);
            if (rows == 0 || (!all && rows < RowsPerInsert))
                return success();
            QSqlQuery *q = &batch;
            QSqlQuery tail(m_db.sql());
            if (rows < RowsPerInsert) {
                if (!tail.prepare(lineInsert(rows)))
                    return fail(tr("Could not prepare the import: %1").arg(tail.lastError().text()));
                q = &tail;
            }
            for (int i = 0; i < pendingValues.size(); ++i)
                q->bindValue(i, pendingValues.at(i));
            if (!q->exec())
                return fail(tr("Writing usage lines failed: %1").arg(q->lastError().text()));
            pendingValues.clear();
            return success();
        };

        std::map<TotalKey, TotalValue> totals;
        QSet<QString> knownCurrencies, periods;
        QHash<QString, QPair<QString, qint64>> customerOfAccount; // Partner Center: account -> (CustomerId, line)
        UsageRow row;
        qint64 rowsSeen = 0, lines = 0, ignored = 0;
        QString lineVendor = vendor ? vendorKey(*vendor) : QString();
        for (;;) {
            const CsvReader::Step step = reader.next();
            if (step == CsvReader::Step::End)
                break;
            if (step == CsvReader::Step::Error) {
                ++problemCount;
                problems << tr("%1: %2").arg(name, reader.errorMessage());
                break; // the file's structure is broken: nothing after it can be trusted
            }
            ++rowsSeen;
            if (progress && (rowsSeen & 0x3FFF) == 0 && !progress(reader.bytesRead(), size))
                return fail(tr("Import of %1 cancelled; nothing was imported.").arg(name), Cancelled);
            if (auto p = mapper->map(reader, row)) {
                addProblem(reader.line(), p->column, p->message);
                if (problems.size() >= MaxProblems)
                    break;
                continue;
            }
            // Which vendor: given, fixed by the format, or named by the FOCUS provider column.
            if (!row.provider.isEmpty()) {
                const auto named = entities.constFind(row.provider.toCaseFolded());
                if (named != entities.constEnd()) {
                    if (!vendor) {
                        vendor = named.value();
                        lineVendor = vendorKey(*vendor);
                    } else if (*vendor != named.value()) {
                        addProblem(reader.line(), 0,
                                   tr("the row is %1 usage (provider “%2”), but the file is imported as %3 usage.")
                                       .arg(vendorName(named.value()), row.provider, vendorName(*vendor)));
                        continue;
                    }
                }
            }
            if (!vendor) {
                addProblem(reader.line(), 0,
                           tr("the file does not say which vendor's usage it holds (no known ProviderName); name it "
                              "with --vendor aws, microsoft or google."));
                break;
            }
            if (!knownCurrencies.contains(row.currency)) {
                if (!Currencies::find(row.currency)) {
                    addProblem(reader.line(), 0,
                               tr("“%1” is not an ISO 4217 currency code (USD, EUR, JPY ...).").arg(row.currency));
                    continue;
                }
                knownCurrencies.insert(row.currency);
            }
            row.accountId = normalizeAccountId(row.accountId);
            if (!row.customerRef.isEmpty()) {
                auto it = customerOfAccount.constFind(row.accountId);
                if (it == customerOfAccount.constEnd()) {
                    customerOfAccount.insert(row.accountId, {row.customerRef, reader.line()});
                } else if (it->first != row.customerRef) {
                    addProblem(reader.line(), 0,
                               tr("subscription %1 belongs to customer %2 here but to customer %3 on line %4; one "
                                  "subscription cannot belong to two customers. Correct the file.")
                                   .arg(row.accountId, row.customerRef, it->first)
                                   .arg(it->second));
                    continue;
                }
            }
            if (row.ignored) {
                ++ignored;
                continue;
            }
            if (!problems.isEmpty())
                continue; // keep reading for more problems, write nothing more
            const bool marketplace =
                row.marketplaceByFile ||
                (!row.publisher.isEmpty() && !entities.contains(row.publisher.toCaseFolded()));
            const QString kind = chargeKindKey(row.kind);
            pendingValues << importId << reader.line() << lineVendor << row.period
                          << row.usageDate.toString(Qt::ISODate) << row.accountId << kind << int(marketplace)
                          << int(row.correction) << row.productType << row.product << nullIfEmpty(row.publisher)
                          << (row.quantity ? QVariant(row.quantity->toString()) : QVariant(QMetaType(QMetaType::QString)))
                          << nullIfEmpty(row.unit) << row.currency << row.cost.toString()
                          << (row.listCost ? QVariant(row.listCost->toString()) : QVariant(QMetaType(QMetaType::QString)));
            if (Status s = flush(false); !s)
                return s;
            TotalValue &t = totals[TotalKey{row.period, row.accountId, kind, int(marketplace), row.productType,
                                            row.product, row.currency}];
            ++t.lines;
            t.cost += row.cost;
            periods.insert(row.period);
            ++lines;
        }
        if (!problems.isEmpty()) {
            QString message = problems.join(QStringLiteral("; "));
            if (problemCount > problems.size())
                message += tr(" (and %1 more problems)").arg(problemCount - problems.size());
            return fail(tr("%1 was not imported; nothing changed. %2").arg(name, message));
        }
        if (Status s = flush(true); !s)
            return s;
        if (progress && !progress(size, size))
            return fail(tr("Import of %1 cancelled; nothing was imported.").arg(name), Cancelled);

        const QString sha = QString::fromLatin1(hash.result().toHex());
        summary.sha256 = sha;
        Sql earlier(m_db, QStringLiteral("SELECT id FROM usage_imports WHERE vendor = ? AND sha256 = ?"));
        earlier.bind(lineVendor).bind(sha);
        if (Status s = earlier.exec(tr("looking for an earlier import of the file")); !s)
            return s;
        if (earlier.next()) {
            summary.importId = earlier.value(0).toLongLong();
            return fail(QString(), AlreadyImported);
        }

        QSqlQuery totalInsert(m_db.sql());
        if (!totalInsert.prepare(QStringLiteral("INSERT INTO usage_totals (import_id, vendor, period, account_id, kind, "
                                                "marketplace, product_type, product, currency, lines, cost) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return fail(tr("Could not prepare the import: %1").arg(totalInsert.lastError().text()));
        for (const auto &[key, value] : totals) {
            if (!value.cost.isValid())
                return fail(tr("%1: the sum of %2's %3 costs exceeds Bursar's range; nothing was imported.")
                                .arg(name, key.account, key.product));
            const QVariantList values{importId, lineVendor, key.period, key.account, key.kind, key.marketplace,
                                      key.productType, key.product, key.currency, value.lines, value.cost.toString()};
            for (int i = 0; i < values.size(); ++i)
                totalInsert.bindValue(i, values.at(i));
            if (!totalInsert.exec())
                return fail(tr("Writing usage totals failed: %1").arg(totalInsert.lastError().text()));
        }
        Sql finish(m_db, QStringLiteral("UPDATE usage_imports SET vendor = ?, sha256 = ?, data_rows = ?, lines = ?, "
                                        "ignored_rows = ? WHERE id = ?"));
        finish.bind(lineVendor).bind(sha).bind(rowsSeen).bind(lines).bind(ignored).bind(importId);
        if (Status s = finish.exec(tr("recording the import")); !s)
            return s;
        summary.importId = importId;
        return m_db.audit(QStringLiteral("import"), QStringLiteral("usage_import"), QString::number(importId),
                          tr("%1 (%2, %3 rows, %4 lines, SHA-256 %5)")
                              .arg(name, usageFormatKey(*format))
                              .arg(rowsSeen)
                              .arg(lines)
                              .arg(sha));
    });
    if (!done && done.error().field != AlreadyImported)
        return done.error();
    auto stored = summaryOf(m_db, summary.importId);
    if (!stored)
        return stored.error();
    ImportSummary result = *stored;
    result.alreadyImported = !done;
    result.fileName = name;
    return result;
}

Result<QList<ImportRecord>> UsageImporter::history()
{
    Sql q(m_db, QStringLiteral("SELECT id, vendor, format, file_name, sha256, data_rows, lines, ignored_rows, "
                               "imported_at, imported_by FROM usage_imports ORDER BY id DESC"));
    if (Status s = q.exec(tr("reading the import history")); !s)
        return s.error();
    QList<ImportRecord> out;
    while (q.next()) {
        ImportRecord r;
        r.id = q.value(0).toLongLong();
        r.vendor = vendorFromText(q.value(1).toString()).value_or(Vendor::Aws);
        r.format = q.value(2).toString();
        r.fileName = q.value(3).toString();
        r.sha256 = q.value(4).toString();
        r.rows = q.value(5).toLongLong();
        r.lines = q.value(6).toLongLong();
        r.ignored = q.value(7).toLongLong();
        r.importedAt = q.value(8).toString();
        r.importedBy = q.value(9).toString();
        out.append(r);
    }
    for (ImportRecord &r : out) {
        auto totals = totalsOf(m_db, r.id);
        if (!totals)
            return totals.error();
        r.totals = *totals;
    }
    return out;
}

Result<QList<UnmappedAccount>> UsageImporter::unmappedAccounts(std::optional<Vendor> vendor)
{
    Sql q(m_db, QStringLiteral("SELECT t.vendor, t.account_id, t.period, t.currency, t.lines, t.cost FROM usage_totals t "
                               "WHERE (? = 'all' OR t.vendor = ?) AND NOT EXISTS (SELECT 1 FROM vendor_accounts v "
                               "WHERE v.vendor = t.vendor AND v.account_id = t.account_id) "
                               "ORDER BY t.vendor, t.account_id"));
    const QString v = vendor ? vendorKey(*vendor) : QStringLiteral("all");
    q.bind(v).bind(v);
    if (Status s = q.exec(tr("finding unmapped accounts")); !s)
        return s.error();
    QList<UnmappedAccount> out;
    std::map<QString, Decimal> sums;
    auto closeAccount = [&]() {
        if (out.isEmpty())
            return;
        for (const auto &[currency, cost] : sums)
            out.last().totals.append({currency, cost});
        sums.clear();
    };
    while (q.next()) {
        const auto rowVendor = vendorFromText(q.value(0).toString()).value_or(Vendor::Aws);
        const QString account = q.value(1).toString();
        if (out.isEmpty() || out.last().vendor != rowVendor || out.last().accountId != account) {
            closeAccount();
            out.append({rowVendor, account, {}, 0, {}});
        }
        UnmappedAccount &a = out.last();
        if (!a.periods.contains(q.value(2).toString()))
            a.periods << q.value(2).toString();
        a.lines += q.value(4).toLongLong();
        sums[q.value(3).toString()] += storedAmount(q.value(5));
    }
    closeAccount();
    for (UnmappedAccount &a : out)
        a.periods.sort();
    return out;
}

Result<QStringList> VendorEntities::list(Vendor vendor)
{
    Sql q(m_db, QStringLiteral("SELECT name FROM vendor_entities WHERE vendor = ? ORDER BY name"));
    q.bind(vendorKey(vendor));
    if (Status s = q.exec(tr("reading the vendor's entities")); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status VendorEntities::add(Vendor vendor, const QString &name)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the vendors' entities")); !s)
        return s;
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(tr("The entity name is empty; type the legal name as usage files write it."), QStringLiteral("name"));
    return m_db.transaction([&]() -> Status {
        Sql exists(m_db, QStringLiteral("SELECT name FROM vendor_entities WHERE vendor = ? AND name_folded = ?"));
        exists.bind(vendorKey(vendor)).bind(clean.toCaseFolded());
        if (Status s = exists.exec(tr("reading the vendor's entities")); !s)
            return s;
        if (exists.next())
            return fail(tr("%1 already lists “%2”.").arg(vendorName(vendor), exists.value(0).toString()),
                        QStringLiteral("name"));
        Sql q(m_db, QStringLiteral("INSERT INTO vendor_entities (vendor, name, name_folded) VALUES (?, ?, ?)"));
        q.bind(vendorKey(vendor)).bind(clean).bind(clean.toCaseFolded());
        if (Status s = q.exec(tr("adding the entity")); !s)
            return s;
        return m_db.audit(QStringLiteral("add"), QStringLiteral("vendor_entity"), vendorKey(vendor), clean);
    });
}

Status VendorEntities::remove(Vendor vendor, const QString &name)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the vendors' entities")); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("DELETE FROM vendor_entities WHERE vendor = ? AND name_folded = ?"));
        q.bind(vendorKey(vendor)).bind(name.simplified().toCaseFolded());
        if (Status s = q.exec(tr("removing the entity")); !s)
            return s;
        if (q.rowsAffected() == 0)
            return fail(tr("%1 does not list “%2”.").arg(vendorName(vendor), name.simplified()), QStringLiteral("name"));
        return m_db.audit(QStringLiteral("remove"), QStringLiteral("vendor_entity"), vendorKey(vendor), name.simplified());
    });
}

} // namespace bursar::core
