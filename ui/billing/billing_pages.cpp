#include "ui/billing/billing_pages.h"

#include "core/domain/billing_period.h"
#include "core/finance/account_statement.h"
#include "core/formats/csv.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database_files.h"
#include "core/usage/csv_reader.h"
#include "ui/billing/documents.h"
#include "ui/billing/statement_list_model.h"
#include "ui/billing/statement_view.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/export_done.h"
#include "ui/widgets/find_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/vendor_combo.h"
#include "ui/widgets/view_state.h"
#include "ui/widgets/worker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QTableView *makeStatementView(QWidget *parent, StatementListModel *model)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->sortByColumn(StatementListModel::CustomerId, Qt::AscendingOrder);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setResizeContentsPrecision(100);
    view->setWordWrap(false);
    return view;
}

} // namespace

// ---- Preview Generated Billing Statements ------------------------------------------------

PreviewPage::PreviewPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_header(new QLabel(this)),
      m_allDrafts(new QCheckBox(tr("All drafts, of every run"), this)), m_model(new StatementListModel(db, this)),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("previewPage"));
    m_view = makeStatementView(this, m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_header->setWordWrap(true);
    auto *approveAllButton = withIcon(Icon::Approve, new QPushButton(tr("Approve &All"), this));
    approveAllButton->setObjectName(QStringLiteral("approveAll"));
    auto *deleteButton = withIcon(Icon::Delete, new QPushButton(tr("&Delete"), this));
    auto *viewButton = withIcon(Icon::View, new QPushButton(tr("&View"), this));
    auto *approveButton = withIcon(Icon::Approve, new QPushButton(tr("A&pprove"), this));
    auto *exportButton = withIcon(Icon::Export, new QPushButton(tr("&Export…"), this));
    exportButton->setToolTip(
        tr("The drafts listed (or the selected ones) as PDF, CSV or Detailed CSV files in a folder."));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QList<qint64> ids = selectedStatements();
        for (int r = 0; ids.isEmpty() && r < m_model->rowCount(); ++r)
            if (const Statement *st = m_model->statementAt(r))
                ids << st->id;
        if (ids.isEmpty())
            return m_feedback->showInfo(tr("There is no draft to export."));
        auto *dialog = new ExportDialog(m_db, ids, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *finishButton = withIcon(Icon::Approve, new QPushButton(tr("&Finish"), this));
    finishButton->setObjectName(QStringLiteral("finish"));
    approveAllButton->setToolTip(tr("Approve every draft listed: each gets the next statement number and becomes Open, "
                                    "visible to the customer."));
    deleteButton->setToolTip(tr("Delete the selected drafts: their credits return and the period unlocks."));
    finishButton->setToolTip(tr("Back to Reports > Billing."));
    connect(approveAllButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Approve All"),
                                  tr("Approve all %n draft(s) listed? Approved statements are numbered, visible to the "
                                     "customers and never change.",
                                     nullptr, m_model->rowCount())) == QMessageBox::Yes)
            approveAll();
    });
    connect(approveButton, &QPushButton::clicked, this, &PreviewPage::approveSelected);
    connect(deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(viewButton, &QPushButton::clicked, this, &PreviewPage::viewSelected);
    connect(finishButton, &QPushButton::clicked, this, &PreviewPage::finished);
    connect(m_view, &QTableView::activated, this, [this] { viewSelected(); });
    connect(m_allDrafts, &QCheckBox::toggled, this, &PreviewPage::refresh);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {approveAllButton, deleteButton, viewButton, approveButton, exportButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(finishButton);
    // The choice of drafts beside what is shown: in the button row it made the page wider
    // than 1024 px in German once the buttons had their icons.
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_allDrafts, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addWidget(m_view, 1);
    refresh();
}

void PreviewPage::showRun(qint64 runId)
{
    m_run = runId;
    const QSignalBlocker block(m_allDrafts);
    m_allDrafts->setChecked(runId == 0);
    m_allDrafts->setEnabled(runId != 0);
    m_feedback->clear();
    refresh();
}

void PreviewPage::refresh()
{
    StatementFilter f;
    f.status = StatementStatus::Draft;
    if (m_run != 0 && !m_allDrafts->isChecked())
        f.runId = m_run;
    m_model->setFilter(f);
    fitColumns(m_view);
    updateHeader();
}

void PreviewPage::updateHeader()
{
    const QString scope = m_run != 0 && !m_allDrafts->isChecked() ? tr("Drafts of billing run %1").arg(m_run)
                                                                  : tr("All draft statements");
    m_header->setText(tr("%1: %n statement(s). Drafts are hidden from customers and carry no number until approved.",
                         nullptr, m_model->rowCount())
                          .arg(scope));
}

QList<qint64> PreviewPage::selectedStatements() const
{
    return selectedIds(m_view, StatementListModel::StatementIdRole);
}

void PreviewPage::selectRows(const QList<int> &rows)
{
    ui::selectRows(m_view, rows);
}

bool PreviewPage::approveAll()
{
    const StatementFilter f = m_model->filter();
    // On a worker, in batches: the window shows how far it is and Cancel stops between two
    // batches (those approved stay approved, numbered without a gap).
    auto r = runWithProgress<ApproveResult>(
        this, m_db, tr("Approving drafts…"),
        [&](Database &connection, WorkerProgress &progress) {
            return StatementService(connection).approveAll(f, QDate::currentDate(), [&](int d, int t) {
                return progress.report(d, t);
            });
        },
        tr("%1 of %2 drafts"));
    if (!r) {
        m_feedback->showError(r.error());
        refresh();
        Q_EMIT statementsChanged();
        return false;
    }
    QString text = r->approved.isEmpty() ? tr("There was no draft to approve.")
                                         : tr("%n statement(s) approved: %1 to %2.", nullptr, int(r->approved.size()))
                                               .arg(r->approved.first().second, r->approved.last().second);
    if (r->cancelled)
        text += u' ' + tr("Cancelled: the other drafts stay drafts.");
    m_feedback->showInfo(text);
    refresh();
    Q_EMIT statementsChanged();
    return r->refused.isEmpty();
}

bool PreviewPage::approveSelected()
{
    const QList<qint64> ids = selectedStatements();
    if (ids.isEmpty()) {
        m_feedback->showInfo(tr("Select the drafts to approve first."));
        return false;
    }
    auto r = StatementService(m_db).approve(ids);
    if (!r) {
        m_feedback->showError(r.error());
        return false;
    }
    QString text = tr("%n statement(s) approved.", nullptr, int(r->approved.size()));
    for (const auto &[id, why] : r->refused)
        text += u' ' + why;
    m_feedback->showInfo(text);
    refresh();
    Q_EMIT statementsChanged();
    return r->refused.isEmpty();
}

bool PreviewPage::deleteSelected(bool ask)
{
    const QList<qint64> ids = selectedStatements();
    if (ids.isEmpty()) {
        m_feedback->showInfo(tr("Select the drafts to delete first."));
        return false;
    }
    if (ask && QMessageBox::question(this, tr("Delete"),
                                     tr("Delete %n draft(s)? Their credits return to the customers' balances and the "
                                        "periods unlock.",
                                        nullptr, int(ids.size()))) != QMessageBox::Yes)
        return false;
    StatementService statements(m_db);
    int deleted = 0;
    for (qint64 id : ids) {
        if (Status s = statements.deleteDraft(id); !s) {
            m_feedback->showError(s.error());
            refresh();
            Q_EMIT statementsChanged();
            return false;
        }
        ++deleted;
    }
    m_feedback->showInfo(tr("%n draft(s) deleted; their credits were returned.", nullptr, deleted));
    refresh();
    Q_EMIT statementsChanged();
    return true;
}

StatementViewDialog *PreviewPage::viewSelected()
{
    const QList<qint64> ids = selectedStatements();
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = !ids.isEmpty()      ? ids.first()
                      : current.isValid() ? current.data(StatementListModel::StatementIdRole).toLongLong()
                                          : 0;
    if (id == 0) {
        m_feedback->showInfo(tr("Select the statement to view first."));
        return nullptr;
    }
    auto *dialog = new StatementViewDialog(m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StatementViewDialog::statementChanged, this, [this] {
        refresh();
        Q_EMIT statementsChanged();
    });
    dialog->show();
    return dialog;
}

QString PreviewPage::feedbackText() const
{
    return m_feedback->text();
}

QString PreviewPage::headerText() const
{
    return m_header->text();
}

// ---- Customer Invoices ---------------------------------------------------------------------

CustomerInvoicesPage::CustomerInvoicesPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_today(QDate::currentDate()), m_customer(new CustomerPicker(db, this)),
      m_vendor(new QComboBox(this)), m_status(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_summary(new QLabel(this)), m_model(new StatementListModel(db, this))
{
    setObjectName(QStringLiteral("customerInvoicesPage"));
    m_vendor->setObjectName(QStringLiteral("vendor")); // named: the last choice is kept
    m_status->setObjectName(QStringLiteral("status"));
    m_view = makeStatementView(this, m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_customer->setPlaceholderText(tr("All Customers — or a customer's name or ID"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setMinimumWidth(m_customer->fontMetrics().horizontalAdvance(m_customer->placeholderText()) / 2);
    markFindField(m_customer, m_view);
    m_vendor->addItem(tr("All vendors"), QString());
    addVendorItems(m_vendor);
    m_status->addItem(tr("Any status"), -1);
    for (StatementStatus s :
         {StatementStatus::Draft, StatementStatus::Open, StatementStatus::PastDue, StatementStatus::Closed})
        m_status->addItem(statementStatusName(s), int(s));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM"));
        e->setCalendarPopup(true);
    }
    m_from->setDate(QDate(m_today.year(), m_today.month(), 1).addMonths(-12));
    m_to->setDate(m_today);
    m_from->setToolTip(tr("Billing periods from this month …"));
    m_to->setToolTip(tr("… to this month."));
    auto *exportButton = withIcon(Icon::Export, new QPushButton(tr("Export CSV…"), this));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Statements"),
                                                          QStringLiteral("statements.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export Statements"), error);
        else
            announceSavedFile(this, tr("Export Statements"), path);
    });
    auto *printButton = withIcon(Icon::Print, new QPushButton(tr("Print…"), this));
    printButton->setToolTip(tr("Print preview of the selected statements (all listed when none is selected)."));
    connect(printButton, &QPushButton::clicked, this, &CustomerInvoicesPage::printSelected);
    auto *exportFiles = withIcon(Icon::Export, new QPushButton(tr("Export Files…"), this));
    exportFiles->setToolTip(tr("The selected statements (all listed when none is selected) as PDF, CSV or Detailed CSV "
                               "files in a folder."));
    connect(exportFiles, &QPushButton::clicked, this, [this] {
        if (ExportDialog *d = exportSelected())
            d->open();
    });
    auto *account = withIcon(Icon::Document, new QPushButton(tr("Statement of Account…"), this));
    account->setToolTip(tr("The customer's open statements and balance as of today, as PDF."));
    connect(account, &QPushButton::clicked, this, [this] {
        // One customer first: asking for a file and then refusing wastes the clerk's time.
        if (!m_model->filter().customerId) {
            QMessageBox::information(this, tr("Statement of Account"),
                                     tr("Show one customer first: type part of the customer's name in the customer "
                                        "field and pick the customer."));
            m_customer->setFocus();
            return;
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Statement of Account"), QStringLiteral("statement-of-account.pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveAccountStatement(path, &error))
            QMessageBox::warning(this, tr("Statement of Account"), error);
        else
            announceSavedFile(this, tr("Statement of Account"), path);
    });
    // The filters on one row, what to do with the list on the row under it: each fits in
    // the width a 1024 px screen leaves.
    auto *top = new QHBoxLayout;
    top->addWidget(m_customer, 2);
    top->addWidget(m_vendor);
    top->addWidget(new QLabel(tr("Periods:"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("–"), this));
    top->addWidget(m_to);
    top->addWidget(m_status);
    auto *actions = new QHBoxLayout;
    // A long summary wraps onto a second line beside the buttons rather than widening the page.
    QSizePolicy wrap(QSizePolicy::Ignored, QSizePolicy::Preferred);
    wrap.setHeightForWidth(true);
    m_summary->setSizePolicy(wrap);
    m_summary->setWordWrap(true);
    actions->addWidget(m_summary, 1);
    actions->addWidget(printButton);
    actions->addWidget(exportFiles);
    actions->addWidget(account);
    actions->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Customer Invoices"), this));
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    connect(m_customer, &QLineEdit::editingFinished, this, &CustomerInvoicesPage::apply);
    connect(m_customer, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            apply();
    });
    for (QComboBox *c : {m_vendor, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, &CustomerInvoicesPage::apply);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, &CustomerInvoicesPage::apply);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    apply();
}

void CustomerInvoicesPage::apply()
{
    StatementFilter f;
    f.today = m_today;
    const QString text = m_customer->text().trimmed();
    QString problem;
    if (!text.isEmpty()) {
        if (auto id = m_customer->customerId())
            f.customerId = *id;
        else
            problem = CustomerPicker::required(text).message() + u' ' + tr("Clear it for All Customers.");
    }
    f.vendor = comboVendor(m_vendor);
    if (m_status->currentData().toInt() >= 0)
        f.status = StatementStatus(m_status->currentData().toInt());
    f.fromPeriod = periodOfDate(m_from->date());
    f.toPeriod = periodOfDate(std::max(m_from->date(), m_to->date()));
    m_model->setFilter(f);
    fitColumns(m_view);
    m_summary->setText(
        !problem.isEmpty() ? problem
        : !m_model->lastError().isEmpty()
            ? m_model->lastError()
            : tr("%1 · periods %2 to %3 · %n statement(s)", nullptr, m_model->rowCount())
                  .arg(f.customerId ? tr("Customer %1").arg(displayCustomerId(*f.customerId)) : tr("All Customers"),
                       f.fromPeriod, f.toPeriod));
}

void CustomerInvoicesPage::refresh()
{
    apply();
}

void CustomerInvoicesPage::setCustomerText(const QString &text)
{
    m_customer->setText(text);
    apply();
}

void CustomerInvoicesPage::showCustomer(qint64 customerId)
{
    m_customer->setCustomerId(customerId);
    setStatus(std::nullopt);
    apply();
}

void CustomerInvoicesPage::setStatus(std::optional<StatementStatus> status)
{
    m_status->setCurrentIndex(m_status->findData(status ? int(*status) : -1));
}

void CustomerInvoicesPage::setPeriods(QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    apply();
}

void CustomerInvoicesPage::setToday(QDate today)
{
    m_today = today;
    apply();
}

StatementViewDialog *CustomerInvoicesPage::openRow(int row)
{
    const Statement *s = m_model->statementAt(row);
    if (!s)
        return nullptr;
    auto *dialog = new StatementViewDialog(m_db, s->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StatementViewDialog::statementChanged, this, [this] {
        refresh();
        Q_EMIT statementsChanged();
    });
    dialog->show();
    return dialog;
}

bool CustomerInvoicesPage::exportCsv(const QString &path, QString *error)
{
    auto list = StatementService(m_db).list(m_model->filter());
    if (!list) {
        *error = list.message();
        return false;
    }
    QByteArray text = "statement,status,customer_id,customer,vendor,period,currency,charges,credits,marketplace_fees,"
                      "marketplace_credits,tax,total,balance,issue_date,due_date\r\n";
    for (const Statement &s : *list)
        text += QList<QByteArray>{csvField(s.reference()),
                                  statementStatusKey(s.status(m_today)).toUtf8(),
                                  QByteArray::number(s.customerId),
                                  csvField(s.customerName),
                                  vendorKey(s.vendor).toUtf8(),
                                  s.period.toUtf8(),
                                  s.currency.toUtf8(),
                                  s.charges.toUtf8(),
                                  s.credits.toUtf8(),
                                  s.marketplace.toUtf8(),
                                  s.marketplaceCredits.toUtf8(),
                                  s.tax.toUtf8(),
                                  s.total.toUtf8(),
                                  s.balance.toUtf8(),
                                  s.issueDate.toString(Qt::ISODate).toUtf8(),
                                  s.dueDate.toString(Qt::ISODate).toUtf8()}
                    .join(',') +
                "\r\n";
    if (Status s = core::writeFileAtomically(path, text); !s) {
        *error = s.message();
        return false;
    }
    return true;
}

QList<qint64> CustomerInvoicesPage::selectedStatements() const
{
    return selectedIds(m_view, StatementListModel::StatementIdRole);
}

void CustomerInvoicesPage::selectRows(const QList<int> &rows)
{
    ui::selectRows(m_view, rows);
}

namespace {
/// The selection, or every statement the filter shows.
QList<qint64> chosenOrAll(Database &db, const QList<qint64> &selected, const StatementFilter &filter)
{
    if (!selected.isEmpty())
        return selected;
    QList<qint64> ids;
    if (auto list = StatementService(db).list(filter))
        for (const Statement &s : *list)
            ids << s.id;
    return ids;
}
} // namespace

QPrintPreviewDialog *CustomerInvoicesPage::printSelected()
{
    const QList<qint64> ids = chosenOrAll(m_db, selectedStatements(), m_model->filter());
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Print"), tr("There is no statement to print."));
        return nullptr;
    }
    return openPrintPreview(this, m_db, ids);
}

ExportDialog *CustomerInvoicesPage::exportSelected()
{
    const QList<qint64> ids = chosenOrAll(m_db, selectedStatements(), m_model->filter());
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("There is no statement to export."));
        return nullptr;
    }
    auto *dialog = new ExportDialog(m_db, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

bool CustomerInvoicesPage::saveAccountStatement(const QString &path, QString *error)
{
    if (!m_model->filter().customerId) {
        *error = tr("Show one customer first: type part of the customer's name in the customer field and pick the "
                    "customer.");
        return false;
    }
    auto doc = core::AccountStatements(m_db).asOf(*m_model->filter().customerId, m_today);
    if (!doc) {
        *error = doc.message();
        return false;
    }
    auto pdf = render::accountStatementPdf(*doc, documentOptions(m_db));
    Status written = pdf ? core::writeFileAtomically(path, *pdf) : Status(pdf.error());
    if (!written) {
        *error = written.message();
        return false;
    }
    return true;
}

QString CustomerInvoicesPage::summaryText() const
{
    return m_summary->text();
}

} // namespace bursar::ui
