#include "notify/smtp_password.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace bursar::notify {

using namespace bursar::core;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(bursar::notify::SmtpPassword)
};

const QString Service = QStringLiteral("Bursar SMTP");

/// Runs a keyring job to its end (at most 20 s: a keyring that never answers is none).
bool run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

QString SmtpPassword::entryName(const NotificationSettings &s)
{
    return QStringLiteral("%1@%2:%3").arg(s.login, s.host).arg(s.port);
}

Result<QString> SmtpPassword::read(const NotificationSettings &settings)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(entryName(settings));
    if (!run(job))
        return fail(Tr::tr("The system keyring did not answer."), QStringLiteral("password"));
    if (job.error() != QKeychain::NoError)
        return fail(Tr::tr("No password for %1 in the system keyring: %2").arg(entryName(settings), job.errorString()),
                    QStringLiteral("password"));
    return job.textData();
}

Status SmtpPassword::save(const NotificationSettings &settings, const QString &password)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(entryName(settings));
    job.setTextData(password);
    if (!run(job))
        return fail(Tr::tr("The system keyring did not answer."), QStringLiteral("password"));
    if (job.error() != QKeychain::NoError)
        return fail(Tr::tr("The system keyring did not keep the password: %1.")
                        .arg(job.errorString()),
                    QStringLiteral("password"));
    return success();
}

Status SmtpPassword::forget(const NotificationSettings &settings)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(entryName(settings));
    if (!run(job))
        return fail(Tr::tr("The system keyring did not answer."), QStringLiteral("password"));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fail(job.errorString(), QStringLiteral("password"));
    return success();
}

} // namespace bursar::notify
