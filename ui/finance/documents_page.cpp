#include "ui/finance/documents_page.h"

#include "core/customers/customer.h"
#include "core/storage/database.h"
#include "core/users/privilege.h"
#include "ui/finance/document_dialogs.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/find_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/number_field.h"
#include "ui/widgets/tables.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

constexpr auto Right = Qt::AlignRight | Qt::AlignVCenter;
constexpr int IdRole = Qt::UserRole;

QList<ListColumn<ArDocument>> documentColumns()
{
    auto money = [](const Decimal &d, const ArDocument &x) { return QVariant(displayMoney(d, x.currency)); };
    auto idRole = [](const ArDocument &d, int role) { return role == IdRole ? QVariant(d.id) : QVariant(); };
    return {
        {ArDocumentList::tr("Number"), [](const ArDocument &d) { return QVariant(d.displayNumber()); }, -1,
         Qt::AlignLeft | Qt::AlignVCenter, idRole},
        {ArDocumentList::tr("Status"), [](const ArDocument &d) { return QVariant(arStatusName(d.status)); }},
        {ArDocumentList::tr("Customer"),
         [](const ArDocument &d) { return QVariant(displayCustomerId(d.customerId) + u' ' + d.customerName); }},
        {ArDocumentList::tr("Date"),
         [](const ArDocument &d) { return QVariant(QLocale().toString(d.date, QLocale::ShortFormat)); }},
        {ArDocumentList::tr("Due"),
         [](const ArDocument &d) {
             return QVariant(d.kind == ArKind::Payment ? QString()
                                                       : QLocale().toString(d.dueDate, QLocale::ShortFormat));
         }},
        {ArDocumentList::tr("Description"), [](const ArDocument &d) { return QVariant(d.description); }},
        {ArDocumentList::tr("Currency"), [](const ArDocument &d) { return QVariant(d.currency); }},
        {ArDocumentList::tr("Total"), [=](const ArDocument &d) { return money(d.total, d); }, -1, Right},
        {ArDocumentList::tr("Applied"), [=](const ArDocument &d) { return money(d.applied, d); }, -1, Right},
        {ArDocumentList::tr("Left"), [=](const ArDocument &d) { return money(d.remaining(), d); }, -1, Right},
    };
}

} // namespace

