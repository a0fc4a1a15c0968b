#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class QIODevice;

namespace bursar::core {

/// Streaming reader of RFC 4180 CSV: quoted fields with doubled quotes, delimiters and line
/// breaks inside quotes, CRLF or LF line ends, a UTF-8 byte order mark. Memory stays flat:
/// it holds one chunk of the file and one record at a time, and refuses a record longer
/// than maxRecordBytes instead of growing without end.
///
/// Fields are bytes as written (UTF-8 checked); their views stay valid until the next call
/// to next(). Blank lines between records are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::CsvReader)

public:
    static constexpr qsizetype DefaultMaxRecordBytes = 16 * 1024 * 1024;

    explicit CsvReader(QIODevice *device, char delimiter = ',', qsizetype maxRecordBytes = DefaultMaxRecordBytes);

    enum class Step { Record, End, Error };
    /// Reads the next record.
    Step next();

    const QList<QByteArrayView> &fields() const { return m_views; }
    /// Whether field i was written in quotes (a quoted "NULL" is text, a bare NULL is empty).
    bool quoted(qsizetype i) const { return m_quoted.value(i, false); }
    /// The physical line (1-based) the current record starts on.
    qint64 line() const { return m_recordLine; }
    /// Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    /// After Step::Error: what is wrong, with the line (and column when known).
    QString errorMessage() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    /// Every chunk read, in order, before it is parsed (the importer hashes the file with it).
    void setChunkObserver(std::function<void(QByteArrayView)> observer) { m_observer = std::move(observer); }

private:
    bool fill();
    Step failAt(qint64 line, int column, QString message);
    /// The next byte, or -1 at the end of the file.
    int peek()
    {
        if (m_pos >= m_chunk.size() && !fill())
            return -1;
        return static_cast<unsigned char>(m_chunk.at(m_pos));
    }
    /// Reads a field that starts with a quote; false once an error is set.
    bool readQuotedField(int column);
    /// Reads a field without quotes; false once an error is set.
    bool readPlainField(int column);
    /// The record just read, checked (UTF-8 per field) and cut into views.
    Step finishRecord();

    QIODevice *m_device;
    char m_delimiter;
    qsizetype m_maxRecordBytes;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    QByteArray m_record;       ///< the current record's unescaped field bytes
    QList<qsizetype> m_bounds; ///< start offset of each field in m_record, then the end
    QList<bool> m_quoted;
    QList<QByteArrayView> m_views;
    QString m_error;
    qint64 m_errorLine = 0;
    int m_errorColumn = 0;
    std::function<void(QByteArrayView)> m_observer;
};

/// Whether `bytes` is well-formed UTF-8 (no overlong forms, no surrogates).
bool isValidUtf8(QByteArrayView bytes);

} // namespace bursar::core
