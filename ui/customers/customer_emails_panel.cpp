#include "ui/customers/customer_emails_panel.h"

#include "core/domain/timestamp.h"
#include "core/notify/notification_service.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/icons.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

CustomerEmailsPanel::CustomerEmailsPanel(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_email(new QLineEdit(this)),
      m_enabled(new QCheckBox(tr("Email this customer's statements when they are approved"), this)),
      m_goesTo(new QLabel(this)), m_emails(new QTreeWidget(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("customerEmails"));
    m_email->setObjectName(QStringLiteral("billingEmail"));
    m_email->setPlaceholderText(tr("empty: the customer's email (General)"));
    m_enabled->setObjectName(QStringLiteral("emailStatements"));
    m_feedback->addField(QStringLiteral("billing_email"), m_email);
    m_emails->setObjectName(QStringLiteral("customerEmailList"));
    m_emails->setRootIsDecorated(false);
    m_emails->setColumnCount(5);
    m_emails->setHeaderLabels({tr("Statement"), tr("To"), tr("Status"), tr("Sent"), tr("Server's answer")});
    m_emails->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto *form = new QFormLayout;
    form->addRow(tr("Billing contact:"), m_email);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_goesTo);
    auto *saveButton = withIcon(Icon::Save, new QPushButton(tr("Save Contact"), this));
    saveButton->setObjectName(QStringLiteral("saveContact"));
    connect(saveButton, &QPushButton::clicked, this, &CustomerEmailsPanel::save);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(saveButton);
    form->addRow(row);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addWidget(new QLabel(tr("Statement emails, newest first:"), this));
    layout->addWidget(m_emails, 1);
}

void CustomerEmailsPanel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void CustomerEmailsPanel::reload()
{
    if (m_customerId <= 0)
        return;
    NotificationService service(m_db);
    auto c = service.customer(m_customerId);
    if (!c)
        return m_feedback->showError(c.error());
    m_email->setText(c->email);
    m_enabled->setChecked(c->enabled);
    m_goesTo->setText(!c->enabled              ? tr("Approved statements are not emailed.")
                      : c->address().isEmpty() ? tr("No address: approved statements cannot be emailed.")
                                               : tr("Approved statements go to %1.").arg(c->address()));
    m_emails->clear();
    NotificationFilter f;
    f.customerId = m_customerId;
    auto list = service.list(f, 0, 200);
    if (!list)
        return m_feedback->showError(list.error());
    for (const Notification &n : *list) {
        auto *item = new QTreeWidgetItem(m_emails, {n.statementNumber, n.recipient,
                                                    n.status == u"sent"     ? tr("Sent")
                                                    : n.status == u"failed" ? tr("Failed")
                                                                            : tr("Waiting"),
                                                    displayTimestamp(n.sentAt), n.lastReply});
        item->setToolTip(4, n.lastReply);
    }
    for (int col = 0; col < 4; ++col)
        m_emails->resizeColumnToContents(col);
}

bool CustomerEmailsPanel::save()
{
    if (Status s = NotificationService(m_db).setCustomer(m_customerId, m_email->text(), m_enabled->isChecked()); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    reload();
    m_feedback->showInfo(tr("Billing contact saved."));
    return true;
}

QString CustomerEmailsPanel::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
