#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace bursar::core {

class Database;

/// What the Customers list shows: search text (name, email, contact or ID) and a tenant.
struct CustomerFilter
{
    QString search;
    std::optional<qint64> tenantId;               ///< this tenant and every tenant below it
    std::optional<qint64> afterId = std::nullopt; ///< only customers with a larger ID (keyset pages)
    bool operator==(const CustomerFilter &) const = default;
};

enum class CustomerSort { Id, Name, Tenant, Region, State, Email, PaymentTerms };

/// One row of the Customers list.
struct CustomerRow
{
    qint64 id = 0;
    QString name;
    QString tenant;
    QString region;
    QString state;
    QString email;
    int paymentTermsDays = 0;
};

/// Windowed reads of the customer list, all filtering and sorting in SQL, so a list of
/// 100,000 customers opens and searches without loading them.
class CustomerQuery
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::CustomerQuery)

public:
    explicit CustomerQuery(Database &db) : m_db(db) {}

    Result<int> count(const CustomerFilter &filter);
    /// Rows [offset, offset + limit) in the given order. `matching`, when known (the
    /// count() of the same filter), lets the query pick the faster plan: few matches are
    /// sorted after filtering instead of walking an index, and pages past the middle are
    /// read from the other end.
    Result<QList<CustomerRow>> page(const CustomerFilter &filter, CustomerSort sort, bool descending, int offset,
                                    int limit, int matching = -1);

private:
    /// The WHERE clause; with `searchAsSubquery` the text search becomes a set of IDs read
    /// from the narrow search index first, which is faster when few rows match.
    Result<QString> where(const CustomerFilter &filter, QList<QVariant> &binds, bool searchAsSubquery = false);
    Database &m_db;
};

} // namespace bursar::core
