#pragma once
// What the data-safety tests share: the window played by window_worker (one process with
// worker connections), and the bursar CLI run as other processes.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace bursar::test {

/// The environment every child process gets: no display, the test's own data folder, C locale.
inline QProcessEnvironment childEnvironment(const QString &dataHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    return env;
}

/// The window_worker process: send() writes one command and waits for its one-line answer.
class WindowProcess
{
public:
    WindowProcess(const QString &database, const QString &dataHome)
    {
        m_process.setProcessEnvironment(childEnvironment(dataHome));
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(BURSAR_WINDOW_WORKER), {database});
        const QString first = readAnswer();
        m_ready = first == QLatin1String("ready");
        if (!m_ready)
            m_lastError = first;
    }
    ~WindowProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(30000);
        }
    }
    bool ready() const { return m_ready; }
    /// The answer without its "ok " (empty on "ok"); a null string on an error, with the
    /// answer in lastError().
    QString send(const QString &command)
    {
        m_process.write(command.toUtf8() + '\n');
        m_process.waitForBytesWritten(30000);
        const QString line = readAnswer();
        if (line == QLatin1String("ok"))
            return QStringLiteral("");
        if (line.startsWith(QLatin1String("ok ")))
            return line.mid(3);
        m_lastError = line.isEmpty()
                          ? QStringLiteral("no answer; stderr: ") + QString::fromUtf8(m_process.readAllStandardError())
                          : line;
        return QString();
    }
    QString lastError() const { return m_lastError; }
    /// Sends quit and waits for a clean exit.
    bool quit()
    {
        m_process.write("quit\n");
        return m_process.waitForFinished(120000) && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0;
    }
    qint64 pid() const { return m_process.processId(); }

private:
    QString readAnswer()
    {
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(300000))
                return QString();
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess m_process;
    bool m_ready = false;
    QString m_lastError;
};

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

/// Starts `bursar --database DB ARGS...` without waiting (a stream of CLI commands runs
/// beside the window).
inline QProcess *startBursar(const QString &database, const QStringList &args, const QString &dataHome)
{
    auto *p = new QProcess;
    p->setProcessEnvironment(childEnvironment(dataHome));
    p->start(QStringLiteral(BURSAR_EXE), QStringList{QStringLiteral("--database"), database} + args);
    return p;
}

inline CliRun finish(QProcess *p)
{
    CliRun r;
    if (p->waitForFinished(300000) && p->exitStatus() == QProcess::NormalExit)
        r.code = p->exitCode();
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    delete p;
    return r;
}

inline CliRun runBursar(const QString &database, const QStringList &args, const QString &dataHome)
{
    return finish(startBursar(database, args, dataHome));
}

/// The values of `key` in a JSON array of objects, as strings.
inline QStringList column(const QJsonDocument &doc, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonValue value = v.toObject().value(key);
        out << (value.isString() ? value.toString() : QString::number(value.toInteger()));
    }
    return out;
}

} // namespace bursar::test
