#include "core/calculators/memo_calculator.h"

#include "core/calculators/tax_calculator.h"

#include <algorithm>
#include <map>

namespace bursar::core {

namespace {

constexpr int QuantityPlaces = 6;

/// A number typed into a line field: not empty, not negative, at most `places` decimals.
Result<Decimal> lineNumber(const QString &text, const QString &field, const QString &what, int lineNo, int places,
                           bool allowEmpty)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (allowEmpty)
            return Decimal();
        return fail(
            MemoCalculator::tr("Line %1: the %2 is empty; enter a number such as 1 or 12.50.").arg(lineNo).arg(what),
            field);
    }
    auto value = Decimal::parse(t);
    if (!value)
        return fail(
            MemoCalculator::tr("Line %1: the %2 “%3” is not a number; enter it as 12.50.").arg(lineNo).arg(what, t),
            field);
    if (value->isNegative())
        return fail(MemoCalculator::tr("Line %1: the %2 %3 is negative; enter it without a sign (a credit memo "
                                       "already lowers the balance, a debit memo raises it).")
                        .arg(lineNo)
                        .arg(what, t),
                    field);
    if (value->places() > places)
        return fail(MemoCalculator::tr("Line %1: the %2 %3 has %4 decimals; at most %5 are allowed here.")
                        .arg(lineNo)
                        .arg(what, t)
                        .arg(value->places())
                        .arg(places),
                    field);
    return *value;
}

} // namespace

Result<MemoTotals> MemoCalculator::calculate(const QList<MemoLineInput> &input, const Currency &currency,
                                             const QHash<QString, TaxCategory> &categories,
                                             const QList<TaxRate> &taxTable, const QString &region,
                                             const QString &state, QDate date)
{
    if (input.isEmpty())
        return fail(tr("A memo needs at least one detail line; add one with its description, quantity and price."),
                    QStringLiteral("lines"));
    MemoTotals t;
    std::map<QString, Decimal> baseByCategory; // ordered by name, so tax lines come in one order
    for (const MemoLineInput &in : input) {
        MemoLine line;
        line.lineNo = int(t.lines.size()) + 1;
        line.description = in.description.trimmed();
        if (line.description.isEmpty())
            return fail(tr("Line %1: the description is empty; say what the line credits or charges.").arg(line.lineNo),
                        QStringLiteral("description"));
        auto quantity =
            lineNumber(in.quantity, QStringLiteral("quantity"), tr("quantity"), line.lineNo, QuantityPlaces, false);
        if (!quantity)
            return quantity.error();
        if (quantity->isZero())
            return fail(tr("Line %1: the quantity is 0; enter how many units the line is for.").arg(line.lineNo),
                        QStringLiteral("quantity"));
        auto price =
            lineNumber(in.price, QStringLiteral("price"), tr("price"), line.lineNo, currency.minorUnits, false);
        if (!price)
            return price.error();
        auto discount =
            lineNumber(in.discount, QStringLiteral("discount"), tr("discount"), line.lineNo, currency.minorUnits, true);
        if (!discount)
            return discount.error();
        line.quantity = *quantity;
        line.price = *price;
        line.discount = *discount;
        line.unit = in.unit.trimmed();
        const Decimal gross = quantity->multiplied(*price, Decimal::Scale, InsideRounding);
        if (*discount > gross)
            return fail(tr("Line %1: the discount %2 is larger than the line's %3 × %4 = %5; enter at most %5.")
                            .arg(line.lineNo)
                            .arg(discount->toString(currency.minorUnits), quantity->toString(),
                                 price->toString(currency.minorUnits), gross.toString(currency.minorUnits)),
                        QStringLiteral("discount"));
        line.amount = gross - *discount;
        const QString category = in.taxCategory.trimmed();
        if (!category.isEmpty()) {
            auto known = categories.constFind(category);
            if (known == categories.cend()) {
                for (auto it = categories.cbegin(); it != categories.cend(); ++it)
                    if (it.key().compare(category, Qt::CaseInsensitive) == 0)
                        known = it;
            }
            if (known == categories.cend()) {
                QStringList names = categories.keys();
                names.sort();
                return fail(tr("Line %1: there is no tax category “%2”; use one of %3 (Settings > Tax Tables), or "
                               "leave it blank when the line is not taxable.")
                                .arg(line.lineNo)
                                .arg(category, names.join(QStringLiteral(", "))),
                            QStringLiteral("tax_category"));
            }
            line.taxCategory = known.key();
            baseByCategory[line.taxCategory] += line.amount;
        }
        t.subtotal += line.amount;
        t.lines.append(line);
    }
    const QList<TaxRate> inForce = TaxTable::ratesIn(taxTable, region, state, date);
    int taxLineNo = 0;
    for (const auto &[name, base] : baseByCategory) {
        const TaxCategory &category = categories.value(name);
        QList<TaxRate> rates;
        for (const TaxRate &r : inForce)
            if (r.state.isEmpty() ? category.regionRate : category.stateRate)
                rates.append(r);
        const TaxResult tax = tax::onBase(base, rates, currency.minorUnits);
        for (TaxLine line : tax.lines) {
            line.lineNo = ++taxLineNo;
            t.taxes.append({name, line});
        }
        t.tax += tax.total;
    }
    t.totalExact = t.subtotal + t.tax;
    t.total = t.totalExact.rounded(currency.minorUnits, ShownRounding);
    t.rounding = t.total - t.totalExact;
    return t;
}

