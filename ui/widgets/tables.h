#pragma once

#include <QStringList>

class QAbstractItemView;
class QAbstractItemModel;
class QTableView;
class QTableWidget;
class QWidget;

namespace bursar::ui {

/// A read-only list table: whole rows selected one at a time, alternating colours, the
/// last column stretched, no row numbers.
QTableWidget *makeListTable(QWidget *parent, const QStringList &headers);

/// The same look for a lazy model (PagedListModel): the view reads only the rows it shows.
QTableView *makeListView(QWidget *parent, QAbstractItemModel *model);

/// Fills one row with text cells; columns in `rightAligned` (amounts, counts) align right.
/// `id`, when given, is kept in every cell's Qt::UserRole.
void fillListRow(QTableWidget *table, int row, const QStringList &cells, const QList<int> &rightAligned = {},
                 qint64 id = 0);

/// The IDs (`role`) of the rows selected in `view`, in row order.
QList<qint64> selectedIds(const QAbstractItemView *view, int role);
/// Selects exactly `rows` of `view`'s model.
void selectRows(QAbstractItemView *view, const QList<int> &rows);

} // namespace bursar::ui
