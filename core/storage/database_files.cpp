#include "core/storage/database_files.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace bursar::core {

namespace {

const QStringList &companionSuffixes()
{
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

/// The path with links resolved when the file exists, else the clean absolute path.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool samePath(const QString &a, const QString &b)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return a.compare(b, Qt::CaseInsensitive) == 0;
#else
    return a == b;
#endif
}

#ifdef Q_OS_UNIX
/// stat() reads the inode without opening the file, so it takes no lock and drops none.
bool sameInode(const QString &a, const QString &b)
{
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
#endif

struct Registry
{
    QMutex mutex;
    QHash<QString, int> open; ///< resolved database path -> connections of this process
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

QString DatabaseFiles::registerOpen(const QString &databasePath)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const QString key = resolved(databasePath);
    ++r.open[key];
    return key;
}

void DatabaseFiles::unregisterOpen(const QString &key)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    auto it = r.open.find(key);
    if (it != r.open.end() && --it.value() <= 0)
        r.open.erase(it);
}

bool DatabaseFiles::isOpen(const QString &path)
{
    if (path.trimmed().isEmpty())
        return false;
    const QString candidate = resolved(path);
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    for (auto it = r.open.cbegin(); it != r.open.cend(); ++it) {
        for (const QString &suffix : companionSuffixes()) {
            const QString file = it.key() + suffix;
            if (samePath(resolved(file), candidate))
                return true;
#ifdef Q_OS_UNIX
            if (sameInode(file, candidate))
                return true;
#endif
        }
    }
    return false;
}

Status refuseDatabaseFile(const QString &path, const QString &purpose)
{
    if (!DatabaseFiles::isOpen(path))
        return success();
    return fail(DatabaseFiles::tr("“%1” is a file of the Bursar database that is open now; Bursar will not %2, "
                                  "because touching the database's files from outside the database can lose "
                                  "committed records. Choose another file.")
                    .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), purpose),
                QStringLiteral("file"));
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (Status s = refuseDatabaseFile(path, DatabaseFiles::tr("write over it")); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(DatabaseFiles::tr("Cannot write “%1”: %2")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), file.errorString()),
                    QStringLiteral("file"));
    return success();
}

} // namespace bursar::core
