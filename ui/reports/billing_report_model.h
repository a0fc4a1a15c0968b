#pragma once

#include "core/reports/billing_report.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>

namespace bursar::ui {

/// The rows of a Billing Customers Report with a checkbox each. The report is computed
/// from per-account totals, so even 10k customers are a few thousand rows in memory; the
/// view draws only what is visible. The checked customers stay checked when the report
/// is rebuilt for the same vendor and range: the Generate step takes them.
class BillingReportModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingReportModel)
public:
    enum Column {
        Selected,
        Id,
        Customer,
        Currency,
        Pricebook,
        Cost,
        Price,
        Margin,
        MarginPercent,
        Marketplace,
        InvoiceCurrency,
        Billed,
        Problem,
        ColumnCount
    };
    /// The role the proxy sorts by: Decimal for amounts, qint64 for IDs, text otherwise.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit BillingReportModel(QObject *parent = nullptr);

    void setReport(core::BillingReport report);
    const core::BillingReport &report() const { return m_report; }
    const core::BillingReportRow &row(int r) const { return m_report.rows.at(r); }

    QSet<qint64> selectedCustomers() const { return m_selected; }
    void setSelected(const QSet<qint64> &ids);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void selectionChanged();

private:
    core::BillingReport m_report;
    QSet<qint64> m_selected;
    QLocale m_locale;
};

/// Filters by customer ID and name; sorts amounts as exact decimals.
class BillingReportProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    /// Shows rows whose ID or customer name contains `text` (any case).
    void setText(const QString &text);
    /// Shows only rows that need attention (no pricebook, no currency ...).
    void setProblemsOnly(bool on);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_problemsOnly = false;
};

} // namespace bursar::ui
