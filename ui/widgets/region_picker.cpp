#include "ui/widgets/region_picker.h"

#include "core/domain/regions.h"

namespace bursar::ui {

using core::Place;
using core::Regions;

PlaceCombo::PlaceCombo(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    setMaxVisibleItems(20);
    showCountries();
}

void PlaceCombo::showCountries()
{
    const QSignalBlocker quiet(this);
    clear();
    addItem(tr("(none)"), QString());
    for (const Place &p : Regions::countries())
        addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.code);
    setEnabled(true);
}

void PlaceCombo::showSubdivisionsOf(const QString &countryCode)
{
    const QSignalBlocker quiet(this);
    clear();
    addItem(tr("(whole region)"), QString());
    const QList<Place> places = Regions::subdivisions(countryCode);
    for (const Place &p : places)
        addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.code);
    setEnabled(!places.isEmpty());
    setToolTip(
        places.isEmpty()
            ? tr("Choose a region with states or provinces first.")
            : tr("%n state(s) and province(s) of %1, from ISO 3166-2.", nullptr, int(places.size())).arg(countryCode));
}

QString PlaceCombo::code() const
{
    return currentData().toString();
}

void PlaceCombo::setCode(const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    int index = findData(wanted);
    if (index < 0) {
        // Not an ISO 3166 code (typed before the list, or from the command line): kept as it is.
        addItem(tr("%1 (not in ISO 3166)").arg(code.trimmed()), code.trimmed());
        index = count() - 1;
        setEnabled(true);
    }
    setCurrentIndex(index);
}

void linkRegionAndState(PlaceCombo *region, PlaceCombo *state)
{
    state->showSubdivisionsOf(region->code());
    QObject::connect(region, &QComboBox::currentIndexChanged, state, [region, state] {
        const QString kept = state->code();
        state->showSubdivisionsOf(region->code());
        if (!kept.isEmpty() && state->findData(kept) >= 0)
            state->setCode(kept);
    });
}

} // namespace bursar::ui
