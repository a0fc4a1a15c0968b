#pragma once

#include "core/billing/billing_run.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// What Generate Invoices starts from: the switches of the vendor's last run, and how the
/// period's statements so far were made.
struct GenerateHistory
{
    std::optional<core::BillingOptions> lastOptions;
    core::BillingRun::PeriodTax period;
    /// Read from the database; empty (defaults) when it cannot be read.
    static GenerateHistory of(core::Database &db, core::Vendor vendor, const QString &period);
};

/// Generate Invoices: the selected customers of a vendor report and period, and the four
/// switches of seed 001 (Apply Credits, Include Tax, Include Marketplace Fees, Use Credits
/// for Marketplace Fees). The switches start as the vendor's last run had them, and when the
/// period's other statements were made with tax the dialog says so before a run without it.
class GenerateInvoicesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateInvoicesDialog)
public:
    GenerateInvoicesDialog(core::Vendor vendor, const QString &period, const QList<qint64> &customers,
                           QWidget *parent = nullptr, const GenerateHistory &history = {});
    core::GenerateRequest request() const;
    /// The warning shown above Generate, or empty.
    QString warningText() const;
    QPushButton *generateButton() const { return m_generate; }
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
    QLabel *m_remembered;
    QLabel *m_warning;
    QPushButton *m_generate = nullptr;
    GenerateHistory m_history;
    void updateWarning();
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
    /// A double-click on a failed or skipped customer: asks for the page that fixes it.
    void openFix(int row);
    /// Where a CustomerOutcome::fix is made, as the row's tooltip names it.
    static QString fixPlace(const QString &fix);

Q_SIGNALS:
    void previewRequested(qint64 runId);
    /// Open where the customer's failure is fixed (CustomerOutcome::fix).
    void fixRequested(qint64 customerId, const QString &fix);

private:
    QLabel *m_summary;
    QTableWidget *m_problems;
};

/// Runs `request` on a worker thread with progress and Cancel (each customer's statement
/// is whole either way).
core::Result<core::GenerateResult> generateWithProgress(QWidget *parent, core::Database &db,
                                                        const core::GenerateRequest &request);

} // namespace bursar::ui
