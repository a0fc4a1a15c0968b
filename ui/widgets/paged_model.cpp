#include "ui/widgets/paged_model.h"

namespace bursar::ui {

void PagedTableModel::setPaging(int pageSize, int maxPages)
{
    beginResetModel();
    m_pageSize = std::max(1, pageSize);
    m_maxPages = std::max(1, maxPages);
    forgetPages();
    m_recent.clear();
    endResetModel();
}

void PagedTableModel::refresh()
{
    beginResetModel();
    forgetPages();
    m_recent.clear();
    recount();
    endResetModel();
}

void PagedTableModel::recount()
{
    auto n = countRows();
    if (!n) {
        m_count = 0;
        failed(n.message());
        return;
    }
    m_error.clear();
    m_count = int(*n);
}

void PagedTableModel::failed(const QString &message) const
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT const_cast<PagedTableModel *>(this)->errorOccurred(message);
}

bool PagedTableModel::ensureRow(int row, int *page, int *offset) const
{
    if (row < 0 || row >= m_count)
        return false;
    *page = row / m_pageSize;
    *offset = row % m_pageSize;
    if (!m_recent.contains(*page)) {
        // Evict before reading: the cache never holds more than maxPages pages, and no
        // reference into it is kept across a read.
        if (m_recent.size() >= m_maxPages)
            forgetPage(m_recent.takeFirst());
        if (core::Status s = readPage(*page, *page * m_pageSize, m_pageSize, m_sortKey, m_descending); !s) {
            failed(s.message());
            return false;
        }
        m_recent.append(*page);
        return true;
    }
    if (m_recent.last() != *page) {
        m_recent.removeOne(*page);
        m_recent.append(*page);
    }
    return true;
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    return title(section);
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columns() || sortKeyOf(column) < 0)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortKey = sortKeyOf(column);
    m_descending = order == Qt::DescendingOrder;
    forgetPages();
    m_recent.clear();
    // Rows are read again in the new order; persistent indexes cannot follow a sort made by
    // the source, so they are dropped.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace bursar::ui
