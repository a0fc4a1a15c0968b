#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>

namespace bursar::core {

/// SHA-256 of a file, computed on its own thread while the importer parses the same file:
/// hashing is a third of the reading work, and a second core is free.
class FileHasher
{
public:
    explicit FileHasher(const QString &path)
    {
        m_thread.reset(QThread::create([this, path] {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return;
            QCryptographicHash hash(QCryptographicHash::Sha256);
            QByteArray buffer(1 << 20, Qt::Uninitialized);
            qint64 n;
            while (!m_stop && (n = f.read(buffer.data(), buffer.size())) > 0)
                hash.addData(QByteArrayView(buffer.constData(), n));
            if (!m_stop && f.atEnd())
                m_result = QString::fromLatin1(hash.result().toHex());
        }));
        m_thread->start();
    }
    ~FileHasher()
    {
        m_stop = true;
        m_thread->wait();
    }
    /// The hash; empty if the file could not be read to its end.
    QString result()
    {
        m_thread->wait();
        return m_result;
    }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    QString m_result;
};

} // namespace bursar::core
