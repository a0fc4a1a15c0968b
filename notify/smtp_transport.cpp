#include "notify/smtp_transport.h"

#include <QCoreApplication>
#include <curl/curl.h>
#include <mutex>

namespace bursar::notify {

using namespace bursar::core;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(bursar::notify::SmtpTransport)
};

struct Upload
{
    const QByteArray *data;
    qsizetype at = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = std::min(room, upload->data->size() - upload->at);
    if (n <= 0)
        return 0;
    memcpy(buffer, upload->data->constData() + upload->at, size_t(n));
    upload->at += n;
    return size_t(n);
}

/// Keeps the server's answers (curl shows them as incoming header lines).
int keepAnswers(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type == CURLINFO_HEADER_IN) {
        const QString line = QString::fromUtf8(data, qsizetype(size)).trimmed();
        if (!line.isEmpty())
            static_cast<QStringList *>(user)->append(line);
    }
    return 0;
}

QByteArray urlOf(const NotificationSettings &s)
{
    QString host = s.host;
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    const char *scheme = s.security == SmtpSecurity::Tls ? "smtps://" : "smtp://";
    return QByteArray(scheme) + host.toUtf8() + ':' + QByteArray::number(s.port);
}

} // namespace

MailDelivery sendSmtp(const NotificationSettings &settings, const QString &password, const QString &to,
                      const QByteArray &message)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    CURL *curl = curl_easy_init();
    if (!curl)
        return {false, false, Tr::tr("The mail library could not start.")};
    char error[CURL_ERROR_SIZE] = {};
    QStringList answers;
    Upload upload{&message};
    const QByteArray url = urlOf(settings), from = '<' + settings.sender.toUtf8() + '>', rcpt = '<' + to.toUtf8() + '>',
                     login = settings.login.toUtf8(), secret = password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, rcpt.constData());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 120L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    if (settings.security == SmtpSecurity::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!settings.login.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, login.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, secret.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, keepAnswers);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &answers);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    const CURLcode result = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (result == CURLE_OK) {
        // The answer to the message itself ("250 ... queued as ..."), not the one to QUIT.
        for (auto it = answers.crbegin(); it != answers.crend(); ++it)
            if (it->startsWith(u'2') && !it->startsWith(QLatin1String("221")))
                return {true, false, *it};
        return {true, false, answers.isEmpty() ? QString() : answers.last()};
    }
    // The server's refusal (the last 4xx or 5xx answer; a goodbye may follow it), or what
    // kept us from hearing one.
    for (auto it = answers.crbegin(); it != answers.crend(); ++it)
        if (it->startsWith(u'4') || it->startsWith(u'5'))
            return {false, it->startsWith(u'5'), *it};
    QString why = QString::fromUtf8(error);
    if (why.isEmpty())
        why = QString::fromUtf8(curl_easy_strerror(result));
    return {false, false, why};
}

MailTransport smtpTransport(const QString &password)
{
    return [password](const NotificationSettings &settings, const QString &to, const QByteArray &message) {
        return sendSmtp(settings, password, to, message);
    };
}

} // namespace bursar::notify
