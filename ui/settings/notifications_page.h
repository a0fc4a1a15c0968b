#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Settings > Notifications: the SMTP server statement emails go through when a statement
/// is approved, and the email's subject and text. The password goes to the system keyring
/// (or, where none answers, is kept for this session only): never to the database.
class NotificationsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPage)
public:
    explicit NotificationsPage(core::Database &db, QWidget *parent = nullptr);

    void reload();
    bool save();
    QString feedbackText() const;
    QCheckBox *enabled() const { return m_enabled; }
    QLineEdit *host() const { return m_host; }
    QSpinBox *port() const { return m_port; }
    QComboBox *security() const { return m_security; }
    QLineEdit *sender() const { return m_sender; }
    QLineEdit *login() const { return m_login; }
    QLineEdit *password() const { return m_password; }
    QLineEdit *subject() const { return m_subject; }
    QPlainTextEdit *body() const { return m_body; }

Q_SIGNALS:
    /// Saved: whoever sends the emails reads the settings again.
    void settingsSaved();
    /// The password the clerk typed, for the sender of this session (the keyring may not
    /// keep it).
    void passwordGiven(const QString &password);

private:
    core::Database &m_db;
    QCheckBox *m_enabled;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_sender;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
