#include "customers/customer_query.h"

#include "customers/customer_service.h"
#include "domain/records.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace bursar::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("bursar::CustomerQuery", text); }

QString likePattern(const QString &term)
{
    QString escaped;
    for (QChar c : term.toLower()) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

QString orderBy(CustomerSort sort, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (sort) {
    case CustomerSort::Id: return QStringLiteral("c.id") + dir;
    case CustomerSort::Name: return QStringLiteral("lower(c.name)") + dir + QStringLiteral(", c.id") + dir;
    case CustomerSort::Tenant: return QStringLiteral("lower(t.name)") + dir + QStringLiteral(", c.id") + dir;
    case CustomerSort::Region:
        return QStringLiteral("c.region") + dir + QStringLiteral(", c.state") + dir + QStringLiteral(", c.id") + dir;
    case CustomerSort::State: return QStringLiteral("c.state") + dir + QStringLiteral(", c.id") + dir;
    case CustomerSort::Email: return QStringLiteral("lower(c.email)") + dir + QStringLiteral(", c.id") + dir;
    case CustomerSort::PaymentTerms: return QStringLiteral("c.payment_terms_days") + dir + QStringLiteral(", c.id") + dir;
    }
    return QStringLiteral("c.id");
}
} // namespace

Result<QString> CustomerQuery::where(const CustomerFilter &filter, QList<QVariant> &binds)
{
    QStringList clauses;
    const QString term = filter.search.trimmed();
    if (!term.isEmpty()) {
        QString clause = QStringLiteral("(lower(c.name) LIKE ? ESCAPE '\\' OR lower(c.email) LIKE ? ESCAPE '\\' "
                                        "OR lower(c.contact_name) LIKE ? ESCAPE '\\'");
        const QString pattern = likePattern(term);
        binds << pattern << pattern << pattern;
        if (auto id = parseCustomerId(term)) {
            clause += QStringLiteral(" OR c.id = ?");
            binds << *id;
        }
        clauses << clause + u')';
    }
    if (filter.tenantId) {
        auto subtree = CustomerService(m_db).tenantSubtree(*filter.tenantId);
        if (!subtree)
            return subtree.error();
        QStringList ids;
        for (qint64 id : *subtree)
            ids << QString::number(id);
        clauses << QStringLiteral("c.tenant_id IN (") + ids.join(u',') + u')';
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

Result<int> CustomerQuery::count(const CustomerFilter &filter)
{
    QList<QVariant> binds;
    auto w = where(filter, binds);
    if (!w)
        return w.error();
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM customers c") + *w);
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(tr("counting customers")); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<CustomerRow>> CustomerQuery::page(const CustomerFilter &filter, CustomerSort sort, bool descending,
                                               int offset, int limit)
{
    QList<QVariant> binds;
    auto w = where(filter, binds);
    if (!w)
        return w.error();
    Sql q(m_db, QStringLiteral("SELECT c.id, c.name, t.name, c.region, c.state, c.email, c.payment_terms_days "
                               "FROM customers c JOIN tenants t ON t.id = c.tenant_id") +
                    *w + QStringLiteral(" ORDER BY ") + orderBy(sort, descending) +
                    QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &b : binds)
        q.bind(b);
    q.bind(limit).bind(offset);
    if (Status s = q.exec(tr("reading customers")); !s)
        return s.error();
    QList<CustomerRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        CustomerRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.tenant = q.value(2).toString();
        r.region = q.value(3).toString();
        r.state = q.value(4).toString();
        r.email = q.value(5).toString();
        r.paymentTermsDays = q.value(6).toInt();
        rows.append(r);
    }
    return rows;
}

} // namespace bursar::core
