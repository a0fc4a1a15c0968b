#include "ui/reports/services_credits_report_page.h"

#include "core/customers/customer.h"
#include "core/formats/csv.h"
#include "core/servicescredits/services_credit_report.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "core/storage/database_files.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/export_done.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/view_state.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <map>

namespace bursar::ui {

using namespace bursar::core;

namespace {

/// "12 · 1,200.00 · 960.00": credits, value and amount paid of one cell of the roll-forward.
QString cell(const CreditsAndValue &c, const QString &currency)
{
    return QStringLiteral("%1 · %2 · %3")
        .arg(c.credits.toString(), displayMoney(c.value, currency), displayMoney(c.paid, currency));
}

QList<ListColumn<CustomerCreditsBalance>> balanceColumns()
{
    using B = CustomerCreditsBalance;
    constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;
    const auto units = [](Decimal CreditUnits::*field) {
        return [field](const B &b) { return QVariant((b.units.*field).toString()); };
    };
    return {
        {ServicesCreditsReportPage::tr("Customer"),
         [](const B &b) { return QVariant(displayCustomerId(b.customerId) + u' ' + b.customerName); }},
        {ServicesCreditsReportPage::tr("Currency"), [](const B &b) { return QVariant(b.currency); }},
        {ServicesCreditsReportPage::tr("Purchases"), [](const B &b) { return QVariant(b.purchases); }, -1, Right},
        {ServicesCreditsReportPage::tr("Purchased"), units(&CreditUnits::purchased), -1, Right},
        {ServicesCreditsReportPage::tr("Allocated"), units(&CreditUnits::allocated), -1, Right},
        {ServicesCreditsReportPage::tr("Redeemed"), units(&CreditUnits::redeemed), -1, Right},
        {ServicesCreditsReportPage::tr("Expired"), units(&CreditUnits::expired), -1, Right},
        {ServicesCreditsReportPage::tr("Available"),
         [](const B &b) { return QVariant(b.units.available().toString()); }, -1, Right},
        {ServicesCreditsReportPage::tr("Available value"),
         [](const B &b) { return QVariant(displayMoney(b.available.value, b.currency)); }, -1, Right},
        {ServicesCreditsReportPage::tr("Outstanding value"),
         [](const B &b) { return QVariant(displayMoney(b.outstanding.value, b.currency)); }, -1, Right},
    };
}

} // namespace

ServicesCreditsReportPage::ServicesCreditsReportPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_tabs(new QTabWidget(this)),
      m_balanceModel(new PagedListModel<CustomerCreditsBalance>(
          balanceColumns(), [this] { return ServicesCreditReport(m_db).customerBalanceCount(); },
          [this](int offset, int limit, int, bool) {
              return ServicesCreditReport(m_db).customerBalances({}, Page{offset, limit});
          },
          this)),
      m_balances(makeListView(this, m_balanceModel)),
      m_expiring(makeListTable(this, {tr("Purchase"), tr("Customer"), tr("Currency"), tr("Expires"), tr("Days left"),
                                      tr("Credits"), tr("Value")})),
      m_history(makeListTable(
          this, {tr("Date"), tr("Movement"), tr("Milestone"), tr("Credits"), tr("Available after"), tr("Reason")})),
      m_rollForward(makeListTable(this, {tr("Customer"), tr("Currency"), tr("Opening"), tr("Purchased"), tr("Redeemed"),
                                         tr("Expired"), tr("Closing"), tr("Proof")})),
      m_expiringSummary(new QLabel(this)), m_proof(new QLabel(this)), m_chart(new QChartView(this)),
      m_purchase(new QSpinBox(this)), m_from(dateField(this, QDate(QDate::currentDate().year(), 1, 1))),
      m_to(dateField(this, QDate::currentDate())), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("servicesCreditsReportPage"));
    m_balances->setObjectName(QStringLiteral("balances"));
    m_expiring->setObjectName(QStringLiteral("expiring"));
    m_history->setObjectName(QStringLiteral("history"));
    m_rollForward->setObjectName(QStringLiteral("rollForward"));
    m_chart->setObjectName(QStringLiteral("expiryChart"));
    m_chart->setMinimumHeight(200);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_balances, tr("Balances"));

    auto *expiringTab = new QWidget(this);
    auto *split = new QSplitter(Qt::Vertical, expiringTab);
    split->addWidget(m_expiring);
    split->addWidget(m_chart);
    auto *expiringLayout = new QVBoxLayout(expiringTab);
    expiringLayout->addWidget(m_expiringSummary);
    expiringLayout->addWidget(split, 1);
    m_tabs->addTab(expiringTab, tr("Expiring"));

    auto *historyTab = new QWidget(this);
    m_purchase->setRange(1, std::numeric_limits<int>::max());
    m_purchase->setObjectName(QStringLiteral("purchase"));
    auto *show = withIcon(Icon::View, new QPushButton(tr("Show"), historyTab));
    connect(show, &QPushButton::clicked, this, [this] { showHistory(m_purchase->value()); });
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(new QLabel(tr("Purchase:"), historyTab));
    historyRow->addWidget(m_purchase);
    historyRow->addWidget(show);
    historyRow->addStretch(1);
    auto *historyLayout = new QVBoxLayout(historyTab);
    historyLayout->addLayout(historyRow);
    historyLayout->addWidget(m_history, 1);
    m_tabs->addTab(historyTab, tr("Purchase History"));
    m_tabs->addTab(rollForwardTab(), tr("Liability Roll-forward"));

    auto *exportCsv = withIcon(Icon::Export, new QPushButton(tr("Export CSV…"), this));
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Services Credits"), QStringLiteral("services-credits.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status s = refuseDatabaseFile(path, tr("the services credits export")); !s) {
            m_feedback->showError(s.error());
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit())
            m_feedback->showError(fail(tr("Could not write %1: %2").arg(path, file.errorString())));
        else
            announceSavedFile(this, tr("Export Services Credits"), path);
    });
    auto *refresh = withIcon(Icon::Refresh, new QPushButton(tr("Refresh"), this));
    connect(refresh, &QPushButton::clicked, this, &ServicesCreditsReportPage::reload);
    auto *top = new QHBoxLayout;
    top->addWidget(pageTitle(tr("Services Credits"), this));
    top->addStretch(1);
    top->addWidget(refresh);
    top->addWidget(exportCsv);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_feedback);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ServicesCreditsReportPage::fillCurrent);
    reload();
}

