#include "core/storage/window_lock.h"

#include "core/storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace bursar::core {

WindowLock::~WindowLock()
{
    if (m_file)
        m_file->unlock();
}

QString WindowLock::lockPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".window.lock");
}

Result<std::unique_ptr<WindowLock>> WindowLock::acquire(const QString &location)
{
    std::unique_ptr<WindowLock> lock(new WindowLock);
    if (Database::isPostgresUrl(location))
        return lock;
    const QString path = lockPath(location);
    if (!QFileInfo(path).absoluteDir().exists())
        return lock; // Database::open refuses a missing folder with the better message
    lock->m_file = std::make_unique<QLockFile>(path);
    lock->m_file->setStaleLockTime(0); // only a dead holder makes it stale, never its age
    if (lock->m_file->tryLock(0))
        return lock;
    if (lock->m_file->error() != QLockFile::LockFailedError)
        return fail(tr("Cannot take the window lock “%1” beside the database; check that you may write in its folder.")
                        .arg(QDir::toNativeSeparators(path)));
    qint64 pid = 0;
    QString host, app;
    lock->m_file->getLockInfo(&pid, &host, &app);
    const QFileInfo info(path); // stat only: the lock file is not the database
    const QString since = QLocale().toString(info.lastModified(), QLocale::ShortFormat);
    return fail(
        tr("Bursar already has “%1” open in another window (process %2 of %3 on %4, since %5). Switch to that "
           "window, or close it and try again. A database file is one clerk's; clerks who work at the same time "
           "share a PostgreSQL database (File > Open Shared Database). The command line works beside the window.")
            .arg(QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath()))
            .arg(pid)
            .arg(info.owner().isEmpty() ? tr("another user") : info.owner(), host, since),
        QStringLiteral("database"));
}

} // namespace bursar::core
