#include "core/settings/document_settings.h"

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QRegularExpression>

namespace bursar::core {

Result<DocumentSettings> DocumentSettingsService::load()
{
    Sql q(m_db, QStringLiteral("SELECT key, value FROM settings"));
    if (Status s = q.exec(tr("reading the settings")); !s)
        return s.error();
    DocumentSettings d;
    while (q.next()) {
        const QString key = q.value(0).toString(), value = q.value(1).toString();
        if (key == QLatin1String("statement.paper"))
            d.paper = value == QLatin1String("Letter") ? QStringLiteral("Letter") : QStringLiteral("A4");
        else if (key == QLatin1String("statement.pdfa"))
            d.pdfA = value == QLatin1String("1");
        else if (key == QLatin1String("statement.file_pattern"))
            d.filePattern = value;
        else if (key == QLatin1String("csv.bom"))
            d.csvBom = value == QLatin1String("1");
        else if (key == QLatin1String("csv.semicolon"))
            d.csvSemicolon = value == QLatin1String("1");
        else if (key == QLatin1String("statement.locale"))
            d.locale = value;
    }
    return d;
}

Status DocumentSettingsService::validatePattern(const QString &pattern)
{
    static const QStringList known{QStringLiteral("number"), QStringLiteral("id"),     QStringLiteral("customer"),
                                   QStringLiteral("period"), QStringLiteral("vendor"), QStringLiteral("currency")};
    if (pattern.trimmed().isEmpty())
        return fail(tr("The file name pattern is empty; use one such as {period}-{vendor}-{customer}-{number}."),
                    QStringLiteral("pattern"));
    static const QRegularExpression token(QStringLiteral("\\{([^{}]*)\\}"));
    bool unique = false;
    auto it = token.globalMatch(pattern);
    while (it.hasNext()) {
        const QString t = it.next().captured(1);
        if (!known.contains(t))
            return fail(
                tr("The file name pattern “%1” has an unknown part {%2}; use {number}, {id}, {customer}, {period}, "
                   "{vendor} and {currency}.")
                    .arg(pattern, t),
                QStringLiteral("pattern"));
        unique |= t == QLatin1String("number") || t == QLatin1String("id");
    }
    if (!unique)
        return fail(tr("The file name pattern “%1” needs {number} or {id}, or two statements would get one file name.")
                        .arg(pattern),
                    QStringLiteral("pattern"));
    if (pattern.contains(u'/') || pattern.contains(u'\\'))
        return fail(tr("The file name pattern “%1” names a folder; the folder is chosen when exporting.").arg(pattern),
                    QStringLiteral("pattern"));
    return success();
}

Status DocumentSettingsService::save(const DocumentSettings &d)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the statement document settings")); !s)
        return s;
    if (d.paper != QLatin1String("A4") && d.paper != QLatin1String("Letter"))
        return fail(tr("The paper is A4 or Letter, not “%1”.").arg(d.paper), QStringLiteral("paper"));
    if (Status s = validatePattern(d.filePattern); !s)
        return s;
    static const QRegularExpression localeName(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (!localeName.match(d.locale).hasMatch())
        return fail(tr("The statement locale is written like en_US or de_DE, not “%1”.").arg(d.locale),
                    QStringLiteral("locale"));
    return m_db.transaction([&]() -> Status {
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("statement.paper"), d.paper},
            {QStringLiteral("statement.pdfa"), d.pdfA ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("statement.file_pattern"), d.filePattern.trimmed()},
            {QStringLiteral("csv.bom"), d.csvBom ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("csv.semicolon"), d.csvSemicolon ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("statement.locale"), d.locale}};
        if (Status e = storeSettings(m_db, values, tr("saving the settings")); !e)
            return e;
        return m_db.audit(QStringLiteral("set"), QStringLiteral("settings"), QStringLiteral("statement documents"),
                          QStringLiteral("%1, pdfa %2, %3, bom %4, semicolon %5")
                              .arg(d.paper)
                              .arg(int(d.pdfA))
                              .arg(d.filePattern.trimmed())
                              .arg(int(d.csvBom))
                              .arg(int(d.csvSemicolon)));
    });
}

} // namespace bursar::core