QWidget *ServicesCreditsReportPage::rollForwardTab()
{
    auto *tab = new QWidget(this);
    auto *run = withIcon(Icon::View, new QPushButton(tr("Show"), tab));
    run->setObjectName(QStringLiteral("showRollForward"));
    connect(run, &QPushButton::clicked, this, [this] { showRollForward(m_from->date(), m_to->date()); });
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("From:"), tab));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to:"), tab));
    row->addWidget(m_to);
    row->addWidget(run);
    row->addStretch(1);
    auto *note = new QLabel(tr("What the company owes in services credits: a purchase counts from its start date once "
                               "it is not a draft; redemptions and expiries by their dates. Each cell: credits · "
                               "value · amount paid."),
                            tab);
    note->setWordWrap(true);
    m_proof->setObjectName(QStringLiteral("proof"));
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(note);
    layout->addLayout(row);
    layout->addWidget(m_rollForward, 1);
    layout->addWidget(m_proof);
    return tab;
}

void ServicesCreditsReportPage::reload()
{
    // The balances are read a page at a time; the other tabs when they are first shown.
    m_balanceModel->refresh();
    fitColumns(m_balances);
    m_expiringFilled = m_rollForwardFilled = false;
    fillCurrent();
}

void ServicesCreditsReportPage::fillCurrent()
{
    if (m_tabs->currentIndex() == 1 && !m_expiringFilled)
        fillExpiring();
    if (m_tabs->currentIndex() == 3 && !m_rollForwardFilled)
        showRollForward(m_from->date(), m_to->date());
}

