#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace bursar::core {

class Database;

/// What the Customers list shows: search text (name, email, contact or ID) and a tenant.
struct CustomerFilter
{
    QString search;
    std::optional<qint64> tenantId; ///< this tenant and every tenant below it
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
public:
    explicit CustomerQuery(Database &db) : m_db(db) {}

    Result<int> count(const CustomerFilter &filter);
    Result<QList<CustomerRow>> page(const CustomerFilter &filter, CustomerSort sort, bool descending,
                                    int offset, int limit);

private:
    Result<QString> where(const CustomerFilter &filter, QList<QVariant> &binds);
    Database &m_db;
};

} // namespace bursar::core
