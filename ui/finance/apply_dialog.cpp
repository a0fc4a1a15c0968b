#include "core/customers/customer.h"
#include "core/finance/ar_service.h"
#include "core/finance/write_off.h"
#include "core/formats/document_format.h"
#include "core/money/currency.h"
#include "core/storage/database.h"
#include "render/formats.h"
#include "render/statement_pdf.h"
#include "ui/finance/document_dialogs.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/window_size.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

constexpr int AmountColumn = 4;

QString kindText(const QString &kind)
{
    if (kind == u"statement")
        return ApplyDialog::tr("Statement");
    return arKindFromKey(kind) ? arKindName(*arKindFromKey(kind)) : kind;
}

} // namespace

// ---- ApplyDialog -----------------------------------------------------------------------

ApplyDialog::ApplyDialog(Database &db, const ArRef &source, QWidget *parent)
    : QDialog(parent), m_db(db), m_source(source), m_policy(new QComboBox(this)), m_date(new QDateEdit(this)),
      m_table(makeListTable(this, {tr("Document"), tr("Due"), tr("Total"), tr("Before"), tr("Apply"), tr("After")})),
      m_header(new QLabel(this)), m_totals(new QLabel(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("applyDialog"));
    setWindowTitle(tr("Apply"));
    m_policy->addItem(tr("Oldest due first"), int(SplitPolicy::OldestDueFirst));
    m_policy->addItem(tr("Oldest document first"), int(SplitPolicy::OldestDocumentFirst));
    m_policy->addItem(tr("Pro-rata"), int(SplitPolicy::ProRata));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate());
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Split:"), this));
    row->addWidget(m_policy);
    row->addWidget(new QLabel(tr("Application date:"), this));
    row->addWidget(m_date);
    row->addStretch(1);
    auto *hint = new QLabel(tr("Nothing is written until you press Apply. Edit an amount to split by hand."), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    withIcon(Icon::Link, buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &ApplyDialog::load);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != AmountColumn)
            return;
        m_feedback->clear(); // an earlier refusal no longer describes the amounts shown
        updateTotals();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, 420));
    load();
}

void ApplyDialog::setPolicy(SplitPolicy policy)
{
    m_policy->setCurrentIndex(m_policy->findData(int(policy)));
}

void ApplyDialog::setAmount(int row, const QString &amount)
{
    if (QTableWidgetItem *item = m_table->item(row, AmountColumn))
        item->setText(amount);
}

void ApplyDialog::setDate(QDate date)
{
    m_date->setDate(date);
}

void ApplyDialog::load()
{
    m_feedback->clear();
    auto preview = ArApplications(m_db).preview(m_source, SplitPolicy(m_policy->currentData().toInt()));
    if (!preview) {
        m_feedback->showError(preview.error());
        return;
    }
    m_preview = *preview;
    const QString c = m_preview.source.currency;
    m_header->setText(tr("%1 %2: %3 %4 available for customer %5.")
                          .arg(kindText(m_preview.source.kind), m_preview.source.number, c,
                               displayMoney(m_preview.source.remaining, c),
                               displayCustomerId(m_preview.source.customerId)));
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (qsizetype i = 0; i < m_preview.receivables.size(); ++i) {
        const ArItem &r = m_preview.receivables.at(i);
        const int n = m_table->rowCount();
        m_table->insertRow(n);
        fillListRow(m_table, n,
                    {kindText(r.kind) + u' ' + r.number, QLocale().toString(r.dueDate, QLocale::ShortFormat),
                     displayMoney(r.total, c), displayMoney(r.remaining, c),
                     m_preview.amounts.at(i).toString(Currencies::lookup(c).minorUnits), QString()},
                    {2, 3, 4, 5}, r.id);
        m_table->item(n, AmountColumn)->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
    }
    updateTotals();
}

