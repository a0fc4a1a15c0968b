#pragma once

#include "billing/billing_run.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// Generate Invoices: the selected customers of a vendor report and period, and the four
/// switches of seed 001 (Apply Credits, Include Tax, Include Marketplace Fees, Use Credits
/// for Marketplace Fees).
class GenerateInvoicesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateInvoicesDialog)
public:
    GenerateInvoicesDialog(core::Vendor vendor, const QString &period, const QList<qint64> &customers,
                           QWidget *parent = nullptr);
    core::GenerateRequest request() const;
    QCheckBox *applyCredits() const { return m_applyCredits; }
    QCheckBox *includeTax() const { return m_includeTax; }
    QCheckBox *marketplaceFees() const { return m_marketplaceFees; }
    QCheckBox *marketplaceCredits() const { return m_marketplaceCredits; }

private:
    core::GenerateRequest m_request;
    QCheckBox *m_applyCredits;
    QCheckBox *m_includeTax;
    QCheckBox *m_marketplaceFees;
    QCheckBox *m_marketplaceCredits;
};

/// What a run did: the statements made, and the customers that failed (with the message and
/// its fix) or were skipped; Preview Invoices opens Billing > Preview.
class GenerateSummaryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateSummaryDialog)
public:
    GenerateSummaryDialog(const core::GenerateResult &result, QWidget *parent = nullptr);
    QString summaryText() const;
    QTableWidget *problems() const { return m_problems; }

Q_SIGNALS:
    void previewRequested(qint64 runId);

private:
    QLabel *m_summary;
    QTableWidget *m_problems;
};

/// Runs `request` on a worker thread with progress and Cancel (each customer's statement
/// is whole either way).
core::Result<core::GenerateResult> generateWithProgress(QWidget *parent, core::Database &db,
                                                        const core::GenerateRequest &request);

} // namespace bursar::ui
