// Usage > Vendor Credits: the credits in the vendors' usage files, and Issue as Customer
// Credit, which passes one on through a prefilled Add Credit or a selection in one click.
#include "core/billing/credit_service.h"
#include "core/customers/customer.h"
#include "core/domain/billing_period.h"
#include "core/money/currency.h"
#include "core/usage/usage_importer.h"
#include "ui/customers/credits_panel.h"
#include "ui/usage/usage_pages.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/vendor_combo.h"
#include "ui/widgets/view_state.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <map>

namespace bursar::ui {

using namespace core;

namespace {
const Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;
}

QList<ListColumn<VendorCredit>> VendorCreditsPage::columns()
{
    return {
        {tr("Customer"),
         [](const VendorCredit &c) {
             return QVariant(c.customerId ? displayCustomerId(c.customerId) : tr("(no customer)"));
         }},
        {tr("Name"), [](const VendorCredit &c) { return QVariant(c.customerName); }},
        {tr("Account / subscription"), [](const VendorCredit &c) { return QVariant(c.accountId); }},
        {tr("Period"), [](const VendorCredit &c) { return QVariant(c.period); }},
        {tr("Product"), [](const VendorCredit &c) { return QVariant(c.product); }},
        {tr("Credit"),
         [](const VendorCredit &c) { return QVariant(c.currency + u' ' + displayWide(c.amount, c.currency)); }, -1,
         Right,
         [](const VendorCredit &c, int role) {
             return role == Qt::ToolTipRole ? QVariant(c.currency + u' ' + exactWide(c.amount)) : QVariant();
         }},
        {tr("Issued as"),
         [](const VendorCredit &c) {
             return QVariant(c.issuedCreditId ? tr("credit %1").arg(c.issuedCreditId) : QString());
         }},
    };
}

VendorCreditsPage::VendorCreditsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_vendor(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_model(new PagedListModel<VendorCredit>(
          columns(),
          [this] {
              return UsageImporter(m_db).vendorCreditCount(vendor(), periodOfDate(m_from->date()),
                                                           periodOfDate(m_to->date()));
          },
          [this](int offset, int limit, int, bool) {
              return UsageImporter(m_db).vendorCredits(vendor(), periodOfDate(m_from->date()),
                                                       periodOfDate(m_to->date()), Page{offset, limit});
          },
          this)),
      m_table(makeListView(this, m_model)), m_summary(new QLabel(this)),
      m_issue(withIcon(Icon::New, new QPushButton(tr("Issue as Customer Credit…"), this))),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("vendorCreditsPage"));
    addVendorItems(m_vendor);
    const QDate first(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM"));
        e->setCalendarPopup(true);
    }
    m_from->setDate(first.addMonths(-3));
    m_to->setDate(first.addMonths(-1));
    auto *hint = new QLabel(tr("Credits the vendor gave the distributor, as its usage files list them. They are not "
                               "passed on by themselves: select those owed and issue them as customer credits."),
                            this);
    hint->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_issue->setObjectName(QStringLiteral("issueCredit"));
    m_issue->setToolTip(tr("One row: Add Credit opens filled in from it. Several rows: each becomes a customer credit "
                           "of its amount, all at once. Double-click a row to do the same."));
    m_issue->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_vendor);
    row->addWidget(new QLabel(tr("From:"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("To:"), this));
    row->addWidget(m_to);
    row->addStretch(1);
    row->addWidget(m_issue);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_feedback);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &VendorCreditsPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &VendorCreditsPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &VendorCreditsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_issue->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_issue, &QPushButton::clicked, this, &VendorCreditsPage::issueSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { issueRow(index.row()); });
    reload();
}

void VendorCreditsPage::setRange(QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

Vendor VendorCreditsPage::vendor() const
{
    return comboVendor(m_vendor).value_or(Vendor::Aws);
}

void VendorCreditsPage::reload()
{
    m_model->refresh();
    m_issue->setEnabled(m_table->selectionModel()->hasSelection());
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(m_model->lastError());
        return;
    }
    fitColumns(m_table);
    m_summary->setText(tr("%n vendor credit(s)", nullptr, m_model->rowCount()));
}

QString VendorCreditsPage::feedbackText() const
{
    return m_feedback->text();
}

AddCreditDialog *VendorCreditsPage::issueRow(int row)
{
    const VendorCredit *credit = m_model->rowAt(row);
    if (!credit)
        return nullptr;
    // Refused before a form opens (no customer, issued already), so nothing is typed in vain.
    if (auto input = CreditService::fromVendorCredit(*credit); !input) {
        m_feedback->showError(input.error());
        return nullptr;
    }
    auto *dialog = new AddCreditDialog(m_db, credit->customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->passOn(*credit);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_feedback->showInfo(tr("Issued credit %1.").arg(dialog->savedId()));
        reload();
    });
    dialog->open();
    return dialog;
}

bool VendorCreditsPage::issueSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.size() == 1)
        return issueRow(rows.first()) != nullptr;
    QList<VendorCredit> credits;
    std::map<QString, Decimal> totals;
    int passedOver = 0;
    for (int r : std::as_const(rows)) {
        const VendorCredit *c = m_model->rowAt(r);
        if (!c)
            continue;
        auto input = CreditService::fromVendorCredit(*c);
        if (!input && input.error().field == QLatin1String("rounds_to_zero")) {
            ++passedOver; // nothing to pass on
            continue;
        }
        if (!input) {
            m_feedback->showError(input.error());
            m_table->selectRow(r);
            return false;
        }
        credits << *c;
        if (auto amount = Decimal::parse(input->amount))
            totals[input->currency] += *amount;
    }
    if (credits.isEmpty()) {
        m_feedback->showError(Error{tr("The selected vendor credits round to nothing in their currencies' units: "
                                       "there is nothing to pass on."),
                                    {}});
        return false;
    }
    QStringList sums;
    for (const auto &[currency, amount] : totals)
        sums << currency + u' ' + displayMoney(amount, currency);
    if (QMessageBox::question(this, tr("Issue as Customer Credits"),
                              tr("Issue %n vendor credit(s) as customer credits, each of its own amount "
                                 "rounded to the currency's units (%1)?",
                                 nullptr, int(credits.size()))
                                  .arg(sums.join(QStringLiteral(", ")))) != QMessageBox::Yes)
        return false;
    auto ids = CreditService(m_db).issueVendorCredits(credits);
    if (!ids) {
        m_feedback->showError(ids.error());
        return false;
    }
    QStringList numbers;
    for (qint64 id : std::as_const(*ids))
        if (id != 0)
            numbers << QString::number(id);
    m_feedback->showInfo(
        tr("Issued %n customer credit(s): %1.", nullptr, int(numbers.size())).arg(numbers.join(QStringLiteral(", "))) +
        (passedOver
             ? u' ' + tr("%n round(s) to nothing in the currency's units and was passed over.", nullptr, passedOver)
             : QString()));
    reload();
    return true;
}

} // namespace bursar::ui
