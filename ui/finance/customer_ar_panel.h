#pragma once

#include "core/finance/ar_document.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// The customer profile's AR Documents folder (PRODUCT.md §7): the balance per currency and
/// every credit memo, debit memo and payment of the customer; a double-click opens one with
/// its applications.
class CustomerArPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerArPanel)
public:
    explicit CustomerArPanel(core::Database &db, QWidget *parent = nullptr);
    void setCustomer(qint64 customerId);
    void reload();
    QTableWidget *table() const { return m_table; }
    QString balanceText() const;

private:
    core::Database &m_db;
    qint64 m_customer = 0;
    QLabel *m_balance;
    QTableWidget *m_table;
    FormFeedback *m_feedback;
    QList<core::ArDocument> m_documents;
};

} // namespace bursar::ui
