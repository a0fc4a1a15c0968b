#include "core/storage/database_copy.h"

#include "core/money/decimal.h"
#include "core/money/wide_decimal.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <algorithm>

namespace bursar::core {

namespace {
// Tables a new database starts with rows in (defaults, and the administrator its first
// login created); the copy replaces their rows with the source's.
const QStringList SeededTables{
    QStringLiteral("account_info"),   QStringLiteral("users"),       QStringLiteral("user_privileges"),
    QStringLiteral("audit_log"),      QStringLiteral("audit_chain"), QStringLiteral("vendor_entities"),
    QStringLiteral("number_series"),  QStringLiteral("id_blocks"),   QStringLiteral("settings"),
    QStringLiteral("tax_categories"), QStringLiteral("vendors"),     QStringLiteral("vendor_focus_providers"),
    QStringLiteral("einvoice_seller")};
} // namespace

QStringList DatabaseCopy::tables()
{
    return {QStringLiteral("tenants"),
            QStringLiteral("customers"),
            QStringLiteral("pricebooks"),
            QStringLiteral("pricebook_rules"),
            QStringLiteral("customer_providers"),
            QStringLiteral("vendor_accounts"),
            QStringLiteral("payment_methods"),
            QStringLiteral("billing_profiles"),
            QStringLiteral("subscriptions"),
            QStringLiteral("account_info"),
            QStringLiteral("number_series"),
            QStringLiteral("number_counters"),
            QStringLiteral("users"),
            QStringLiteral("user_privileges"),
            QStringLiteral("vendors"),
            QStringLiteral("vendor_entities"),
            QStringLiteral("vendor_focus_providers"),
            QStringLiteral("usage_imports"),
            QStringLiteral("usage_lines"),
            QStringLiteral("usage_totals"),
            QStringLiteral("global_adjustments"),
            QStringLiteral("custom_charges"),
            QStringLiteral("support_plans"),
            QStringLiteral("credits"),
            QStringLiteral("tax_rates"),
            QStringLiteral("exchange_rates"),
            QStringLiteral("id_blocks"),
            QStringLiteral("billing_runs"),
            QStringLiteral("statements"),
            QStringLiteral("statement_lines"),
            QStringLiteral("statement_usage"),
            QStringLiteral("services_credit_opportunities"),
            QStringLiteral("services_credit_products"),
            QStringLiteral("services_credit_purchases"),
            QStringLiteral("services_credit_projects"),
            QStringLiteral("services_credit_milestones"),
            QStringLiteral("allocations"),
            QStringLiteral("statement_taxes"),
            QStringLiteral("statement_display_rates"),
            QStringLiteral("tax_categories"),
            QStringLiteral("ar_documents"),
            QStringLiteral("ar_document_lines"),
            QStringLiteral("ar_document_taxes"),
            QStringLiteral("settings"),
            QStringLiteral("api_keys"),
            QStringLiteral("api_reads"),
            QStringLiteral("customer_notifications"),
            QStringLiteral("notifications"),
            QStringLiteral("notification_events"),
            QStringLiteral("audit_log"),
            QStringLiteral("audit_chain"),
            QStringLiteral("einvoice_seller"),
            QStringLiteral("customer_einvoice"),
            QStringLiteral("einvoice_exports")};
}

QStringList DatabaseCopy::notCopied()
{
    return {QStringLiteral("schema_migrations"), QStringLiteral("bursar_meta")};
}

Result<TableCopy> DatabaseCopy::measure(Database &db, const QString &table)
{
    Sql q(db, QStringLiteral("SELECT * FROM %1").arg(table));
    if (Status s = q.exec(tr("reading %1").arg(table)); !s)
        return s.error();
    TableCopy result{table, 0, {}};
    QList<QByteArray> rowHashes;
    while (q.next()) {
        ++result.rows;
        QCryptographicHash row(QCryptographicHash::Sha256);
        const int columns = q.query().record().count();
        for (int c = 0; c < columns; ++c) {
            const QVariant v = q.value(c);
            QByteArray cell;
            if (v.isNull()) {
                cell = QByteArrayLiteral("\x01null");
            } else if (v.metaType().id() == QMetaType::QByteArray) {
                cell = v.toByteArray();
            } else {
                // Numbers compare as exact decimals: PostgreSQL's NUMERIC(38,18) gives
                // "12.500000000000000000" where SQLite's text gives "12.5" (usage amounts
                // have up to 36 places).
                cell = v.toString().toUtf8();
                if (auto d = WideDecimal::parseVendor(cell))
                    cell = d->toUtf8();
            }
            row.addData(QByteArray(QByteArray::number(cell.size()) + ':' + cell));
        }
        rowHashes << row.result();
    }
    // Sorted row hashes: the fingerprint does not depend on either engine's collation.
    std::sort(rowHashes.begin(), rowHashes.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &h : std::as_const(rowHashes))
        hash.addData(h);
    result.fingerprint = QString::fromLatin1(hash.result().toHex());
    return result;
}

Result<QList<TableCopy>> DatabaseCopy::copy(Database &from, Database &to)
{
    if (Status s = to.require(Privilege::ManageSettings, tr("copy a database into %1").arg(to.location())); !s)
        return s.error();
    // A scoped user reads part of the database; a copy holds all of it.
    if (from.scoped() || to.scoped())
        return fail(tr("%1 sees one tenant or customer only and may not copy a database; ask a user of the whole "
                       "installation.")
                        .arg(from.scoped() ? from.actor() : to.actor()),
                    QStringLiteral("privilege"));
    if (from.schemaVersion() != to.schemaVersion())
        return fail(tr("%1 has schema %2 and %3 schema %4; open both with this Bursar first.")
                        .arg(from.location())
                        .arg(from.schemaVersion())
                        .arg(to.location())
                        .arg(to.schemaVersion()));
    {
        Sql users(to, QStringLiteral("SELECT COUNT(*) FROM users"));
        if (Status e = users.exec(tr("checking the target")); !e)
            return e.error();
        if (users.next() && users.value(0).toLongLong() > 1)
            return fail(tr("The target %1 already holds records (%2 in %3). Bursar copies only into a new, empty "
                           "database and left this one unchanged.")
                            .arg(to.location())
                            .arg(users.value(0).toLongLong())
                            .arg(QStringLiteral("users")));
    }
    for (const QString &table : tables()) {
        if (SeededTables.contains(table))
            continue;
        Sql count(to, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        if (Status s = count.exec(tr("checking the target")); !s)
            return s.error();
        if (count.next() && count.value(0).toLongLong() > 0)
            return fail(tr("The target %1 already holds records (%2 in %3). Bursar copies only into a new, empty "
                           "database and left this one unchanged.")
                            .arg(to.location())
                            .arg(count.value(0).toLongLong())
                            .arg(table));
    }

    QList<TableCopy> result;
    Status copied = to.transaction([&]() -> Status {
        for (const QString &table : tables()) {
            if (SeededTables.contains(table)) {
                // Children first would be needed for users and vendors; user_privileges and
                // vendor_focus_providers cascade.
                Sql clear(to, QStringLiteral("DELETE FROM %1").arg(table));
                if (Status e = clear.exec(tr("copying %1").arg(table)); !e)
                    return e;
            }
            Sql rows(from, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
            if (Status e = rows.exec(tr("reading %1").arg(table)); !e)
                return e;
            const QSqlRecord record = rows.query().record();
            QStringList names, marks;
            for (int c = 0; c < record.count(); ++c) {
                names << record.fieldName(c);
                marks << QStringLiteral("?");
            }
            const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
            while (rows.next()) {
                Sql q(to, insert);
                for (int c = 0; c < record.count(); ++c)
                    q.bind(rows.value(c));
                if (Status e = q.exec(tr("copying %1").arg(table)); !e)
                    return e;
            }
        }
        // Every table numbered by the database itself continues after the copied IDs.
        for (const char *table :
             {"tenants", "payment_methods", "billing_profiles", "subscriptions", "users", "audit_log", "pricebooks",
              "pricebook_rules", "usage_imports", "global_adjustments", "custom_charges", "support_plans", "credits",
              "tax_rates", "exchange_rates", "billing_runs", "allocations", "statement_display_rates", "ar_documents"})
            if (Status e = to.syncIdentity(QString::fromLatin1(table)); !e)
                return e;
        // Verified before the commit: a copy that does not match is never kept.
        for (const QString &table : tables()) {
            auto a = measure(from, table);
            auto b = measure(to, table);
            if (!a || !b)
                return !a ? a.error() : b.error();
            if (a->rows != b->rows || a->fingerprint != b->fingerprint)
                return fail(tr("The copy of %1 does not match the original (%2 rows there, %3 here); nothing was "
                               "written to %4.")
                                .arg(table)
                                .arg(a->rows)
                                .arg(b->rows)
                                .arg(to.location()));
            result << *b;
        }
        // The login that made the copy stays the shared database's administrator.
        if (Status e = to.keepLoginAsAdministrator(); !e)
            return e;
        return to.audit(QStringLiteral("copy"), QStringLiteral("database"), to.location(),
                        QStringLiteral("from %1").arg(from.location()));
    });
    if (!copied)
        return copied.error();
    return result;
}

} // namespace bursar::core
