#pragma once

#include "core/billing/statement.h"
#include "ui/widgets/paged_model.h"

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// Billing statements for Customer Invoices and Preview: the paged list model over
/// StatementService, sorted in SQL, so a year of statements opens at once.
class StatementListModel : public PagedListModel<core::Statement>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementListModel)
public:
    enum Column {
        Number,
        Status,
        CustomerId,
        Customer,
        Vendor,
        Period,
        Currency,
        Total,
        DueDate,
        Charges,
        Credits,
        Marketplace,
        Tax,
        IssueDate,
        ColumnCount
    };
    /// StatementIdRole carries the statement's ID as a qint64; AmountRole the column's exact
    /// amount as a core::Decimal (QVariant), for amount columns.
    enum Role { StatementIdRole = Qt::UserRole + 1, AmountRole };
    static constexpr int PageSize = DefaultPageSize;
    static constexpr int MaxPages = DefaultMaxPages;

    explicit StatementListModel(core::Database &db, QObject *parent = nullptr);

    void setFilter(const core::StatementFilter &filter);
    const core::StatementFilter &filter() const { return m_filter; }
    /// The statement in `row` (without its lines), or nullptr.
    const core::Statement *statementAt(int row) const { return rowAt(row); }

private:
    static QList<ListColumn<core::Statement>> statementColumns(const StatementListModel *self);

    core::Database &m_db;
    core::StatementFilter m_filter;
};

} // namespace bursar::ui
