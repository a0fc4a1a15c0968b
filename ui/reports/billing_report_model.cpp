#include "ui/reports/billing_report_model.h"

#include "core/customers/customer.h"
#include "core/money/currency.h"

#include <QBrush>
#include <QPalette>

namespace bursar::ui {

using namespace bursar::core;

namespace {

/// Whether the range is billed already for the customer: its statements' state.
QString billedText(const BillingReportRow &r)
{
    if (r.draftStatements && r.approvedStatements)
        return BillingReportModel::tr("Draft and approved");
    if (r.draftStatements)
        return BillingReportModel::tr("Draft");
    if (r.approvedStatements)
        return BillingReportModel::tr("Approved");
    return {};
}

} // namespace

BillingReportModel::BillingReportModel(QObject *parent) : QAbstractTableModel(parent) {}

void BillingReportModel::setReport(BillingReport report)
{
    const bool sameReport = report.vendor == m_report.vendor && report.fromPeriod == m_report.fromPeriod &&
                            report.toPeriod == m_report.toPeriod;
    beginResetModel();
    m_report = std::move(report);
    if (!sameReport)
        m_selected.clear();
    // Customers that left the report cannot stay selected.
    QSet<qint64> present;
    for (const BillingReportRow &r : std::as_const(m_report.rows))
        present.insert(r.customerId);
    m_selected.intersect(present);
    endResetModel();
    Q_EMIT selectionChanged();
}

void BillingReportModel::setSelected(const QSet<qint64> &ids)
{
    m_selected = ids;
    if (!m_report.rows.isEmpty())
        Q_EMIT dataChanged(index(0, Selected), index(int(m_report.rows.size()) - 1, Selected), {Qt::CheckStateRole});
    Q_EMIT selectionChanged();
}

int BillingReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int BillingReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.rows.size())
        return {};
    const BillingReportRow &r = m_report.rows.at(index.row());
    const core::Currency currency = Currencies::lookup(r.currency);
    auto money = [&](Decimal d) { return formatForDisplay(d, currency, m_locale); };
    const bool known = r.hasPrice;
    const std::optional<Decimal> percent = r.marginPercent();
    const Decimal marginPercent = percent.value_or(Decimal());
    if (role == Qt::CheckStateRole && index.column() == Selected)
        return m_selected.contains(r.customerId) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return displayCustomerId(r.customerId);
        case Customer:
            return r.customerName;
        case Currency:
            return r.currency;
        case Pricebook:
            return r.pricebook.isEmpty() ? tr("(none)") : r.pricebook;
        case Cost:
            return money(r.cost);
        case Price:
            return known ? money(r.price) : QStringLiteral("—");
        case Margin:
            return known ? money(r.margin()) : QStringLiteral("—");
        case MarginPercent:
            return percent ? formatExact(*percent, m_locale, 1) + u'%' : QString();
        case Marketplace:
            return r.marketplace.isZero() ? QString() : money(r.marketplace);
        case InvoiceCurrency:
            return r.invoiceCurrency;
        case Billed:
            return billedText(r);
        case Problem:
            return r.problem;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Selected:
            return m_selected.contains(r.customerId) ? 1 : 0;
        case Id:
            return r.customerId;
        case Customer:
            return r.customerName;
        case Currency:
            return r.currency;
        case Pricebook:
            return r.pricebook;
        case Cost:
            return QVariant::fromValue(r.cost);
        case Price:
            return QVariant::fromValue(known ? r.price : Decimal::invalid());
        case Margin:
            return QVariant::fromValue(known ? r.margin() : Decimal::invalid());
        case MarginPercent:
            return QVariant::fromValue(known ? marginPercent : Decimal::invalid());
        case Marketplace:
            return QVariant::fromValue(r.marketplace);
        case InvoiceCurrency:
            return r.invoiceCurrency;
        case Billed:
            return billedText(r);
        case Problem:
            return r.problem;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Cost && index.column() <= Marketplace)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Problem && !r.problem.isEmpty())
        return r.problem;
    if (role == Qt::ToolTipRole && index.column() == Billed && (r.draftStatements || r.approvedStatements))
        return tr("Statements of %1 to %2: %3 draft, %4 approved.")
            .arg(m_report.fromPeriod, m_report.toPeriod)
            .arg(r.draftStatements)
            .arg(r.approvedStatements);
    if (role == Qt::ForegroundRole && !r.problem.isEmpty() && index.column() == Problem)
        return QBrush(QColor(0xB0, 0x2A, 0x1C));
    return {};
}

