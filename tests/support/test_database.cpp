#include "test_database.h"

#include "core/storage/internal/sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace bursar::test {

namespace {

QString adminUrl()
{
    const QString url = qEnvironmentVariable("BURSAR_TEST_PG_URL");
    if (url.isEmpty())
        qFatal("BURSAR_TEST_BACKEND=postgresql needs BURSAR_TEST_PG_URL: run the tests through "
               "packaging/dev.sh test, which starts a throwaway PostgreSQL server, or exclude them "
               "with ctest -LE pg");
    return url;
}

/// Runs one statement on the test server's maintenance database.
void admin(const QString &statement)
{
    const QString name = QStringLiteral("bursar-test-admin");
    {
        const QUrl url(adminUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(url.path().mid(1));
        const QString host = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        db.setHostName(host.isEmpty() ? url.host() : host);
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName());
        if (!db.open())
            qFatal("cannot reach the PostgreSQL test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(statement))
            qFatal("%s failed: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool TestDatabase::postgresRun()
{
    return qEnvironmentVariable("BURSAR_TEST_BACKEND") == QLatin1String("postgresql");
}

QString TestDatabase::createPostgresDatabase()
{
    static QAtomicInteger<int> counter;
    const QString name =
        QStringLiteral("bursar_t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    admin(QStringLiteral("CREATE DATABASE %1").arg(name));
    QUrl url(adminUrl());
    url.setPath(u'/' + name);
    return url.toString();
}

void TestDatabase::dropPostgresDatabase(const QString &url)
{
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QUrl(url).path().mid(1)));
}

TestDatabase::TestDatabase() : m_postgres(postgresRun())
{
    Q_ASSERT(m_dir.isValid());
    m_location = m_postgres ? createPostgresDatabase() : m_dir.filePath(QStringLiteral("test.sqlite"));
    reopen();
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (m_postgres)
        dropPostgresDatabase(m_location);
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto opened = core::Database::open(m_location);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    m_db = std::move(opened).value();
    m_db->setActor(QStringLiteral("tester"));
}

QVariant TestDatabase::scalar(const QString &sql)
{
    QSqlQuery q(m_db->connection().db);
    if (!q.exec(sql) || !q.next())
        qFatal("scalar query failed: %s", qPrintable(sql));
    return q.value(0);
}

void TestDatabase::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection().db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

void TestDatabase::backToSchema(int version)
{
    if (version < 19) { // e-invoices
        exec(QStringLiteral("DROP TABLE einvoice_exports"));
        exec(QStringLiteral("DROP TABLE customer_einvoice"));
        exec(QStringLiteral("DROP TABLE einvoice_seller"));
        exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 19"));
    }
    if (version < 18) { // the audit log's hash chain
        exec(QStringLiteral("DROP TABLE audit_chain"));
        exec(QStringLiteral("ALTER TABLE audit_log DROP COLUMN hash"));
        exec(QStringLiteral("ALTER TABLE audit_log DROP COLUMN prev_hash"));
        exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 18"));
    }
    if (version < 17) { // credits issued from vendor credits
        exec(QStringLiteral("DROP INDEX credits_vendor_credit"));
        exec(QStringLiteral("ALTER TABLE credits DROP COLUMN vendor_credit"));
        exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 17"));
    }
    if (version < 16) { // statement emails
        for (const char *table : {"notification_events", "notifications", "customer_notifications"})
            exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
        exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'notify.%'"));
        exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 16"));
    }
    if (version < 15) { // the Billing API's keys
        exec(QStringLiteral("DROP TABLE api_reads"));
        exec(QStringLiteral("DROP TABLE api_keys"));
        exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 15"));
    }
    if (version < 14) { // users of a tenant or a customer
        exec(QStringLiteral("ALTER TABLE users DROP COLUMN customer_id"));
        exec(QStringLiteral("ALTER TABLE users DROP COLUMN tenant_id"));
        exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 14"));
    }
    if (version < 13) { // services credits: the tables, the settings and the privileges
        for (const char *table : {"services_credit_milestones", "services_credit_projects", "services_credit_purchases",
                                  "services_credit_products", "services_credit_opportunities"})
            exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
        exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'services_credits.%'"));
        exec(QStringLiteral("DELETE FROM user_privileges WHERE privilege LIKE '%SERVICES_CREDITS'"));
        exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 13"));
    }
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace bursar::test
