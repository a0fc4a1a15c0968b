// Services Credits > Customer Purchases and the New / Edit purchase form.
#include "core/customers/customer.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "ui/servicescredits/services_credits_pages.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/find_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/number_field.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/window_size.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QList<ListColumn<ServicesPurchase>> purchaseColumns()
{
    constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;
    return {
        {PurchasesPage::tr("ID"), [](const ServicesPurchase &p) { return QVariant(p.id); }, -1, Right,
         [](const ServicesPurchase &p, int role) { return role == Qt::UserRole ? QVariant(p.id) : QVariant(); }},
        {PurchasesPage::tr("Customer"),
         [](const ServicesPurchase &p) { return QVariant(displayCustomerId(p.customerId) + u' ' + p.customerName); }},
        {PurchasesPage::tr("Draft"),
         [](const ServicesPurchase &p) { return QVariant(p.draft ? PurchasesPage::tr("Draft") : QString()); }},
        {PurchasesPage::tr("Start"),
         [](const ServicesPurchase &p) { return QVariant(p.startDate.toString(Qt::ISODate)); }},
        {PurchasesPage::tr("Expires"),
         [](const ServicesPurchase &p) { return QVariant(p.expiryDate.toString(Qt::ISODate)); }},
        {PurchasesPage::tr("Currency"), [](const ServicesPurchase &p) { return QVariant(p.currency); }},
        {PurchasesPage::tr("Purchased"),
         [](const ServicesPurchase &p) { return QVariant(p.units.purchased.toString()); }, -1, Right},
        {PurchasesPage::tr("Allocated"),
         [](const ServicesPurchase &p) { return QVariant(p.units.allocated.toString()); }, -1, Right},
        {PurchasesPage::tr("Redeemed"), [](const ServicesPurchase &p) { return QVariant(p.units.redeemed.toString()); },
         -1, Right},
        {PurchasesPage::tr("Expired"), [](const ServicesPurchase &p) { return QVariant(p.units.expired.toString()); },
         -1, Right},
        {PurchasesPage::tr("Available"),
         [](const ServicesPurchase &p) { return QVariant(p.units.available().toString()); }, -1, Right},
        {PurchasesPage::tr("Value per credit"),
         [](const ServicesPurchase &p) { return QVariant(displayMoney(p.valuePerCredit, p.currency)); }, -1, Right,
         [](const ServicesPurchase &p, int role) {
             return role == Qt::ToolTipRole ? QVariant(p.valuePerCredit.toString()) : QVariant();
         }},
        {PurchasesPage::tr("Paid per credit"),
         [](const ServicesPurchase &p) { return QVariant(displayMoney(p.paidPerCredit, p.currency)); }, -1, Right},
        {PurchasesPage::tr("Available value"),
         [](const ServicesPurchase &p) {
             return QVariant(displayMoney(
                 p.valuePerCredit.multiplied(p.units.available(), Decimal::Scale, Rounding::HalfUp), p.currency));
         },
         -1, Right},
        {PurchasesPage::tr("Description"), [](const ServicesPurchase &p) { return QVariant(p.description); }},
    };
}

} // namespace

PurchaseDialog::PurchaseDialog(Database &db, const std::optional<ServicesPurchase> &existing, QWidget *parent)
    : QDialog(parent), m_customer(new CustomerPicker(db, this)), m_credits(new QLineEdit(this)),
      m_value(new QLineEdit(this)), m_paid(new QLineEdit(this)), m_currency(new QComboBox(this)),
      m_description(new QLineEdit(this)), m_start(dateField(this, QDate::currentDate())),
      m_expiry(dateField(this, QDate::currentDate().addYears(1))),
      m_draft(new QCheckBox(tr("Draft (editable; its credits cannot be allocated or expired)"), this)), m_db(db),
      m_existing(existing), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("purchaseDialog"));
    setWindowTitle(existing ? tr("Services Credits Customer Purchase %1").arg(existing->id)
                            : tr("New Services Credits Customer Purchase"));
    const auto loaded = ServicesCreditSettingsService(db).load();
    const ServicesCreditSettings settings = loaded ? *loaded : ServicesCreditSettings{};
    setUpNumberField(m_credits, QString(), 0);
    setUpNumberField(m_value);
    setUpNumberField(m_paid);
    addCurrencyItems(m_currency);
    selectCurrency(m_currency, QStringLiteral("USD"));
    m_draft->setChecked(settings.newPurchasesDraft);
    if (settings.paidEqualsValue) {
        m_paid->setReadOnly(true);
        m_paid->setToolTip(tr("Settings > Services Credits keeps the amount paid per credit equal to the value."));
        connect(m_value, &QLineEdit::textChanged, m_paid, &QLineEdit::setText);
    }
    if (existing) {
        m_customer->setCustomerId(existing->customerId);
        m_credits->setText(QString::number(existing->credits));
        m_value->setText(numberForEditing(existing->valuePerCredit.toString()));
        m_paid->setText(numberForEditing(existing->paidPerCredit.toString()));
        selectCurrency(m_currency, existing->currency);
        m_description->setText(existing->description);
        m_start->setDate(existing->startDate);
        m_expiry->setDate(existing->expiryDate);
        m_draft->setChecked(existing->draft);
    }
    const QList<std::pair<QString, QWidget *>> named{
        {QStringLiteral("customer"), m_customer}, {QStringLiteral("credits"), m_credits},
        {QStringLiteral("value"), m_value},       {QStringLiteral("paid"), m_paid},
        {QStringLiteral("currency"), m_currency}, {QStringLiteral("description"), m_description},
        {QStringLiteral("start"), m_start},       {QStringLiteral("expiry"), m_expiry},
        {QStringLiteral("draft"), m_draft}};
    for (const auto &[name, widget] : named) {
        widget->setObjectName(name);
        m_feedback->addField(name, widget);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Account (customer):"), m_customer);
    form->addRow(tr("Start date:"), m_start);
    form->addRow(tr("Expiry date:"), m_expiry);
    form->addRow(tr("Number of services credits:"), m_credits);
    form->addRow(tr("Value per credit:"), m_value);
    form->addRow(tr("Amount paid per credit:"), m_paid);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(QString(), m_draft);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(560, sizeHint().height()));
}

