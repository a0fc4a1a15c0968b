#pragma once

#include <QComboBox>

namespace bursar::ui {

/// A region (country) or state/province picked from the bundled ISO 3166 list instead of
/// typed: "Germany (DE)", "Bayern (BY)". Its value is the code that tax follows. A stored
/// code the list does not have is kept as an item of its own, marked, so opening and saving
/// a record never changes it.
class PlaceCombo : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceCombo)
public:
    explicit PlaceCombo(QWidget *parent = nullptr);
    /// Every country, after "(none)".
    void showCountries();
    /// The country's subdivisions after "(whole region)"; disabled when it has none.
    void showSubdivisionsOf(const QString &countryCode);
    /// The code chosen ("DE", "BY"); empty for none.
    QString code() const;
    void setCode(const QString &code);
};

/// Keeps `state` showing the subdivisions of the country chosen in `region`, and keeps
/// the state chosen when it belongs to the new country.
void linkRegionAndState(PlaceCombo *region, PlaceCombo *state);

} // namespace bursar::ui
