#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// A customer's Statement Emails folder: the billing contact's address (empty: the
/// customer's email), whether approved statements are emailed, and the emails so far.
class CustomerEmailsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerEmailsPanel)
public:
    explicit CustomerEmailsPanel(core::Database &db, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    void reload();
    bool save();
    QLineEdit *email() const { return m_email; }
    QCheckBox *enabled() const { return m_enabled; }
    QTreeWidget *emails() const { return m_emails; }
    QString feedbackText() const;

private:
    core::Database &m_db;
    qint64 m_customerId = 0;
    QLineEdit *m_email;
    QCheckBox *m_enabled;
    QLabel *m_goesTo;
    QTreeWidget *m_emails;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
