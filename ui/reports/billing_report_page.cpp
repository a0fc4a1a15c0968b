#include "ui/reports/billing_report_page.h"

#include "core/domain/billing_period.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"
#include "core/reports/billing_report.h"
#include "core/storage/database_files.h"
#include "ui/billing/generate_dialog.h"
#include "ui/reports/billing_report_model.h"
#include "ui/widgets/export_done.h"
#include "ui/widgets/find_field.h"
#include "ui/widgets/vendor_combo.h"
#include "ui/widgets/view_state.h"
#include "ui/widgets/window_size.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace bursar::ui {

using namespace bursar::core;

BillingReportPage::BillingReportPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_today(QDate::currentDate()), m_vendor(new QComboBox(this)),
      m_range(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_filter(new QLineEdit(this)), m_problemsOnly(new QCheckBox(tr("Needs attention only"), this)),
      m_options(new QToolButton(this)), m_summary(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new BillingReportModel(this)), m_proxy(new BillingReportProxy(this))
{
    setObjectName(QStringLiteral("billingReportPage"));
    m_vendor->setObjectName(QStringLiteral("vendor"));
    addVendorItems(m_vendor, tr("%1 Billing Customers Report"));
    // The report's long name may shorten (its full text stays in the list) so the row fits a
    // 1024 px window in every language.
    m_vendor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vendor->setMinimumContentsLength(16);
    m_range->addItem(tr("Last Month"), int(Range::LastMonth));
    m_range->addItem(tr("This Month"), int(Range::ThisMonth));
    m_range->addItem(tr("Custom"), int(Range::Custom));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setToolTip(tr("Billing is monthly: the report covers every month the range touches."));
    m_to->setToolTip(m_from->toolTip());
    m_filter->setPlaceholderText(tr("Filter by ID or name"));
    m_filter->setClearButtonEnabled(true);
    markFindField(m_filter, m_view);

    m_options->setText(tr("Options"));
    m_options->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_options);
    menu->addAction(tr("Select All"), this, &BillingReportPage::selectAll)
        ->setToolTip(tr("Selects every customer the list shows (the filter applies)."));
    menu->addAction(tr("Select None"), this, &BillingReportPage::selectNone);
    menu->addSeparator();
    menu->addAction(tr("Generate Invoices…"), this, &BillingReportPage::openGenerateDialog)
        ->setToolTip(tr("Draft statements for the selected customers and the report's month."));
    menu->addSeparator();
    menu->addAction(tr("Export CSV…"), this, [this] {
        const QString name = QStringLiteral("%1-billing-%2.csv")
                                 .arg(vendorKey(comboVendor(m_vendor).value_or(Vendor::Aws)), fromPeriod());
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), name, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export Report"), error);
        else
            announceSavedFile(this, tr("Export Report"), path);
    });
    menu->addAction(tr("Refresh"), QKeySequence::Refresh, this, &BillingReportPage::refresh);
    menu->setToolTipsVisible(true);
    m_options->setMenu(menu);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BillingReportModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BillingReportModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(200); // widths from the first rows, not all 10,000
    m_view->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_vendor, 2);
    top->addWidget(new QLabel(tr("Date Range:"), this));
    top->addWidget(m_range);
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("–"), this));
    top->addWidget(m_to);
    top->addStretch(1);
    top->addWidget(m_options);
    auto *second = new QHBoxLayout;
    second->addWidget(m_filter, 1);
    second->addWidget(m_problemsOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_vendor, &QComboBox::currentIndexChanged, this, &BillingReportPage::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeWidgets();
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (Range(m_range->currentData().toInt()) == Range::Custom)
            refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (Range(m_range->currentData().toInt()) == Range::Custom)
            refresh();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setText(t);
        updateSummary();
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setProblemsOnly(on);
        updateSummary();
    });
    connect(m_model, &BillingReportModel::selectionChanged, this, &BillingReportPage::updateSummary);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != BillingReportModel::Selected)
            openDetails(m_proxy->mapToSource(index).row());
    });
    updateRangeWidgets();
    refresh();
}

void BillingReportPage::setToday(QDate today)
{
    m_today = today;
    updateRangeWidgets();
    refresh();
}

void BillingReportPage::setVendor(Vendor vendor)
{
    selectVendor(m_vendor, vendor);
}

void BillingReportPage::setRange(Range range, QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    if (m_range->currentIndex() == m_range->findData(int(range)))
        refresh();
    else
        m_range->setCurrentIndex(m_range->findData(int(range)));
}

void BillingReportPage::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void BillingReportPage::updateRangeWidgets()
{
    const Range range = Range(m_range->currentData().toInt());
    const QDate first(m_today.year(), m_today.month(), 1);
    if (range != Range::Custom) {
        const QDate from = range == Range::LastMonth ? first.addMonths(-1) : first;
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from);
        m_to->setDate(from.addMonths(1).addDays(-1));
    }
    m_from->setEnabled(range == Range::Custom);
    m_to->setEnabled(range == Range::Custom);
}

QString BillingReportPage::fromPeriod() const
{
    return periodOfDate(m_from->date());
}

