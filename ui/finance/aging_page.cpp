#include "ui/finance/aging_page.h"

#include "core/customers/customer.h"
#include "core/customers/customer_service.h"
#include "core/formats/csv.h"
#include "core/storage/database.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/export_done.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/tenant_combo.h"
#include "ui/widgets/window_size.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QStringList rowCells(const AgingRow &r, const QString &who)
{
    QStringList cells{who, r.customerName, r.currency};
    for (const Decimal &b : r.buckets)
        cells << displayMoney(b, r.currency);
    cells << displayMoney(r.unapplied, r.currency) << displayMoney(r.total, r.currency);
    return cells;
}

/// A bar's height on the screen: the amount's exact text read as a number of pixels' worth.
/// Only the picture uses it; every amount shown (table, tooltip, CSV) is the exact text.
qreal barHeight(const Decimal &amount)
{
    return amount.toString().toDouble();
}

} // namespace

AgingPage::AgingPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_asOf(new QDateEdit(QDate::currentDate(), this)), m_tenant(new QComboBox(this)),
      m_table(makeListTable(this, {tr("Customer"), tr("Name"), tr("Currency"), tr("Current"), tr("1–30"), tr("31–60"),
                                   tr("61–90"), tr("Over 90"), tr("Unapplied"), tr("Total")})),
      m_proof(new QLabel(this)), m_feedback(new FormFeedback(this)), m_chartCurrency(new QComboBox(this)),
      m_chart(new QChartView(this))
{
    setObjectName(QStringLiteral("agingPage"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    fitDateWidth(m_asOf);
    m_tenant->addItem(tr("All tenants"), QVariant());
    if (auto tenants = CustomerService(db).tenants())
        addTenantItems(m_tenant, *tenants);
    auto *exportCsv = withIcon(Icon::Export, new QPushButton(tr("Export CSV…"), this));
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        if (m_report.partial) {
            m_feedback->showInfo(tr("The aging is still being added up; export it once the totals show."));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Aging"), QStringLiteral("aging-%1.csv").arg(m_asOf->date().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit())
            m_feedback->showError(fail(tr("Could not write %1: %2").arg(path, file.errorString())));
        else
            announceSavedFile(this, tr("Export Aging"), path);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("As of:"), this));
    row->addWidget(m_asOf);
    row->addWidget(new QLabel(tr("Tenant:"), this));
    row->addWidget(m_tenant);
    row->addStretch(1);
    row->addWidget(exportCsv);
    auto *hint = new QLabel(tr("By due date. Only documents and applications dated on or before the date count, so "
                               "the same date prints the same numbers later. Double-click a row for its documents."),
                            this);
    hint->setWordWrap(true);
    m_proof->setObjectName(QStringLiteral("agingProof"));
    m_chartCurrency->setObjectName(QStringLiteral("agingChartCurrency"));
    m_chart->setObjectName(QStringLiteral("agingChart"));
    m_chart->setAccessibleName(tr("Aging by bucket, chart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    auto *chartBox = new QWidget(this);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(new QLabel(tr("Chart of the totals in:"), chartBox));
    chartRow->addWidget(m_chartCurrency);
    chartRow->addStretch(1);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartRow);
    chartLayout->addWidget(m_chart, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(chartBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addWidget(m_feedback);
    layout->addWidget(split, 1);
    layout->addWidget(m_proof);
    connect(m_chartCurrency, &QComboBox::currentIndexChanged, this, &AgingPage::updateChart);
    connect(m_asOf, &QDateEdit::dateChanged, this, &AgingPage::reload);
    connect(m_tenant, &QComboBox::currentIndexChanged, this, &AgingPage::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r, int) { drillDown(r); });
    reload();
}

void AgingPage::setAsOf(QDate date)
{
    m_asOf->setDate(date);
}

AgingPage::~AgingPage()
{
    for (QThread *w : std::as_const(m_workers)) {
        w->wait();
        delete w;
    }
}

void AgingPage::reload()
{
    m_feedback->clear();
    const quint64 generation = ++m_generation;
    const QVariant tenantData = m_tenant->currentData();
    const std::optional<qint64> tenant =
        tenantData.isValid() ? std::optional<qint64>(tenantData.toLongLong()) : std::nullopt;
    const QDate asOf = m_asOf->date();
    auto first = Aging(m_db).firstRows(asOf, tenant, m_firstRows);
    if (!first) {
        m_table->setRowCount(0);
        m_feedback->showError(first.error());
        return;
    }
    showReport(*first);
    if (!first->partial)
        return;
    // The rest on a thread of its own, with its own connection; the answer comes back on
    // this thread and is dropped if the page was reloaded (or closed) meanwhile.
    for (qsizetype i = m_workers.size() - 1; i >= 0; --i)
        if (m_workers.at(i)->isFinished())
            delete m_workers.takeAt(i);
    const Database::ConnectionInfo info = m_db.connectionInfo();
    QPointer<AgingPage> page(this);
    QThread *worker = QThread::create([info, asOf, tenant, page, generation] {
        auto connection = Database::open(info);
        Result<AgingReport> report =
            connection ? Aging(**connection).report(asOf, tenant) : Result<AgingReport>(connection.error());
        QMetaObject::invokeMethod(
            qApp,
            [page, generation, report] {
                if (!page || page->m_generation != generation)
                    return;
                if (report)
                    page->showReport(*report);
                else
                    page->m_feedback->showError(report.error());
            },
            Qt::QueuedConnection);
    });
    m_workers.append(worker);
    worker->start();
}

void AgingPage::showReport(const AgingReport &report)
{
    m_report = report;
    const int scrolled = m_table->verticalScrollBar()->value();
    m_table->setRowCount(0);
    const QList<int> right{3, 4, 5, 6, 7, 8, 9};
    m_table->setRowCount(int(m_report.rows.size() + (m_report.partial ? 0 : m_report.totals.size())));
    int n = 0;
    for (const AgingRow &r : std::as_const(m_report.rows))
        fillListRow(m_table, n++, rowCells(r, displayCustomerId(r.customerId)), right, r.customerId);
    if (m_report.partial) {
        // Totals, proof and chart of the first rows alone would mislead: they wait for the rest.
        m_proof->setText(tr("The first %n customer row(s); the others, the totals and the proof follow…", nullptr,
                            int(m_report.rows.size())));
        return;
    }
    for (const AgingRow &r : std::as_const(m_report.totals)) {
        fillListRow(m_table, n, rowCells(r, tr("Total")), right);
        for (int c = 0; c < m_table->columnCount(); ++c) {
            QFont f = m_table->item(n, c)->font();
            f.setBold(true);
            m_table->item(n, c)->setFont(f);
        }
        ++n;
    }
    m_table->verticalScrollBar()->setValue(scrolled);
    QStringList proof;
    for (qsizetype i = 0; i < m_report.totals.size(); ++i) {
        const QString c = m_report.totals.at(i).currency;
        const auto &[rows, documents] = m_report.proof.at(i);
        proof << tr("%1: Σ buckets %2 = Σ balances %3 %4")
                     .arg(c, displayMoney(rows, c), displayMoney(documents, c),
                          rows == documents ? QStringLiteral("✓") : tr("— NOT EQUAL"));
    }
    const QString chartCurrency = m_chartCurrency->currentText();
    {
        const QSignalBlocker quiet(m_chartCurrency);
        m_chartCurrency->clear();
        for (const AgingRow &r : std::as_const(m_report.totals))
            m_chartCurrency->addItem(r.currency);
        m_chartCurrency->setCurrentIndex(std::max(0, m_chartCurrency->findText(chartCurrency)));
    }
    updateChart();
    m_proof->setText(proof.isEmpty() ? tr("Nothing is owed and nothing is unapplied as of this date.")
                                     : tr("Proof: ") + proof.join(QStringLiteral(" · ")));
}

void AgingPage::setChartCurrency(const QString &currency)
{
    m_chartCurrency->setCurrentIndex(m_chartCurrency->findText(currency));
}

void AgingPage::updateChart()
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QString currency = m_chartCurrency->currentText();
    const auto total = std::find_if(m_report.totals.cbegin(), m_report.totals.cend(),
                                    [&](const AgingRow &r) { return r.currency == currency; });
    if (total != m_report.totals.cend()) {
        const QStringList names{tr("Current"), tr("1–30"), tr("31–60"), tr("61–90"), tr("Over 90"), tr("Unapplied")};
        QList<Decimal> amounts(total->buckets.cbegin(), total->buckets.cend());
        amounts << total->unapplied;
        auto *set = new QBarSet(currency);
        set->setColor(palette().color(QPalette::Highlight));
        for (const Decimal &a : std::as_const(amounts))
            set->append(barHeight(a));
        // The exact amount of a bar on hover, as the table shows it.
        connect(set, &QBarSet::hovered, this, [this, names, amounts, currency](bool on, int index) {
            if (on && index >= 0 && index < amounts.size())
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1: %2 %3")
                                       .arg(names.at(index), displayMoney(amounts.at(index), currency), currency));
            else
                QToolTip::hideText();
        });
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(names);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setTitleText(currency);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        y->applyNiceNumbers();
        chart->setTitle(tr("Aging of %1 as of %2").arg(currency, m_report.asOf.toString(Qt::ISODate)));
    } else {
        chart->setTitle(tr("Nothing to chart as of this date."));
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

QString AgingPage::proofText() const
{
    return m_proof->text();
}

QByteArray AgingPage::csv() const
{
    return agingCsv(m_report);
}

Result<QList<AgingDocument>> AgingPage::documentsOf(int row)
{
    if (row < 0 || row >= m_report.rows.size())
        return QList<AgingDocument>();
    const AgingRow &r = m_report.rows.at(row);
    return Aging(m_db).documents(m_report.asOf, r.customerId, r.currency);
}

void AgingPage::drillDown(int row)
{
    auto docs = documentsOf(row);
    if (!docs) {
        m_feedback->showError(docs.error());
        return;
    }
    if (docs->isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Open documents of customer %1 as of %2")
                              .arg(displayCustomerId(docs->first().customerId), m_report.asOf.toString(Qt::ISODate)));
    auto *table =
        makeListTable(&dialog, {tr("Document"), tr("Date"), tr("Due"), tr("Total"), tr("Balance"), tr("Bucket")});
    const QStringList buckets{tr("Current"), tr("1–30"), tr("31–60"), tr("61–90"), tr("Over 90")};
    for (const AgingDocument &d : *docs) {
        const int n = table->rowCount();
        table->insertRow(n);
        fillListRow(table, n,
                    {d.number, d.date.toString(Qt::ISODate), d.dueDate.toString(Qt::ISODate),
                     displayMoney(d.total, d.currency), displayMoney(d.balance, d.currency),
                     d.bucket ? buckets.at(int(*d.bucket)) : tr("Unapplied")},
                    {3, 4});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resizeWithinScreen(&dialog, QSize(720, 400));
    dialog.exec();
}

} // namespace bursar::ui
