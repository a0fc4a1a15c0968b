#pragma once

#include "core/result.h"
#include "core/usage/usage_importer.h"
#include "core/usage/usage_records.h"
#include "ui/widgets/paged_model.h"

#include <QDate>
#include <QWidget>
#include <atomic>

class QComboBox;
class QLineEdit;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class AddCreditDialog;
class FormFeedback;

/// Runs one usage import on a worker thread with its own connection, with a progress
/// dialog and Cancel; a cancelled import leaves nothing behind (the importer's transaction
/// rolls back). Returns the importer's answer.
core::Result<core::ImportSummary> importUsageWithProgress(QWidget *parent, core::Database &db, const QString &path,
                                                          const core::ImportOptions &options);

/// Usage > Imports: every imported file with its hash, rows, totals, who and when, and
/// whether a corrected file replaced it; the Import Usage File and Replace With Corrected
/// File buttons.
class UsageImportsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageImportsPage)
public:
    explicit UsageImportsPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    /// Imports `path` with the vendor and format chosen on the page (progress, Cancel); with
    /// `replaces`, the file replaces that import (a re-issued month).
    bool importFile(const QString &path, qint64 replaces = 0);
    /// Imports `path` in place of the import in `row` of the history.
    bool replaceRow(int row, const QString &path);
    /// FOCUS providers whose rows the next import leaves out, comma-separated.
    void setSkippedProviders(const QString &names);
    QTableView *table() const { return m_table; }
    PagedListModel<core::ImportRecord> *model() const { return m_model; }
    QString feedbackText() const;

Q_SIGNALS:
    void usageChanged();

private:
    static QList<ListColumn<core::ImportRecord>> columns();
    core::Database &m_db;
    QComboBox *m_vendor;
    QComboBox *m_format;
    QLineEdit *m_skip; ///< FOCUS providers to leave out, comma-separated
    PagedListModel<core::ImportRecord> *m_model;
    QTableView *m_table;
    FormFeedback *m_feedback;
};

/// Usage > Unmapped Accounts: vendor accounts with usage that no customer is mapped to.
/// Mapping one to a customer makes its usage count at once, without a second import.
class UnmappedAccountsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnmappedAccountsPage)
public:
    explicit UnmappedAccountsPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    /// Maps the account in `row` to `customerId`.
    bool mapRow(int row, qint64 customerId);
    QTableView *table() const { return m_table; }
    PagedListModel<core::UnmappedAccount> *model() const { return m_model; }
    QString feedbackText() const;

Q_SIGNALS:
    void usageChanged();

private:
    static QList<ListColumn<core::UnmappedAccount>> columns();
    core::Database &m_db;
    PagedListModel<core::UnmappedAccount> *m_model;
    QTableView *m_table;
    FormFeedback *m_feedback;
};

/// Usage > Vendor Credits: the credits the vendor gave in its usage files, per customer
/// and account, for a range of months, so the clerk can issue them as customer credits:
/// one row through a prefilled Add Credit, a selection all at once (after a question).
class VendorCreditsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VendorCreditsPage)
public:
    explicit VendorCreditsPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    void setRange(QDate from, QDate to);
    QTableView *table() const { return m_table; }
    PagedListModel<core::VendorCredit> *model() const { return m_model; }
    QPushButton *issueButton() const { return m_issue; }
    QString feedbackText() const;
    /// Opens Add Credit filled in from the row (deleted when closed); nullptr, with the
    /// reason shown, when the row cannot be passed on.
    AddCreditDialog *issueRow(int row);
    /// Issue as Customer Credit on the selected rows: one row as issueRow, several after a
    /// question, in one transaction. False when refused or not confirmed.
    bool issueSelected();

private:
    static QList<ListColumn<core::VendorCredit>> columns();
    core::Vendor vendor() const;
    core::Database &m_db;
    QComboBox *m_vendor;
    QDateEdit *m_from;
    QDateEdit *m_to;
    PagedListModel<core::VendorCredit> *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_issue;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
