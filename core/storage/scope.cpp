// The scope of a connection: temporary views named like the tables they filter (scope.h).

#include "core/storage/scope.h"

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QList>
#include <utility>

namespace bursar::core {

namespace {

/// A scoped table and the condition its rows meet, on the base table's alias `x`. {T} is
/// the temporary schema (the views made before it), {M} the database's own schema, {S}
/// the scope's tenant or customer ID, {U} the acting user.
struct Filter
{
    const char *table;
    const char *tenantWhere;   ///< for a user of a tenant
    const char *customerWhere; ///< for a user of one customer
};

constexpr const char *OfCustomers = "x.customer_id IN (SELECT id FROM {T}.customers)";

const QList<Filter> &filters()
{
    static const QList<Filter> list{
        {"tenants",
         "x.id IN (WITH RECURSIVE sub(id) AS (SELECT id FROM {M}.tenants WHERE id = {S} UNION ALL SELECT t.id FROM "
         "{M}.tenants t JOIN sub ON "
         "t.parent_id = sub.id) SELECT id FROM sub)",
         "x.id IN (SELECT tenant_id FROM {M}.customers WHERE id = {S})"},
        {"customers", "x.tenant_id IN (SELECT id FROM {T}.tenants)", "x.id = {S}"},
        {"customer_providers", OfCustomers, OfCustomers},
        {"customer_einvoice", OfCustomers, OfCustomers},
        {"vendor_accounts", OfCustomers, OfCustomers},
        {"payment_methods", OfCustomers, OfCustomers},
        {"billing_profiles", OfCustomers, OfCustomers},
        {"subscriptions", OfCustomers, OfCustomers},
        {"custom_charges", OfCustomers, OfCustomers},
        {"support_plans", OfCustomers, OfCustomers},
        {"credits", OfCustomers, OfCustomers},
        // A customer never sees a draft statement, a held document or a draft purchase.
        {"statements", OfCustomers, "x.customer_id IN (SELECT id FROM {T}.customers) AND x.status <> 'draft'"},
        {"ar_documents", OfCustomers, "x.customer_id IN (SELECT id FROM {T}.customers) AND x.status <> 'hold'"},
        {"services_credit_opportunities", OfCustomers, OfCustomers},
        {"services_credit_projects", OfCustomers, OfCustomers},
        {"services_credit_purchases", OfCustomers, "x.customer_id IN (SELECT id FROM {T}.customers) AND x.draft = 0"},
        {"statement_lines", "x.statement_id IN (SELECT id FROM {T}.statements)", nullptr},
        {"statement_taxes", "x.statement_id IN (SELECT id FROM {T}.statements)", nullptr},
        {"statement_usage", "x.statement_id IN (SELECT id FROM {T}.statements)", nullptr},
        {"statement_display_rates", "x.statement_id IN (SELECT id FROM {T}.statements)", nullptr},
        {"ar_document_lines", "x.document_id IN (SELECT id FROM {T}.ar_documents)", nullptr},
        {"ar_document_taxes", "x.document_id IN (SELECT id FROM {T}.ar_documents)", nullptr},
        {"einvoice_exports",
         "(x.document_kind = 'statement' AND x.document_id IN (SELECT id FROM {T}.statements)) OR (x.document_kind "
         "<> 'statement' AND x.document_id IN (SELECT id FROM {T}.ar_documents))",
         nullptr},
        {"services_credit_products", "x.opportunity_id IN (SELECT id FROM {T}.services_credit_opportunities)", nullptr},
        {"services_credit_milestones", "x.project_id IN (SELECT id FROM {T}.services_credit_projects)", nullptr},
        // An entry belongs to its source's customer (both ends of an entry are one customer's).
        {"allocations",
         "(x.source_kind = 'credit' AND x.source_id IN (SELECT id FROM {T}.credits)) OR "
         "(x.source_kind IN ('credit_memo', 'payment') AND x.source_id IN (SELECT id FROM {T}.ar_documents)) OR "
         "(x.source_kind = 'services_purchase' AND x.source_id IN (SELECT id FROM {T}.services_credit_purchases))",
         nullptr},
        // Usage belongs to the customer its vendor account is mapped to; an unmapped account
        // is nobody's below the installation.
        {"usage_totals",
         "EXISTS (SELECT 1 FROM {T}.vendor_accounts va WHERE va.vendor = x.vendor AND va.account_id = x.account_id)",
         nullptr},
        {"usage_lines",
         "EXISTS (SELECT 1 FROM {T}.usage_totals u WHERE u.import_id = x.import_id AND u.total_no = x.total_no)",
         nullptr},
        {"usage_imports", "x.id IN (SELECT import_id FROM {T}.usage_totals)", nullptr},
        {"billing_runs", "x.id IN (SELECT run_id FROM {T}.statements)", nullptr},
        // A statement's email and its log belong to the statement's customer.
        {"customer_notifications", OfCustomers, OfCustomers},
        {"notifications", OfCustomers, "x.statement_id IN (SELECT id FROM {T}.statements)"},
        {"notification_events", "x.notification_id IN (SELECT id FROM {T}.notifications)", nullptr},
        // The Billing API's keys and their log are the installation's.
        {"api_reads", "1 = 0", nullptr},
        {"api_keys", "1 = 0", nullptr},
        {"users", "x.id = {U}", nullptr},
        {"user_privileges", "x.user_id = {U}", nullptr},
    };
    return list;
}

} // namespace

QStringList scope::scopedTables()
{
    QStringList out;
    for (const Filter &f : filters())
        out << QLatin1String(f.table);
    return out;
}

QStringList scope::sharedTables()
{
    return {QStringLiteral("schema_migrations"),  QStringLiteral("bursar_meta"),
            QStringLiteral("number_series"),      QStringLiteral("number_counters"),
            QStringLiteral("id_blocks"),          QStringLiteral("vendors"),
            QStringLiteral("vendor_entities"),    QStringLiteral("vendor_focus_providers"),
            QStringLiteral("pricebooks"),         QStringLiteral("pricebook_rules"),
            QStringLiteral("global_adjustments"), QStringLiteral("tax_rates"),
            QStringLiteral("exchange_rates"),     QStringLiteral("tax_categories"),
            QStringLiteral("settings"),           QStringLiteral("account_info"),
            QStringLiteral("audit_log"),          QStringLiteral("audit_chain"),
            QStringLiteral("einvoice_seller")};
}

Status Database::readAs(const QString &name, Scope scope)
{
    m_actor = Actor{m_actor.userId, name, {}, scope};
    return applyScope();
}

Status Database::applyScope()
{
    // Statements prepared for the previous user read through that user's views.
    m_connection->forgetPrepared();
    const bool sqlite = m_dialect == Dialect::SQLite;
    const QString temp = sqlite ? QStringLiteral("temp") : QStringLiteral("pg_temp");
    QString own = QStringLiteral("main");
    if (!sqlite) {
        Sql schema(*this, QStringLiteral("SELECT current_schema()"));
        if (Status s = schema.exec(tr("reading the schema")); !s)
            return s;
        own = schema.next() ? schema.value(0).toString() : QStringLiteral("public");
    }
    // Views of an earlier user of this connection (actAs) go first, children before parents.
    const QList<Filter> &list = filters();
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        Sql drop(*this, QStringLiteral("DROP VIEW IF EXISTS %1.%2").arg(temp, QLatin1String(it->table)));
        if (Status s = drop.exec(tr("changing the user")); !s)
            return s;
    }
    m_scoped = !m_actor.scope.isAll();
    if (!m_scoped)
        return success();
    const bool customer = m_actor.scope.kind == Scope::Kind::Customer;
    for (const Filter &f : list) {
        const char *where = customer && f.customerWhere ? f.customerWhere : f.tenantWhere;
        QString condition = QLatin1String(where);
        condition.replace(QLatin1String("{T}"), temp)
            .replace(QLatin1String("{M}"), own)
            .replace(QLatin1String("{S}"), QString::number(m_actor.scope.id))
            .replace(QLatin1String("{U}"), QString::number(m_actor.userId));
        Sql view(*this, QStringLiteral("CREATE TEMP VIEW %1 AS SELECT x.* FROM %2.%1 x WHERE %3")
                            .arg(QLatin1String(f.table), own, condition));
        if (Status s = view.exec(tr("limiting what %1 sees").arg(m_actor.name)); !s)
            return s;
    }
    return success();
}

} // namespace bursar::core