QString splitPolicyKey(SplitPolicy p)
{
    switch (p) {
    case SplitPolicy::OldestDueFirst:
        return QStringLiteral("oldest-due");
    case SplitPolicy::OldestDocumentFirst:
        return QStringLiteral("oldest-document");
    case SplitPolicy::ProRata:
        return QStringLiteral("pro-rata");
    }
    Q_UNREACHABLE();
}

std::optional<SplitPolicy> splitPolicyFromKey(QStringView key)
{
    for (SplitPolicy p : {SplitPolicy::OldestDueFirst, SplitPolicy::OldestDocumentFirst, SplitPolicy::ProRata})
        if (key.trimmed() == splitPolicyKey(p))
            return p;
    return std::nullopt;
}

namespace split {

QList<Decimal> amounts(Decimal available, const QList<ArItem> &receivables, SplitPolicy policy, int minorUnits)
{
    QList<Decimal> out(receivables.size(), Decimal());
    Decimal owed;
    for (const ArItem &r : receivables)
        owed += r.remaining;
    if (!available.isPositive() || !owed.isPositive())
        return out;
    if (policy == SplitPolicy::ProRata && available < owed) {
        // Each share rounded down to the currency's units; the units left over go one each to
        // the largest remainders (then the oldest due), so the shares add up exactly.
        std::int64_t scale = 1;
        for (int i = 0; i < minorUnits; ++i)
            scale *= 10;
        const Decimal unit = Decimal::fromInt(1).divided(Decimal::fromInt(scale), minorUnits, Rounding::HalfUp);
        QList<Decimal> remainders(receivables.size());
        Decimal left = available;
        for (qsizetype i = 0; i < receivables.size(); ++i) {
            const Decimal exact = receivables.at(i)
                                      .remaining.multiplied(available, Decimal::Scale, InsideRounding)
                                      .divided(owed, Decimal::Scale, InsideRounding);
            Decimal down = exact.rounded(minorUnits, Rounding::HalfUp);
            if (down > exact)
                down -= unit;
            out[i] = down;
            remainders[i] = exact - down;
            left -= down;
        }
        QList<qsizetype> byRemainder(receivables.size());
        for (qsizetype i = 0; i < byRemainder.size(); ++i)
            byRemainder[i] = i;
        std::stable_sort(byRemainder.begin(), byRemainder.end(), [&](qsizetype a, qsizetype b) {
            if (remainders.at(a) != remainders.at(b))
                return remainders.at(a) > remainders.at(b);
            if (receivables.at(a).dueDate != receivables.at(b).dueDate)
                return receivables.at(a).dueDate < receivables.at(b).dueDate;
            return receivables.at(a).id < receivables.at(b).id;
        });
        for (qsizetype i : byRemainder) {
            if (left < unit)
                break;
            if (out[i] + unit <= receivables.at(i).remaining) {
                out[i] += unit;
                left -= unit;
            }
        }
        return out;
    }
    QList<qsizetype> order(receivables.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const ArItem &x = receivables.at(a), &y = receivables.at(b);
        const QDate dx = policy == SplitPolicy::OldestDocumentFirst ? x.date : x.dueDate;
        const QDate dy = policy == SplitPolicy::OldestDocumentFirst ? y.date : y.dueDate;
        if (dx != dy)
            return dx < dy;
        return x.id < y.id;
    });
    Decimal left = available;
    for (qsizetype i : order) {
        if (!left.isPositive())
            break;
        const Decimal take = std::min(left, receivables.at(i).remaining);
        out[i] = take;
        left -= take;
    }
    return out;
}

} // namespace split

} // namespace bursar::core
