#include "ui/widgets/currency_combo.h"

#include "core/billing/rate_tables.h"
#include "core/money/currency.h"

#include <QSet>

namespace bursar::ui {

using namespace bursar::core;

void addCurrencyItems(QComboBox *box, const QStringList &codes, bool named)
{
    auto add = [box, named](const QString &code, const QString &name) {
        box->addItem(named && !name.isEmpty() ? code + QStringLiteral(" – ") + name : code, code);
    };
    if (codes.isEmpty()) {
        for (const Currency &c : Currencies::all())
            add(c.code, c.name);
        return;
    }
    for (const QString &code : codes) {
        const auto c = Currencies::find(code);
        add(code, c ? c->name : QString());
    }
}

QStringList currenciesWithRate(Database &db, const QString &from)
{
    QSet<QString> others;
    if (auto rates = ExchangeRates(db).list()) {
        for (const ExchangeRate &r : *rates) {
            if (r.base == from)
                others.insert(r.quote);
            else if (r.quote == from)
                others.insert(r.base);
        }
    }
    others.remove(from);
    QStringList sorted(others.begin(), others.end());
    sorted.sort();
    sorted.prepend(from);
    return sorted;
}

} // namespace bursar::ui
