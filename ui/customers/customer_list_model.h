#pragma once

#include "core/customers/customer_query.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// The Customers list. Lazy: it knows the row count from one COUNT query and reads rows in
/// pages of PageSize only when a view asks for them, keeping at most MaxPages in memory.
/// Searching and sorting happen in SQL, so 100,000 customers open at once.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)
public:
    enum Column { Id, Name, Tenant, Region, State, Email, PaymentTerms, ColumnCount };
    /// Roles beyond Qt's: CustomerIdRole carries the customer's ID as a qint64.
    enum Role { CustomerIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 256;
    static constexpr int MaxPages = 32;

    explicit CustomerListModel(core::Database &db, QObject *parent = nullptr);

    void setFilter(const core::CustomerFilter &filter);
    const core::CustomerFilter &filter() const { return m_filter; }
    /// Re-reads the count and drops cached pages (after an edit).
    void refresh();
    /// The last database error, empty when the last read worked.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    const core::CustomerRow *rowAt(int row) const;
    void reload();

    core::Database &m_db;
    core::CustomerFilter m_filter;
    core::CustomerSort m_sort = core::CustomerSort::Name;
    bool m_descending = false;
    int m_count = 0;
    mutable QHash<int, QList<core::CustomerRow>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable QString m_error;
};

} // namespace bursar::ui
