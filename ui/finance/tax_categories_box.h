#pragma once

#include <QGroupBox>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Settings > Tax Tables' tax categories: which of the region's and state's rates a memo
/// line of each category pays. Picking a row fills the form; Save adds or changes one.
class TaxCategoriesBox : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxCategoriesBox)
public:
    explicit TaxCategoriesBox(core::Database &db, QWidget *parent = nullptr);
    void reload();
    bool save(const QString &name, bool regionRate, bool stateRate);
    bool remove(const QString &name);
    QTableWidget *table() const { return m_table; }
    QString feedbackText() const;

private:
    core::Database &m_db;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QCheckBox *m_region;
    QCheckBox *m_state;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
