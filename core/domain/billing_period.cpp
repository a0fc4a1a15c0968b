#include "core/domain/billing_period.h"

namespace bursar::core {

std::optional<BillingPeriod> BillingPeriod::parse(QStringView text)
{
    if (text.size() != 7 || text.at(4) != u'-')
        return std::nullopt;
    int digits[6];
    int n = 0;
    for (qsizetype i = 0; i < 7; ++i) {
        if (i == 4)
            continue;
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        digits[n++] = c.unicode() - u'0';
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int month = digits[4] * 10 + digits[5];
    if (year < 1 || month < 1 || month > 12)
        return std::nullopt;
    return BillingPeriod(year, month);
}

BillingPeriod BillingPeriod::containing(QDate day)
{
    Q_ASSERT(day.isValid());
    return BillingPeriod(day.year(), day.month());
}

QString BillingPeriod::toString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

QString periodOfDate(QDate d)
{
    return QStringLiteral("%1-%2").arg(d.year(), 4, 10, QChar(u'0')).arg(d.month(), 2, 10, QChar(u'0'));
}

bool isPeriod(const QString &period)
{
    return BillingPeriod::parse(period).has_value();
}

QDate periodStartDate(const QString &period)
{
    const auto p = BillingPeriod::parse(period);
    return p ? p->firstDay() : QDate();
}

QString nextPeriod(const QString &period)
{
    return periodOfDate(periodStartDate(period).addMonths(1));
}

QString previousPeriod(const QString &period)
{
    return periodOfDate(periodStartDate(period).addMonths(-1));
}

} // namespace bursar::core
