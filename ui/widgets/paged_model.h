#pragma once

#include "core/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace bursar::ui {

/// The one lazy list model of the window (docs/ARCHITECTURE.md, "Lists"). It knows its row
/// count from one count() call and reads rows in pages of pageSize() only when a view asks
/// for them, keeping at most maxPages() pages (least recently used goes first), so a list of
/// a million rows opens at once and holds a few thousand. Sorting is the source's (SQL):
/// a column sorts when it has a sort key. A failed read shows no rows and says why through
/// errorOccurred() and lastError(). The typed part is PagedListModel<Row>.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)
public:
    static constexpr int DefaultPageSize = 256;
    static constexpr int DefaultMaxPages = 32;

    /// Rows per page and pages kept; tests make both small to scroll past the cache.
    void setPaging(int pageSize, int maxPages);
    int pageSize() const { return m_pageSize; }
    int maxPages() const { return m_maxPages; }
    int cachedPages() const { return int(m_recent.size()); }
    /// Counts again and forgets every page (after an edit or a new filter).
    void refresh();
    /// The last read's error; empty when it worked.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts in the source by the column's key; columns without one do not sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    explicit PagedTableModel(QObject *parent) : QAbstractTableModel(parent) {}

    virtual int columns() const = 0;
    virtual QString title(int column) const = 0;
    /// The key the source sorts `column` by; -1 when it does not sort.
    virtual int sortKeyOf(int column) const = 0;
    virtual core::Result<qint64> countRows() const = 0;
    /// Reads rows [offset, offset + limit) sorted by `sortKey` (-1: the source's own order)
    /// into the page cache under `page`.
    virtual core::Status readPage(int page, int offset, int limit, int sortKey, bool descending) const = 0;
    virtual void forgetPage(int page) const = 0;
    virtual void forgetPages() const = 0;

    /// Makes the page holding `row` resident; false (error reported) when it cannot be read.
    bool ensureRow(int row, int *page, int *offset) const;
    void failed(const QString &message) const;

private:
    void recount();

    int m_pageSize = DefaultPageSize;
    int m_maxPages = DefaultMaxPages;
    int m_count = 0;
    int m_sortKey = -1;
    bool m_descending = false;
    mutable QList<int> m_recent; ///< resident pages, least recently used first
    mutable QString m_error;
};

/// One column of a PagedListModel: its heading, what a row shows, the key the source sorts
/// it by (-1: not sortable), its alignment, and other roles (IDs, exact amounts, tool tips).
template <typename Row> struct ListColumn
{
    using Display = std::function<QVariant(const Row &)>;
    using Role = std::function<QVariant(const Row &, int role)>;

    ListColumn(QString title_, Display display_, int sortKey_ = -1,
               Qt::Alignment alignment_ = Qt::AlignLeft | Qt::AlignVCenter, Role role_ = Role())
        : title(std::move(title_)), display(std::move(display_)), sortKey(sortKey_), alignment(alignment_),
          role(std::move(role_))
    {
    }

    QString title;
    Display display;
    int sortKey;
    Qt::Alignment alignment;
    Role role;
};

/// A PagedTableModel over rows of type Row, with its columns described as data and two
/// callbacks into core: count() and fetch(offset, limit, sortKey, descending).
template <typename Row> class PagedListModel : public PagedTableModel
{
public:
    using Count = std::function<core::Result<qint64>()>;
    using Fetch = std::function<core::Result<QList<Row>>(int offset, int limit, int sortKey, bool descending)>;

    /// Empty until refresh(): a subclass calls it once its own members (what count and fetch
    /// read) are set.
    PagedListModel(QList<ListColumn<Row>> columns, Count count, Fetch fetch, QObject *parent = nullptr)
        : PagedTableModel(parent), m_columns(std::move(columns)), m_count(std::move(count)), m_fetch(std::move(fetch))
    {
    }

    /// The row, read on demand; nullptr past the end or when its page cannot be read.
    const Row *rowAt(int row) const
    {
        int page = 0, offset = 0;
        if (!ensureRow(row, &page, &offset))
            return nullptr;
        const QList<Row> &rows = m_pages[page];
        return offset < rows.size() ? &rows.at(offset) : nullptr;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row *r = rowAt(index.row());
        if (!r)
            return {};
        const ListColumn<Row> &c = m_columns.at(index.column());
        if (role == Qt::DisplayRole)
            return c.display(*r);
        if (role == Qt::TextAlignmentRole)
            return QVariant(c.alignment);
        return c.role ? c.role(*r, role) : QVariant();
    }

protected:
    int columns() const override { return int(m_columns.size()); }
    QString title(int column) const override { return m_columns.at(column).title; }
    int sortKeyOf(int column) const override { return m_columns.at(column).sortKey; }
    core::Result<qint64> countRows() const override { return m_count(); }
    core::Status readPage(int page, int offset, int limit, int sortKey, bool descending) const override
    {
        auto rows = m_fetch(offset, limit, sortKey, descending);
        if (!rows)
            return rows.error();
        m_pages.insert(page, std::move(rows).value());
        return core::success();
    }
    void forgetPage(int page) const override { m_pages.remove(page); }
    void forgetPages() const override { m_pages.clear(); }

private:
    QList<ListColumn<Row>> m_columns;
    Count m_count;
    Fetch m_fetch;
    mutable QHash<int, QList<Row>> m_pages;
};

} // namespace bursar::ui
