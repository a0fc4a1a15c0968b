#include "ui/finance/document_dialogs.h"

#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/number_field.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/window_size.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

// ---- MemoDialog ------------------------------------------------------------------------

MemoDialog::MemoDialog(Database &db, ArKind kind, QWidget *parent)
    : QDialog(parent), m_db(db), m_kind(kind), m_steps(new QStackedWidget(this)),
      m_customer(new CustomerPicker(db, this)), m_currency(new QLineEdit(this)),
      m_date(dateField(this, QDate::currentDate())), m_description(new QLineEdit(this)), m_branch(new QLineEdit(this)),
      m_person(new QLineEdit(this)), m_adjusts(new QComboBox(this)), m_terms(new QSpinBox(this)),
      m_lineDescription(new QLineEdit(this)), m_quantity(new QLineEdit(this)), m_unit(new QLineEdit(this)),
      m_price(new QLineEdit(this)), m_discount(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_lines(makeListTable(this, {tr("Description"), tr("Quantity"), tr("Unit"), tr("Price"), tr("Discount"),
                                   tr("Tax category"), tr("Amount")})),
      m_totals(new QLabel(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("memoDialog"));
    setWindowTitle(kind == ArKind::CreditMemo ? tr("Add New Credit Memo") : tr("Add New Debit Memo"));
    // Step 1: the account and the memo's fields.
    auto *first = new QWidget(m_steps);
    auto *form = new QFormLayout(first);
    m_customer->setObjectName(QStringLiteral("memoAccount"));
    form->addRow(tr("Account:"), m_customer);
    form->addRow(tr("Document #:"), new QLabel(tr("assigned when the memo is released"), first));
    m_currency->setPlaceholderText(tr("the customer's invoice currency"));
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Document date:"), m_date);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Sales branch:"), m_branch);
    form->addRow(tr("Sales person:"), m_person);
    m_adjusts->setEditable(true);
    m_adjusts->setInsertPolicy(QComboBox::NoInsert);
    m_adjusts->lineEdit()->setPlaceholderText(tr("optional: pick the statement or memo, or type its number"));
    form->addRow(tr("Adjusted document:"), m_adjusts);
    // Below 0 stands for the customer's own terms, read when the memo is saved.
    m_terms->setRange(-1, 365);
    m_terms->setValue(-1);
    m_terms->setSpecialValueText(tr("the customer's"));
    m_terms->setSuffix(tr(" days"));
    form->addRow(tr("Payment terms:"), m_terms);
    m_steps->addWidget(first);
    // Step 2: the details.
    auto *second = new QWidget(m_steps);
    auto *detail = new QFormLayout;
    detail->addRow(tr("Description:"), m_lineDescription);
    setUpNumberField(m_quantity, QString(), 0);
    setUpNumberField(m_price);
    setUpNumberField(m_discount);
    m_quantity->setText(QStringLiteral("1"));
    detail->addRow(tr("Service quantity:"), m_quantity);
    detail->addRow(tr("Unit of measure:"), m_unit);
    detail->addRow(tr("Price:"), m_price);
    detail->addRow(tr("Discount amount:"), m_discount);
    m_category->addItem(tr("(not taxable)"), QString());
    if (auto categories = ArDocuments(db).taxCategories())
        for (const TaxCategory &c : *categories)
            m_category->addItem(c.name, c.name);
    detail->addRow(tr("Tax category:"), m_category);
    auto *add = withIcon(Icon::Add, new QPushButton(tr("Add Detail"), second));
    add->setObjectName(QStringLiteral("addDetail"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (addDetail({m_lineDescription->text(), typedNumber(m_quantity), m_unit->text(), typedNumber(m_price),
                       typedNumber(m_discount), m_category->currentData().toString()})) {
            m_lineDescription->clear();
            m_price->clear();
            m_discount->clear();
        }
    });
    auto *remove = withIcon(Icon::Remove, new QPushButton(tr("Remove Detail"), second));
    remove->setObjectName(QStringLiteral("removeDetail"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const QList<QModelIndex> rows = m_lines->selectionModel()->selectedRows(); rows.size() == 1)
            removeDetail(rows.first().row());
    });
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the columns share the width
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addWidget(add);
    detailButtons->addWidget(remove);
    detailButtons->addStretch(1);
    auto *secondLayout = new QVBoxLayout(second);
    secondLayout->addLayout(detail);
    secondLayout->addLayout(detailButtons);
    secondLayout->addWidget(m_lines, 1);
    secondLayout->addWidget(m_totals);
    m_steps->addWidget(second);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_nextButton = withIcon(Icon::Next, buttons->addButton(tr("Next"), QDialogButtonBox::ActionRole));
    m_saveButton = withIcon(Icon::Add, buttons->addButton(tr("Add Memo"), QDialogButtonBox::AcceptRole));
    m_saveButton->setEnabled(false);
    connect(m_nextButton, &QPushButton::clicked, this, &MemoDialog::next);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_customer, &QLineEdit::editingFinished, this,
            [this] { listAdjustable(m_customer->customerId().value_or(0)); });
    m_feedback->addFields({{QStringLiteral("customer"), m_customer},
                           {QStringLiteral("currency"), m_currency},
                           {QStringLiteral("description"), m_description},
                           {QStringLiteral("adjusts"), m_adjusts},
                           {QStringLiteral("quantity"), m_quantity},
                           {QStringLiteral("price"), m_price},
                           {QStringLiteral("discount"), m_discount},
                           {QStringLiteral("tax_category"), m_category}});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(720, 520));
}

