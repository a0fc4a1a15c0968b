#include "core/calculators/rating.h"

#include <algorithm>

namespace bursar::core {

PercentFactor::PercentFactor(Decimal percent)
    : m_factor((Decimal::fromInt(100) + percent).divided(Decimal::fromInt(100), Decimal::Scale, Rounding::HalfEven))
{
    // (100 + p) × 10^6 is a whole number when p has at most 6 decimals (parsePercent's rule).
    const Decimal scaled = (Decimal::fromInt(100) + percent).times(1000000);
    if (scaled.isValid() && scaled.places() == 0 && scaled.abs() < Decimal::fromInt(std::int64_t(1) << 40))
        m_scaled = std::int64_t(scaled.raw() / Decimal::fromInt(1).raw());
}

Decimal PercentFactor::apply(Decimal amount) const
{
    // Fast path, exactly what multiplied() computes: amount × F / 10^8 with F = (100 + p) × 10^6,
    // rounded half-even at 18 places, in 128-bit integers when that cannot overflow.
    using Rep = Decimal::Rep;
    constexpr Rep Limit = Rep(1000000000000000000LL) * Rep(100000000000LL); // 10^29 raw: 10^11 units
    const Rep raw = amount.raw();
    if (m_scaled == 0 || !amount.isValid() || raw >= Limit || raw <= -Limit)
        return amount.multiplied(m_factor, Decimal::Scale, Rounding::HalfEven);
    const Rep n = raw * Rep(m_scaled);
    constexpr Rep Divisor = 100000000;
    Rep q = n / Divisor;
    const Rep r = n % Divisor;
    const Rep twice = (r < 0 ? -r : r) * 2;
    if (twice > Divisor || (twice == Divisor && (q % 2 != 0)))
        q += n < 0 ? -1 : 1;
    return Decimal::fromRaw(q);
}

Decimal applyPercent(Decimal amount, Decimal percent)
{
    return PercentFactor(percent).apply(amount);
}

QString percentText(Decimal p)
{
    return (p.isNegative() ? QString() : QStringLiteral("+")) + p.toString() + u'%';
}

bool inForce(const QString &from, const QString &to, const QString &period)
{
    return from <= period && (to.isEmpty() || period <= to);
}

Rater::Rater(const QHash<qint64, QString> &pricebookNames, const QList<PricebookRule> &rules,
             const QList<GlobalAdjustment> &globals)
    : m_pricebookNames(pricebookNames), m_globals(globals)
{
    for (const PricebookRule &r : rules)
        m_rules[r.pricebookId].append(r);
    for (QList<PricebookRule> &list : m_rules)
        std::stable_sort(list.begin(), list.end(),
                         [](const PricebookRule &a, const PricebookRule &b) { return a.fromPeriod < b.fromPeriod; });
}

int Rater::addText(const QString &text, const QString &percents)
{
    if (auto it = m_textIds.constFind(text); it != m_textIds.constEnd())
        return it.value();
    m_texts << text;
    m_percents << percents;
    const int id = int(m_texts.size()) - 1;
    m_textIds.insert(text, id);
    return id;
}

const std::optional<Rate> &Rater::rate(qint64 pricebookId, int productId, const QString &product, const QString &period)
{
    if (period != m_fastPeriod) {
        m_fastPeriod = period;
        m_fast = &m_fastCache[period];
    }
    const quint64 key = (quint64(pricebookId) << 32) | quint32(productId);
    if (auto it = m_fast->constFind(key); it != m_fast->constEnd())
        return *it.value();
    const std::optional<Rate> *found = &rate(pricebookId, product, period);
    m_fast->insert(key, found);
    return *found;
}

const std::optional<Rate> &Rater::rate(qint64 pricebookId, const QString &product, const QString &period)
{
    const Key key{pricebookId, product, period};
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it.value();
    const PricebookRule *own = nullptr, *override = nullptr;
    const QList<PricebookRule> &list = m_rules[pricebookId]; // by reference: own and override point into it
    for (const PricebookRule &r : list) {
        if (r.fromPeriod > period)
            continue;
        if (r.product.isEmpty())
            own = &r;
        else if (r.product == product)
            override = &r;
    }
    const QString book = m_pricebookNames.value(pricebookId);
    std::optional<Rate> applied;
    QString text, percents;
    if (override) {
        applied = Rate{0, PercentFactor(override->percent), period};
        text = tr("Pricebook %1, override for %2: %3 (from %4)")
                   .arg(book, product, percentText(override->percent), override->fromPeriod);
        percents = override->percent.toString();
    } else if (own) {
        applied = Rate{0, PercentFactor(own->percent), period};
        text = own->fromPeriod == QLatin1String("0000-01")
                   ? tr("Pricebook %1: %2").arg(book, percentText(own->percent))
                   : tr("Pricebook %1: %2 (from %3)").arg(book, percentText(own->percent), own->fromPeriod);
        percents = own->percent.toString();
    }
    if (applied) {
        for (const Adjustment &g : globalsFor(period)) {
            text += QStringLiteral("; ") + g.text;
            percents += u';' + g.percents;
        }
        // Each (pricebook, product, period) numbers its own rate: a report over several
        // periods shows a product's line per rule in force, as it always has.
        m_texts << text;
        m_percents << percents;
        applied->id = int(m_texts.size()) - 1;
        m_textIds.insert(text, applied->id); // the first of equal texts keeps the name
    }
    const std::optional<Rate> &kept = m_store.emplace_back(std::move(applied));
    m_cache.insert(key, &kept);
    return kept;
}

Decimal Rater::price(const Rate &rate, Decimal cost)
{
    Decimal price = rate.factor.apply(cost);
    for (const Adjustment &g : globalsFor(rate.period))
        price = g.factor.apply(price);
    return price;
}

const QList<Rater::Adjustment> &Rater::globalsFor(const QString &period)
{
    auto it = m_globalCache.find(period);
    if (it == m_globalCache.end()) {
        QList<Adjustment> list;
        for (const GlobalAdjustment &g : std::as_const(m_globals))
            if (inForce(g.fromPeriod, g.toPeriod, period))
                list.append({PercentFactor(g.percent),
                             tr("%1: %2 (from %3)").arg(g.description, percentText(g.percent), g.fromPeriod),
                             g.percent.toString()});
        it = m_globalCache.insert(period, list);
    }
    return it.value();
}

SupportCharge Rater::supportCharge(const SupportPlan &plan, Decimal usagePrice)
{
    const Decimal share = usagePrice.multiplied(plan.percent, Decimal::Scale, Rounding::HalfEven)
                              .divided(Decimal::fromInt(100), Decimal::Scale, Rounding::HalfEven);
    const bool minimum = share < plan.minimum;
    SupportCharge c;
    c.amount = minimum ? plan.minimum : share;
    c.minimumApplied = minimum;
    c.text = minimum ? tr("Support plan %1: %2% of usage, minimum %3 %4 applied")
                           .arg(plan.name, plan.percent.toString(), plan.minimum.toString(), plan.currency)
                     : tr("Support plan %1: %2% of usage").arg(plan.name, plan.percent.toString());
    return c;
}

} // namespace bursar::core
