#include "ui/customers/credits_panel.h"

#include "core/customers/customer_service.h"
#include "core/domain/timestamp.h"
#include "core/money/currency.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/number_field.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/vendor_combo.h"
#include "ui/widgets/view_state.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

QString creditStateName(const Credit &c, QDate today)
{
    if (c.voided())
        return CreditsPanel::tr("Voided: %1").arg(c.voidReason);
    if (c.remaining().isZero())
        return CreditsPanel::tr("Used");
    if (c.expired(today))
        return CreditsPanel::tr("Expired (remainder not used)");
    if (!c.applied.isZero())
        return CreditsPanel::tr("Partly used");
    return CreditsPanel::tr("Available");
}

AddCreditDialog::AddCreditDialog(Database &db, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_db(db), m_customer(customerId), m_vendor(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_currency(new QComboBox(this)), m_amount(new QLineEdit(this)), m_comment(new QLineEdit(this)),
      m_expires(new QCheckBox(tr("Expires on"), this)), m_expiresOn(new QDateEdit(this)),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("addCreditDialog"));
    setWindowTitle(tr("Add Credit — customer %1").arg(displayCustomerId(customerId)));
    addVendorItems(m_vendor);
    m_kind->addItem(creditKindName(CreditKind::Manual), int(CreditKind::Manual));
    m_kind->addItem(creditKindName(CreditKind::Marketplace), int(CreditKind::Marketplace));
    m_kind->setToolTip(tr("A marketplace credit (the vendor's, e.g. AWS Marketplace) pays marketplace fees only, and "
                          "only when a run uses credits for marketplace fees."));
    addCurrencyItems(m_currency, {}, false);
    m_amount->setObjectName(QStringLiteral("amount"));
    setUpNumberField(m_amount, tr("Amount owed, without a minus sign"));
    m_comment->setPlaceholderText(tr("Account or subscription number, reason"));
    m_expiresOn->setCalendarPopup(true);
    m_expiresOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiresOn->setDate(QDate::currentDate().addYears(1));
    m_expiresOn->setEnabled(false);
    connect(m_expires, &QCheckBox::toggled, m_expiresOn, &QDateEdit::setEnabled);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &AddCreditDialog::defaultCurrency);

    auto *form = new QFormLayout;
    form->addRow(tr("Cloud provider:"), m_vendor);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Comment:"), m_comment);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiresOn, 1);
    form->addRow(QString(), expiry);
    auto *note =
        new QLabel(tr("Type the amount as a positive number: Bursar stores every credit as a negative value."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    m_feedback->addField(QStringLiteral("amount"), m_amount);
    m_feedback->addField(QStringLiteral("currency"), m_currency);
    m_feedback->addField(QStringLiteral("comment"), m_comment);
    m_feedback->addField(QStringLiteral("kind"), m_kind);
    defaultCurrency();
}

void AddCreditDialog::defaultCurrency()
{
    // The customer's invoice currency for the vendor, when set.
    auto providers = CustomerService(m_db).providers(m_customer);
    if (!providers)
        return;
    for (const CustomerProvider &p : *providers)
        if (comboVendor(m_vendor) == p.vendor && !p.currency.isEmpty())
            m_currency->setCurrentIndex(m_currency->findData(p.currency));
}

bool AddCreditDialog::passOn(const VendorCredit &credit)
{
    auto input = CreditService::fromVendorCredit(credit);
    if (!input) {
        m_feedback->showError(input.error());
        return false;
    }
    setWindowTitle(tr("Issue Vendor Credit — customer %1").arg(displayCustomerId(m_customer)));
    selectVendor(m_vendor, input->vendor);
    m_kind->setCurrentIndex(m_kind->findData(int(input->kind)));
    m_currency->setCurrentIndex(m_currency->findData(input->currency));
    m_amount->setText(numberForEditing(input->amount));
    m_comment->setText(input->comment);
    m_comment->setCursorPosition(0);
    m_vendorCredit = vendorCreditKey(credit);
    m_feedback->showInfo(tr("The vendor's %1 %2, rounded to the currency's units. Change the amount to pass on "
                            "part of it.")
                             .arg(credit.currency, formatExact(credit.amount, QLocale())));
    return true;
}

bool AddCreditDialog::save()
{
    NewCredit c;
    c.customerId = m_customer;
    c.vendor = comboVendor(m_vendor).value_or(Vendor::Aws);
    c.kind = CreditKind(m_kind->currentData().toInt());
    c.currency = m_currency->currentData().toString();
    c.amount = typedNumber(m_amount);
    c.comment = m_comment->text();
    if (m_expires->isChecked())
        c.expiresOn = m_expiresOn->date();
    auto id = CreditService(m_db).add(c, m_vendorCredit);
    if (!id) {
        m_feedback->showError(id.error());
        return false;
    }
    m_saved = *id;
    return true;
}

QString AddCreditDialog::feedbackText() const
{
    return m_feedback->text();
}

namespace {

const Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

QList<ListColumn<Credit>> CreditsPanel::creditColumns()
{
    const QDate today = QDate::currentDate();
    // A voided credit is kept and struck through; every cell carries the credit's ID.
    auto role = [](const Credit &c, int r) -> QVariant {
        if (r == Qt::UserRole)
            return c.id;
        if (r == Qt::FontRole && c.voided()) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    };
    auto column = [&](const QString &title, ListColumn<Credit>::Display show,
                      Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        return ListColumn<Credit>(title, std::move(show), -1, align, role);
    };
    return {
        column(
            tr("ID"), [](const Credit &c) { return QVariant(QString::number(c.id)); }, Right),
        column(tr("Vendor"), [](const Credit &c) { return QVariant(vendorName(c.vendor)); }),
        column(tr("Kind"), [](const Credit &c) { return QVariant(creditKindName(c.kind)); }),
        column(tr("Currency"), [](const Credit &c) { return QVariant(c.currency); }),
        column(
            tr("Issued"), [](const Credit &c) { return QVariant(displayMoney(c.amount, c.currency)); }, Right),
        column(
            tr("Applied"), [](const Credit &c) { return QVariant(displayMoney(c.applied, c.currency)); }, Right),
        column(
            tr("Remaining"), [](const Credit &c) { return QVariant(displayMoney(c.remaining(), c.currency)); }, Right),
        column(tr("Expires"),
               [](const Credit &c) {
                   return QVariant(c.expiresOn.isValid() ? c.expiresOn.toString(Qt::ISODate) : tr("never"));
               }),
        column(tr("State"), [today](const Credit &c) { return QVariant(creditStateName(c, today)); }),
        column(tr("Comment"), [](const Credit &c) { return QVariant(c.comment); }),
        column(
            tr("Added"),
            [](const Credit &c) { return QVariant(tr("%1 by %2").arg(displayTimestamp(c.createdAt), c.createdBy)); }),
    };
}

QList<ListColumn<CreditApplication>> CreditsPanel::applicationColumns(const CreditsPanel *self)
{
    return {
        {tr("Statement"),
         [](const CreditApplication &h) {
             return QVariant(h.statementNumber.isEmpty() ? tr("Draft %1").arg(h.statementId) : h.statementNumber);
         }},
        {tr("Period"), [](const CreditApplication &h) { return QVariant(h.period); }},
        {tr("Account"),
         [](const CreditApplication &h) { return QVariant(h.accountId.isEmpty() ? tr("(no account)") : h.accountId); }},
        {tr("Amount"),
         [self](const CreditApplication &h) { return QVariant(displayMoney(h.amount, self->m_selected.currency)); }, -1,
         Right},
        {tr("Applied at"), [](const CreditApplication &h) { return QVariant(displayTimestamp(h.at)); }},
    };
}

CreditsPanel::CreditsPanel(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_balance(new QLabel(this)),
      m_credits(new PagedListModel<Credit>(
          creditColumns(),
          [this]() -> Result<qint64> { return m_customer ? CreditService(m_db).count(m_customer) : 0; },
          [this](int offset, int limit, int, bool) {
              return CreditService(m_db).list(m_customer, std::nullopt, Page{offset, limit});
          },
          this)),
      m_applications(new PagedListModel<CreditApplication>(
          applicationColumns(this),
          [this]() -> Result<qint64> {
              return m_selected.id ? CreditService(m_db).applicationCount(m_selected.id) : 0;
          },
          [this](int offset, int limit, int, bool) {
              return CreditService(m_db).applications(m_selected.id, Page{offset, limit});
          },
          this)),
      m_table(makeListView(this, m_credits)), m_history(makeListView(this, m_applications)),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("creditsPanel"));
    m_table->setObjectName(QStringLiteral("credits"));
    m_history->setObjectName(QStringLiteral("creditHistory"));
    auto *rule = new QLabel(CreditService::orderOfUse(), this);
    rule->setWordWrap(true);
    m_balance->setWordWrap(true);
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *add = withIcon(Icon::Add, new QPushButton(tr("&Add Credit…"), this));
    add->setObjectName(QStringLiteral("addCredit"));
    auto *voidButton = withIcon(Icon::Delete, new QPushButton(tr("&Void…"), this));
    voidButton->setToolTip(tr("Only a credit nothing was applied from can be voided; it is kept and marked."));
    connect(add, &QPushButton::clicked, this, &CreditsPanel::openAddCredit);
    connect(voidButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Void Credit"), tr("Why is the credit voided?"),
                                                     QLineEdit::Normal, QString(), &ok);
        if (ok)
            voidSelected(reason);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CreditsPanel::showHistory);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CreditsPanel::showHistory);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(voidButton);
    buttons->addStretch(1);
    auto *historyLabel = new QLabel(tr("Applications of the selected credit:"), this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    auto *bottom = new QWidget(this);
    auto *b = new QVBoxLayout(bottom);
    b->setContentsMargins(0, 0, 0, 0);
    b->addWidget(historyLabel);
    b->addWidget(m_history);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rule);
    layout->addWidget(m_balance);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addWidget(splitter, 1);
}

