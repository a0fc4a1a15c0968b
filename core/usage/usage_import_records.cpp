#include "core/usage/usage_import_records.h"

#include "core/domain/vendor.h"
#include "core/locks/period_lock.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "core/usage/usage_records.h"

#include <QCryptographicHash>
#include <QSet>
#include <algorithm>
#include <map>

namespace bursar::core {

ContentDigest contentDigest(const ContentTotal &t)
{
    const QStringList fields{t.vendor,
                             t.period,
                             t.account,
                             t.kind,
                             QString::number(t.marketplace),
                             QString::number(t.correction),
                             t.productType,
                             t.product,
                             t.publisher,
                             t.currency,
                             QString::number(t.lines),
                             t.cost.toString()};
    const QByteArray hash = QCryptographicHash::hash(fields.join(u'\t').toUtf8(), QCryptographicHash::Sha256);
    ContentDigest out;
    std::copy_n(hash.constData(), out.size(), out.begin());
    return out;
}

QString contentKey(const QString &vendor, std::vector<ContentDigest> digests)
{
    std::sort(digests.begin(), digests.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(vendor.toUtf8());
    for (const ContentDigest &d : digests)
        hash.addData(QByteArrayView(d.data(), qsizetype(d.size())));
    return QString::fromLatin1(hash.result().toHex());
}

QString contentKey(const QString &vendor, const QList<ContentTotal> &totals)
{
    std::vector<ContentDigest> digests;
    digests.reserve(size_t(totals.size()));
    for (const ContentTotal &t : totals)
        digests.push_back(contentDigest(t));
    return contentKey(vendor, std::move(digests));
}

Result<ImportSummary> ImportRecords::summary(qint64 importId)
{
    Sql q(m_db, QStringLiteral("SELECT vendor, format, file_name, sha256, data_rows, lines, ignored_rows, imported_at, "
                               "imported_by FROM usage_imports WHERE id = ?"));
    q.bind(importId);
    if (Status s = q.exec(tr("reading the import")); !s)
        return s.error();
    if (!q.next())
        return fail(tr("Import %1 does not exist.").arg(importId));
    ImportSummary sum;
    sum.importId = importId;
    sum.vendor = storedVendor(q, 0);
    sum.format = usageFormatFromKey(q.value(1).toString()).value_or(UsageFormat::Focus);
    sum.fileName = q.value(2).toString();
    sum.sha256 = q.value(3).toString();
    sum.rows = q.value(4).toLongLong();
    sum.lines = q.value(5).toLongLong();
    sum.ignored = q.value(6).toLongLong();
    sum.importedAt = q.value(7).toString();
    sum.importedBy = q.value(8).toString();
    auto vendorList = vendors(importId);
    if (!vendorList)
        return vendorList.error();
    sum.vendors = *vendorList;
    Sql periods(m_db, QStringLiteral("SELECT DISTINCT period FROM usage_totals WHERE import_id = ? ORDER BY period"));
    periods.bind(importId);
    if (Status s = periods.exec(tr("reading the import's periods")); !s)
        return s.error();
    while (periods.next())
        sum.periods << periods.value(0).toString();
    Sql unmapped(m_db,
                 QStringLiteral("SELECT DISTINCT t.account_id FROM usage_totals t WHERE t.import_id = ? AND NOT EXISTS "
                                "(SELECT 1 FROM vendor_accounts v WHERE v.vendor = t.vendor AND "
                                "v.account_id = t.account_id) ORDER BY t.account_id"));
    unmapped.bind(importId);
    if (Status s = unmapped.exec(tr("finding unmapped accounts")); !s)
        return s.error();
    while (unmapped.next())
        sum.unmappedAccounts << unmapped.value(0).toString();
    auto totals = ImportRecords(m_db).totals(importId);
    if (!totals)
        return totals.error();
    sum.totals = *totals;
    return sum;
}

Result<QList<Vendor>> ImportRecords::vendors(qint64 importId)
{
    Sql q(m_db, QStringLiteral("SELECT DISTINCT vendor FROM usage_totals WHERE import_id = ? ORDER BY vendor"));
    q.bind(importId);
    if (Status s = q.exec(tr("reading the import's vendors")); !s)
        return s.error();
    QList<Vendor> out;
    while (q.next())
        out << storedVendor(q, 0);
    std::sort(out.begin(), out.end()); // as Settings > Vendors lists them: AWS, Microsoft, Google, then added ones
    return out;
}

Result<QList<WideCurrencyTotal>> ImportRecords::totals(qint64 importId)
{
    Sql q(m_db, QStringLiteral("SELECT currency, cost FROM usage_totals WHERE import_id = ? ORDER BY currency"));
    q.bind(importId);
    if (Status s = q.exec(tr("reading the import's totals")); !s)
        return s.error();
    std::map<QString, WideDecimal> sums;
    while (q.next())
        sums[q.value(0).toString()] += storedWide(q.value(1));
    QList<WideCurrencyTotal> out;
    for (const auto &[currency, cost] : sums)
        out.append({currency, cost});
    return out;
}

Status ImportRecords::giveContentKeys(const QString &vendor, qint64 exceptId)
{
    Sql missing(m_db, QStringLiteral("SELECT id FROM usage_imports WHERE vendor = ? AND content_sha256 IS NULL AND "
                                     "id <> ? ORDER BY id"));
    missing.bind(vendor).bind(exceptId);
    if (Status s = missing.exec(tr("reading the import history")); !s)
        return s;
    QList<qint64> ids;
    while (missing.next())
        ids << missing.value(0).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        Sql q(m_db, QStringLiteral("SELECT vendor, period, account_id, kind, marketplace, correction, product_type, "
                                   "product, publisher, currency, lines, cost FROM usage_totals WHERE import_id = ?"));
        q.bind(id);
        if (Status s = q.exec(tr("reading the import's totals")); !s)
            return s;
        QList<ContentTotal> totals;
        while (q.next())
            totals.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toInt(), q.value(5).toInt(), q.value(6).toString(), q.value(7).toString(),
                           q.value(8).toString(), q.value(9).toString(), q.value(10).toLongLong(),
                           storedWide(q.value(11))});
        Sql set(m_db, QStringLiteral("UPDATE usage_imports SET content_sha256 = ? WHERE id = ?"));
        set.bind(contentKey(vendor, totals)).bind(id);
        if (Status s = set.exec(tr("recording the import")); !s)
            return s;
    }
    return success();
}

