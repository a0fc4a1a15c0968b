#include "core/locks/run_lock.h"

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace bursar::core {

namespace {
constexpr int RunLockClass = 0x52554e; // "RUN": the advisory-lock namespace of billing runs

int lockKey(Vendor vendor, const QString &period)
{
    const QByteArray h =
        QCryptographicHash::hash((vendorKey(vendor) + u'/' + period).toUtf8(), QCryptographicHash::Sha1);
    return static_cast<int>((static_cast<quint32>(static_cast<quint8>(h[0])) << 24) |
                            (static_cast<quint32>(static_cast<quint8>(h[1])) << 16) |
                            (static_cast<quint32>(static_cast<quint8>(h[2])) << 8) | static_cast<quint8>(h[3]));
}
} // namespace

RunLock::~RunLock()
{
    if (m_db) {
        QSqlQuery q(m_db->connection().db);
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
        q.addBindValue(RunLockClass);
        q.addBindValue(m_key);
        q.exec();
    }
    if (m_file)
        m_file->unlock();
}

Result<std::unique_ptr<RunLock>> RunLock::acquire(Database &db, Vendor vendor, const QString &period)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    if (!form.match(period).hasMatch())
        return fail(tr("“%1” is not a billing period; write it as YYYY-MM, for example 2026-09.").arg(period),
                    QStringLiteral("period"));
    const QString what = vendorName(vendor) + u' ' + period;
    std::unique_ptr<RunLock> lock(new RunLock);
    if (db.dialect() == Dialect::PostgreSQL) {
        const int key = lockKey(vendor, period);
        Sql take(db, QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
        take.bind(RunLockClass).bind(key);
        if (Status s = take.exec(tr("locking the billing run")); !s)
            return s.error();
        if (!take.next() || !take.value(0).toBool()) {
            Sql who(db, QStringLiteral("SELECT a.usename, a.backend_start, a.client_hostname FROM pg_locks l "
                                       "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
                                       "AND l.classid = ? AND l.objid = ? AND l.granted"));
            who.bind(RunLockClass).bind(static_cast<quint32>(key));
            QString holder = tr("another session");
            if (who.exec().ok() && who.next())
                holder = who.value(0).toString();
            return fail(tr("A billing run for %1 is already running (by %2). Wait for it to finish; two runs must "
                           "never bill the same period.")
                            .arg(what, holder),
                        QStringLiteral("period"));
        }
        lock->m_db = &db;
        lock->m_key = key;
        return lock;
    }
    const QString path = db.location() + QStringLiteral(".run-%1-%2.lock").arg(vendorKey(vendor), period);
    lock->m_file = std::make_unique<QLockFile>(path);
    lock->m_file->setStaleLockTime(0); // only a dead holder makes a lock stale, never age
    if (!lock->m_file->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->m_file->getLockInfo(&pid, &host, &app);
        return fail(tr("A billing run for %1 is already running (process %2 on %3). Wait for it to finish; two runs "
                       "must never bill the same period.")
                        .arg(what)
                        .arg(pid)
                        .arg(host),
                    QStringLiteral("period"));
    }
    return lock;
}

} // namespace bursar::core
