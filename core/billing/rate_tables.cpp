#include "core/billing/rate_tables.h"

#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

namespace bursar::core {

Result<Decimal> TaxTable::parseRate(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    auto d = Decimal::parse(t);
    if (!d)
        return fail(tr("The tax rate “%1” is not a number: %2").arg(text.trimmed(), d.message()),
                    QStringLiteral("rate"));
    if (d->isNegative() || *d > Decimal::fromInt(100))
        return fail(tr("The tax rate %1 is outside 0 to 100 percent.").arg(d->toString()), QStringLiteral("rate"));
    if (d->places() > 4)
        return fail(tr("The tax rate %1 has more than 4 decimals.").arg(d->toString()), QStringLiteral("rate"));
    return *d;
}

Result<qint64> TaxTable::set(const QString &regionText, const QString &stateText, const QString &rateText, QDate from,
                             const QString &nameText)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the tax table")); !s)
        return s.error();
    const QString region = regionText.trimmed().toUpper();
    const QString state = notNullText(stateText.trimmed().toUpper());
    if (region.isEmpty())
        return fail(tr("A tax rate needs a region, such as US or DE (the customers' Region field)."),
                    QStringLiteral("region"));
    if (region.size() > 40 || state.size() > 40)
        return fail(tr("The region and state are at most 40 characters each."), QStringLiteral("region"));
    auto rate = parseRate(rateText);
    if (!rate)
        return rate.error();
    if (!from.isValid())
        return fail(tr("The tax rate for %1 needs the date it applies from.")
                        .arg(state.isEmpty() ? region : region + u'/' + state),
                    QStringLiteral("from"));
    const QString name =
        nameText.simplified().isEmpty() ? tr("%1 tax").arg(state.isEmpty() ? region : state) : nameText.simplified();
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        Sql existing(m_db, QStringLiteral("SELECT id FROM tax_rates WHERE region = ? AND state = ? AND from_date = ?"));
        existing.bind(region).bind(state).bind(from.toString(Qt::ISODate));
        if (Status e = existing.exec(tr("reading the tax table")); !e)
            return e;
        if (existing.next()) {
            id = existing.value(0).toLongLong();
            Sql u(m_db, QStringLiteral(
                            "UPDATE tax_rates SET rate = ?, name = ?, created_at = ?, created_by = ? WHERE id = ?"));
            u.bind(*rate).bind(name).bind(nowUtc()).bind(m_db.actor()).bind(id);
            if (Status e = u.exec(tr("changing the tax rate")); !e)
                return e;
        } else {
            Sql q(m_db,
                  QStringLiteral("INSERT INTO tax_rates (region, state, name, rate, from_date, created_at, created_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            q.bind(region)
                .bind(state)
                .bind(name)
                .bind(*rate)
                .bind(from.toString(Qt::ISODate))
                .bind(nowUtc())
                .bind(m_db.actor());
            if (Status e = q.exec(tr("adding the tax rate")); !e)
                return e;
            q.next();
            id = q.value(0).toLongLong();
        }
        return m_db.audit(QStringLiteral("set"), QStringLiteral("tax_rate"), QString::number(id),
                          QStringLiteral("%1/%2 %3% from %4 (%5)")
                              .arg(region, state, rate->toString(), from.toString(Qt::ISODate), name));
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<TaxRate>> TaxTable::list()
{
    Sql q(m_db, QStringLiteral("SELECT id, region, state, name, rate, from_date, created_at, created_by FROM tax_rates "
                               "ORDER BY region, state, from_date"));
    if (Status s = q.exec(tr("reading the tax table")); !s)
        return s.error();
    QList<TaxRate> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    storedAmount(q.value(4)), storedDate(q.value(5)), q.value(6).toString(), q.value(7).toString()});
    return out;
}

Result<QList<TaxRate>> TaxTable::ratesFor(const QString &region, const QString &state, QDate on)
{
    auto table = list();
    if (!table)
        return table.error();
    return ratesIn(*table, region, state, on);
}

QList<TaxRate> TaxTable::ratesIn(const QList<TaxRate> &table, const QString &region, const QString &state, QDate on)
{
    QList<TaxRate> out;
    const QString r = region.trimmed().toUpper(), st = state.trimmed().toUpper();
    if (r.isEmpty())
        return out;
    QStringList places{QStringLiteral("")};
    if (!st.isEmpty())
        places << st;
    for (const QString &place : places) {
        const TaxRate *best = nullptr;
        for (const TaxRate &t : table)
            if (t.region == r && t.state == place && t.from <= on && (!best || t.from > best->from))
                best = &t;
        if (best && !best->rate.isZero())
            out << *best;
    }
    return out;
}

Status ExchangeRates::set(const QString &baseText, const QString &quoteText, QDate date, const QString &rateText)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change exchange rates")); !s)
        return s;
    auto base = Currencies::require(baseText.trimmed(), QStringLiteral("base"));
    if (!base)
        return base.error();
    auto quote = Currencies::require(quoteText.trimmed(), QStringLiteral("quote"));
    if (!quote)
        return quote.error();
    if (base->code == quote->code)
        return fail(tr("An exchange rate is between two currencies; %1 to %1 is always 1.").arg(base->code),
                    QStringLiteral("quote"));
    if (!date.isValid())
        return fail(tr("The exchange rate %1 → %2 needs the date it applies from.").arg(base->code, quote->code),
                    QStringLiteral("date"));
    auto rate = Decimal::parse(rateText.trimmed());
    if (!rate)
        return fail(tr("The exchange rate “%1” is not a number: %2").arg(rateText.trimmed(), rate.message()),
                    QStringLiteral("rate"));
    if (!rate->isPositive())
        return fail(
            tr("The exchange rate %1 → %2 must be above 0, not %3.").arg(base->code, quote->code, rate->toString()),
            QStringLiteral("rate"));
    if (rate->places() > 10 || *rate > Decimal::fromInt(1000000))
        return fail(tr("The exchange rate %1 has more than 10 decimals or is above 1,000,000.").arg(rate->toString()),
                    QStringLiteral("rate"));
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral(
                        "INSERT INTO exchange_rates (base, quote, rate_date, rate, created_at, created_by) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (base, quote, rate_date) DO UPDATE SET "
                        "rate = excluded.rate, created_at = excluded.created_at, created_by = excluded.created_by"));
        q.bind(base->code)
            .bind(quote->code)
            .bind(date.toString(Qt::ISODate))
            .bind(*rate)
            .bind(nowUtc())
            .bind(m_db.actor());
        if (Status e = q.exec(tr("saving the exchange rate")); !e)
            return e;
        return m_db.audit(QStringLiteral("set"), QStringLiteral("exchange_rate"), base->code + u'/' + quote->code,
                          QStringLiteral("%1 from %2").arg(rate->toString(), date.toString(Qt::ISODate)));
    });
}

