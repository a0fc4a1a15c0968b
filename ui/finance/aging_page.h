#pragma once

#include "core/finance/aging.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QThread;

namespace bursar::ui {

class FormFeedback;

/// Reports > Aging (PRODUCT.md §7): as of any date, per customer and currency, the buckets
/// current, 1–30, 31–60, 61–90 and over 90 days past due, unapplied credit memos and payments
/// as their own negative column, the totals, and the proof line Σ buckets = Σ balances.
/// Double-click a row for its documents; Export CSV writes what is shown; below the table a
/// bar chart of the buckets' totals, one currency at a time.
///
/// A large aging comes in two steps: the first customers' rows at once, then the whole
/// report, totals, proof and chart from a worker thread with its own connection; the window
/// stays usable meanwhile.
class AgingPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgingPage)
public:
    explicit AgingPage(core::Database &db, QWidget *parent = nullptr);
    ~AgingPage() override;
    void setAsOf(QDate date);
    void reload();
    /// True once the whole report is shown (at once for a small aging).
    bool isComplete() const { return !m_report.partial; }
    /// How many rows the first step shows before the rest follows (tests make it small).
    void setFirstRows(int rows) { m_firstRows = rows; }
    QTableWidget *table() const { return m_table; }
    QString proofText() const;
    const core::AgingReport &report() const { return m_report; }
    /// The CSV the Export button writes.
    QByteArray csv() const;
    /// The bar chart of the buckets' totals in one currency (the chart's own selector).
    QChartView *chart() const { return m_chart; }
    void setChartCurrency(const QString &currency);
    /// The documents behind row `row` (a customer and currency), for the drill-down.
    core::Result<QList<core::AgingDocument>> documentsOf(int row);

private:
    void showReport(const core::AgingReport &report);
    void drillDown(int row);
    void updateChart();

    core::Database &m_db;
    QDateEdit *m_asOf;
    QComboBox *m_tenant;
    QTableWidget *m_table;
    QLabel *m_proof;
    FormFeedback *m_feedback;
    QComboBox *m_chartCurrency;
    QChartView *m_chart;
    core::AgingReport m_report;
    int m_firstRows = 60;
    quint64 m_generation = 0;   ///< a result of an earlier reload is dropped
    QList<QThread *> m_workers; ///< waited for before the page goes
};

} // namespace bursar::ui
