#pragma once

#include "core/billing/statement.h"
#include "core/billing/statement_service.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class StatementEmailsPanel;

/// View of one statement, whole: who and when, lines grouped by product type with
/// subtotals, credits (one line per vendor), marketplace fees, tax by rate, total and amount
/// due, and an Explain pane with every rule and credit behind each number. A draft can be
/// approved or deleted from here. "Show in" converts through the exchange-rate table and
/// records the rate and its date.
class StatementViewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementViewDialog)
public:
    StatementViewDialog(core::Database &db, qint64 statementId, QWidget *parent = nullptr);

    const core::Statement &statement() const { return m_statement; }
    QTreeWidget *lines() const { return m_lines; }
    QTreeWidget *totals() const { return m_totals; }
    QString explainText() const;
    StatementEmailsPanel *emails() const { return m_emails; }
    QString headerText() const;
    /// Shows the amounts in `currency`; false (with the reason shown) without a rate.
    bool showIn(const QString &currency);
    QString conversionText() const;
    /// The E-invoice tab: whether the statement leaves as UBL, or each rule that stops it
    /// with the field to set, and the UBL files written with their SHA-256.
    QString einvoiceText() const;
    /// Approve and Delete Draft without asking (the buttons ask first, with No as default).
    bool approve();
    bool remove();
    /// What the Approve button asks: the statement, the number it takes, issue and due date.
    QString approveQuestion() const;

Q_SIGNALS:
    void statementChanged();

private:
    void load();
    void showEInvoice();
    bool confirm(const QString &title, const QString &question, const QString &yes, const QString &name);
    core::Database &m_db;
    qint64 m_id;
    core::Statement m_statement;
    QLabel *m_header;
    QTreeWidget *m_lines;
    QTreeWidget *m_totals;
    QPlainTextEdit *m_explain;
    QPlainTextEdit *m_einvoice;
    QComboBox *m_showIn;
    QLabel *m_conversion;
    QPushButton *m_approve;
    QPushButton *m_delete;
    StatementEmailsPanel *m_emails = nullptr;
};

} // namespace bursar::ui
