#include "core/customers/customer_query.h"

#include "core/customers/customer.h"
#include "core/customers/customer_service.h"
#include "core/customers/tenant.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QCoreApplication>
#include <algorithm>

namespace bursar::core {

namespace {

// Below this many matches, sorting the matches beats walking a sort index row by row.
constexpr int SortAfterFilterBelow = 1000;

QString likePattern(const QString &folded)
{
    QString escaped;
    for (QChar c : folded) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

QString orderBy(CustomerSort sort, bool descending, bool avoidIndex)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // "|| ''" and "+ 0" change nothing but keep SQLite from walking an index in this order.
    auto text = [&](const char *expr) -> QString {
        return QString::fromLatin1(expr) + (avoidIndex ? QStringLiteral(" || ''") : QString()) + dir;
    };
    const QString id = (avoidIndex ? QStringLiteral("c.id + 0") : QStringLiteral("c.id")) + dir;
    switch (sort) {
    case CustomerSort::Id:
        return id;
    case CustomerSort::Name:
        return text("lower(c.name)") + u',' + id;
    case CustomerSort::Tenant:
        return text("lower(t.name)") + u',' + id;
    case CustomerSort::Region:
        return text("c.region") + u',' + text("c.state") + u',' + id;
    case CustomerSort::State:
        return text("c.state") + u',' + id;
    case CustomerSort::Email:
        return text("lower(c.email)") + u',' + id;
    case CustomerSort::PaymentTerms:
        return QStringLiteral("c.payment_terms_days") + dir + u',' + id;
    }
    return id;
}
} // namespace

Result<QString> CustomerQuery::where(const CustomerFilter &filter, QList<QVariant> &binds, bool searchAsSubquery)
{
    QStringList clauses;
    const QString term = foldForSearch(filter.search);
    if (term.startsWith(u'#')) {
        // "#1000" means an ID, matched while it is being typed: the IDs whose digits start
        // with 1000 are the ranges 1000, 10000-10009, 100000-100099, ... (primary-key lookups).
        const QString digits = term.mid(1).trimmed();
        bool ok = !digits.isEmpty() && digits.size() <= 12;
        for (QChar ch : digits)
            ok = ok && ch.isDigit() && ch.unicode() < 128;
        if (!ok) {
            clauses << QStringLiteral("1 = 0");
        } else {
            QStringList ranges;
            qint64 low = digits.toLongLong(), span = 1;
            for (qsizetype width = digits.size(); width <= 12; ++width, low *= 10, span *= 10) {
                ranges << QStringLiteral("c.id BETWEEN ? AND ?");
                binds << low << low + span - 1;
            }
            clauses << u'(' + ranges.join(QStringLiteral(" OR ")) + u')';
        }
    } else if (!term.isEmpty()) {
        QString clause = searchAsSubquery ? QStringLiteral("(c.id IN (SELECT s.id FROM customers s "
                                                           "WHERE s.search_text LIKE ? ESCAPE '\\')")
                                          : QStringLiteral("(c.search_text LIKE ? ESCAPE '\\'");
        binds << likePattern(term);
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
    if (filter.afterId) {
        clauses << QStringLiteral("c.id > ?");
        binds << *filter.afterId;
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
    q.planEachRun(); // the plan depends on the search pattern's selectivity
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(tr("counting customers")); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<CustomerRow>> CustomerQuery::page(const CustomerFilter &filter, CustomerSort sort, bool descending,
                                               int offset, int limit, int matching)
{
    const bool fewMatches = matching >= 0 && matching < SortAfterFilterBelow;
    QList<QVariant> binds;
    auto w = where(filter, binds, fewMatches);
    if (!w)
        return w.error();
    // Past the middle of a long list, read from the far end: OFFSET stays small.
    bool reversed = false;
    if (matching > 0 && offset > matching / 2 && offset < matching) {
        reversed = true;
        limit = std::min(limit, matching - offset);
        offset = matching - offset - limit;
        descending = !descending;
    }
    const bool avoidIndex = !w->isEmpty() && fewMatches;
    Sql q(m_db, QStringLiteral("SELECT c.id, c.name, t.name, c.region, c.state, c.email, c.payment_terms_days "
                               "FROM customers c JOIN tenants t ON t.id = c.tenant_id") +
                    *w + QStringLiteral(" ORDER BY ") + orderBy(sort, descending, avoidIndex) +
                    QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &b : binds)
        q.bind(b);
    q.bind(limit).bind(offset).planEachRun(); // as count(): each pattern and offset its own plan
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
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace bursar::core
