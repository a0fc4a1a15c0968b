#pragma once
// The statement-email tests' SMTP server: tests/notify/smtp_server.py (aiosmtpd) on a free
// port of 127.0.0.1, started and stopped with the test.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace bursar::test {

/// The test's SMTP server: started on a free port, stopped with the test.
class SmtpServer
{
public:
    explicit SmtpServer(const QString &login = {})
    {
        QStringList args{QStringLiteral(BURSAR_SMTP_SERVER), m_store.path()};
        if (!login.isEmpty())
            args << QStringLiteral("--login") << login;
        m_process.start(QStringLiteral(BURSAR_PYTHON), args);
        if (!m_process.waitForReadyRead(20000))
            qFatal("the SMTP server did not start: %s", m_process.readAllStandardError().constData());
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("PORT "))
            qFatal("the SMTP server said %s", line.constData());
        m_port = line.mid(5).toInt();
    }
    ~SmtpServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }
    void setMode(const char *mode)
    {
        QFile f(m_store.filePath(QStringLiteral("mode")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mode);
    }
    /// What arrived, in order of arrival.
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> out;
        const QDir dir(m_store.path());
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << QJsonDocument::fromJson(f.readAll()).object();
        }
        return out;
    }

private:
    QTemporaryDir m_store;
    QProcess m_process;
    int m_port = 0;
};

} // namespace bursar::test