void MemoDialog::setCustomer(qint64 customerId)
{
    m_customer->setCustomerId(customerId);
    Q_EMIT m_customer->editingFinished();
}

void MemoDialog::setDescription(const QString &text)
{
    m_description->setText(text);
}

NewMemo MemoDialog::memo() const
{
    NewMemo m;
    m.kind = m_kind;
    m.customerId = m_customer->customerId().value_or(0);
    m.currency = m_currency->text().trimmed().toUpper();
    m.date = m_date->date();
    m.description = m_description->text();
    m.salesBranch = m_branch->text();
    m.salesPerson = m_person->text();
    // A picked entry stands for its number; anything else is what was typed.
    const int picked = m_adjusts->findText(m_adjusts->currentText());
    m.adjusts = picked >= 0 ? m_adjusts->itemData(picked).toString() : m_adjusts->currentText().trimmed();
    if (m_terms->value() >= 0)
        m.paymentTermsDays = m_terms->value();
    m.lines = m_input;
    return m;
}

bool MemoDialog::edit(qint64 memoId)
{
    auto stored = ArDocuments(m_db).document(memoId);
    if (!stored) {
        m_feedback->showError(stored.error());
        return false;
    }
    const NewMemo m = newMemoFrom(*stored);
    m_editing = memoId;
    m_kind = m.kind;
    setWindowTitle(tr("Edit %1 %2").arg(arKindName(m.kind), stored->displayNumber()));
    setCustomer(m.customerId);
    m_customer->setEnabled(false); // a memo's account stays; another customer's memo is a new memo
    m_currency->setText(m.currency);
    m_date->setDate(m.date);
    m_description->setText(m.description);
    m_branch->setText(m.salesBranch);
    m_person->setText(m.salesPerson);
    setAdjusts(m.adjusts);
    m_terms->setValue(m.paymentTermsDays.value_or(-1));
    m_input = m.lines;
    m_saveButton->setText(tr("Save Memo"));
    m_saveButton->setEnabled(true); // the fields alone may be what changes
    recalculate();
    return true;
}

void MemoDialog::listAdjustable(qint64 customerId)
{
    const QString typed = m_adjusts->currentText();
    m_adjusts->clear();
    m_adjusts->addItem(QString(), QString());
    if (customerId != 0) {
        StatementFilter filter;
        filter.customerId = customerId;
        if (auto statements = StatementService(m_db).list(filter, 0, 200, QStringLiteral("issue_date"), true))
            for (const Statement &st : *statements)
                if (!st.number.isEmpty())
                    m_adjusts->addItem(tr("%1 · statement of %2 · %3 %4")
                                           .arg(st.number, st.issueDate.toString(Qt::ISODate), st.currency,
                                                displayMoney(st.total, st.currency)),
                                       st.number);
        ArFilter memos;
        memos.customerId = customerId;
        if (auto docs = ArDocuments(m_db).list(memos, Page{0, 200}))
            for (const ArDocument &d : *docs)
                if (d.kind != ArKind::Payment && d.id != m_editing)
                    m_adjusts->addItem(tr("%1 · %2 of %3 · %4 %5")
                                           .arg(d.displayNumber(), arKindName(d.kind), d.date.toString(Qt::ISODate),
                                                d.currency, displayMoney(d.total, d.currency)),
                                       d.number.isEmpty() ? QString::number(d.id) : d.number);
    }
    m_adjusts->setCurrentIndex(-1);
    m_adjusts->setEditText(typed);
}

QStringList MemoDialog::adjustableNumbers() const
{
    QStringList out;
    for (int i = 1; i < m_adjusts->count(); ++i)
        out << m_adjusts->itemData(i).toString();
    return out;
}

void MemoDialog::setAdjusts(const QString &text)
{
    for (int i = 1; i < m_adjusts->count(); ++i)
        if (m_adjusts->itemData(i).toString() == text) {
            m_adjusts->setCurrentIndex(i);
            return;
        }
    m_adjusts->setEditText(text);
}

void MemoDialog::removeDetail(int row)
{
    if (row < 0 || row >= m_input.size())
        return;
    m_input.removeAt(row);
    recalculate();
}

