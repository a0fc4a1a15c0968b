// libFuzzer harness for the CSV reader: any bytes, no crash, no hang, no memory error; a
// record the reader accepted comes back the same after csvField() writes it out again.
#include "core/formats/csv.h"
#include "core/usage/csv_reader.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>

using namespace bursar::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, ',', 1 << 16);
    for (int records = 0; records < 10000; ++records) {
        const CsvReader::Step step = reader.next();
        if (step == CsvReader::Step::End)
            break;
        if (step == CsvReader::Step::Error) {
            if (reader.errorMessage().isEmpty() || reader.errorLine() < 1)
                abort(); // every refusal says what and where
            break;
        }
        // Round trip: write the record, read it back, get the same fields.
        QByteArray line;
        for (qsizetype i = 0; i < reader.fields().size(); ++i) {
            const QByteArrayView f = reader.fields().at(i);
            if (!isValidUtf8(f))
                abort(); // the reader promised UTF-8
            if (i)
                line += ',';
            line += csvField(f);
        }
        line += "\r\n";
        QBuffer again(&line);
        again.open(QIODevice::ReadOnly);
        CsvReader second(&again);
        const CsvReader::Step back = second.next();
        const bool blank = reader.fields().size() == 1 && reader.fields().first().isEmpty();
        if (blank)
            continue; // a lone empty field writes as a blank line, which readers skip
        if (back != CsvReader::Step::Record || second.fields().size() != reader.fields().size())
            abort();
        for (qsizetype i = 0; i < reader.fields().size(); ++i)
            if (second.fields().at(i) != reader.fields().at(i))
                abort();
    }
    return 0;
}
