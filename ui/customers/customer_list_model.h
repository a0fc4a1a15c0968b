#pragma once

#include "core/customers/customer_query.h"
#include "ui/widgets/paged_model.h"

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// The Customers list: the paged list model over CustomerQuery. Searching and sorting happen
/// in SQL, so 100,000 customers open at once.
class CustomerListModel : public PagedListModel<core::CustomerRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)
public:
    enum Column { Id, Name, Tenant, Region, State, Email, PaymentTerms, ColumnCount };
    /// Roles beyond Qt's: CustomerIdRole carries the customer's ID as a qint64.
    enum Role { CustomerIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = DefaultPageSize;
    static constexpr int MaxPages = DefaultMaxPages;

    explicit CustomerListModel(core::Database &db, QObject *parent = nullptr);

    void setFilter(const core::CustomerFilter &filter);
    const core::CustomerFilter &filter() const { return m_filter; }

private:
    core::Database &m_db;
    core::CustomerFilter m_filter;
};

} // namespace bursar::ui
