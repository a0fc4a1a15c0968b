#include "ui/billing/statement_emails.h"

#include "core/domain/timestamp.h"
#include "core/notify/notification_service.h"
#include "ui/widgets/icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QString eventText(const QString &event)
{
    if (event == u"queued")
        return StatementEmailsPanel::tr("Queued");
    if (event == u"sent")
        return StatementEmailsPanel::tr("Sent");
    if (event == u"failed")
        return StatementEmailsPanel::tr("Failed");
    if (event == u"retry")
        return StatementEmailsPanel::tr("Will try again");
    if (event == u"resent")
        return StatementEmailsPanel::tr("Queued again");
    return event;
}

} // namespace

StatementEmailsPanel::StatementEmailsPanel(Database &db, qint64 statementId, QWidget *parent)
    : QWidget(parent), m_db(db), m_id(statementId), m_log(new QTreeWidget(this)), m_state(new QLabel(this)),
      m_resend(withIcon(Icon::Send, new QPushButton(tr("Send &Again…"), this)))
{
    setObjectName(QStringLiteral("statementEmails"));
    m_log->setObjectName(QStringLiteral("emailLog"));
    m_log->setRootIsDecorated(false);
    m_log->setColumnCount(4);
    m_log->setHeaderLabels({tr("When"), tr("What"), tr("Detail"), tr("By")});
    m_log->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_state->setWordWrap(true);
    m_resend->setObjectName(QStringLiteral("resend"));
    connect(m_resend, &QPushButton::clicked, this, [this] {
        auto contact = NotificationService(m_db).list(NotificationFilter{m_id, {}, {}}, 0, 1);
        bool ok = false;
        const QString to = QInputDialog::getText(
            this, tr("Send the Statement Again"), tr("Send the statement's email to:"), QLineEdit::Normal,
            contact && !contact->isEmpty() ? contact->first().recipient : QString(), &ok);
        if (ok)
            resend(to);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_state, 1);
    row->addWidget(m_resend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_log, 1);
    layout->addLayout(row);
    reload();
}

void StatementEmailsPanel::reload()
{
    m_log->clear();
    auto events = NotificationService(m_db).events(m_id);
    if (!events) {
        m_state->setText(events.error().message);
        return;
    }
    for (const NotificationEvent &e : *events) {
        auto *item = new QTreeWidgetItem(m_log, {displayTimestamp(e.at), eventText(e.event), e.detail, e.actor});
        item->setToolTip(0, e.at);
        item->setToolTip(2, e.detail);
    }
    auto latest = NotificationService(m_db).list(NotificationFilter{m_id, {}, {}}, 0, 1);
    if (latest && !latest->isEmpty()) {
        const Notification &n = latest->first();
        m_state->setText(n.status == u"sent"     ? tr("Sent to %1 on %2.").arg(n.recipient, displayTimestamp(n.sentAt))
                         : n.status == u"failed" ? tr("Not sent to %1: %2").arg(n.recipient, n.lastReply)
                                                 : tr("Waiting to be sent to %1.").arg(n.recipient));
    } else {
        m_state->setText(tr("No email for this statement."));
    }
    for (int c = 0; c < 2; ++c)
        m_log->resizeColumnToContents(c);
}

bool StatementEmailsPanel::resend(const QString &recipient)
{
    auto made = NotificationService(m_db).resend(m_id, recipient);
    if (!made) {
        m_state->setText(made.error().message);
        return false;
    }
    reload();
    Q_EMIT queued();
    return true;
}

QString StatementEmailsPanel::stateText() const
{
    return m_state->text();
}

} // namespace bursar::ui
