#include "core/numbering/number_series.h"

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QRegularExpression>

namespace bursar::core {

namespace {
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}]*)\\}"));
    return re;
}

bool isCounter(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^(0+|N)$"));
    return re.match(token).hasMatch();
}
} // namespace

Status NumberSeries::validatePattern(const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return fail(tr("The number pattern is empty; type one such as INV-{YYYY}-{000000}."),
                    QStringLiteral("pattern"));
    if (pattern.size() > 60)
        return fail(tr("The number pattern “%1” is longer than 60 characters; shorten it.").arg(pattern),
                    QStringLiteral("pattern"));
    int counters = 0;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const QString token = it.next().captured(1);
        if (isCounter(token)) {
            ++counters;
            if (token.size() > 12)
                return fail(tr("The counter {%1} in “%2” has more than 12 digits; use at most {000000000000}.")
                                .arg(token, pattern),
                            QStringLiteral("pattern"));
        } else if (token != QLatin1String("YYYY") && token != QLatin1String("YY") && token != QLatin1String("MM")) {
            return fail(tr("The number pattern “%1” has an unknown part {%2}; use {YYYY}, {YY}, {MM} and one counter "
                           "such as {000000}.")
                            .arg(pattern, token),
                        QStringLiteral("pattern"));
        }
    }
    QString rest = pattern;
    rest.remove(tokenPattern());
    if (rest.contains(u'{') || rest.contains(u'}'))
        return fail(tr("The number pattern “%1” has an unmatched brace.").arg(pattern), QStringLiteral("pattern"));
    if (counters != 1)
        return fail(tr("The number pattern “%1” needs exactly one counter such as {000000}; it has %2.")
                        .arg(pattern)
                        .arg(counters),
                    QStringLiteral("pattern"));
    return success();
}

QString NumberSeries::periodOf(const QString &pattern, const QDate &date)
{
    const bool year = pattern.contains(QLatin1String("{YYYY}")) || pattern.contains(QLatin1String("{YY}"));
    const bool month = pattern.contains(QLatin1String("{MM}"));
    if (year && month)
        return date.toString(QStringLiteral("yyyy-MM"));
    if (year)
        return date.toString(QStringLiteral("yyyy"));
    if (month) // a month without a year still needs the year to be unique
        return date.toString(QStringLiteral("yyyy-MM"));
    return QStringLiteral("all");
}

QString NumberSeries::format(const QString &pattern, const QDate &date, qint64 value)
{
    QString out;
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(pattern).mid(last, m.capturedStart() - last);
        const QString token = m.captured(1);
        if (token == QLatin1String("YYYY"))
            out += QString::number(date.year());
        else if (token == QLatin1String("YY"))
            out += QStringLiteral("%1").arg(date.year() % 100, 2, 10, QLatin1Char('0'));
        else if (token == QLatin1String("MM"))
            out += QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'));
        else if (token == QLatin1String("N"))
            out += QString::number(value);
        else
            out += QStringLiteral("%1").arg(value, static_cast<int>(token.size()), 10, QLatin1Char('0'));
        last = m.capturedEnd();
    }
    out += QStringView(pattern).mid(last);
    return out;
}

Status NumberSeries::define(const QString &series, const QString &pattern)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("define number series")); !s)
        return s;
    if (series.trimmed().isEmpty())
        return fail(tr("The number series needs a name, such as invoice."), QStringLiteral("series"));
    if (Status s = validatePattern(pattern); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        Sql upsert(m_db, QStringLiteral("INSERT INTO number_series (series, pattern) VALUES (?, ?) "
                                        "ON CONFLICT (series) DO UPDATE SET pattern = excluded.pattern"));
        upsert.bind(series.trimmed()).bind(pattern);
        if (Status e = upsert.exec(tr("saving the number series")); !e)
            return e;
        return m_db.audit(QStringLiteral("define"), QStringLiteral("number_series"), series.trimmed(), pattern);
    });
}

Result<QString> NumberSeries::pattern(const QString &series)
{
    Sql q(m_db, QStringLiteral("SELECT pattern FROM number_series WHERE series = ?"));
    q.bind(series);
    if (Status s = q.exec(tr("reading the number series")); !s)
        return s.error();
    if (!q.next())
        return fail(tr("There is no number series “%1”; define its pattern first.").arg(series),
                    QStringLiteral("series"));
    return q.value(0).toString();
}

Result<QString> NumberSeries::peek(const QString &series, const QDate &date, const QString &pattern)
{
    QString p = pattern;
    if (p.isEmpty()) {
        auto saved = this->pattern(series);
        if (!saved)
            return saved.error();
        p = *saved;
    }
    if (Status s = validatePattern(p); !s)
        return s.error();
    Sql q(m_db, QStringLiteral("SELECT last_value FROM number_counters WHERE series = ? AND period = ?"));
    q.bind(series).bind(periodOf(p, date));
    if (Status s = q.exec(tr("reading the number series")); !s)
        return s.error();
    const qint64 last = q.next() ? q.value(0).toLongLong() : 0;
    return format(p, date, last + 1);
}

Result<QString> NumberSeries::next(const QString &series, const QDate &date)
{
    auto block = nextBlock(series, date, 1);
    if (!block)
        return block.error();
    return block->first();
}

Result<QStringList> NumberSeries::nextBlock(const QString &series, const QDate &date, int count)
{
    Q_ASSERT(count > 0);
    auto p = pattern(series);
    if (!p)
        return p.error();
    const QString period = periodOf(*p, date);
    Sql create(m_db, QStringLiteral("INSERT INTO number_counters (series, period, last_value) VALUES (?, ?, 0) "
                                    "ON CONFLICT (series, period) DO NOTHING"));
    create.bind(series).bind(period);
    if (Status s = create.exec(tr("numbering the document")); !s)
        return s.error();
    // The UPDATE locks the counter row until the caller's transaction ends.
    Sql take(m_db, QStringLiteral("UPDATE number_counters SET last_value = last_value + ? "
                                  "WHERE series = ? AND period = ? RETURNING last_value"));
    take.bind(count).bind(series).bind(period);
    if (Status s = take.exec(tr("numbering the document")); !s)
        return s.error();
    if (!take.next())
        return fail(tr("The number series “%1” could not give a number; try again.").arg(series));
    const qint64 last = take.value(0).toLongLong();
    QStringList numbers;
    numbers.reserve(count);
    for (qint64 v = last - count + 1; v <= last; ++v)
        numbers << format(*p, date, v);
    return numbers;
}

} // namespace bursar::core