bool PurchaseDialog::save()
{
    PurchaseInput in;
    const auto id = CustomerPicker::required(m_customer->text());
    if (!id) {
        m_feedback->showError(id.error());
        return false;
    }
    in.customerId = *id;
    in.startDate = m_start->date();
    in.expiryDate = m_expiry->date();
    in.credits = typedNumber(m_credits);
    in.valuePerCredit = typedNumber(m_value);
    in.paidPerCredit = typedNumber(m_paid);
    in.currency = comboCurrency(m_currency);
    in.description = m_description->text();
    in.draft = m_draft->isChecked();
    PurchaseService service(m_db);
    if (m_existing) {
        in.version = m_existing->version;
        if (Status s = service.edit(m_existing->id, in); !s) {
            m_feedback->showError(s.error());
            return false;
        }
        m_savedId = m_existing->id;
        return true;
    }
    auto added = service.add(in);
    if (!added) {
        m_feedback->showError(added.error());
        return false;
    }
    m_savedId = *added;
    return true;
}

void PurchaseDialog::done(int result)
{
    if (result == QDialog::Accepted && !save())
        return;
    QDialog::done(result);
}

PurchasesPage::PurchasesPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_customer(new CustomerPicker(db, this)),
      m_model(new PagedListModel<ServicesPurchase>(
          purchaseColumns(), [this] { return PurchaseService(m_db).count(customerFilter()); },
          [this](int offset, int limit, int, bool) {
              return PurchaseService(m_db).list(customerFilter(), Page{offset, limit});
          },
          this)),
      m_table(makeListView(this, m_model)),
      m_history(makeListTable(this, {tr("Date"), tr("Movement"), tr("Milestone"), tr("Credits"), tr("Available after"),
                                     tr("By"), tr("Reason")})),
      m_historyTitle(new QLabel(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("purchasesPage"));
    m_table->setObjectName(QStringLiteral("purchases"));
    m_history->setObjectName(QStringLiteral("purchaseHistory"));
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    m_customer->setPlaceholderText(tr("Customer name or #ID (all customers when empty)"));
    m_customer->setClearButtonEnabled(true);
    markFindField(m_customer, m_table);
    connect(m_customer, &QLineEdit::editingFinished, this, &PurchasesPage::refresh);
    QHeaderView *header = m_table->horizontalHeader();
    // Every column in view at the window's usual width; the description takes what is left.
    const QList<int> widths{45, 170, 45, 85, 85, 65, 75, 75, 80, 65, 75, 115, 110, 110};
    for (int c = 0; c < int(widths.size()); ++c)
        header->resizeSection(c, widths.at(c));
    header->setStretchLastSection(true);

    const bool mayManage = db.acting().can(Privilege::ManageServicesCredits);
    auto button = [this](const QString &name, Icon kind, const QString &text, bool enabled, auto slot) {
        auto *b = withIcon(kind, new QPushButton(text, this));
        b->setObjectName(name);
        b->setEnabled(enabled);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_customer, 1);
    actions->addWidget(button(QStringLiteral("newPurchase"), Icon::Add, tr("New…"), mayManage, [this] { edit(true); }));
    actions->addWidget(
        button(QStringLiteral("editPurchase"), Icon::Edit, tr("Edit…"), mayManage, [this] { edit(false); }));
    actions->addWidget(
        button(QStringLiteral("markDraft"), Icon::Edit, tr("Mark Draft"), mayManage, [this] { setDraft(true); }));
    actions->addWidget(button(QStringLiteral("removeDraft"), Icon::Remove, tr("Remove Draft"), mayManage,
                              [this] { setDraft(false); }));
    actions->addWidget(button(QStringLiteral("runExpiry"), Icon::Clock, tr("Run Expiry"),
                              db.acting().can(Privilege::AllocateServicesCredits), [this] { runExpiry(); }));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const qint64 id = selectedId())
            showHistory(id);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { edit(false); });
    auto *hint = new QLabel(tr("A purchase is a number of credits bought on one day at one value and amount paid, in "
                               "one currency. A draft can be edited as often as needed; its credits cannot be "
                               "allocated or expired. Credits can be used from the start date up to and including "
                               "the expiry date."),
                            this);
    hint->setWordWrap(true);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_historyTitle);
    bottomLayout->addWidget(m_history, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Customer Purchases"), this));
    layout->addWidget(hint);
    layout->addLayout(actions);
    layout->addWidget(m_feedback);
    layout->addWidget(split, 1);
    m_historyTitle->setText(tr("Select a purchase to see its history."));
    m_model->refresh();
}

