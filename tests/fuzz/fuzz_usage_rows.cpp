// libFuzzer harness for one usage format (BURSAR_FUZZ_FORMAT): the file's header makes a
// mapper (or is refused with a message), every row maps to a usage row or a problem with a
// message; a mapped row always has a valid period, an exact cost and a currency.
#include "core/domain/vendor_account.h"
#include "core/usage/csv_reader.h"
#include "core/usage/usage_formats.h"
#include "core/usage/usage_importer.h"

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
    if (reader.next() != CsvReader::Step::Record)
        return 0;
    const auto format = UsageFormat(BURSAR_FUZZ_FORMAT);
    (void)UsageRowMapper::detect(reader.fields());
    auto mapper = UsageRowMapper::create(format, reader.fields());
    if (!mapper) {
        if (mapper.message().isEmpty())
            abort();
        return 0;
    }
    UsageRow row;
    for (int records = 0; records < 5000 && reader.next() == CsvReader::Step::Record; ++records) {
        if (auto problem = (*mapper)->map(reader, row)) {
            if (problem->message.isEmpty() || problem->column < 0 || problem->column > reader.fields().size())
                abort();
            continue;
        }
        if (row.period.size() != 7 || row.period.at(4) != u'-' || !row.usageDate.isValid())
            abort();
        if (!row.cost.isValid() || row.currency.isEmpty() || row.accountId.isEmpty())
            abort();
        (void)normalizeAccountId(row.accountId);
    }
    return 0;
}