void ApplyDialog::updateTotals()
{
    const QString c = m_preview.source.currency;
    Decimal total;
    bool readable = true;
    const QSignalBlocker block(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = m_table->item(row, AmountColumn)->text().trimmed();
        auto amount = text.isEmpty() ? Result<Decimal>(Decimal()) : parseLocalized(text, QLocale());
        const Decimal before = m_preview.receivables.at(row).remaining;
        if (!amount) {
            readable = false;
            m_table->item(row, 5)->setText(tr("not a number"));
            continue;
        }
        total += *amount;
        m_table->item(row, 5)->setText(displayMoney(before - *amount, c));
    }
    m_totals->setText(readable ? tr("Applying %1 of %2 available; %3 left on the %4.")
                                     .arg(displayMoney(total, c), displayMoney(m_preview.source.remaining, c),
                                          displayMoney(m_preview.source.remaining - total, c),
                                          kindText(m_preview.source.kind).toLower())
                               : tr("An amount is not a number."));
}

QString ApplyDialog::totalsText() const
{
    return m_totals->text();
}

QString ApplyDialog::feedbackText() const
{
    return m_feedback->text();
}

bool ApplyDialog::apply()
{
    QList<ApplicationLine> lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = m_table->item(row, AmountColumn)->text().trimmed();
        if (text.isEmpty())
            continue;
        auto amount = parseLocalized(text, QLocale());
        if (!amount) {
            m_feedback->showError(
                fail(tr("Row %1: “%2” is not an amount.").arg(row + 1).arg(text), QStringLiteral("amount")));
            return false;
        }
        if (amount->isZero())
            continue;
        const ArItem &r = m_preview.receivables.at(row);
        lines.append({{r.kind, r.id}, *amount});
    }
    auto ids = ArApplications(m_db).apply(m_source, lines, m_date->date());
    if (!ids) {
        m_feedback->showError(ids.error());
        return false;
    }
    return true;
}

// ---- DocumentView ----------------------------------------------------------------------

