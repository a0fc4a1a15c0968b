// What the usage screens list: the import history, unmapped accounts, the vendors'
// credit rows per customer and account, and the vendor's own legal entities.
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "core/usage/usage_import_records.h"
#include "core/usage/usage_importer.h"
#include "core/usage/usage_records.h"

#include <QHash>
#include <QSet>

namespace bursar::core {

namespace {

/// The (vendor, account_id) keys no customer is mapped to that have usage not replaced, of one
/// vendor or of all (bind the key twice). The distinct keys come from the account index alone
/// (a covering scan); only those few are looked up in vendor_accounts and, for `replaced`, in
/// the table. (Testing every usage total against vendor_accounts and the table took 51 s on
/// 3 million totals.)
const QString UnmappedKeys = QStringLiteral(
    "SELECT d.vendor, d.account_id FROM (SELECT DISTINCT vendor, account_id FROM usage_totals "
    "WHERE (? = 'all' OR vendor = ?)) d WHERE NOT EXISTS (SELECT 1 FROM vendor_accounts v "
    "WHERE v.vendor = d.vendor AND v.account_id = d.account_id) AND EXISTS (SELECT 1 FROM usage_totals r "
    "WHERE r.vendor = d.vendor AND r.account_id = d.account_id AND r.replaced = 0)");

/// A vendor's credit rows in a range of periods (bind the vendor and the two periods).
const QString Credits =
    QStringLiteral("FROM usage_totals t LEFT JOIN vendor_accounts va ON va.vendor = t.vendor AND "
                   "va.account_id = t.account_id LEFT JOIN customers c ON c.id = va.customer_id "
                   "WHERE t.vendor = ? AND t.period >= ? AND t.period <= ? AND t.kind = 'credit' AND "
                   "t.replaced = 0");

/// The order both lists are read in; a page is a page of these keys.
const QString CreditKeys = QStringLiteral("COALESCE(va.customer_id, 0), t.account_id, t.period, t.product, t.currency");

/// "?, ?, ?" for n values.
QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QStringLiteral(", "));
}

} // namespace

