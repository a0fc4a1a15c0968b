#pragma once

#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace bursar::ui {

class FormFeedback;
class CustomerPicker;

/// Add New Credit Memo / Add New Debit Memo, in two steps as the seed describes: the account
/// and the memo's fields, then its details (Add Detail, repeatable) with live totals and tax
/// from the memo calculator. Saves a Hold memo.
class MemoDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoDialog)
public:
    MemoDialog(core::Database &db, core::ArKind kind, QWidget *parent = nullptr);
    /// Edits a Hold memo: its fields and lines filled in, its account fixed; Save replaces
    /// them. False (the reason shown) when the memo cannot be read.
    bool edit(qint64 memoId);
    /// Step 1 filled in by a caller (a test, the customer profile).
    void setCustomer(qint64 customerId);
    void setDescription(const QString &text);
    /// Goes to step 2; false (with the reason shown) when step 1 is not complete.
    bool next();
    /// Adds a detail line as typed; false when it cannot be read (shown).
    bool addDetail(const core::MemoLineInput &line);
    /// Removes the detail in `row` of the lines table.
    void removeDetail(int row);
    QTableWidget *lines() const { return m_lines; }
    /// Saves the memo; false (the reason shown) when the core refuses it.
    bool save();
    qint64 savedId() const { return m_saved; }
    QString totalsText() const;
    /// The documents the adjusted-document picker offers, as their numbers.
    QStringList adjustableNumbers() const;
    void setAdjusts(const QString &text);

private:
    void recalculate();
    /// Lists the customer's approved statements and its memos, newest first, to adjust.
    void listAdjustable(qint64 customerId);
    core::NewMemo memo() const;

    core::Database &m_db;
    core::ArKind m_kind;
    QStackedWidget *m_steps;
    CustomerPicker *m_customer;
    QLineEdit *m_currency;
    QDateEdit *m_date;
    QLineEdit *m_description;
    QLineEdit *m_branch;
    QLineEdit *m_person;
    QComboBox *m_adjusts; ///< the customer's statements and memos, or a number typed in
    QSpinBox *m_terms;
    QLineEdit *m_lineDescription;
    QLineEdit *m_quantity;
    QLineEdit *m_unit;
    QLineEdit *m_price;
    QLineEdit *m_discount;
    QComboBox *m_category;
    QTableWidget *m_lines;
    QLabel *m_totals;
    FormFeedback *m_feedback;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QList<core::MemoLineInput> m_input;
    qint64 m_editing = 0; ///< the Hold memo edited; 0 for a new one
    qint64 m_saved = 0;
};

/// Record Payment: customer, date, amount, currency, method (one of the customer's, or a
/// reference typed in) and a reference text. Open at once.
class PaymentDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)
public:
    PaymentDialog(core::Database &db, QWidget *parent = nullptr);
    void fill(qint64 customerId, const QString &amount, const QString &currency, QDate date);
    bool save();
    qint64 savedId() const { return m_saved; }

private:
    core::Database &m_db;
    CustomerPicker *m_customer;
    QDateEdit *m_date;
    QLineEdit *m_amount;
    QLineEdit *m_currency;
    QComboBox *m_method;
    QLineEdit *m_reference;
    FormFeedback *m_feedback;
    qint64 m_saved = 0;
};

/// Apply: the customer's outstanding documents in the source's currency with the split a
/// policy proposes, as a before/after table; the amounts can be edited, the totals follow,
/// and nothing is written until Apply is pressed. Over-application is refused by the core
/// and said here.
class ApplyDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyDialog)
public:
    ApplyDialog(core::Database &db, const core::ArRef &source, QWidget *parent = nullptr);
    void setPolicy(core::SplitPolicy policy);
    void setAmount(int row, const QString &amount);
    void setDate(QDate date);
    bool apply();
    QTableWidget *table() const { return m_table; }
    QString totalsText() const;
    QString feedbackText() const;

private:
    void load();
    void updateTotals();

    core::Database &m_db;
    core::ArRef m_source;
    core::ApplyPreview m_preview;
    QComboBox *m_policy;
    QDateEdit *m_date;
    QTableWidget *m_table;
    QLabel *m_header;
    QLabel *m_totals;
    FormFeedback *m_feedback;
};

/// A document and why it is still open: its lines and tax, and every application and
/// reversal with date, user, amount and the balance after each; Unapply reverses one.
class DocumentView : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)
public:
    DocumentView(core::Database &db, const core::ArRef &document, QWidget *parent = nullptr);
    QTableWidget *history() const { return m_history; }
    bool unapply(int row);
    /// Writes off what is left of the document today, within its currency's tolerance.
    bool writeOff();
    /// Opens a Hold memo in the memo dialog (Edit…); true when it was saved.
    bool editMemo();
    /// Writes the memo or payment as a PDF (Save PDF…).
    bool savePdf(const QString &path);
    /// Writes the memo or payment in a registered format ("pdf", "ubl"); a UBL file's
    /// SHA-256 is kept with the memo.
    bool saveAs(const QString &formatKey, const QString &path);
    /// What the view says now (a refusal, "Saved …").
    QString feedbackText() const;

Q_SIGNALS:
    void changed();

private:
    void load();

    core::Database &m_db;
    core::ArRef m_document;
    QPushButton *m_edit = nullptr;
    QLabel *m_header;
    QTableWidget *m_lines;
    QTableWidget *m_history;
    FormFeedback *m_feedback;
    QList<core::ArApplication> m_entries;
};

} // namespace bursar::ui