DocumentView::DocumentView(Database &db, const ArRef &document, QWidget *parent)
    : QDialog(parent), m_db(db), m_document(document), m_header(new QLabel(this)),
      m_lines(makeListTable(this, {tr("Description"), tr("Quantity"), tr("Unit"), tr("Price"), tr("Discount"),
                                   tr("Tax category"), tr("Amount")})),
      m_history(makeListTable(
          this, {tr("Date"), tr("From"), tr("To"), tr("Amount"), tr("User"), tr("Entry"), tr("Balance after")})),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("documentView"));
    m_header->setWordWrap(true);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *unapplyButton = withIcon(Icon::Undo, new QPushButton(tr("Unapply"), this));
    unapplyButton->setObjectName(QStringLiteral("unapply"));
    unapplyButton->setEnabled(db.acting().can(Privilege::ApplyArdocs));
    connect(unapplyButton, &QPushButton::clicked, this, [this] {
        if (const QList<QModelIndex> rows = m_history->selectionModel()->selectedRows(); rows.size() == 1)
            unapply(rows.first().row());
    });
    auto *writeOffButton = withIcon(Icon::Clear, new QPushButton(tr("Write Off"), this));
    writeOffButton->setObjectName(QStringLiteral("writeOff"));
    writeOffButton->setToolTip(tr("Close what is left, if it is within the currency's write-off tolerance, by an "
                                  "adjustment memo of its own (Settings > Write-off)."));
    writeOffButton->setEnabled(db.acting().can(Privilege::ArdocsCreate) && db.acting().can(Privilege::ApplyArdocs));
    connect(writeOffButton, &QPushButton::clicked, this, [this] { writeOff(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_edit = withIcon(Icon::Edit, new QPushButton(tr("&Edit…"), this));
    m_edit->setObjectName(QStringLiteral("editMemo"));
    m_edit->setToolTip(tr("Change a Hold memo's fields and lines; once released it is cancelled instead."));
    m_edit->setVisible(false); // shown for a Hold memo by load()
    connect(m_edit, &QPushButton::clicked, this, [this] { editMemo(); });
    if (document.kind != u"statement") { // memos and payments as documents
        auto *pdf = withIcon(Icon::Export, buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole));
        pdf->setObjectName(QStringLiteral("savePdf"));
        connect(pdf, &QPushButton::clicked, this, [this] {
            auto in = ArDocuments(m_db).documentInput(m_document.id);
            if (!in) {
                m_feedback->showError(in.error());
                return;
            }
            const QString name =
                in->document.number.isEmpty() ? QStringLiteral("HOLD-%1").arg(m_document.id) : in->document.number;
            const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), name + QStringLiteral(".pdf"),
                                                              tr("PDF files (*.pdf)"));
            if (!path.isEmpty())
                savePdf(path);
        });
        if (document.kind != u"payment") { // memos as e-invoices too
            auto *ubl = withIcon(Icon::Export, buttons->addButton(tr("Save &UBL…"), QDialogButtonBox::ActionRole));
            ubl->setObjectName(QStringLiteral("saveUbl"));
            ubl->setToolTip(tr("The released memo as a UBL e-invoice (EN 16931, Peppol BIS Billing 3.0)."));
            connect(ubl, &QPushButton::clicked, this, [this] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Save UBL E-invoice"), windowTitle().section(u' ', -1) + QStringLiteral(".xml"),
                    tr("XML files (*.xml)"));
                if (!path.isEmpty())
                    saveAs(QStringLiteral("ubl"), path);
            });
        }
        auto *print = withIcon(Icon::Print, buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole));
        connect(print, &QPushButton::clicked, this, [this] {
            auto in = ArDocuments(m_db).documentInput(m_document.id);
            if (!in) {
                m_feedback->showError(in.error());
                return;
            }
            const render::DocumentOptions options = render::documentOptions(in->settings);
            auto *printer = new QPrinter(QPrinter::HighResolution);
            printer->setPageSize(QPageSize(options.paper));
            printer->setFullPage(true);
            printer->setDocName(arKindName(in->document.kind) + u' ' + in->document.displayNumber());
            auto *dialog = new QPrintPreviewDialog(printer, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QObject::destroyed, [printer] { delete printer; });
            connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [doc = *in, options](QPrinter *p) {
                QPainter painter(p);
                render::StatementPainter(options).paintMemo(painter, *p, doc);
            });
            resizeWithinScreen(dialog, QSize(900, 1000));
            dialog->show();
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_lines, 1);
    layout->addWidget(new QLabel(tr("Applications and reversals — why it is open or closed:"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(m_feedback);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit);
    row->addWidget(unapplyButton);
    row->addWidget(writeOffButton);
    row->addStretch(1);
    row->addWidget(buttons);
    layout->addLayout(row);
    // Tab in the order the controls are seen (the buttons added to the box after it was made
    // otherwise caught Tab between Save PDF and Print).
    QList<QWidget *> order{m_lines, m_history, m_edit, unapplyButton, writeOffButton};
    for (QAbstractButton *b : buttons->buttons())
        if (buttons->buttonRole(b) == QDialogButtonBox::ActionRole)
            order << b;
    order << buttons->button(QDialogButtonBox::Close);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    resizeWithinScreen(this, QSize(820, 560));
    load();
}

void DocumentView::load()
{
    m_lines->setRowCount(0);
    m_history->setRowCount(0);
    ArApplications apps(m_db);
    auto item = apps.item(m_document);
    if (!item) {
        m_feedback->showError(item.error());
        return;
    }
    const QString c = item->currency;
    setWindowTitle(kindText(item->kind) + u' ' + item->number);
    if (m_document.kind != u"statement") {
        auto doc = ArDocuments(m_db).document(m_document.id);
        if (!doc) {
            m_feedback->showError(doc.error());
            return;
        }
        setWindowTitle(arKindName(doc->kind) + u' ' + doc->displayNumber());
        m_edit->setVisible(doc->status == ArStatus::Hold);
        m_edit->setEnabled(m_db.acting().can(Privilege::ArdocsCreate));
        m_header->setText(
            tr("%1 %2 — %3\nCustomer %4 %5 · dated %6 · due %7\n%8\nTotal %9 %10 · applied %11 · left %12")
                .arg(arKindName(doc->kind), doc->displayNumber(), arStatusName(doc->status),
                     displayCustomerId(doc->customerId), doc->customerName, doc->date.toString(Qt::ISODate),
                     doc->dueDate.toString(Qt::ISODate), doc->description, c)
                .arg(displayMoney(doc->total, c), displayMoney(doc->applied, c), displayMoney(doc->remaining(), c)));
        for (const MemoLine &l : doc->lines) {
            const int n = m_lines->rowCount();
            m_lines->insertRow(n);
            fillListRow(m_lines, n,
                        {l.description, l.quantity.toString(), l.unit, displayMoney(l.price, c),
                         displayMoney(l.discount, c), l.taxCategory, displayMoney(l.amount, c)},
                        {1, 3, 4, 6});
        }
    } else {
        m_header->setText(tr("Statement %1 · total %2 %3 · balance %4")
                              .arg(item->number, c, displayMoney(item->total, c), displayMoney(item->remaining, c)));
    }
    auto history = apps.history(m_document);
    if (!history) {
        m_feedback->showError(history.error());
        return;
    }
    m_entries = *history;
    for (const ArApplication &a : m_entries) {
        const int n = m_history->rowCount();
        m_history->insertRow(n);
        fillListRow(m_history, n,
                    {a.on.toString(Qt::ISODate), a.sourceNumber, a.targetNumber, displayMoney(a.amount, c), a.by,
                     a.reverses ? tr("#%1 reverses #%2").arg(a.entryId).arg(a.reverses)
                                : (a.reversedBy ? tr("#%1, reversed by #%2").arg(a.entryId).arg(a.reversedBy)
                                                : QStringLiteral("#%1").arg(a.entryId)),
                     displayMoney(a.after, c)},
                    {3, 6}, a.entryId);
    }
}

bool DocumentView::editMemo()
{
    auto doc = ArDocuments(m_db).document(m_document.id);
    if (!doc) {
        m_feedback->showError(doc.error());
        return false;
    }
    MemoDialog dialog(m_db, doc->kind, this);
    if (!dialog.edit(m_document.id) || dialog.exec() != QDialog::Accepted)
        return false;
    load();
    Q_EMIT changed();
    return true;
}

bool DocumentView::savePdf(const QString &path)
{
    return saveAs(QStringLiteral("pdf"), path);
}

bool DocumentView::saveAs(const QString &formatKey, const QString &path)
{
    render::registerFormats();
    const auto format = DocumentFormats::find(formatKey);
    auto in = ArDocuments(m_db).documentInput(m_document.id);
    if (!in || !format || !format->writeMemo) {
        m_feedback->showError(in ? fail(tr("No %1 format is registered.").arg(formatKey)) : in.error());
        return false;
    }
    if (Status s = ArDocuments(m_db).save(*in, *format, path); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(tr("Saved %1.").arg(path));
    return true;
}

QString DocumentView::feedbackText() const
{
    return m_feedback->text();
}

bool DocumentView::writeOff()
{
    auto memo = WriteOffs(m_db).writeOff(m_document, QDate::currentDate());
    if (!memo) {
        m_feedback->showError(memo.error());
        return false;
    }
    load();
    auto item = ArApplications(m_db).item({QStringLiteral("credit_memo"), *memo});
    m_feedback->showInfo(tr("Written off by %1.").arg(item ? item->number : QString::number(*memo)));
    Q_EMIT changed();
    return true;
}

bool DocumentView::unapply(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const qint64 entry = m_entries.at(row).entryId;
    auto r = ArApplications(m_db).unapply(entry, QDate::currentDate());
    if (!r) {
        m_feedback->showError(r.error());
        return false;
    }
    load();
    m_feedback->showInfo(tr("Application #%1 reversed; every other application stays.").arg(entry));
    Q_EMIT changed();
    return true;
}

} // namespace bursar::ui