std::optional<qint64> PurchasesPage::customerFilter() const
{
    if (m_customer->text().trimmed().isEmpty())
        return std::nullopt;
    return m_customer->customerId().value_or(-1);
}

qint64 PurchasesPage::selectedId() const
{
    const QList<qint64> ids = selectedIds(m_table, Qt::UserRole);
    return ids.size() == 1 ? ids.first() : 0;
}

void PurchasesPage::refresh()
{
    m_model->refresh();
    if (const qint64 id = selectedId())
        showHistory(id);
}

void PurchasesPage::edit(bool isNew)
{
    std::optional<ServicesPurchase> existing;
    if (!isNew) {
        const qint64 id = selectedId();
        if (!id) {
            m_feedback->showInfo(tr("Select one purchase to edit."));
            return;
        }
        auto p = PurchaseService(m_db).purchase(id);
        if (!p) {
            m_feedback->showError(p.error());
            return;
        }
        existing = *p;
    }
    PurchaseDialog dialog(m_db, existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_feedback->showInfo(isNew ? tr("Purchase %1 recorded.").arg(dialog.savedId())
                               : tr("Purchase %1 saved.").arg(dialog.savedId()));
    refresh();
    Q_EMIT changed();
}

bool PurchasesPage::setDraft(bool draft)
{
    const qint64 id = selectedId();
    if (!id) {
        m_feedback->showInfo(tr("Select one purchase."));
        return false;
    }
    if (Status s = PurchaseService(m_db).setDraft(id, draft); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(
        draft ? tr("Purchase %1 is a draft now.").arg(id)
              : tr("Purchase %1 is not a draft; its credits are available from its start date.").arg(id));
    refresh();
    Q_EMIT changed();
    return true;
}

void PurchasesPage::runExpiry()
{
    auto r = MilestoneService(m_db).expire(QDate::currentDate());
    if (!r) {
        m_feedback->showError(r.error());
        return;
    }
    m_feedback->showInfo(r->purchases == 0
                             ? tr("Nothing to expire today.")
                             : tr("%1 credits of %2 purchase(s) expired; %3 allocation(s) to milestones not completed "
                                  "were returned and expired.")
                                   .arg(r->expired.toString())
                                   .arg(r->purchases)
                                   .arg(r->allocationsReturned));
    refresh();
    Q_EMIT changed();
}

void PurchasesPage::showHistory(qint64 purchaseId)
{
    auto h = PurchaseService(m_db).history(purchaseId);
    if (!h) {
        m_feedback->showError(h.error());
        return;
    }
    m_historyTitle->setText(tr("History of purchase %1").arg(purchaseId));
    const QHash<QString, QString> kinds{{QStringLiteral("purchased"), tr("Purchased")},
                                        {QStringLiteral("allocated"), tr("Allocated")},
                                        {QStringLiteral("returned"), tr("Returned")},
                                        {QStringLiteral("redeemed"), tr("Redeemed")},
                                        {QStringLiteral("redemption corrected"), tr("Redemption corrected")},
                                        {QStringLiteral("expired"), tr("Expired")}};
    m_history->setRowCount(int(h->size()));
    int r = 0;
    for (const PurchaseMovement &m : *h)
        fillListRow(m_history, r++,
                    {m.on.toString(Qt::ISODate), kinds.value(m.kind, m.kind),
                     m.milestoneId ? QString::number(m.milestoneId) : QString(), m.credits.toString(),
                     m.available.toString(), m.recordedBy, m.reason},
                    {3, 4});
}

} // namespace bursar::ui
