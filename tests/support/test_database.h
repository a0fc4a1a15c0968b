#pragma once

#include "domain/records.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace bursar::test {

/// One fresh database per test, in a temporary folder that disappears with it.
class TestDatabase
{
public:
    TestDatabase();
    core::Database &db() { return *m_db; }
    core::Database *operator->() { return m_db.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    /// Closes and reopens the same file, as a second session would.
    void reopen();
    void close() { m_db.reset(); }
    /// Runs a query that returns one value; for checks that look past the services.
    QVariant scalar(const QString &sql);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
};

/// A customer with only a name, for tests that need one.
inline core::Customer named(const QString &name)
{
    core::Customer c;
    c.name = name;
    return c;
}

/// SHA-256 of a file, to prove a refused file was left unchanged.
QByteArray fileHash(const QString &path);

} // namespace bursar::test
