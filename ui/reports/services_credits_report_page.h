#pragma once

#include "core/servicescredits/services_credit_report.h"
#include "ui/widgets/paged_model.h"

#include <QDate>
#include <QWidget>

class QChartView;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Reports > Services Credits: balance per customer and currency (credits and value), what
/// expires in the next 30, 60 and 90 days with a chart of what expires when, the history of
/// one purchase with running balances, and the liability roll-forward for a period with its
/// proof line. Every table exports to CSV.
class ServicesCreditsReportPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesCreditsReportPage)
public:
    explicit ServicesCreditsReportPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    void showHistory(qint64 purchaseId);
    void showRollForward(QDate from, QDate to);
    PagedListModel<core::CustomerCreditsBalance> *balances() const { return m_balanceModel; }
    QTableWidget *expiring() const { return m_expiring; }
    QTableWidget *history() const { return m_history; }
    QTableWidget *rollForward() const { return m_rollForward; }
    QLabel *expiringSummary() const { return m_expiringSummary; }
    QLabel *proof() const { return m_proof; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The current tab's table as CSV (RFC 4180).
    QByteArray csv() const;

private:
    QWidget *rollForwardTab();
    void fillExpiring();
    /// Fills the current tab when it was not filled since the last reload.
    void fillCurrent();

    core::Database &m_db;
    QTabWidget *m_tabs;
    PagedListModel<core::CustomerCreditsBalance> *m_balanceModel;
    QTableView *m_balances;
    QTableWidget *m_expiring, *m_history, *m_rollForward;
    bool m_expiringFilled = false, m_rollForwardFilled = false;
    QLabel *m_expiringSummary, *m_proof;
    QChartView *m_chart;
    QSpinBox *m_purchase;
    QDateEdit *m_from, *m_to;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
