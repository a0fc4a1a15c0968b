#pragma once

#include "core/billing/credit.h"
#include "core/billing/credit_service.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// Reports > Credits: every customer's credits with issued, applied and remaining amounts,
/// expired remainders shown (never dropped), totals per vendor and currency, CSV export; below
/// them the expiring credits.
class CreditsReportPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditsReportPage)
public:
    explicit CreditsReportPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    void setFilterText(const QString &text);
    bool exportCsv(const QString &path, QString *error);
    QTableWidget *table() const { return m_table; }
    /// Expiring credits: the shown credits' remainders that expire within 30, 60 and 90
    /// days, per customer, vendor and currency.
    QTableWidget *expiringTable() const { return m_expiring; }
    QString summaryText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    core::Database &m_db;
    bool m_stale = true;
    QList<core::Credit> m_all;
    QList<core::Credit> m_shown;
    QComboBox *m_vendor;
    QLineEdit *m_filter;
    QCheckBox *m_remainingOnly;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTableWidget *m_expiring;
};

} // namespace bursar::ui
