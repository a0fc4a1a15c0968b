#include "ui/billing/statement_list_model.h"

#include "core/billing/statement_service.h"
#include "core/customers/customer.h"
#include "ui/widgets/money.h"

namespace bursar::ui {

using namespace bursar::core;

namespace {

/// The statements table's column each sortable list column sorts by.
const QStringList SortColumns{
    QStringLiteral("number"),        QStringLiteral("status"),     QStringLiteral("customer_id"),
    QStringLiteral("customer_name"), QStringLiteral("vendor"),     QStringLiteral("period"),
    QStringLiteral("currency"),      QStringLiteral("issue_date"), QStringLiteral("due_date")};

int sortKey(const char *column)
{
    return int(SortColumns.indexOf(QLatin1String(column)));
}

} // namespace

QList<ListColumn<Statement>> StatementListModel::statementColumns(const StatementListModel *self)
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    auto id = [](const Statement &s, int role) { return role == StatementIdRole ? QVariant(s.id) : QVariant(); };
    auto text = [&](const QString &title, std::function<QVariant(const Statement &)> show, const char *sort,
                    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        return ListColumn<Statement>{title, std::move(show), sort ? sortKey(sort) : -1, align, id};
    };
    // Amount columns: shown in the statement's currency, the exact amount in AmountRole; not
    // sortable (their order is the customer's).
    auto amount = [&](const QString &title, std::function<Decimal(const Statement &)> of) {
        return ListColumn<Statement>{
            title, [of](const Statement &s) { return QVariant(displayMoney(of(s), s.currency)); }, -1, right,
            [of](const Statement &s, int role) {
                if (role == StatementIdRole)
                    return QVariant(s.id);
                if (role == AmountRole)
                    return QVariant::fromValue(of(s));
                return QVariant();
            }};
    };
    ListColumn<Statement> status = text(
        tr("Status"), [self](const Statement &s) { return statementStatusName(s.status(self->m_filter.today)); },
        "status");
    status.role = [self](const Statement &s, int role) {
        if (role == StatementIdRole)
            return QVariant(s.id);
        if (role == Qt::ToolTipRole)
            return QVariant(visibleToCustomer(s.status(self->m_filter.today))
                                ? tr("Visible to the customer's users")
                                : tr("A draft: hidden from the customer's users"));
        return QVariant();
    };
    auto date = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    return {
        text(
            tr("Statement"), [](const Statement &s) { return s.reference(); }, "number"),
        status,
        text(
            tr("ID"), [](const Statement &s) { return displayCustomerId(s.customerId); }, "customer_id", right),
        text(
            tr("Customer"), [](const Statement &s) { return s.customerName; }, "customer_name"),
        text(
            tr("Vendor"), [](const Statement &s) { return vendorName(s.vendor); }, "vendor"),
        text(
            tr("Period"), [](const Statement &s) { return s.period; }, "period"),
        text(
            tr("Currency"), [](const Statement &s) { return s.currency; }, "currency"),
        amount(tr("Total"), [](const Statement &s) { return s.total; }),
        text(
            tr("Due"), [date](const Statement &s) { return date(s.dueDate); }, "due_date"),
        amount(tr("Charges"), [](const Statement &s) { return s.charges; }),
        amount(tr("Credits"), [](const Statement &s) { return s.credits + s.marketplaceCredits; }),
        amount(tr("Marketplace"), [](const Statement &s) { return s.marketplace; }),
        amount(tr("Tax"), [](const Statement &s) { return s.tax; }),
        text(
            tr("Issued"), [date](const Statement &s) { return date(s.issueDate); }, "issue_date"),
    };
}

StatementListModel::StatementListModel(Database &db, QObject *parent)
    : PagedListModel<Statement>(
          statementColumns(this), [this] { return StatementService(m_db).count(m_filter); },
          [this](int offset, int limit, int key, bool descending) {
              return StatementService(m_db).list(m_filter, offset, limit, key < 0 ? QString() : SortColumns.at(key),
                                                 descending);
          },
          parent),
      m_db(db)
{
    refresh();
}

void StatementListModel::setFilter(const StatementFilter &filter)
{
    m_filter = filter;
    refresh();
}

} // namespace bursar::ui
