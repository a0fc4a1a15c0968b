#pragma once
// What every benchmark shares: the process's peak memory and its options.

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

} // namespace bursar::bench