bool BillingReportModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Selected || index.row() >= m_report.rows.size())
        return false;
    const qint64 id = m_report.rows.at(index.row()).customerId;
    if (value.toInt() == Qt::Checked)
        m_selected.insert(id);
    else
        m_selected.remove(id);
    // A customer with rows in two currencies is one choice: refresh all its boxes.
    for (int r = 0; r < m_report.rows.size(); ++r)
        if (m_report.rows.at(r).customerId == id)
            Q_EMIT dataChanged(this->index(r, Selected), this->index(r, Selected), {Qt::CheckStateRole});
    Q_EMIT selectionChanged();
    return true;
}

Qt::ItemFlags BillingReportModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Selected)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant BillingReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Selected:
        return QString();
    case Id:
        return tr("ID");
    case Customer:
        return tr("Customer");
    case Currency:
        return tr("Currency");
    case Pricebook:
        return tr("Pricebook");
    case Cost:
        return tr("Vendor cost");
    case Price:
        return tr("Customer price");
    case Margin:
        return tr("Margin");
    case MarginPercent:
        return tr("Margin %");
    case Marketplace:
        return tr("Marketplace");
    case InvoiceCurrency:
        return tr("Invoice currency");
    case Billed:
        return tr("Billed");
    case Problem:
        return tr("Needs attention");
    default:
        return {};
    }
}

bool BillingReportProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the rows: no formatted text, no QVariant per comparison.
    const auto *m = static_cast<const BillingReportModel *>(sourceModel());
    const BillingReportRow &a = m->row(left.row()), &b = m->row(right.row());
    auto price = [](const BillingReportRow &r) { return r.hasPrice ? r.price : Decimal::invalid(); };
    auto margin = [](const BillingReportRow &r) { return r.hasPrice ? r.margin() : Decimal::invalid(); };
    switch (left.column()) {
    case BillingReportModel::Selected: {
        const bool x = m->selectedCustomers().contains(a.customerId), y = m->selectedCustomers().contains(b.customerId);
        return x != y ? x < y : a.customerId < b.customerId;
    }
    case BillingReportModel::Id:
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.currency < b.currency;
    case BillingReportModel::Cost:
        return a.cost < b.cost;
    case BillingReportModel::Price:
        return price(a) < price(b);
    case BillingReportModel::Margin:
        return margin(a) < margin(b);
    case BillingReportModel::Marketplace:
        return a.marketplace < b.marketplace;
    case BillingReportModel::MarginPercent: {
        const QVariant x = left.data(BillingReportModel::SortRole), y = right.data(BillingReportModel::SortRole);
        return x.value<Decimal>() < y.value<Decimal>();
    }
    default:
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    }
}

void BillingReportProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void BillingReportProxy::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidateFilter();
}

bool BillingReportProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_problemsOnly && m->index(sourceRow, BillingReportModel::Problem, sourceParent).data().toString().isEmpty())
        return false;
    if (m_text.isEmpty())
        return true;
    const QString id = m->index(sourceRow, BillingReportModel::Id, sourceParent).data().toString();
    const QString name = m->index(sourceRow, BillingReportModel::Customer, sourceParent).data().toString();
    return id.contains(m_text, Qt::CaseInsensitive) || name.contains(m_text, Qt::CaseInsensitive);
}

} // namespace bursar::ui
