#include "core/notify/mail_message.h"

#include <QLocale>
#include <QUuid>

namespace bursar::core {

namespace {

QString oneLine(const QString &value)
{
    QString out = value;
    out.replace(u'\r', u' ').replace(u'\n', u' ');
    return out.trimmed();
}

bool isAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() > 126 || c.unicode() < 32)
            return false;
    return true;
}

/// RFC 2047: "=?UTF-8?B?...?=" words of at most 45 bytes each, never splitting a character.
QByteArray encodedWords(const QString &text)
{
    const QString clean = oneLine(text);
    if (isAscii(clean))
        return clean.toUtf8();
    QByteArray out, chunk;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        QString one(clean.at(i));
        if (clean.at(i).isHighSurrogate() && i + 1 < clean.size())
            one += clean.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            out += (out.isEmpty() ? "" : "\r\n ") + QByteArray("=?UTF-8?B?") + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        out += (out.isEmpty() ? "" : "\r\n ") + QByteArray("=?UTF-8?B?") + chunk.toBase64() + "?=";
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray fileNameParameter(const QString &name)
{
    const QString clean = oneLine(name).remove(u'"').remove(u'\\');
    if (isAscii(clean))
        return "filename=\"" + clean.toLatin1() + '"';
    return "filename*=UTF-8''" + clean.toUtf8().toPercentEncoding();
}

} // namespace

QByteArray mimeMessage(const MailMessage &m)
{
    const QByteArray boundary = "bursar-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QDateTime date = (m.date.isValid() ? m.date : QDateTime::currentDateTimeUtc()).toUTC();
    const QByteArray dateText =
        QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
    QString body = m.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\n', QStringLiteral("\r\n"));
    QByteArray out;
    out += "Date: " + dateText + "\r\n";
    out += "From: " + oneLine(m.from).toUtf8() + "\r\n";
    out += "To: " + oneLine(m.to).toUtf8() + "\r\n";
    out += "Subject: " + encodedWords(m.subject) + "\r\n";
    if (!m.messageId.isEmpty())
        out += "Message-ID: <" + oneLine(m.messageId).toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(body.toUtf8());
    if (!m.attachment.isEmpty()) {
        out += "--" + boundary + "\r\n";
        out += "Content-Type: " + m.attachmentType + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n";
        out += "Content-Disposition: attachment; " + fileNameParameter(m.attachmentName) + "\r\n\r\n";
        out += base64Lines(m.attachment);
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace bursar::core
