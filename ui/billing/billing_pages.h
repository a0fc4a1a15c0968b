#pragma once

#include "core/billing/statement.h"
#include "core/billing/statement_service.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrintPreviewDialog;
class QTableView;

namespace bursar::core {
class Database;
}

namespace bursar::ui {
class CustomerPicker;

class ExportDialog;
class FormFeedback;
class StatementListModel;
class StatementViewDialog;

/// Billing > Preview Generated Billing Statements: the drafts of the last run (or all
/// drafts) with Approve All, Delete, View, Approve and Finish, as seed 001 describes.
class PreviewPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)
public:
    explicit PreviewPage(core::Database &db, QWidget *parent = nullptr);
    /// Shows the drafts of billing run `runId`, or every draft with 0.
    void showRun(qint64 runId);
    void refresh();
    /// The statements selected in the table, in table order.
    QList<qint64> selectedStatements() const;
    void selectRows(const QList<int> &rows);
    bool approveAll();
    bool approveSelected();
    bool deleteSelected(bool ask = true);
    StatementViewDialog *viewSelected();

    StatementListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString feedbackText() const;
    QString headerText() const;

Q_SIGNALS:
    void finished();
    void statementsChanged();

private:
    void updateHeader();
    core::Database &m_db;
    qint64 m_run = 0;
    QLabel *m_header;
    QCheckBox *m_allDrafts;
    QTableView *m_view;
    StatementListModel *m_model;
    FormFeedback *m_feedback;
};

/// Billing > Customer Invoices: All Customers or one customer, a range of billing periods,
/// a status filter (Past Due derived from the due date), opening a statement on
/// double-click.
class CustomerInvoicesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerInvoicesPage)
public:
    explicit CustomerInvoicesPage(core::Database &db, QWidget *parent = nullptr);
    void refresh();
    /// Empty text: All Customers.
    void setCustomerText(const QString &text);
    /// The customer's statements of every status (a run's "already billed", double-clicked).
    void showCustomer(qint64 customerId);
    void setStatus(std::optional<core::StatementStatus> status);
    void setPeriods(QDate from, QDate to);
    void setToday(QDate today);
    StatementViewDialog *openRow(int row);
    bool exportCsv(const QString &path, QString *error);
    /// The statements selected in the table, in table order.
    QList<qint64> selectedStatements() const;
    void selectRows(const QList<int> &rows);
    /// Print preview of the selected statements (all shown when none is selected).
    QPrintPreviewDialog *printSelected();
    /// Export of the selected statements (all shown when none is selected).
    ExportDialog *exportSelected();
    /// The statement of account of the customer the page shows; nothing without one.
    bool saveAccountStatement(const QString &path, QString *error);

    StatementListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;

Q_SIGNALS:
    void statementsChanged();

private:
    void apply();
    core::Database &m_db;
    QDate m_today;
    CustomerPicker *m_customer;
    QComboBox *m_vendor;
    QComboBox *m_status;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QTableView *m_view;
    StatementListModel *m_model;
};

} // namespace bursar::ui