Result<EarlierImport> ImportRecords::sameContent(const QString &vendor, const QString &key, qint64 exceptId)
{
    if (Status s = giveContentKeys(vendor, exceptId); !s)
        return s.error();
    Sql q(m_db, QStringLiteral("SELECT id, file_name, imported_at FROM usage_imports WHERE vendor = ? AND "
                               "content_sha256 = ? AND replaced_by IS NULL AND id <> ? ORDER BY id"));
    q.bind(vendor).bind(key).bind(exceptId);
    if (Status s = q.exec(tr("looking for an earlier import of the same usage")); !s)
        return s.error();
    if (!q.next())
        return EarlierImport{};
    return EarlierImport{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Status ImportRecords::replace(qint64 target, qint64 replacement, const QString &vendor, const QString &fileName,
                              const QStringList &periods)
{
    Sql old(m_db, QStringLiteral("SELECT vendor, file_name, replaced_by FROM usage_imports WHERE id = ?"));
    old.bind(target);
    if (Status s = old.exec(tr("reading the import to replace")); !s)
        return s;
    if (!old.next())
        return fail(
            tr("There is no import %1 to replace; Usage > Imports (bursar usage history) lists them.").arg(target),
            QStringLiteral("replaces"));
    const QString oldName = old.value(1).toString();
    if (old.value(0).toString() != vendor)
        return fail(tr("Import %1 (%2) holds %3 usage; %4 holds %5 usage and cannot replace it.")
                        .arg(QString::number(target), oldName, vendorName(storedVendor(old, 0)), fileName,
                             vendorName(storedVendor(m_db, vendor))),
                    QStringLiteral("replaces"));
    if (!old.value(2).isNull())
        return fail(tr("Import %1 (%2) was replaced already, by import %3; replace that one instead.")
                        .arg(QString::number(target), oldName, old.value(2).toString()),
                    QStringLiteral("replaces"));
    // Billed usage stays: a statement of the vendor and period for one of its accounts, or
    // a statement that took its usage, locks it as the period lock locks an import.
    Sql billed(m_db, QStringLiteral("SELECT s.number, s.id FROM statement_usage su JOIN statements s ON s.id = "
                                    "su.statement_id WHERE su.import_id = ? ORDER BY s.id LIMIT 1"));
    billed.bind(target);
    if (Status s = billed.exec(tr("reading statements")); !s)
        return s;
    if (billed.next())
        return fail(tr("Import %1 (%2) is billed on statement %3; a billed period's usage cannot be replaced. Credit "
                       "or debit the difference with a memo instead.")
                        .arg(QString::number(target), oldName,
                             billed.value(0).isNull() ? tr("draft %1").arg(billed.value(1).toLongLong())
                                                      : billed.value(0).toString()),
                    QStringLiteral("replaces"));
    Sql pairs(m_db, QStringLiteral("SELECT DISTINCT account_id, period FROM usage_totals WHERE import_id = ?"));
    pairs.bind(target);
    if (Status s = pairs.exec(tr("reading the import's totals")); !s)
        return s;
    QList<std::pair<QString, QString>> accountPeriods;
    QSet<QString> oldPeriods;
    while (pairs.next()) {
        accountPeriods.append({pairs.value(0).toString(), pairs.value(1).toString()});
        oldPeriods.insert(pairs.value(1).toString());
    }
    if (oldPeriods != QSet<QString>(periods.cbegin(), periods.cend())) {
        QStringList was = oldPeriods.values(), now = periods;
        was.sort();
        now.sort();
        return fail(tr("Import %1 (%2) holds %3 and %4 holds %5: a corrected file re-issues the same billing periods. "
                       "Import it on its own instead.")
                        .arg(QString::number(target), oldName, was.join(QStringLiteral(", ")), fileName,
                             now.join(QStringLiteral(", "))),
                    QStringLiteral("replaces"));
    }
    auto locks = usageLocks(m_db, storedVendor(m_db, vendor), accountPeriods);
    if (!locks)
        return locks.error();
    if (!locks->isEmpty())
        return fail(tr("Import %1 (%2) cannot be replaced: %3")
                        .arg(QString::number(target), oldName, locks->join(QStringLiteral("; "))),
                    QStringLiteral("replaces"));

    Sql mark(m_db, QStringLiteral("UPDATE usage_imports SET replaced_by = ?, replaced_at = ?, replaced_by_user = ? "
                                  "WHERE id = ? AND replaced_by IS NULL"));
    mark.bind(replacement).bind(nowUtc()).bind(m_db.actor()).bind(target);
    if (Status s = mark.exec(tr("recording the replacement")); !s)
        return s;
    if (mark.rowsAffected() != 1)
        return fail(tr("Import %1 was replaced meanwhile in another window; nothing changed.").arg(target),
                    QStringLiteral("replaces"));
    Sql off(m_db, QStringLiteral("UPDATE usage_totals SET replaced = 1 WHERE import_id = ?"));
    off.bind(target);
    if (Status s = off.exec(tr("recording the replacement")); !s)
        return s;
    return m_db.audit(QStringLiteral("replace"), QStringLiteral("usage_import"), QString::number(target),
                      tr("replaced by import %1 (%2)").arg(QString::number(replacement), fileName));
}

} // namespace bursar::core
