#include "ui/customers/customer_list_model.h"

#include "core/customers/customer.h"

namespace bursar::ui {

namespace {

using core::CustomerRow;
using core::CustomerSort;

QList<ListColumn<CustomerRow>> customerColumns()
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    auto id = [](const CustomerRow &r, int role) {
        if (role == CustomerListModel::CustomerIdRole)
            return QVariant::fromValue<qint64>(r.id);
        return QVariant();
    };
    // The tool tip shows what the cell shows (long names are cut by the column).
    auto with = [id](std::function<QVariant(const CustomerRow &)> text) {
        return [id, text](const CustomerRow &r, int role) { return role == Qt::ToolTipRole ? text(r) : id(r, role); };
    };
    auto column = [&](const QString &title, std::function<QVariant(const CustomerRow &)> text, CustomerSort sort,
                      Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        return ListColumn<CustomerRow>{title, text, int(sort), align, with(text)};
    };
    return {
        column(
            CustomerListModel::tr("ID"), [](const CustomerRow &r) { return core::displayCustomerId(r.id); },
            CustomerSort::Id, right),
        column(
            CustomerListModel::tr("Name"), [](const CustomerRow &r) { return r.name; }, CustomerSort::Name),
        column(
            CustomerListModel::tr("Tenant"), [](const CustomerRow &r) { return r.tenant; }, CustomerSort::Tenant),
        column(
            CustomerListModel::tr("Region"), [](const CustomerRow &r) { return r.region; }, CustomerSort::Region),
        column(
            CustomerListModel::tr("State/Province"), [](const CustomerRow &r) { return r.state; }, CustomerSort::State),
        column(
            CustomerListModel::tr("Email"), [](const CustomerRow &r) { return r.email; }, CustomerSort::Email),
        column(
            CustomerListModel::tr("Payment terms"),
            [](const CustomerRow &r) {
                return r.paymentTermsDays == 1 ? CustomerListModel::tr("1 day")
                                               : CustomerListModel::tr("%1 days").arg(r.paymentTermsDays);
            },
            CustomerSort::PaymentTerms, right),
    };
}

} // namespace

CustomerListModel::CustomerListModel(core::Database &db, QObject *parent)
    : PagedListModel<CustomerRow>(
          customerColumns(),
          [this]() -> core::Result<qint64> {
              auto n = core::CustomerQuery(m_db).count(m_filter);
              if (!n)
                  return n.error();
              return qint64(*n);
          },
          [this](int offset, int limit, int sortKey, bool descending) {
              // Sorted by name until the clerk picks a column; the count lets the query pick its plan.
              return core::CustomerQuery(m_db).page(m_filter, sortKey < 0 ? CustomerSort::Name : CustomerSort(sortKey),
                                                    descending, offset, limit, rowCount());
          },
          parent),
      m_db(db)
{
    refresh();
}

void CustomerListModel::setFilter(const core::CustomerFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

} // namespace bursar::ui
