#include "ui/billing/statement_view.h"

#include "core/billing/billing_run.h"
#include "core/einvoice/einvoice_service.h"
#include "core/einvoice/ubl_writer.h"
#include "core/formats/statement_export.h"
#include "core/money/currency.h"
#include "core/numbering/number_series.h"
#include "ui/billing/documents.h"
#include "ui/billing/statement_emails.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/window_size.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QString addressBlock(const StatementParty &p)
{
    QStringList lines{p.name};
    for (const QString &l :
         {p.contact.addressLine1, p.contact.addressLine2,
          QStringList{p.contact.postalCode, p.contact.city}.join(u' ').trimmed(), p.contact.country, p.contact.email})
        if (!l.trimmed().isEmpty())
            lines << l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void boldRow(QTreeWidgetItem *item, int columns)
{
    for (int c = 0; c < columns; ++c) {
        QFont f = item->font(c);
        f.setBold(true);
        item->setFont(c, f);
    }
}

} // namespace

StatementViewDialog::StatementViewDialog(Database &db, qint64 statementId, QWidget *parent)
    : QDialog(parent), m_db(db), m_id(statementId), m_header(new QLabel(this)), m_lines(new QTreeWidget(this)),
      m_totals(new QTreeWidget(this)), m_explain(new QPlainTextEdit(this)), m_einvoice(new QPlainTextEdit(this)),
      m_showIn(new QComboBox(this)), m_conversion(new QLabel(this)),
      m_approve(withIcon(Icon::Approve, new QPushButton(tr("&Approve"), this))),
      m_delete(withIcon(Icon::Delete, new QPushButton(tr("&Delete Draft"), this)))
{
    setObjectName(QStringLiteral("statementView"));
    resizeWithinScreen(this, QSize(1100, 760));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->setColumnCount(5);
    m_lines->setHeaderLabels(
        {tr("Product type / product"), tr("Usage lines"), tr("Vendor cost"), tr("Price"), tr("Priced by")});
    m_lines->setAlternatingRowColors(true);
    m_lines->setObjectName(QStringLiteral("statementLines"));
    m_totals->setColumnCount(2);
    m_totals->setHeaderLabels({tr("Summary"), tr("Amount")});
    m_totals->setRootIsDecorated(false);
    m_totals->setObjectName(QStringLiteral("statementTotals"));
    m_explain->setReadOnly(true);
    m_explain->setObjectName(QStringLiteral("explain"));
    m_einvoice->setReadOnly(true);
    m_einvoice->setObjectName(QStringLiteral("einvoice"));
    m_showIn->setObjectName(QStringLiteral("showIn"));
    m_showIn->setAccessibleName(tr("Show in"));
    m_conversion->setWordWrap(true);
    m_conversion->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    auto *showBox = new QVBoxLayout;
    showBox->addWidget(new QLabel(tr("Show in:"), this));
    showBox->addWidget(m_showIn);
    showBox->addStretch(1);
    top->addLayout(showBox);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_totals, 1);
    rightLayout->addWidget(m_conversion);
    auto *middle = new QSplitter(Qt::Horizontal, this);
    middle->addWidget(m_lines);
    middle->addWidget(right);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);
    auto *explainBox = new QWidget(this);
    auto *explainLayout = new QVBoxLayout(explainBox);
    explainLayout->setContentsMargins(0, 0, 0, 0);
    explainLayout->addWidget(new QLabel(tr("Explain: every rule and credit behind the numbers"), this));
    explainLayout->addWidget(m_explain);
    // Below the figures: Explain, and the statement's emails with their log.
    m_emails = new StatementEmailsPanel(m_db, m_id, this);
    connect(m_emails, &StatementEmailsPanel::queued, this, &StatementViewDialog::statementChanged);
    auto *below = new QTabWidget(this);
    below->setObjectName(QStringLiteral("statementTabs"));
    below->setDocumentMode(true);
    below->addTab(explainBox, tr("Explain"));
    below->addTab(m_emails, tr("Emails"));
    below->addTab(m_einvoice, tr("E-invoice"));
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(middle);
    vertical->addWidget(below);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (const core::DocumentFormat &f : documentFormats()) {
        auto *save = withIcon(Icon::Export, buttons->addButton(f.actionText(), QDialogButtonBox::ActionRole));
        save->setObjectName(QStringLiteral("save-") + f.key);
        connect(save, &QPushButton::clicked, this, [this, key = f.key] {
            if (saveStatementAs(this, m_db, m_id, key))
                showEInvoice(); // a UBL file written is listed there with its SHA-256
        });
    }
    auto *print = withIcon(Icon::Print, buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole));
    print->setObjectName(QStringLiteral("print"));
    connect(print, &QPushButton::clicked, this, [this] { openPrintPreview(this, m_db, {m_id}); });
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_delete->setObjectName(QStringLiteral("deleteDraft"));
    // Enter closes the view; it never approves or deletes by accident.
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("close"));
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    close->setAutoDefault(true);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (confirm(tr("Approve"), approveQuestion(), tr("&Approve"), QStringLiteral("confirmApprove")))
            approve();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (confirm(tr("Delete Draft"),
                    tr("Delete this draft? Its credits return to the customer's balance and the period unlocks."),
                    tr("&Delete Draft"), QStringLiteral("confirmDelete")))
            remove();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(vertical, 1);
    layout->addWidget(buttons);
    load();
    connect(m_showIn, &QComboBox::activated, this, [this] { showIn(m_showIn->currentData().toString()); });
}

