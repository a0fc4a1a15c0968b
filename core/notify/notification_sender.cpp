#include "core/notify/notification_sender.h"

#include "core/billing/statement_service.h"
#include "core/formats/document_format.h"
#include "core/formats/statement_export.h"
#include "core/notify/mail_message.h"
#include "core/notify/notification_service.h"
#include "core/notify/notification_settings.h"
#include "core/settings/document_settings.h"

namespace bursar::core {

Result<SendSummary> NotificationSender::sendDue(int limit, const QDateTime &now)
{
    auto settings = NotificationSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    if (Status s = NotificationSettingsService::requireServer(*settings); !s)
        return s.error();
    const auto pdf = DocumentFormats::find(QStringLiteral("pdf"));
    if (!pdf)
        return fail(tr("This Bursar cannot write PDFs, so it cannot send statements."), QStringLiteral("format"));
    auto documents = DocumentSettingsService(m_db).load();
    if (!documents)
        return documents.error();
    NotificationService service(m_db);
    auto due = service.claimDue(now, limit);
    if (!due)
        return due.error();
    SendSummary summary;
    const QString domain = settings->sender.mid(settings->sender.indexOf(u'@') + 1);
    for (const Notification &n : std::as_const(*due)) {
        MailDelivery delivery;
        auto statement = StatementService(m_db).statement(n.statementId);
        auto bytes = statement ? StatementExporter(m_db).write(n.statementId, *pdf, *documents)
                               : Result<QByteArray>(statement.error());
        if (!bytes) {
            delivery = {false, true, tr("The PDF could not be written: %1").arg(bytes.error().message)};
        } else {
            MailMessage m;
            m.from = settings->sender;
            m.to = n.recipient;
            m.subject = n.subject;
            m.body = n.body;
            m.attachmentName = exportFileName(*statement, documents->filePattern, *pdf);
            m.attachment = *bytes;
            m.date = now;
            m.messageId = QStringLiteral("statement-%1-%2@%3").arg(n.statementId).arg(n.id).arg(domain);
            delivery = m_transport(*settings, n.recipient, mimeMessage(m));
        }
        const Status recorded = delivery.sent ? service.recordSent(n.id, delivery.reply)
                                              : service.recordFailure(n.id, delivery.reply, delivery.permanent, now);
        if (!recorded)
            return recorded.error();
        if (delivery.sent)
            ++summary.sent;
        else if (delivery.permanent || n.attempts + 1 >= NotificationService::MaxAttempts)
            ++summary.failed;
        else
            ++summary.retrying;
    }
    return summary;
}

} // namespace bursar::core
