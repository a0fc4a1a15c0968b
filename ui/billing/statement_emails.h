#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// A statement's emails in its view: the notification log (queued, sent, failed with the
/// server's answer, retry, resent) and Send Again for an Open statement.
class StatementEmailsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementEmailsPanel)
public:
    StatementEmailsPanel(core::Database &db, qint64 statementId, QWidget *parent = nullptr);

    void reload();
    /// Queues the email again to `recipient` (empty: the billing contact); false with the
    /// reason shown when refused.
    bool resend(const QString &recipient);
    QTreeWidget *log() const { return m_log; }
    QString stateText() const;

Q_SIGNALS:
    /// An email was queued: the window's sender sends it.
    void queued();

private:
    core::Database &m_db;
    qint64 m_id;
    QTreeWidget *m_log;
    QLabel *m_state;
    QPushButton *m_resend;
};

} // namespace bursar::ui
