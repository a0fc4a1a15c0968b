#pragma once

#include "core/customers/customer.h"
#include "core/storage/database.h"

#include <QTemporaryDir>
#include <memory>

namespace bursar::test {

/// One fresh database per test. The engine comes from the environment, so the same test
/// runs on both: BURSAR_TEST_BACKEND=postgresql (with BURSAR_TEST_PG_URL naming the test
/// server, as packaging/dev.sh test sets it) gives a new PostgreSQL database that is
/// dropped afterwards; otherwise a SQLite file in a temporary folder.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    core::Database &db() { return *m_db; }
    core::Database *operator->() { return m_db.get(); }
    /// What Database::open takes: the file path or the PostgreSQL URL.
    QString path() const { return m_location; }
    QString dir() const { return m_dir.path(); }
    bool isPostgres() const { return m_postgres; }
    /// Closes and reopens the same database, as a second session would.
    void reopen();
    void close() { m_db.reset(); }
    /// Runs a query that returns one value; for checks that look past the services.
    QVariant scalar(const QString &sql);
    /// Runs a statement that returns nothing; stops the test when it fails.
    void exec(const QString &sql);
    /// Takes the schema back to `version` (12 or later) as an older Bursar left it, newest
    /// first, so the next open migrates it again: for the upgrade tests.
    void backToSchema(int version);

    /// True when this run is the PostgreSQL one.
    static bool postgresRun();
    /// Creates an empty PostgreSQL database on the test server and returns its URL.
    static QString createPostgresDatabase();
    static void dropPostgresDatabase(const QString &url);

private:
    QTemporaryDir m_dir;
    bool m_postgres = false;
    QString m_location;
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