Result<QList<ExchangeRate>> ExchangeRates::list()
{
    Sql q(m_db, QStringLiteral(
                    "SELECT base, quote, rate_date, rate FROM exchange_rates ORDER BY base, quote, rate_date DESC"));
    if (Status s = q.exec(tr("reading exchange rates")); !s)
        return s.error();
    QList<ExchangeRate> out;
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toString(), storedDate(q.value(2)), storedAmount(q.value(3)), false});
    return out;
}

Result<std::optional<ExchangeRate>> ExchangeRates::rateOn(const QString &base, const QString &quote, QDate on)
{
    auto table = list();
    if (!table)
        return table.error();
    return rateIn(*table, base, quote, on);
}

std::optional<ExchangeRate> ExchangeRates::rateIn(const QList<ExchangeRate> &table, const QString &base,
                                                  const QString &quote, QDate on)
{
    if (base == quote)
        return ExchangeRate{base, quote, on, Decimal::fromInt(1), false};
    auto latest = [&](const QString &b, const QString &q) -> std::optional<ExchangeRate> {
        const ExchangeRate *best = nullptr;
        for (const ExchangeRate &r : table)
            if (r.base == b && r.quote == q && r.date <= on && (!best || r.date > best->date))
                best = &r;
        return best ? std::optional<ExchangeRate>(*best) : std::nullopt;
    };
    if (auto direct = latest(base, quote))
        return direct;
    if (auto inverse = latest(quote, base)) {
        ExchangeRate r = *inverse;
        r.rate = Decimal::fromInt(1).divided(r.rate, Decimal::Scale, Rounding::HalfEven);
        std::swap(r.base, r.quote);
        r.inverted = true;
        return r;
    }
    return std::nullopt;
}

} // namespace bursar::core
