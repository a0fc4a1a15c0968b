#pragma once

#include "core/billing/billing_run.h"
#include "core/domain/vendor.h"

#include <QDate>
#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QToolButton;
class QTreeWidget;

namespace bursar::core {
class Database;
struct BillingReportRow;
} // namespace bursar::core

namespace bursar::ui {

class BillingReportModel;
class BillingReportProxy;
class GenerateSummaryDialog;

/// Reports > Billing: one "<Vendor> Billing Customers Report" per vendor, for a date range
/// (Last Month by default), one row per customer with vendor cost, customer price and
/// margin; checkboxes with Select All / Select None keep the customers for Generate.
class BillingReportPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingReportPage)
public:
    enum class Range { LastMonth, ThisMonth, Custom };

    explicit BillingReportPage(core::Database &db, QWidget *parent = nullptr);

    /// Rebuilds the report for the chosen vendor and range. While the page is hidden it only
    /// notes that the report is out of date; it is built when the page is shown.
    void refresh();
    void setVendor(core::Vendor vendor);
    void setRange(Range range, QDate from = {}, QDate to = {});
    /// `today` decides Last Month and This Month; tests pin it.
    void setToday(QDate today);
    void setFilterText(const QString &text);
    void selectAll();
    void selectNone();
    QSet<qint64> selectedCustomers() const;
    /// Generate Invoices for the selected customers and the report's period: the request
    /// (switches off), or why it cannot be made (no selection, a range of several months).
    core::Result<core::GenerateRequest> generateRequest() const;
    /// Opens Generate Invoices for the selection; runs it when the clerk says Generate.
    void openGenerateDialog();
    /// Runs `request` with progress and shows what it did; nullptr when the run was refused
    /// (the reason is shown). The summary deletes itself when closed.
    GenerateSummaryDialog *generate(const core::GenerateRequest &request);
    bool exportCsv(const QString &path, QString *error);
    /// Opens the drill-down of the row at `sourceRow`; the dialog deletes itself when closed.
    QDialog *openDetails(int sourceRow);

    BillingReportModel *model() const { return m_model; }
    BillingReportProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    QString fromPeriod() const;
    QString toPeriod() const;

Q_SIGNALS:
    /// Preview Invoices was chosen after a run.
    void previewRequested(qint64 runId);
    /// A failure in a run's summary, double-clicked: open where it is fixed.
    void fixRequested(qint64 customerId, const QString &fix);
    void statementsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void updateRangeWidgets();
    void updateSummary();

    core::Database &m_db;
    QDate m_today;
    bool m_stale = true;
    QComboBox *m_vendor;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    QToolButton *m_options;
    QLabel *m_summary;
    QTableView *m_view;
    BillingReportModel *m_model;
    BillingReportProxy *m_proxy;
};

/// The drill-down of one customer's row: charges by product type and product with the rule
/// that priced each, and the usage lines behind them.
class BillingReportDetails : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingReportDetails)
public:
    BillingReportDetails(core::Database &db, core::Vendor vendor, const QString &from, const QString &to,
                         const core::BillingReportRow &row, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    QTableWidget *lines() const { return m_lines; }

private:
    QTreeWidget *m_tree;
    QTableWidget *m_lines;
};

} // namespace bursar::ui
