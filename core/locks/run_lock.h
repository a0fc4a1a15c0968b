#pragma once

#include "core/domain/vendor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <memory>

class QLockFile;

namespace bursar::core {

class Database;

/// The per-(vendor, period) lock a billing run holds, so two runs can never make two
/// statements for one customer. Held until the RunLock is destroyed, and released by the
/// system when its process dies: on PostgreSQL a session advisory lock, on a SQLite file a
/// lock file beside the database (QLockFile, which recognises a dead holder).
class RunLock
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::RunLock)

public:
    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    /// Takes the lock for `vendor` and `period` ("2026-09"), or says who holds it.
    static Result<std::unique_ptr<RunLock>> acquire(Database &db, Vendor vendor, const QString &period);

private:
    RunLock() = default;
    Database *m_db = nullptr;
    int m_key = 0;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace bursar::core
