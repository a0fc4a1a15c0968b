#include "ui/widgets/tables.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableWidget>

namespace bursar::ui {

QTableWidget *makeListTable(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableView *makeListView(QWidget *parent, QAbstractItemModel *model)
{
    auto *v = new QTableView(parent);
    v->setModel(model);
    v->verticalHeader()->hide();
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setAlternatingRowColors(true);
    v->horizontalHeader()->setStretchLastSection(true);
    // Columns are sized from the rows on screen, never by reading the whole list.
    v->horizontalHeader()->setResizeContentsPrecision(64);
    return v;
}

void fillListRow(QTableWidget *table, int row, const QStringList &cells, const QList<int> &rightAligned, qint64 id)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (rightAligned.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (id != 0)
            item->setData(Qt::UserRole, id);
        table->setItem(row, c, item);
    }
}

QList<qint64> selectedIds(const QAbstractItemView *view, int role)
{
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &i : rows)
        ids << i.data(role).toLongLong();
    return ids;
}

void selectRows(QAbstractItemView *view, const QList<int> &rows)
{
    view->clearSelection();
    for (int r : rows)
        view->selectionModel()->select(view->model()->index(r, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace bursar::ui