bool MemoDialog::next()
{
    m_feedback->clear();
    if (auto account = CustomerPicker::required(m_customer->text()); !account) {
        m_feedback->showError(account.error());
        return false;
    }
    if (m_description->text().trimmed().isEmpty()) {
        m_feedback->showError(fail(tr("Say why the memo is issued (a sales return, a goodwill credit, …)."),
                                   QStringLiteral("description")));
        return false;
    }
    m_steps->setCurrentIndex(1);
    m_nextButton->setEnabled(false);
    m_saveButton->setEnabled(true);
    recalculate();
    return true;
}

bool MemoDialog::addDetail(const MemoLineInput &line)
{
    m_input.append(line);
    recalculate();
    if (!m_feedback->text().isEmpty()) {
        m_input.removeLast();
        return false;
    }
    recalculate();
    return true;
}

void MemoDialog::recalculate()
{
    m_feedback->clear();
    m_lines->setRowCount(0);
    if (m_input.isEmpty()) {
        m_totals->setText(tr("Add the memo's details."));
        return;
    }
    // The core's own checks and sums, so the dialog shows exactly what Save would write.
    auto preview = ArDocuments(m_db).previewMemo(memo());
    if (!preview) {
        m_feedback->showError(preview.error());
        return;
    }
    const Currency currency = Currencies::lookup(preview->currency);
    const MemoTotals *totals = &preview->totals;
    for (const MemoLine &l : totals->lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        fillListRow(m_lines, row,
                    {l.description, l.quantity.toString(), l.unit, displayMoney(l.price, currency.code),
                     displayMoney(l.discount, currency.code), l.taxCategory, displayMoney(l.amount, currency.code)},
                    {1, 3, 4, 6});
    }
    m_totals->setText(tr("Subtotal %1 · tax %2 · rounding %3 · total %4 %5")
                          .arg(displayMoney(totals->subtotal, currency.code), displayMoney(totals->tax, currency.code),
                               totals->rounding.toString(), currency.code, displayMoney(totals->total, currency.code)));
}

QString MemoDialog::totalsText() const
{
    return m_totals->text();
}

bool MemoDialog::save()
{
    if (m_editing != 0) {
        if (Status s = ArDocuments(m_db).updateMemo(m_editing, memo()); !s) {
            m_feedback->showError(s.error());
            return false;
        }
        m_saved = m_editing;
        return true;
    }
    auto id = ArDocuments(m_db).createMemo(memo());
    if (!id) {
        m_feedback->showError(id.error());
        return false;
    }
    m_saved = *id;
    return true;
}

// ---- PaymentDialog ---------------------------------------------------------------------

PaymentDialog::PaymentDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_customer(new CustomerPicker(db, this)),
      m_date(dateField(this, QDate::currentDate())), m_amount(new QLineEdit(this)), m_currency(new QLineEdit(this)),
      m_method(new QComboBox(this)), m_reference(new QLineEdit(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    m_amount->setObjectName(QStringLiteral("amount"));
    setWindowTitle(tr("Record Payment"));
    m_method->setEditable(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Date received:"), m_date);
    setUpNumberField(m_amount);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("Reference:"), m_reference);
    connect(m_customer, &QLineEdit::editingFinished, this, [this] {
        m_method->clear();
        const auto id = m_customer->customerId();
        if (!id)
            return;
        if (auto methods = CustomerService(m_db).paymentMethods(*id))
            for (const PaymentMethod &m : *methods)
                m_method->addItem(m.maskedReference, QString::number(m.id));
        if (auto providers = CustomerService(m_db).providers(*id); providers && m_currency->text().isEmpty())
            for (const CustomerProvider &p : *providers)
                if (p.enabled && !p.currency.isEmpty() && m_currency->text().isEmpty())
                    m_currency->setText(p.currency);
    });
    m_feedback->addFields({{QStringLiteral("customer"), m_customer},
                           {QStringLiteral("amount"), m_amount},
                           {QStringLiteral("currency"), m_currency}});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
}

void PaymentDialog::fill(qint64 customerId, const QString &amount, const QString &currency, QDate date)
{
    m_customer->setCustomerId(customerId);
    Q_EMIT m_customer->editingFinished();
    m_amount->setText(numberForEditing(amount));
    m_currency->setText(currency);
    m_date->setDate(date);
}

bool PaymentDialog::save()
{
    const auto customer = CustomerPicker::required(m_customer->text());
    if (!customer) {
        m_feedback->showError(customer.error());
        return false;
    }
    const QString method =
        m_method->currentIndex() >= 0 && m_method->currentText() == m_method->itemText(m_method->currentIndex())
            ? m_method->currentData().toString()
            : m_method->currentText();
    auto id = ArDocuments(m_db).recordPayment(
        {*customer, typedNumber(m_amount), m_currency->text().toUpper(), m_date->date(), method, m_reference->text()});
    if (!id) {
        m_feedback->showError(id.error());
        return false;
    }
    m_saved = *id;
    return true;
}

} // namespace bursar::ui
