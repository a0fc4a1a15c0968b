#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace bursar::core {

/// One email with one attachment, as the statement notification sends it.
struct MailMessage
{
    QString from;
    QString to;
    QString subject;
    QString body; ///< plain text; line breaks become CRLF
    QString attachmentName;
    QByteArray attachment;
    QByteArray attachmentType = "application/pdf";
    QDateTime date;
    QString messageId; ///< without the angle brackets
};

/// The message as an SMTP server takes it (RFC 5322 and MIME): CRLF line ends, a
/// multipart/mixed body with the text and the attachment in base64, the subject as UTF-8
/// encoded words when it is not ASCII. A line break in a header value is dropped, so a
/// customer's name can never add a header.
QByteArray mimeMessage(const MailMessage &message);

} // namespace bursar::core
