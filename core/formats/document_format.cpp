#include "core/formats/document_format.h"

#include "core/billing/statement_exports.h"
#include "core/einvoice/ubl_writer.h"

#include <QMutex>
#include <algorithm>

namespace bursar::core {

namespace {

constexpr const char *Context = "bursar::core::DocumentFormats";

struct Registry
{
    QMutex mutex;
    QList<DocumentFormat> formats;

    Registry()
    {
        // Core's own formats: they need no painting.
        formats.append({QStringLiteral("csv"), QStringLiteral(".csv"),
                        QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "CSV (the statement's lines and totals)"),
                        QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "CSV files (*.csv)"),
                        QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "&CSV…"), 20, false,
                        [](Database *, const StatementInput &in) -> Result<QByteArray> {
                            return StatementExports::summaryCsv(in.statement, csvOptions(in.settings));
                        }});
        formats.append(
            {QStringLiteral("detailed-csv"), QStringLiteral("-detailed.csv"),
             QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "Detailed CSV (every usage line and credit)"),
             QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "CSV files (*.csv)"),
             QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "De&tailed CSV…"), 30, true,
             [](Database *db, const StatementInput &in) -> Result<QByteArray> {
                 Q_ASSERT(db);
                 return StatementExports::detailedCsv(*db, in.statement, csvOptions(in.settings));
             }});
        formats.append(
            {QStringLiteral("ubl"), QStringLiteral(".xml"),
             QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "UBL e-invoice (EN 16931, Peppol BIS Billing 3.0)"),
             QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "UBL XML files (*.xml)"),
             QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "&UBL e-invoice…"), 40, false,
             [](Database *, const StatementInput &in) { return UblWriter::statement(in); },
             [](const MemoInput &in) { return UblWriter::memo(in); }, true});
    }
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

QString DocumentFormat::titleText() const
{
    return QCoreApplication::translate(Context, title);
}

QString DocumentFormat::nameFilterText() const
{
    return QCoreApplication::translate(Context, nameFilter);
}

QString DocumentFormat::actionText() const
{
    return QCoreApplication::translate(Context, action);
}

void DocumentFormats::add(const DocumentFormat &format)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.formats.removeIf([&](const DocumentFormat &f) { return f.key == format.key; });
    r.formats.append(format);
    std::stable_sort(r.formats.begin(), r.formats.end(), [](const DocumentFormat &a, const DocumentFormat &b) {
        return a.order != b.order ? a.order < b.order : a.key < b.key;
    });
}

QList<DocumentFormat> DocumentFormats::all()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.formats;
}

std::optional<DocumentFormat> DocumentFormats::find(QStringView key)
{
    for (const DocumentFormat &f : all())
        if (key.compare(f.key, Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QString DocumentFormats::keyList()
{
    QStringList keys;
    for (const DocumentFormat &f : all())
        keys << f.key;
    if (keys.size() < 2)
        return keys.join(QString());
    const QString last = keys.takeLast();
    return tr("%1 or %2").arg(keys.join(QStringLiteral(", ")), last);
}

} // namespace bursar::core
