#pragma once

#include "core/finance/ar_service.h"
#include "ui/widgets/paged_model.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace bursar::ui {

class FormFeedback;
class CustomerPicker;

/// One list of Finance > Documents: credit memos, debit memos or payments, lazy, filtered by
/// customer, status, date range and amount, several selected at once.
class ArDocumentList : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArDocumentList)
public:
    ArDocumentList(core::Database &db, core::ArKind kind, QWidget *parent = nullptr);
    void refresh();
    QTableView *table() const { return m_table; }
    PagedListModel<core::ArDocument> *model() const { return m_model; }
    /// The filter as the fields say; a field that cannot be read is reported and left out.
    core::ArFilter filter() const;
    QLineEdit *customerFilter() const;
    QPushButton *button(const QString &objectName) const;

Q_SIGNALS:
    void changed(); ///< documents, applications or balances changed

private:
    QList<qint64> selected() const;
    void addMemo();
    void recordPayment();
    void release();
    void remove();
    void cancel();
    void applyFrom();
    void open(qint64 id);
    void updateButtons();

    core::Database &m_db;
    core::ArKind m_kind;
    CustomerPicker *m_customer;
    QComboBox *m_status;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_min;
    QLineEdit *m_max;
    PagedListModel<core::ArDocument> *m_model;
    QTableView *m_table;
    FormFeedback *m_feedback;
    QList<QPushButton *> m_buttons;
};

/// Finance > Documents: Credit Memos, Debit Memos and Payments (PRODUCT.md §7).
class FinanceDocumentsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinanceDocumentsPage)
public:
    explicit FinanceDocumentsPage(core::Database &db, QWidget *parent = nullptr);
    ArDocumentList *list(core::ArKind kind) const;
    QTabWidget *tabs() const { return m_tabs; }
    void refresh();

Q_SIGNALS:
    void changed();

private:
    QTabWidget *m_tabs;
    QList<ArDocumentList *> m_lists;
};

} // namespace bursar::ui
