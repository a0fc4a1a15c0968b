#include "core/domain/regions.h"

#include <QFile>
#include <QHash>
#include <algorithm>

namespace bursar::core {

namespace {

struct Table
{
    QList<Place> countries;                 ///< by name
    QHash<QString, QList<Place>> divisions; ///< by country code, each by name
};

const Table &table()
{
    static const Table t = [] {
        Table result;
        QFile file(QStringLiteral(":/bursar/iso3166.tsv"));
        const bool opened = file.open(QIODevice::ReadOnly | QIODevice::Text);
        Q_ASSERT_X(opened, "Regions", "the ISO 3166 table is missing from the resources");
        if (!opened)
            return result;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList cells = line.split(u'\t');
            if (cells.size() < 3)
                continue;
            const qsizetype dash = cells[0].indexOf(u'-');
            if (dash < 0)
                result.countries.append({cells[0], cells[1], cells[2]});
            else
                result.divisions[cells[0].left(dash)].append({cells[0].mid(dash + 1), cells[1], cells[2]});
        }
        auto byName = [](const Place &a, const Place &b) { return a.name.localeAwareCompare(b.name) < 0; };
        std::sort(result.countries.begin(), result.countries.end(), byName);
        for (QList<Place> &list : result.divisions)
            std::sort(list.begin(), list.end(), byName);
        return result;
    }();
    return t;
}

std::optional<Place> findIn(const QList<Place> &list, QStringView code)
{
    for (const Place &p : list)
        if (code.compare(p.code, Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

} // namespace

const QList<Place> &Regions::countries()
{
    return table().countries;
}

std::optional<Place> Regions::country(QStringView code)
{
    return findIn(table().countries, code);
}

QList<Place> Regions::subdivisions(QStringView countryCode)
{
    return table().divisions.value(countryCode.toString().toUpper());
}

std::optional<Place> Regions::subdivision(QStringView countryCode, QStringView code)
{
    return findIn(subdivisions(countryCode), code);
}

} // namespace bursar::core
