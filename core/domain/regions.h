#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace bursar::core {

/// A country (ISO 3166-1 alpha-2, "US") or one of its subdivisions (the ISO 3166-2 code
/// after the country's, "WA" of US-WA), with its English name and kind ("State").
struct Place
{
    QString code;
    QString name;
    QString kind;
};

/// The bundled ISO 3166 table (resources/iso3166.tsv, from Debian's iso-codes): the
/// region a customer's tax follows is its country's code, the state its subdivision's.
class Regions
{
public:
    /// Every country, ordered by name.
    static const QList<Place> &countries();
    /// The country with this code (case-insensitive), or nothing.
    static std::optional<Place> country(QStringView code);
    /// The country's subdivisions, ordered by name; empty for an unknown country.
    static QList<Place> subdivisions(QStringView countryCode);
    /// The subdivision `code` ("WA") of the country, or nothing.
    static std::optional<Place> subdivision(QStringView countryCode, QStringView code);
};

} // namespace bursar::core