Result<qint64> UsageImporter::historyCount()
{
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM usage_imports"));
    if (Status s = q.exec(tr("reading the import history")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<ImportRecord>> UsageImporter::history(Page page)
{
    Sql q(m_db,
          QStringLiteral("SELECT id, vendor, format, file_name, sha256, data_rows, lines, ignored_rows, "
                         "imported_at, imported_by, replaced_by, replaced_at, replaced_by_user FROM usage_imports "
                         "ORDER BY id DESC") +
              limitClause(page));
    if (Status s = q.exec(tr("reading the import history")); !s)
        return s.error();
    QList<ImportRecord> out;
    while (q.next()) {
        ImportRecord r;
        r.id = q.value(0).toLongLong();
        r.vendor = storedVendor(q, 1);
        r.format = q.value(2).toString();
        r.fileName = q.value(3).toString();
        r.sha256 = q.value(4).toString();
        r.rows = q.value(5).toLongLong();
        r.lines = q.value(6).toLongLong();
        r.ignored = q.value(7).toLongLong();
        r.importedAt = q.value(8).toString();
        r.importedBy = q.value(9).toString();
        r.replacedBy = q.value(10).toLongLong();
        r.replacedAt = q.value(11).toString();
        r.replacedByUser = q.value(12).toString();
        out.append(r);
    }
    for (ImportRecord &r : out) {
        auto totals = ImportRecords(m_db).totals(r.id);
        if (!totals)
            return totals.error();
        r.totals = *totals;
        auto vendors = ImportRecords(m_db).vendors(r.id);
        if (!vendors)
            return vendors.error();
        r.vendors = *vendors;
    }
    return out;
}

Result<qint64> UsageImporter::unmappedAccountCount(std::optional<Vendor> vendor)
{
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM (") + UnmappedKeys + QStringLiteral(") a"));
    const QString v = vendor ? vendorKey(*vendor) : QStringLiteral("all");
    q.bind(v).bind(v);
    if (Status s = q.exec(tr("finding unmapped accounts")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<UnmappedAccount>> UsageImporter::unmappedAccounts(std::optional<Vendor> vendor, Page page)
{
    const QString v = vendor ? vendorKey(*vendor) : QStringLiteral("all");
    // A page is a page of (vendor, account) keys, read first; then every usage total of
    // those accounts, found by the account index. (Two plain queries: SQLite 3.40 answers a
    // row-value IN over a subquery with LIMIT and OFFSET wrongly.)
    QList<std::pair<QString, QString>> keys;
    if (page.limit >= 0) {
        Sql k(m_db, UnmappedKeys + QStringLiteral(" ORDER BY d.vendor, d.account_id") + limitClause(page));
        k.bind(v).bind(v);
        if (Status s = k.exec(tr("finding unmapped accounts")); !s)
            return s.error();
        while (k.next())
            keys.append({k.value(0).toString(), k.value(1).toString()});
        if (keys.isEmpty())
            return QList<UnmappedAccount>();
    }
    QStringList pairs;
    for (qsizetype i = 0; i < keys.size(); ++i)
        pairs << QStringLiteral("(t.vendor = ? AND t.account_id = ?)");
    const QString which = keys.isEmpty() ? QString(QStringLiteral("JOIN (") + UnmappedKeys +
                                                   QStringLiteral(") k ON k.vendor = t.vendor AND "
                                                                  "k.account_id = t.account_id WHERE t.replaced = 0"))
                                         : QString(QStringLiteral("WHERE t.replaced = 0 AND (") +
                                                   pairs.join(QStringLiteral(" OR ")) + QStringLiteral(")"));
    Sql q(m_db,
          QStringLiteral("SELECT t.vendor, t.account_id, t.period, t.currency, t.lines, t.cost FROM usage_totals t ") +
              which + QStringLiteral(" ORDER BY t.vendor, t.account_id"));
    if (keys.isEmpty())
        q.bind(v).bind(v);
    for (const auto &[vendorKeyText, account] : std::as_const(keys))
        q.bind(vendorKeyText).bind(account);
    if (Status s = q.exec(tr("finding unmapped accounts")); !s)
        return s.error();
    QList<UnmappedAccount> out;
    std::map<QString, WideDecimal> sums;
    auto closeAccount = [&]() {
        if (out.isEmpty())
            return;
        for (const auto &[currency, cost] : sums)
            out.last().totals.append({currency, cost});
        sums.clear();
    };
    while (q.next()) {
        const auto rowVendor = storedVendor(q, 0);
        const QString account = q.value(1).toString();
        if (out.isEmpty() || out.last().vendor != rowVendor || out.last().accountId != account) {
            closeAccount();
            out.append({rowVendor, account, {}, 0, {}});
        }
        UnmappedAccount &a = out.last();
        if (!a.periods.contains(q.value(2).toString()))
            a.periods << q.value(2).toString();
        a.lines += q.value(4).toLongLong();
        sums[q.value(3).toString()] += storedWide(q.value(5));
    }
    closeAccount();
    for (UnmappedAccount &a : out)
        a.periods.sort();
    return out;
}

Result<qint64> UsageImporter::vendorCreditCount(Vendor vendor, const QString &fromPeriod, const QString &toPeriod)
{
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT ") + CreditKeys + u' ' + Credits +
                    QStringLiteral(") k"));
    q.bind(vendorKey(vendor)).bind(fromPeriod).bind(toPeriod);
    if (Status s = q.exec(tr("reading the vendor's credits")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<VendorCredit>> UsageImporter::vendorCredits(Vendor vendor, const QString &fromPeriod,
                                                         const QString &toPeriod, Page page)
{
    // A page of entries is a page of their keys, read first; then every credit row of those
    // accounts, of which the page's keys are kept.
    QSet<QString> keys;
    QStringList accounts;
    auto keyOf = [](const Sql &row, int first) {
        QStringList parts;
        for (int i = first; i < first + 5; ++i)
            parts << row.value(i).toString();
        return parts.join(u'\n');
    };
    if (page.limit >= 0) {
        Sql k(m_db, QStringLiteral("SELECT DISTINCT ") + CreditKeys + u' ' + Credits + QStringLiteral(" ORDER BY ") +
                        CreditKeys + limitClause(page));
        k.bind(vendorKey(vendor)).bind(fromPeriod).bind(toPeriod);
        if (Status s = k.exec(tr("reading the vendor's credits")); !s)
            return s.error();
        while (k.next()) {
            keys.insert(keyOf(k, 0));
            accounts << k.value(1).toString();
        }
        if (accounts.isEmpty())
            return QList<VendorCredit>();
    }
    Sql q(m_db, QStringLiteral("SELECT va.customer_id, c.name, t.account_id, t.period, t.product, t.currency, t.lines, "
                               "t.cost, ") +
                    CreditKeys + u' ' + Credits +
                    (accounts.isEmpty() ? QString()
                                        : QStringLiteral(" AND t.account_id IN (%1)").arg(marks(accounts.size()))) +
                    QStringLiteral(" ORDER BY ") + CreditKeys);
    q.bind(vendorKey(vendor)).bind(fromPeriod).bind(toPeriod);
    for (const QString &a : std::as_const(accounts))
        q.bind(a);
    if (Status s = q.exec(tr("reading the vendor's credits")); !s)
        return s.error();
    // One entry per customer, account, period, product and currency (totals may split by
    // publisher or file).
    QList<VendorCredit> out;
    while (q.next()) {
        if (!keys.isEmpty() && !keys.contains(keyOf(q, 8)))
            continue;
        VendorCredit c;
        c.vendor = vendor;
        c.customerId = q.value(0).toLongLong();
        c.customerName = q.value(1).toString();
        c.accountId = q.value(2).toString();
        c.period = q.value(3).toString();
        c.product = q.value(4).toString();
        c.currency = q.value(5).toString();
        c.lines = q.value(6).toLongLong();
        c.amount = storedWide(q.value(7));
        if (!out.isEmpty()) {
            VendorCredit &last = out.last();
            if (last.customerId == c.customerId && last.accountId == c.accountId && last.period == c.period &&
                last.product == c.product && last.currency == c.currency) {
                last.amount += c.amount;
                last.lines += c.lines;
                continue;
            }
        }
        out.append(c);
    }
    if (Status s = markIssued(out); !s)
        return s.error();
    return out;
}

Status UsageImporter::markIssued(QList<VendorCredit> &credits)
{
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < credits.size(); ++i)
        at.insert(vendorCreditKey(credits[i]), i);
    const QStringList keys = at.keys();
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < keys.size(); from += Chunk) {
        const QStringList part = keys.mid(from, Chunk);
        Sql q(m_db, QStringLiteral("SELECT vendor_credit, id FROM credits WHERE voided_at IS NULL AND vendor_credit "
                                   "IN (%1)")
                        .arg(marks(part.size())));
        for (const QString &k : part)
            q.bind(k);
        if (Status s = q.exec(tr("reading the credits issued from vendor credits")); !s)
            return s;
        while (q.next())
            credits[at.value(q.value(0).toString())].issuedCreditId = q.value(1).toLongLong();
    }
    return success();
}

QString vendorCreditKey(const VendorCredit &c)
{
    return QStringList{vendorKey(c.vendor), c.accountId, c.period, c.product, c.currency}.join(u'\n');
}

} // namespace bursar::core
