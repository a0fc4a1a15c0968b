#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Settings > Write-off: the tolerance per currency within which a document's small balance
/// may be written off (by an adjustment memo, from the document's view).
class WriteOffPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteOffPage)
public:
    explicit WriteOffPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    /// Sets a currency's tolerance ("0" removes it); false with the message shown when refused.
    bool save(const QString &currency, const QString &amount);
    QTableWidget *table() const { return m_table; }

private:
    core::Database &m_db;
    QTableWidget *m_table;
    QComboBox *m_currency;
    QLineEdit *m_amount;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