void StatementViewDialog::load()
{
    auto st = StatementService(m_db).statement(m_id);
    m_lines->clear();
    m_totals->clear();
    if (!st) {
        m_header->setText(st.message().toHtmlEscaped());
        m_approve->setEnabled(false);
        m_delete->setEnabled(false);
        return;
    }
    m_statement = *st;
    m_emails->reload();
    const Statement &s = m_statement;
    const QDate today = QDate::currentDate();
    const StatementStatus status = s.status(today);
    auto money = [&](Decimal d) { return displayMoney(d, s.currency); };
    setWindowTitle(
        tr("Statement %1 — %2 %3 (%4 %5)")
            .arg(s.reference(), displayCustomerId(s.customerId), s.customerName, vendorName(s.vendor), s.period));
    const QString number = s.number.isEmpty()
                               ? tr("<span style=\"color:#b02a1c\"><b>DRAFT</b> — numbered when approved</span>")
                               : QStringLiteral("<b>%1</b>").arg(s.number.toHtmlEscaped());
    m_header->setText(
        tr("<table cellspacing=\"8\"><tr><td valign=\"top\"><b>Bill to</b><br>%1<br>Customer %2</td>"
           "<td valign=\"top\"><b>From</b><br>%3</td>"
           "<td valign=\"top\">Statement %4<br>Status: %5%6<br>%7 billing period %8<br>Issued: %9<br>Due: %10<br>"
           "Currency: %11 · pricebook %12</td></tr></table>")
            .arg(addressBlock(s.customer), displayCustomerId(s.customerId), addressBlock(s.seller), number,
                 statementStatusName(status),
                 visibleToCustomer(status) ? tr(" (visible to the customer)") : tr(" (hidden from the customer)"),
                 vendorName(s.vendor), s.period,
                 s.issueDate.isValid() ? s.issueDate.toString(Qt::ISODate) : tr("on approval"),
                 s.dueDate.isValid() ? s.dueDate.toString(Qt::ISODate) : tr("on approval"), s.currency,
                 s.pricebook.toHtmlEscaped()));

    // Lines by product type, with subtotals; marketplace fees in their own group.
    std::map<QString, QTreeWidgetItem *> groups;
    std::map<QString, std::pair<Decimal, Decimal>> sums;
    for (const StatementLine &l : s.lines) {
        const QString group = l.kind == ChargeLineKind::Marketplace ? tr("Marketplace fees (at cost)") : l.productType;
        QTreeWidgetItem *&g = groups[group];
        if (!g)
            g = new QTreeWidgetItem(m_lines, {group});
        auto *item =
            new QTreeWidgetItem(g, {l.product, l.usageLines ? QString::number(l.usageLines) : QString(),
                                    l.cost.isZero() && l.usageLines == 0 ? QString()
                                    : l.currency == s.currency           ? displayMoney(l.cost, l.currency)
                                                               : displayMoney(l.cost, l.currency) + u' ' + l.currency,
                                    money(l.price), l.rule});
        item->setToolTip(0, l.product);
        item->setToolTip(4, l.rule);
        sums[group].first += l.cost;
        sums[group].second += l.price;
    }
    for (auto &[name, item] : groups) {
        item->setText(3, money(sums[name].second));
        boldRow(item, 4);
    }
    for (QTreeWidgetItemIterator it(m_lines); *it; ++it)
        for (int c = 1; c <= 3; ++c)
            (*it)->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    m_lines->expandAll();
    for (int c = 0; c < 4; ++c)
        m_lines->resizeColumnToContents(c);
    m_lines->setColumnWidth(0, std::min(m_lines->columnWidth(0), 360));

    auto total = [&](const QString &label, Decimal amount, bool bold = false) {
        auto *item = new QTreeWidgetItem(m_totals, {label, money(amount)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (bold)
            boldRow(item, 2);
    };
    total(tr("Charges"), s.charges);
    if (const Decimal rounding = s.charges - s.chargesExact; !rounding.isZero()) {
        // Less than half a unit by definition: shown to its last significant place, in the
        // clerk's form ("0,0045"), not as the stored 18 places.
        auto *item = new QTreeWidgetItem(
            m_totals, {tr("  of which rounding to %1 units").arg(s.currency), formatExact(rounding, QLocale())});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(1, rounding.toString());
    }
    if (s.options.applyCredits || !s.credits.isZero())
        total(tr("%1 credits").arg(vendorName(s.vendor)), s.credits);
    if (s.options.marketplaceFees)
        total(tr("Marketplace fees"), s.marketplace);
    if (s.options.marketplaceFees && s.options.marketplaceCredits)
        total(tr("Marketplace credit"), s.marketplaceCredits);
    for (const StatementTax &t : s.taxes)
        total(tr("%1 %2% on %3").arg(t.name, t.rate.toString(), money(t.base)), t.amount);
    if (s.options.includeTax && s.taxes.isEmpty())
        total(tr("Tax (no rate for this region)"), Decimal());
    total(tr("Total"), s.total, true);
    total(tr("Amount due"), s.balance, true);
    m_totals->resizeColumnToContents(0);

    m_explain->setPlainText(explainStatement(s).join(u'\n'));
    showEInvoice();
    const bool draft = status == StatementStatus::Draft;
    m_approve->setEnabled(draft);
    m_delete->setEnabled(draft);

    const QSignalBlocker block(m_showIn);
    m_showIn->clear();
    // Only the currencies with a rate to or from the statement's: another one could only fail.
    addCurrencyItems(m_showIn, currenciesWithRate(m_db, s.currency), false);
    m_showIn->setToolTip(m_showIn->count() > 1 ? tr("The currencies with a rate in Settings > Exchange Rates.")
                                               : tr("Add a rate in Settings > Exchange Rates to show the "
                                                    "statement in another currency."));
}

bool StatementViewDialog::showIn(const QString &currency)
{
    if (currency == m_statement.currency) {
        m_conversion->clear();
        return true;
    }
    auto c = StatementService(m_db).showIn(m_id, currency);
    if (!c) {
        m_conversion->setText(QStringLiteral("<font color=\"#b02a1c\">%1</font>").arg(c.message().toHtmlEscaped()));
        return false;
    }
    m_conversion->setText(
        tr("In %1 at %2 (rate of %3%4): charges %5, credits %6, marketplace %7, tax %8, total %9. The "
           "rate is recorded with the statement.")
            .arg(c->currency, c->rate.toString(), c->rateDate.toString(Qt::ISODate),
                 c->inverted ? tr(", inverted") : QString(), displayMoney(c->charges, c->currency),
                 displayMoney(c->credits + c->marketplaceCredits, c->currency),
                 displayMoney(c->marketplace, c->currency), displayMoney(c->tax, c->currency),
                 displayMoney(c->total, c->currency)));
    return true;
}

QString StatementViewDialog::conversionText() const
{
    return m_conversion->text();
}

bool StatementViewDialog::confirm(const QString &title, const QString &question, const QString &yes,
                                  const QString &name)
{
    // The safe answer is the default: Enter or Escape keeps the statement as it is.
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setObjectName(name);
    QPushButton *go = box.addButton(yes, QMessageBox::YesRole);
    QPushButton *no = box.addButton(tr("&No"), QMessageBox::NoRole);
    no->setObjectName(QStringLiteral("no"));
    go->setObjectName(QStringLiteral("yes"));
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == go;
}

QString StatementViewDialog::approveQuestion() const
{
    const Statement &s = m_statement;
    const QDate today = QDate::currentDate();
    auto next = NumberSeries(m_db).peek(StatementService::series(), today);
    return tr("Approve the draft statement of %1 %2 for %3 %4, total %5 %6?\n\nIt takes the next statement number "
              "(now %7), is issued today, %8, and is due on %9. The customer can see it from then on, and it can never "
              "be changed again: corrections are credit or debit memos.")
        .arg(displayCustomerId(s.customerId), s.customerName, vendorName(s.vendor), s.period,
             displayMoney(s.total, s.currency), s.currency, next ? *next : next.message(),
             QLocale().toString(today, QLocale::ShortFormat),
             QLocale().toString(today.addDays(s.paymentTermsDays), QLocale::ShortFormat));
}

bool StatementViewDialog::approve()
{
    auto r = StatementService(m_db).approve({m_id});
    if (!r || !r->refused.isEmpty()) {
        QMessageBox::warning(this, tr("Approve"), r ? r->refused.first().second : r.message());
        return false;
    }
    load();
    Q_EMIT statementChanged();
    return true;
}

bool StatementViewDialog::remove()
{
    if (Status s = StatementService(m_db).deleteDraft(m_id); !s) {
        QMessageBox::warning(this, tr("Delete Draft"), s.message());
        return false;
    }
    Q_EMIT statementChanged();
    accept();
    return true;
}

void StatementViewDialog::showEInvoice()
{
    QStringList text;
    auto in = StatementExporter(m_db).inputs({m_id}, QDate::currentDate(), true);
    if (!in) {
        m_einvoice->setPlainText(in.message());
        return;
    }
    const QList<EInvoiceProblem> problems = UblWriter::problems(in->first());
    if (problems.isEmpty())
        text << tr("Ready: this statement leaves as a UBL e-invoice (EN 16931, Peppol BIS Billing 3.0).");
    else
        text << tr("Not an e-invoice yet:");
    for (const EInvoiceProblem &p : problems)
        text << (p.rule.isEmpty() ? QStringLiteral("• %1").arg(p.message)
                                  : QStringLiteral("• [%1] %2").arg(p.rule, p.message));
    if (auto written = EInvoices(m_db).exports(QStringLiteral("statement"), m_id); written && !written->isEmpty()) {
        text << QString() << tr("UBL files written (the first one's data writes every later one):");
        for (const EInvoiceExport &e : *written)
            text << tr("%1 by %2: %3, SHA-256 %4").arg(e.exportedAt, e.exportedBy, e.fileName, e.sha256);
    }
    m_einvoice->setPlainText(text.join(u'\n'));
}

QString StatementViewDialog::einvoiceText() const
{
    return m_einvoice->toPlainText();
}

QString StatementViewDialog::explainText() const
{
    return m_explain->toPlainText();
}

QString StatementViewDialog::headerText() const
{
    return m_header->text();
}

} // namespace bursar::ui