void CreditsPanel::setCustomer(qint64 customerId)
{
    m_customer = customerId;
    reload();
}

void CreditsPanel::reload()
{
    m_selected = {};
    m_credits->refresh();
    m_applications->refresh();
    if (m_customer == 0)
        return;
    if (!m_credits->lastError().isEmpty()) {
        m_feedback->showError({m_credits->lastError(), {}});
        return;
    }
    fitColumns(m_table);
    const QDate today = QDate::currentDate();
    auto balances = CreditService(m_db).balances(m_customer, today);
    QStringList parts;
    if (balances)
        for (const CreditBalance &b : *balances) {
            QString part = tr("%1 %2 %3: remaining %4 of %5 issued")
                               .arg(vendorName(b.vendor), creditKindName(b.kind), b.currency,
                                    displayMoney(b.remaining, b.currency), displayMoney(b.issued, b.currency));
            if (!b.expired.isZero())
                part += tr(" (%1 of it expired)").arg(displayMoney(b.expired, b.currency));
            parts << part;
        }
    m_balance->setText(parts.isEmpty() ? tr("No credits.") : tr("Balance: %1").arg(parts.join(QStringLiteral("; "))));
}

void CreditsPanel::showHistory()
{
    const Credit *c = m_credits->rowAt(m_table->currentIndex().row());
    m_selected = c ? *c : Credit{};
    m_applications->refresh();
    if (!m_applications->lastError().isEmpty())
        return m_feedback->showError({m_applications->lastError(), {}});
    fitColumns(m_history);
}

AddCreditDialog *CreditsPanel::openAddCredit()
{
    auto *dialog = new AddCreditDialog(m_db, m_customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_feedback->showInfo(tr("Added credit %1.").arg(dialog->savedId()));
        reload();
        Q_EMIT creditsChanged();
    });
    dialog->open();
    return dialog;
}

bool CreditsPanel::voidSelected(const QString &reason)
{
    const Credit *selected = m_credits->rowAt(m_table->currentIndex().row());
    if (!selected) {
        m_feedback->showInfo(tr("Select the credit to void first."));
        return false;
    }
    const qint64 id = selected->id;
    if (Status s = CreditService(m_db).voidCredit(id, reason); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(tr("Credit %1 voided.").arg(id));
    reload();
    Q_EMIT creditsChanged();
    return true;
}

QString CreditsPanel::balanceText() const
{
    return m_balance->text();
}

QString CreditsPanel::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
