#pragma once

#include "core/money/decimal.h"
#include "core/money/wide_decimal.h"
#include "core/settings/document_settings.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace bursar::core {

/// How Bursar writes CSV, in one place: every CSV the product writes (statements, reports,
/// lists, the command line, the demo's vendor files) quotes its fields with csvField().

/// One CSV field as RFC 4180 writes it: quoted when it holds the delimiter (a comma unless
/// told otherwise), a quote or a line break.
QByteArray csvField(const QString &text, char delimiter = ',');
QByteArray csvField(QByteArrayView utf8, char delimiter = ',');

/// How CSV files are written. RFC 4180 and UTF-8 always; for spreadsheet users in
/// comma-decimal locales a byte order mark, and `;` between fields with decimal commas.
struct CsvOptions
{
    bool bom = false;
    bool semicolon = false; ///< `;` between fields and `,` as the decimal separator

    char delimiter() const { return semicolon ? ';' : ','; }
};

/// The CSV options Settings > Statement Documents say.
CsvOptions csvOptions(const DocumentSettings &settings);

/// Writes CSV records with the options' delimiter and decimal separator.
class CsvWriter
{
public:
    explicit CsvWriter(const CsvOptions &options);
    CsvWriter &text(const QString &value);
    CsvWriter &number(qint64 value);
    /// An exact decimal, never rounded ("1234.5" or "1234,5").
    CsvWriter &amount(Decimal value);
    CsvWriter &amount(WideDecimal value);
    CsvWriter &empty();
    void endRecord();
    QByteArray bytes() const { return m_out; }

private:
    void separate();
    CsvOptions m_options;
    QByteArray m_out;
    bool m_first = true;
};

} // namespace bursar::core
