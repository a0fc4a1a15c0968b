#include "core/formats/csv.h"

namespace bursar::core {

QByteArray csvField(QByteArrayView utf8, char delimiter)
{
    QByteArray bytes = utf8.toByteArray();
    // A field that starts with a byte order mark is quoted too: at the start of a file a
    // reader would take the mark for the file's encoding.
    if (bytes.contains(delimiter) || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r') ||
        bytes.startsWith("\xEF\xBB\xBF"))
        return '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

QByteArray csvField(const QString &text, char delimiter)
{
    return csvField(QByteArrayView(text.toUtf8()), delimiter);
}

CsvOptions csvOptions(const DocumentSettings &settings)
{
    return {settings.csvBom, settings.csvSemicolon};
}

CsvWriter::CsvWriter(const CsvOptions &options) : m_options(options)
{
    if (options.bom)
        m_out = "\xEF\xBB\xBF";
}

void CsvWriter::separate()
{
    if (!m_first)
        m_out += m_options.delimiter();
    m_first = false;
}

CsvWriter &CsvWriter::text(const QString &value)
{
    separate();
    m_out += csvField(value, m_options.delimiter());
    return *this;
}

CsvWriter &CsvWriter::number(qint64 value)
{
    separate();
    m_out += QByteArray::number(value);
    return *this;
}

CsvWriter &CsvWriter::amount(Decimal value)
{
    return amount(WideDecimal(value)); // the same text: a Decimal is a WideDecimal without dust
}

CsvWriter &CsvWriter::amount(WideDecimal value)
{
    separate();
    QByteArray text = value.toUtf8();
    if (m_options.semicolon)
        text.replace('.', ',');
    m_out += text;
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    separate();
    return *this;
}

void CsvWriter::endRecord()
{
    m_out += "\r\n";
    m_first = true;
}

} // namespace bursar::core