QString BillingReportPage::toPeriod() const
{
    return periodOfDate(std::max(m_from->date(), m_to->date()));
}

void BillingReportPage::refresh()
{
    m_stale = true;
    if (isVisible())
        build();
}

void BillingReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        build();
}

void BillingReportPage::build()
{
    m_stale = false;
    const Vendor vendor = comboVendor(m_vendor).value_or(Vendor::Aws);
    auto report = BillingReportBuilder(m_db).build(vendor, fromPeriod(), toPeriod());
    if (!report) {
        m_model->setReport({});
        m_summary->setText(report.error().message);
        return;
    }
    m_model->setReport(std::move(report).value());
    for (int c = 0; c < BillingReportModel::Problem; ++c)
        m_view->resizeColumnToContents(c);
    m_view->setColumnWidth(BillingReportModel::Customer,
                           std::min(m_view->columnWidth(BillingReportModel::Customer), 320));
    updateSummary();
}

void BillingReportPage::updateSummary()
{
    const BillingReport &r = m_model->report();
    std::map<QString, std::pair<Decimal, Decimal>> totals; // currency -> cost, price of the shown rows
    int problems = 0;
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        const BillingReportRow &row = m_model->row(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
        totals[row.currency].first += row.cost;
        if (row.hasPrice)
            totals[row.currency].second += row.price;
        if (!row.problem.isEmpty())
            ++problems;
    }
    QStringList parts;
    parts << (r.fromPeriod == r.toPeriod ? tr("Period %1").arg(r.fromPeriod)
                                         : tr("Periods %1 to %2").arg(r.fromPeriod, r.toPeriod));
    parts << tr("%n customer row(s) shown", nullptr, m_proxy->rowCount());
    parts << tr("%n selected", nullptr, int(m_model->selectedCustomers().size()));
    const QLocale locale;
    for (const auto &[code, sums] : totals) {
        const Currency c = Currencies::lookup(code);
        parts << tr("%1 vendor cost %2, customer price %3")
                     .arg(code, formatForDisplay(sums.first, c, locale), formatForDisplay(sums.second, c, locale));
    }
    if (problems > 0)
        parts << tr("%n row(s) need attention", nullptr, problems);
    if (r.unmappedAccounts > 0)
        parts << tr("%n account(s) with usage have no customer (Usage > Unmapped Accounts)", nullptr,
                    int(r.unmappedAccounts));
    if (r.excludedMarketplaceLines > 0)
        parts << tr("Azure Marketplace fees are not in the reports");
    parts << tr("Vendor credits and tax are not in this report");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

QString BillingReportPage::summaryText() const
{
    return m_summary->text();
}

void BillingReportPage::selectAll()
{
    QSet<qint64> ids = m_model->selectedCustomers();
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        ids.insert(m_model->row(m_proxy->mapToSource(m_proxy->index(i, 0)).row()).customerId);
    m_model->setSelected(ids);
}

void BillingReportPage::selectNone()
{
    m_model->setSelected({});
}

QSet<qint64> BillingReportPage::selectedCustomers() const
{
    return m_model->selectedCustomers();
}

Result<GenerateRequest> BillingReportPage::generateRequest() const
{
    if (fromPeriod() != toPeriod())
        return fail(tr("Statements are generated for one month; the range %1 to %2 spans several. Choose Last Month, "
                       "This Month or a Custom range within one month.")
                        .arg(fromPeriod(), toPeriod()));
    const QSet<qint64> selected = selectedCustomers();
    if (selected.isEmpty())
        return fail(tr("No customer is selected: tick the customers to bill, or use Options > Select All."));
    QList<qint64> ids(selected.cbegin(), selected.cend());
    std::sort(ids.begin(), ids.end());
    GenerateRequest r;
    r.vendor = comboVendor(m_vendor).value_or(Vendor::Aws);
    r.period = fromPeriod();
    r.customers = ids;
    return r;
}

void BillingReportPage::openGenerateDialog()
{
    auto request = generateRequest();
    if (!request) {
        QMessageBox::information(this, tr("Generate Invoices"), request.message());
        return;
    }
    GenerateInvoicesDialog dialog(request->vendor, request->period, *request->customers, this,
                                  GenerateHistory::of(m_db, request->vendor, request->period));
    if (dialog.exec() == QDialog::Accepted)
        generate(dialog.request());
}

GenerateSummaryDialog *BillingReportPage::generate(const GenerateRequest &request)
{
    auto result = generateWithProgress(this, m_db, request);
    if (!result) {
        QMessageBox::warning(this, tr("Generate Invoices"), result.message());
        return nullptr;
    }
    Q_EMIT statementsChanged();
    auto *summary = new GenerateSummaryDialog(*result, this);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    connect(summary, &GenerateSummaryDialog::previewRequested, this, &BillingReportPage::previewRequested);
    connect(summary, &GenerateSummaryDialog::fixRequested, this, &BillingReportPage::fixRequested);
    summary->show();
    return summary;
}

bool BillingReportPage::exportCsv(const QString &path, QString *error)
{
    QList<BillingReportRow> rows;
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        rows << m_model->row(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
    if (Status s = core::writeFileAtomically(path, billingReportCsv(rows)); !s) {
        *error = s.message();
        return false;
    }
    return true;
}

QDialog *BillingReportPage::openDetails(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return nullptr;
    const BillingReport &r = m_model->report();
    auto *dialog = new BillingReportDetails(m_db, r.vendor, r.fromPeriod, r.toPeriod, m_model->row(sourceRow), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

BillingReportDetails::BillingReportDetails(Database &db, Vendor vendor, const QString &from, const QString &to,
                                           const BillingReportRow &row, QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget(this)), m_lines(new QTableWidget(this))
{
    setObjectName(QStringLiteral("billingReportDetails"));
    setWindowTitle(tr("%1 %2 — %3 usage, %4 to %5")
                       .arg(displayCustomerId(row.customerId), row.customerName, vendorName(vendor), from, to));
    resizeWithinScreen(this, QSize(1000, 680));
    const QLocale locale;
    const Currency currency = Currencies::lookup(row.currency);
    auto money = [&](Decimal d) { return formatForDisplay(d, currency, locale); };

    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels(
        {tr("Product type / product"), tr("Usage lines"), tr("Vendor cost"), tr("Customer price"), tr("Priced by")});
    m_tree->setAlternatingRowColors(true);
    std::map<QString, QTreeWidgetItem *> groups;
    std::map<QString, std::pair<Decimal, Decimal>> sums;
    for (const BillingReportLine &l : row.lines) {
        const QString group =
            l.marketplace ? tr("Marketplace (billed only when the run includes marketplace fees)") : l.productType;
        QTreeWidgetItem *&g = groups[group];
        if (!g)
            g = new QTreeWidgetItem(m_tree, {group});
        auto *item =
            new QTreeWidgetItem(g, {l.product, l.usageLines ? QString::number(l.usageLines) : QString(), money(l.cost),
                                    row.hasPrice || l.marketplace ? money(l.price) : QStringLiteral("—"), l.rule});
        item->setToolTip(4, l.rule);
        sums[group].first += l.cost;
        sums[group].second += l.price;
    }
    for (auto &[name, item] : groups) {
        item->setText(2, money(sums[name].first));
        item->setText(3, row.hasPrice ? money(sums[name].second) : QStringLiteral("—"));
        QFont f = item->font(0);
        f.setBold(true);
        for (int c = 0; c < 4; ++c)
            item->setFont(c, f);
    }
    for (int c = 1; c <= 3; ++c)
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            (*it)->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->expandAll();
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);

    const int limit = 5000;
    auto lines = BillingReportBuilder(db).usageLines(vendor, row.customerId, from, to, limit + 1);
    auto *linesLabel = new QLabel(this);
    m_lines->setColumnCount(9);
    m_lines->setHorizontalHeaderLabels({tr("Period"), tr("Date"), tr("Account"), tr("Kind"), tr("Product"),
                                        tr("Quantity"), tr("Unit"), tr("Vendor cost"), tr("File, line")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setAlternatingRowColors(true);
    if (lines) {
        const int shown = int(std::min<qsizetype>(lines->size(), limit));
        m_lines->setRowCount(shown);
        for (int i = 0; i < shown; ++i) {
            const UsageLineView &l = lines->at(i);
            const QStringList cells{l.period,
                                    l.usageDate,
                                    l.accountId,
                                    l.marketplace ? tr("%1 (marketplace)").arg(l.kind) : l.kind,
                                    l.product,
                                    l.quantity,
                                    l.unit,
                                    formatExact(l.cost, locale),
                                    QStringLiteral("%1:%2").arg(l.fileName).arg(l.lineNo)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (c == 5 || c == 7)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_lines->setItem(i, c, item);
            }
        }
        linesLabel->setText(
            lines->size() > limit
                ? tr("The first %1 usage lines (full precision); the detailed CSV has them all.").arg(limit)
                : tr("%n usage line(s) at full precision, including the vendor's tax and credit rows.", nullptr,
                     shown));
        fitColumns(m_lines);
    } else {
        linesLabel->setText(lines.error().message);
    }

    auto *header = new QLabel(this);
    header->setWordWrap(true);
    header->setText(
        tr("<b>%1 %2</b> · %3 · pricebook %4 · vendor cost %5 · customer price %6 · margin %7%8")
            .arg(displayCustomerId(row.customerId), row.customerName.toHtmlEscaped(), row.currency,
                 row.pricebook.isEmpty() ? tr("none") : row.pricebook.toHtmlEscaped(), money(row.cost),
                 row.hasPrice ? money(row.price) : QStringLiteral("—"),
                 row.hasPrice ? money(row.margin()) : QStringLiteral("—"),
                 row.problem.isEmpty()
                     ? QString()
                     : QStringLiteral("<br><font color=\"#b02a1c\">%1</font>").arg(row.problem.toHtmlEscaped())));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(linesLabel);
    bottomLayout->addWidget(m_lines);
    splitter->addWidget(bottom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

} // namespace bursar::ui
