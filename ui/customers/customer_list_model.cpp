#include "ui/customers/customer_list_model.h"
#include "core/customers/customer.h"
#include "core/customers/tenant.h"


namespace bursar::ui {

CustomerListModel::CustomerListModel(core::Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void CustomerListModel::setFilter(const core::CustomerFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    reload();
    endResetModel();
}

void CustomerListModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void CustomerListModel::reload()
{
    m_pages.clear();
    m_recent.clear();
    auto count = core::CustomerQuery(m_db).count(m_filter);
    if (!count) {
        m_error = count.error().message;
        m_count = 0;
        Q_EMIT errorOccurred(m_error);
        return;
    }
    m_error.clear();
    m_count = *count;
}

int CustomerListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_count; }

int CustomerListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

const core::CustomerRow *CustomerListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = core::CustomerQuery(m_db).page(m_filter, m_sort, m_descending, page * PageSize, PageSize, m_count);
        if (!rows) {
            if (m_error != rows.error().message) {
                m_error = rows.error().message;
                Q_EMIT const_cast<CustomerListModel *>(this)->errorOccurred(m_error);
            }
            return nullptr;
        }
        if (m_pages.size() >= MaxPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, *rows);
    }
    m_recent.removeOne(page);
    m_recent.append(page);
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CustomerRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == CustomerIdRole)
        return QVariant::fromValue<qint64>(r->id);
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == PaymentTerms))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id: return core::displayCustomerId(r->id);
    case Name: return r->name;
    case Tenant: return r->tenant;
    case Region: return r->region;
    case State: return r->state;
    case Email: return r->email;
    case PaymentTerms: return r->paymentTermsDays == 1 ? tr("1 day") : tr("%1 days").arg(r->paymentTermsDays);
    default: return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("ID");
    case Name: return tr("Name");
    case Tenant: return tr("Tenant");
    case Region: return tr("Region");
    case State: return tr("State/Province");
    case Email: return tr("Email");
    case PaymentTerms: return tr("Payment terms");
    default: return {};
    }
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    using core::CustomerSort;
    static const CustomerSort byColumn[] = {CustomerSort::Id, CustomerSort::Name, CustomerSort::Tenant,
                                            CustomerSort::Region, CustomerSort::State, CustomerSort::Email,
                                            CustomerSort::PaymentTerms};
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sort = byColumn[column];
    m_descending = order == Qt::DescendingOrder;
    m_pages.clear();
    m_recent.clear();
    // Rows are re-read lazily; persistent indexes cannot follow a SQL sort, so drop them.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace bursar::ui
