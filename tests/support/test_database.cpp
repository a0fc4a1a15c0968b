#include "test_database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

namespace bursar::test {

TestDatabase::TestDatabase()
{
    Q_ASSERT(m_dir.isValid());
    reopen();
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto opened = core::Database::open(path());
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    m_db = std::move(opened).value();
    m_db->setActor(QStringLiteral("tester"));
}

QVariant TestDatabase::scalar(const QString &sql)
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(sql) || !q.next())
        qFatal("scalar query failed: %s", qPrintable(sql));
    return q.value(0);
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
