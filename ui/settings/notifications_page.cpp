#include "ui/settings/notifications_page.h"

#include "core/notify/notification_settings.h"
#include "notify/smtp_password.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/page_title.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

NotificationsPage::NotificationsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db),
      m_enabled(new QCheckBox(tr("Email each statement to the customer when it is approved"), this)),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_security(new QComboBox(this)),
      m_sender(new QLineEdit(this)), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("notificationsPage"));
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port->setRange(1, 65535);
    m_port->setObjectName(QStringLiteral("port"));
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItem(tr("STARTTLS (port 587)"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS (port 465)"), QStringLiteral("tls"));
    m_security->addItem(tr("None (a relay on this network only)"), QStringLiteral("none"));
    m_sender->setObjectName(QStringLiteral("sender"));
    m_sender->setPlaceholderText(tr("billing@example.com"));
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setPlaceholderText(tr("empty: the server takes mail without a login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keyring, never in the database"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    m_feedback->addFields({{QStringLiteral("host"), m_host},
                           {QStringLiteral("port"), m_port},
                           {QStringLiteral("sender"), m_sender},
                           {QStringLiteral("password"), m_password},
                           {QStringLiteral("subject"), m_subject},
                           {QStringLiteral("body"), m_body}});
    // The usual port comes with the choice, unless the clerk set another one.
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_security->currentData().toString();
        if (m_port->value() == 587 || m_port->value() == 465 || m_port->value() == 25)
            m_port->setValue(key == u"tls" ? 465 : key == u"starttls" ? 587 : 25);
    });

    auto *server = new QGroupBox(tr("SMTP server"), this);
    auto *form = new QFormLayout(server);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("Sender:"), m_sender);
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Password:"), m_password);
    auto *words = new QGroupBox(tr("The email"), this);
    auto *wordsForm = new QFormLayout(words);
    wordsForm->addRow(tr("Subject:"), m_subject);
    wordsForm->addRow(tr("Text:"), m_body);
    auto *placeholders = new QLabel(
        tr("Placeholders: %1. The statement's PDF is attached.").arg(NotificationSettingsService::placeholders()),
        words);
    placeholders->setWordWrap(true);
    wordsForm->addRow(QString(), placeholders);
    auto *saveButton = withIcon(Icon::Save, new QPushButton(tr("Save"), this));
    saveButton->setObjectName(QStringLiteral("save"));
    connect(saveButton, &QPushButton::clicked, this, &NotificationsPage::save);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(saveButton);

    auto *note =
        new QLabel(tr("Approving a statement (one, or Approve All) queues one email to the customer's billing "
                      "contact (set in the customer's profile, Statement Emails). Bursar sends the queue in the "
                      "background and tries a busy server again; a failed email never undoes an approval. "
                      "Each statement's email log is in its view."),
                   this);
    note->setWordWrap(true);
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(note);
    columnLayout->addWidget(server);
    columnLayout->addWidget(words);
    columnLayout->addLayout(buttons);
    columnLayout->addWidget(m_feedback);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Notifications"), this));
    layout->addWidget(column);
    layout->addStretch(1);
    reload();
}

void NotificationsPage::reload()
{
    auto n = NotificationSettingsService(m_db).load();
    if (!n)
        return m_feedback->showError(n.error());
    m_enabled->setChecked(n->enabled);
    m_host->setText(n->host);
    m_security->setCurrentIndex(m_security->findData(NotificationSettingsService::securityKey(n->security)));
    m_port->setValue(n->port);
    m_sender->setText(n->sender);
    m_login->setText(n->login);
    m_password->clear();
    m_subject->setText(n->subject);
    m_body->setPlainText(n->body);
}

bool NotificationsPage::save()
{
    NotificationSettings n;
    n.enabled = m_enabled->isChecked();
    n.host = m_host->text();
    n.port = m_port->value();
    n.security = NotificationSettingsService::securityFromKey(m_security->currentData().toString())
                     .value_or(SmtpSecurity::StartTls);
    n.sender = m_sender->text();
    n.login = m_login->text();
    n.subject = m_subject->text();
    n.body = m_body->toPlainText();
    if (Status s = NotificationSettingsService(m_db).save(n); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    QString saved = tr("Saved.");
    const QString password = m_password->text();
    m_password->clear();
    if (!password.isEmpty()) {
        if (Status kept = notify::SmtpPassword::save(n, password))
            saved = tr("Saved; the password is in the system keyring.");
        else
            saved = tr("Saved. %1 The password is kept until Bursar closes.").arg(kept.error().message);
        Q_EMIT passwordGiven(password);
    }
    Q_EMIT settingsSaved();
    m_feedback->showInfo(saved);
    return true;
}

QString NotificationsPage::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