ArDocumentList::ArDocumentList(Database &db, ArKind kind, QWidget *parent)
    : QWidget(parent), m_db(db), m_kind(kind), m_customer(new CustomerPicker(db, this)), m_status(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_min(new QLineEdit(this)), m_max(new QLineEdit(this)),
      m_model(new PagedListModel<ArDocument>(
          documentColumns(), [this] { return ArDocuments(m_db).count(filter()); },
          [this](int offset, int limit, int, bool) {
              return ArDocuments(m_db).list(filter(), Page{offset, limit});
          },
          this)),
      m_table(makeListView(this, m_model)), m_feedback(new FormFeedback(this))
{
    setObjectName(arKindKey(kind) + QStringLiteral("List"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Every column in view at the window's usual width: the description takes what is left.
    QHeaderView *header = m_table->horizontalHeader();
    const QList<int> widths{130, 75, 180, 90, 90, 0, 65, 90, 90, 90};
    for (int c = 0; c < int(widths.size()); ++c)
        if (widths.at(c) > 0)
            header->resizeSection(c, widths.at(c));
    header->setStretchLastSection(false);
    header->setSectionResizeMode(5, QHeaderView::Stretch);
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    markFindField(m_customer, m_table);
    m_status->addItem(tr("Any status"), QString());
    for (ArStatus s : {ArStatus::Hold, ArStatus::Open, ArStatus::PastDue, ArStatus::Closed, ArStatus::Cancelled}) {
        if (kind == ArKind::Payment && (s == ArStatus::Hold || s == ArStatus::PastDue))
            continue;
        if (kind == ArKind::CreditMemo && s == ArStatus::PastDue)
            continue;
        m_status->addItem(arStatusName(s), arStatusKey(s));
    }
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        fitDateWidth(e);
    }
    m_from->setDate(QDate(2000, 1, 1));
    m_to->setDate(QDate::currentDate().addYears(1));
    setUpNumberField(m_min, tr("Total from"));
    setUpNumberField(m_max, tr("Total to"));

    auto *filters = new QHBoxLayout;
    // The customer gets the room the row has; the amounts at least their placeholder's start.
    m_customer->setMinimumWidth(m_customer->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    for (QLineEdit *amount : {m_min, m_max})
        amount->setMinimumWidth(amount->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 9);
    filters->addWidget(m_customer, 2);
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Dated from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_min);
    filters->addWidget(m_max);
    filters->addStretch(1);

    auto button = [this](const QString &name, Icon look, const QString &text, auto slot) {
        auto *b = withIcon(look, new QPushButton(text, this));
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        m_buttons.append(b);
        return b;
    };
    auto *actions = new QHBoxLayout;
    const bool mayCreate = db.acting().can(Privilege::ArdocsCreate);
    const bool mayRelease = db.acting().can(Privilege::ReleaseArdocs);
    if (kind == ArKind::Payment) {
        actions->addWidget(
            button(QStringLiteral("recordPayment"), Icon::Add, tr("Record Payment…"), &ArDocumentList::recordPayment));
        m_buttons.last()->setEnabled(db.acting().can(Privilege::RecordPayments));
    } else {
        actions->addWidget(button(QStringLiteral("addMemo"), Icon::Add,
                                  kind == ArKind::CreditMemo ? tr("Add New Credit Memo…") : tr("Add New Debit Memo…"),
                                  &ArDocumentList::addMemo));
        m_buttons.last()->setEnabled(mayCreate);
        actions->addWidget(button(QStringLiteral("release"), Icon::Approve, tr("Release"), &ArDocumentList::release));
        actions->addWidget(button(QStringLiteral("delete"), Icon::Delete, tr("Delete"), &ArDocumentList::remove));
    }
    actions->addWidget(button(QStringLiteral("cancelDocument"), Icon::Clear, tr("Cancel…"), &ArDocumentList::cancel));
    if (kind != ArKind::DebitMemo)
        actions->addWidget(button(QStringLiteral("apply"), Icon::Link, tr("Apply…"), &ArDocumentList::applyFrom));
    actions->addWidget(button(QStringLiteral("open"), Icon::View, tr("Open"), [this] {
        if (const QList<qint64> ids = selected(); ids.size() == 1)
            open(ids.first());
    }));
    actions->addStretch(1);
    Q_UNUSED(mayRelease);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_feedback);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_customer, &QLineEdit::editingFinished, this, &ArDocumentList::refresh);
    connect(m_min, &QLineEdit::editingFinished, this, &ArDocumentList::refresh);
    connect(m_max, &QLineEdit::editingFinished, this, &ArDocumentList::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ArDocumentList::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ArDocumentList::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ArDocumentList::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const ArDocument *d = m_model->rowAt(index.row()))
            open(d->id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ArDocumentList::updateButtons);
    connect(m_model, &PagedTableModel::errorOccurred, this,
            [this](const QString &message) { m_feedback->showError(fail(message)); });
    refresh();
}

QPushButton *ArDocumentList::button(const QString &objectName) const
{
    for (QPushButton *b : m_buttons)
        if (b->objectName() == objectName)
            return b;
    return nullptr;
}

QLineEdit *ArDocumentList::customerFilter() const
{
    return m_customer;
}

ArFilter ArDocumentList::filter() const
{
    ArFilter f;
    f.kind = m_kind;
    if (const auto id = m_customer->customerId())
        f.customerId = *id;
    if (const QString s = m_status->currentData().toString(); !s.isEmpty())
        f.status = arStatusFromKey(s);
    f.from = m_from->date();
    f.to = m_to->date();
    f.minAmount = typedNumber(m_min);
    f.maxAmount = typedNumber(m_max);
    return f;
}

void ArDocumentList::refresh()
{
    m_feedback->clear();
    if (auto c = m_customer->choice(); !c)
        m_feedback->showError(c.error());
    m_model->refresh();
    updateButtons();
}

QList<qint64> ArDocumentList::selected() const
{
    return selectedIds(m_table, IdRole);
}

