#pragma once

#include "core/billing/statement_service.h"
#include "core/billing/statement.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// Billing statements for Customer Invoices and Preview. Lazy like the Customers list: one
/// COUNT, then pages of PageSize rows read when a view shows them (at most MaxPages kept),
/// sorted in SQL, so a year of statements opens at once.
class StatementListModel : public QAbstractTableModel
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
    static constexpr int PageSize = 256;
    static constexpr int MaxPages = 32;

    explicit StatementListModel(core::Database &db, QObject *parent = nullptr);
    /// Rows per page and pages kept; tests make both small to scroll past the cache.
    void setPaging(int pageSize, int maxPages);

    void setFilter(const core::StatementFilter &filter);
    const core::StatementFilter &filter() const { return m_filter; }
    void refresh();
    QString lastError() const { return m_error; }
    /// The statement in `row` (without its lines), or nullptr.
    const core::Statement *statementAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Amount columns are not sortable (their order is the customer's); the others sort in SQL.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    core::Database &m_db;
    core::StatementFilter m_filter;
    QString m_orderBy;
    bool m_descending = false;
    int m_count = 0;
    int m_pageSize = PageSize;
    int m_maxPages = MaxPages;
    mutable QHash<int, QList<core::Statement>> m_pages;
    mutable QList<int> m_recent;
    mutable QString m_error;
};

} // namespace bursar::ui