void ServicesCreditsReportPage::fillExpiring()
{
    m_expiringFilled = true;
    const QDate today = QDate::currentDate();
    auto rows = ServicesCreditReport(m_db).expiring(today, 365);
    if (!rows) {
        m_feedback->showError(rows.error());
        return;
    }
    m_expiring->setRowCount(int(rows->size()));
    int r = 0;
    std::map<QString, std::array<Decimal, 3>> buckets;
    std::map<QString, std::map<QString, qint64>> byMonth; // currency → month → credits
    for (const ExpiringCredits &e : *rows) {
        fillListRow(m_expiring, r++,
                    {QString::number(e.purchaseId), displayCustomerId(e.customerId) + u' ' + e.customerName, e.currency,
                     e.expiryDate.toString(Qt::ISODate), QString::number(e.daysLeft), e.credits.credits.toString(),
                     displayMoney(e.credits.value, e.currency)},
                    {0, 4, 5, 6}, e.purchaseId);
        if (e.daysLeft <= 90)
            buckets[e.currency][e.daysLeft <= 30 ? 0 : e.daysLeft <= 60 ? 1 : 2] += e.credits.credits;
        byMonth[e.currency][e.expiryDate.toString(QStringLiteral("yyyy-MM"))] +=
            e.credits.credits.toString().toLongLong();
    }
    fitColumns(m_expiring);
    QStringList lines;
    for (const auto &[currency, b] : buckets)
        lines << tr("%1: %2 credits expire within 30 days, %3 within 31–60, %4 within 61–90.")
                     .arg(currency, b[0].toString(), b[1].toString(), b[2].toString());
    m_expiringSummary->setText(lines.isEmpty() ? tr("No credits expire in the next 90 days.") : lines.join(u'\n'));
    // What expires when: credits per month of the coming year, one bar set per currency.
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    QStringList months;
    for (int i = 0; i < 12; ++i)
        months << today.addMonths(i).toString(QStringLiteral("yyyy-MM"));
    auto *series = new QBarSeries;
    qint64 top = 0;
    for (const auto &[currency, perMonth] : byMonth) {
        auto *set = new QBarSet(currency);
        for (const QString &m : months) {
            const qint64 n = perMonth.count(m) ? perMonth.at(m) : 0;
            top = std::max(top, n);
            set->append(qreal(n)); // a count of whole credits, drawn
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, qreal(std::max<qint64>(top, 1)));
    y->setTitleText(tr("Credits"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->applyNiceNumbers();
    chart->setTitle(tr("Credits expiring per month"));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void ServicesCreditsReportPage::showHistory(qint64 purchaseId)
{
    auto h = PurchaseService(m_db).history(purchaseId);
    if (!h) {
        m_feedback->showError(h.error());
        return;
    }
    m_purchase->setValue(int(purchaseId));
    m_history->setRowCount(int(h->size()));
    int r = 0;
    for (const PurchaseMovement &m : *h)
        fillListRow(m_history, r++,
                    {m.on.toString(Qt::ISODate), m.kind, m.milestoneId ? QString::number(m.milestoneId) : QString(),
                     m.credits.toString(), m.available.toString(), m.reason},
                    {3, 4});
    fitColumns(m_history);
}

void ServicesCreditsReportPage::showRollForward(QDate from, QDate to)
{
    m_rollForwardFilled = true;
    auto rf = ServicesCreditReport(m_db).rollForward(from, to);
    if (!rf) {
        m_feedback->showError(rf.error());
        return;
    }
    QList<RollForwardLine> lines = rf->lines;
    lines << rf->totals;
    m_rollForward->setRowCount(int(lines.size()));
    int r = 0;
    QStringList proofs;
    for (const RollForwardLine &l : lines) {
        fillListRow(m_rollForward, r++,
                    {l.customerId ? displayCustomerId(l.customerId) + u' ' + l.customerName : tr("Total"), l.currency,
                     cell(l.opening, l.currency), cell(l.purchased, l.currency), cell(l.redeemed, l.currency),
                     cell(l.expired, l.currency), cell(l.closing, l.currency),
                     l.proofHolds() ? tr("holds") : tr("FAILS")},
                    {2, 3, 4, 5, 6});
        if (!l.customerId)
            proofs << tr("%1: %2 + %3 − %4 − %5 = %6 credits %7")
                          .arg(l.currency, l.opening.credits.toString(), l.purchased.credits.toString(),
                               l.redeemed.credits.toString(), l.expired.credits.toString(),
                               l.closing.credits.toString(),
                               l.proofHolds() ? QStringLiteral("✓") : tr("(does not hold)"));
    }
    fitColumns(m_rollForward);
    m_proof->setText(proofs.isEmpty() ? tr("No services credits in this period.")
                                      : tr("Proof (opening + purchased − redeemed − expired = closing): ") +
                                            proofs.join(QStringLiteral(" · ")));
}

QByteArray ServicesCreditsReportPage::csv() const
{
    QByteArray out;
    const auto line = [&out](const QStringList &cells) {
        for (qsizetype c = 0; c < cells.size(); ++c)
            out += (c ? "," : "") + csvField(cells.at(c));
        out += "\r\n";
    };
    if (m_tabs->currentIndex() == 0) {
        // Every line, not only the pages read: exact amounts, as an auditor recomputes them.
        line({QStringLiteral("customer_id"), QStringLiteral("customer_name"), QStringLiteral("currency"),
              QStringLiteral("purchases"), QStringLiteral("purchased"), QStringLiteral("allocated"),
              QStringLiteral("redeemed"), QStringLiteral("expired"), QStringLiteral("available"),
              QStringLiteral("available_value"), QStringLiteral("outstanding_value")});
        if (auto all = ServicesCreditReport(m_db).customerBalances())
            for (const CustomerCreditsBalance &b : *all)
                line({QString::number(b.customerId), b.customerName, b.currency, QString::number(b.purchases),
                      b.units.purchased.toString(), b.units.allocated.toString(), b.units.redeemed.toString(),
                      b.units.expired.toString(), b.units.available().toString(), b.available.value.toString(),
                      b.outstanding.value.toString()});
        return out;
    }
    const QList<QTableWidget *> tables{nullptr, m_expiring, m_history, m_rollForward};
    const QTableWidget *t = tables.value(m_tabs->currentIndex());
    QStringList header;
    for (int c = 0; c < t->columnCount(); ++c)
        header << t->horizontalHeaderItem(c)->text();
    line(header);
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c)
            cells << (t->item(r, c) ? t->item(r, c)->text() : QString());
        line(cells);
    }
    return out;
}

} // namespace bursar::ui
