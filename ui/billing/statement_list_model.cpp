#include "ui/billing/statement_list_model.h"

#include "ui/widgets/money.h"

namespace bursar::ui {

using namespace bursar::core;

StatementListModel::StatementListModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    refresh();
}

void StatementListModel::setFilter(const StatementFilter &filter)
{
    m_filter = filter;
    refresh();
}

void StatementListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    auto n = StatementService(m_db).count(m_filter);
    m_error = n ? QString() : n.message();
    m_count = n ? int(*n) : 0;
    endResetModel();
}

void StatementListModel::setPaging(int pageSize, int maxPages)
{
    beginResetModel();
    m_pageSize = std::max(1, pageSize);
    m_maxPages = std::max(1, maxPages);
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

const Statement *StatementListModel::statementAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto list = StatementService(m_db).list(m_filter, page * m_pageSize, m_pageSize, m_orderBy, m_descending);
        if (!list) {
            m_error = list.message();
            return nullptr;
        }
        // Evict before inserting: removing from a QHash may move its other entries, so an
        // iterator taken before a remove can point at another page afterwards.
        if (m_pages.size() >= m_maxPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, *list);
    }
    m_recent.removeAll(page);
    m_recent.append(page);
    const int offset = row % m_pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int StatementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int StatementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Statement *s = statementAt(index.row());
    if (!s)
        return {};
    auto amount = [&](int column) -> Decimal {
        switch (column) {
        case Charges:
            return s->charges;
        case Credits:
            return s->credits + s->marketplaceCredits;
        case Marketplace:
            return s->marketplace;
        case Tax:
            return s->tax;
        case Total:
            return s->total;
        default:
            return {};
        }
    };
    const int c = index.column();
    const bool isAmount = c == Charges || c == Credits || c == Marketplace || c == Tax || c == Total;
    if (role == StatementIdRole)
        return s->id;
    if (role == AmountRole && isAmount)
        return QVariant::fromValue(amount(index.column()));
    if (role == Qt::TextAlignmentRole && (isAmount || index.column() == CustomerId))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Status)
        return visibleToCustomer(s->status(m_filter.today)) ? tr("Visible to the customer's users")
                                                            : tr("A draft: hidden from the customer's users");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return s->reference();
    case Status:
        return statementStatusName(s->status(m_filter.today));
    case CustomerId:
        return displayCustomerId(s->customerId);
    case Customer:
        return s->customerName;
    case Vendor:
        return vendorName(s->vendor);
    case Period:
        return s->period;
    case Currency:
        return s->currency;
    case IssueDate:
        return s->issueDate.isValid() ? s->issueDate.toString(Qt::ISODate) : QString();
    case DueDate:
        return s->dueDate.isValid() ? s->dueDate.toString(Qt::ISODate) : QString();
    default:
        return displayMoney(amount(index.column()), s->currency);
    }
}

QVariant StatementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Statement");
    case Status:
        return tr("Status");
    case CustomerId:
        return tr("ID");
    case Customer:
        return tr("Customer");
    case Vendor:
        return tr("Vendor");
    case Period:
        return tr("Period");
    case Currency:
        return tr("Currency");
    case Charges:
        return tr("Charges");
    case Credits:
        return tr("Credits");
    case Marketplace:
        return tr("Marketplace");
    case Tax:
        return tr("Tax");
    case Total:
        return tr("Total");
    case IssueDate:
        return tr("Issued");
    case DueDate:
        return tr("Due");
    }
    return {};
}

void StatementListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, QString> columns{{Number, QStringLiteral("number")},       {Status, QStringLiteral("status")},
                                             {CustomerId, QStringLiteral("customer_id")}, {Customer, QStringLiteral("customer_name")},
                                             {Vendor, QStringLiteral("vendor")},       {Period, QStringLiteral("period")},
                                             {Currency, QStringLiteral("currency")},   {IssueDate, QStringLiteral("issue_date")},
                                             {DueDate, QStringLiteral("due_date")}};
    if (!columns.contains(column))
        return;
    m_orderBy = columns.value(column);
    m_descending = order == Qt::DescendingOrder;
    refresh();
}

} // namespace bursar::ui
