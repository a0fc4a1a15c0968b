#pragma once
// What every benchmark shares: the process's peak memory and its options.

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QFile>
#include <QStringList>

namespace bursar::bench {

/// VmHWM: the most memory the process has held, in KiB; -1 where /proc is missing.
inline long peakKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

/// The value after `name` on the command line, or `fallback`.
inline QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

/// After a benchmark's own bulk set-up on PostgreSQL: the statistics a database in use has
/// (autovacuum gathers them a minute or more after a large write; a timed step straight
/// after a COPY load would otherwise be planned for tables of a few hundred rows).
inline core::Status analyzeOnPostgres(core::Database &db)
{
    if (db.dialect() != core::Dialect::PostgreSQL)
        return core::success();
    core::Sql analyze(db, QStringLiteral("ANALYZE"));
    return analyze.exec(QStringLiteral("analyzing the benchmark's tables"));
}

} // namespace bursar::bench
