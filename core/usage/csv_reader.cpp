#include "core/usage/csv_reader.h"

#include <QIODevice>
#include <algorithm>
#include <cstring>

namespace bursar::core {

namespace {
constexpr qsizetype ChunkBytes = 1 << 20;
}

CsvReader::CsvReader(QIODevice *device, char delimiter, qsizetype maxRecordBytes)
    : m_device(device), m_delimiter(delimiter), m_maxRecordBytes(maxRecordBytes)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_chunk.resize(ChunkBytes);
    const qint64 n = m_device->read(m_chunk.data(), ChunkBytes);
    if (n <= 0) {
        m_chunk.clear();
        m_pos = 0;
        m_eof = true;
        return false;
    }
    m_chunk.resize(n);
    m_pos = 0;
    m_bytesRead += n;
    if (m_observer)
        m_observer(QByteArrayView(m_chunk));
    return true;
}

CsvReader::Step CsvReader::failAt(qint64 line, int column, QString message)
{
    m_errorLine = line;
    m_errorColumn = column;
    m_error = std::move(message);
    return Step::Error;
}

bool CsvReader::readQuotedField(int column)
{
    ++m_pos; // the opening quote
    const qint64 openedOn = m_line;
    for (;;) {
        if (peek() < 0) {
            failAt(openedOn, column,
                   tr("The file ends inside a quoted field that starts on line %1; the file is "
                      "probably truncated. Export it again.")
                       .arg(openedOn));
            return false;
        }
        // Copy the run up to the next quote in one go.
        const char *begin = m_chunk.constData() + m_pos;
        const char *end = m_chunk.constData() + m_chunk.size();
        const char *q = static_cast<const char *>(memchr(begin, '"', size_t(end - begin)));
        const char *stop = q ? q : end;
        for (const char *p = begin; p < stop; ++p)
            if (*p == '\n')
                ++m_line;
        m_record.append(begin, stop - begin);
        m_pos += stop - begin;
        if (m_record.size() > m_maxRecordBytes)
            return true; // refused by the caller, with the line
        if (!q)
            continue;
        ++m_pos; // the quote
        if (peek() == '"') {
            m_record.append('"');
            ++m_pos;
            continue;
        }
        break;
    }
    const int c = peek();
    if (c >= 0 && c != m_delimiter && c != '\n' && c != '\r') {
        failAt(m_line, column,
               tr("Line %1, column %2: a quoted field must end at its closing quote, but “%3” "
                  "follows it. Quotes inside a field are written twice (\"\").")
                   .arg(m_line)
                   .arg(column)
                   .arg(QChar::fromLatin1(char(c))));
        return false;
    }
    return true;
}

bool CsvReader::readPlainField(int column)
{
    for (;;) {
        if (m_pos >= m_chunk.size() && !fill())
            return true;
        const char *begin = m_chunk.constData() + m_pos;
        const char *end = m_chunk.constData() + m_chunk.size();
        const char *p = begin;
        while (p < end && *p != m_delimiter && *p != '\n' && *p != '\r' && *p != '"')
            ++p;
        m_record.append(begin, p - begin);
        m_pos += p - begin;
        if (m_record.size() > m_maxRecordBytes)
            return true; // refused by the caller, with the line
        if (p < end) {
            if (*p == '"') {
                failAt(m_line, column,
                       tr("Line %1, column %2: a quote inside a field that does not start with "
                          "one. Quote the whole field and write inner quotes twice (\"\").")
                           .arg(m_line)
                           .arg(column));
                return false;
            }
            return true;
        }
    }
}

CsvReader::Step CsvReader::finishRecord()
{
    // Each field on its own: bytes of two neighbours can look like one valid character.
    const bool ascii = std::all_of(m_record.cbegin(), m_record.cend(), [](char c) { return (c & 0x80) == 0; });
    for (qsizetype i = 0; !ascii && i + 1 < m_bounds.size(); ++i)
        if (!isValidUtf8(QByteArrayView(m_record).sliced(m_bounds[i], m_bounds[i + 1] - m_bounds[i])))
            return failAt(m_recordLine, int(i + 1),
                          tr("Line %1, column %2 is not UTF-8 text; export the file as UTF-8 and import again.")
                              .arg(m_recordLine)
                              .arg(i + 1));
    m_views.resize(m_bounds.size() - 1);
    const char *base = m_record.constData();
    for (qsizetype i = 0; i + 1 < m_bounds.size(); ++i)
        m_views[i] = QByteArrayView(base + m_bounds[i], m_bounds[i + 1] - m_bounds[i]);
    return Step::Record;
}

CsvReader::Step CsvReader::next()
{
    if (!m_error.isEmpty())
        return Step::Error;
    if (!m_started) {
        m_started = true;
        fill();
        const QByteArrayView head(m_chunk);
        if (head.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
            return failAt(1, 0,
                          tr("The file is UTF-16 text; export it as UTF-8 (with or without BOM) and import again."));
    }
    for (;;) {
        m_record.clear();
        m_bounds.clear();
        m_quoted.clear();
        m_recordLine = m_line;
        if (peek() < 0)
            return Step::End;
        bool recordDone = false;
        bool sawLineEnd = false;
        while (!recordDone) {
            m_bounds.append(m_record.size());
            const int column = int(m_bounds.size());
            const bool isQuoted = peek() == '"';
            if (!(isQuoted ? readQuotedField(column) : readPlainField(column)))
                return Step::Error;
            if (m_record.size() > m_maxRecordBytes)
                return failAt(m_recordLine, column,
                              tr("Line %1 is longer than %2 MiB; this is not a usage export Bursar can read "
                                 "(wrong file, or a damaged one).")
                                  .arg(m_recordLine)
                                  .arg(m_maxRecordBytes / (1024 * 1024)));
            m_quoted.append(isQuoted);
            const int c = peek();
            if (c == m_delimiter) {
                ++m_pos;
            } else if (c == '\r' || c == '\n') {
                ++m_pos;
                if (c == '\r' && peek() == '\n')
                    ++m_pos;
                ++m_line;
                recordDone = true;
                sawLineEnd = true;
            } else {
                recordDone = true; // end of file
            }
        }
        m_bounds.append(m_record.size());
        // A blank line is no record.
        if (m_quoted.size() == 1 && !m_quoted.first() && m_record.isEmpty()) {
            if (sawLineEnd || peek() >= 0)
                continue;
            return Step::End;
        }
        return finishRecord();
    }
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        unsigned int cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += extra + 1;
    }
    return true;
}

} // namespace bursar::core