void ArDocumentList::updateButtons()
{
    const qsizetype n = selected().size();
    for (QPushButton *b : m_buttons) {
        const QString name = b->objectName();
        if (name == u"release" || name == u"delete")
            b->setEnabled(n > 0 &&
                          m_db.acting().can(name == u"release" ? Privilege::ReleaseArdocs : Privilege::ArdocsCreate));
        else if (name == u"cancelDocument")
            b->setEnabled(n == 1 && m_db.acting().can(Privilege::ReleaseArdocs));
        else if (name == u"apply")
            b->setEnabled(n == 1 && m_db.acting().can(Privilege::ApplyArdocs));
        else if (name == u"open")
            b->setEnabled(n == 1);
    }
}

void ArDocumentList::addMemo()
{
    MemoDialog dialog(m_db, m_kind, this);
    if (const auto id = m_customer->customerId())
        dialog.setCustomer(*id);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT changed();
    }
}

void ArDocumentList::recordPayment()
{
    PaymentDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT changed();
    }
}

void ArDocumentList::release()
{
    auto numbers = ArDocuments(m_db).release(selected());
    if (!numbers) {
        m_feedback->showError(numbers.error());
        return;
    }
    refresh();
    m_feedback->showInfo(
        tr("Released %n memo(s): %1.", nullptr, int(numbers->size())).arg(numbers->join(QStringLiteral(", "))));
    Q_EMIT changed();
}

void ArDocumentList::remove()
{
    const QList<qint64> ids = selected();
    if (QMessageBox::question(this, tr("Delete"),
                              tr("Delete %n Hold memo(s)? No number is used.", nullptr, int(ids.size()))) !=
        QMessageBox::Yes)
        return;
    if (Status s = ArDocuments(m_db).deleteMemos(ids); !s) {
        m_feedback->showError(s.error());
        return;
    }
    refresh();
    Q_EMIT changed();
}

void ArDocumentList::cancel()
{
    const QList<qint64> ids = selected();
    if (ids.size() != 1)
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Cancel"), tr("A reversing document closes this one. Why is it cancelled?"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto reversing = ArDocuments(m_db).cancel(ids.first(), QDate::currentDate(), reason);
    if (!reversing) {
        m_feedback->showError(reversing.error());
        return;
    }
    refresh();
    m_feedback->showInfo(tr("Cancelled by document %1.").arg(*reversing));
    Q_EMIT changed();
}

void ArDocumentList::applyFrom()
{
    const QList<qint64> ids = selected();
    if (ids.size() != 1)
        return;
    ApplyDialog dialog(m_db, {arKindKey(m_kind), ids.first()}, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT changed();
    }
}

void ArDocumentList::open(qint64 id)
{
    DocumentView view(m_db, {arKindKey(m_kind), id}, this);
    connect(&view, &DocumentView::changed, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    view.exec();
}

FinanceDocumentsPage::FinanceDocumentsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("financeDocumentsPage"));
    auto *heading = new QLabel(tr("Credit memos lower what a customer owes, debit memos raise it, payments pay it. "
                                  "A new memo is Hold until released; only Open credit memos and payments are "
                                  "applied."),
                               this);
    heading->setWordWrap(true);
    for (const auto &[kind, title] :
         {std::pair{ArKind::CreditMemo, tr("Credit Memos")}, std::pair{ArKind::DebitMemo, tr("Debit Memos")},
          std::pair{ArKind::Payment, tr("Payments")}}) {
        auto *list = new ArDocumentList(db, kind, m_tabs);
        m_tabs->addTab(list, title);
        m_lists.append(list);
        connect(list, &ArDocumentList::changed, this, [this] {
            for (ArDocumentList *l : std::as_const(m_lists))
                l->refresh();
            Q_EMIT changed();
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
}

ArDocumentList *FinanceDocumentsPage::list(ArKind kind) const
{
    return m_lists.at(int(kind));
}

void FinanceDocumentsPage::refresh()
{
    for (ArDocumentList *l : std::as_const(m_lists))
        l->refresh();
}

} // namespace bursar::ui
