#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <compare>
#include <optional>

namespace bursar::core {

/// A billing period: one calendar month, written YYYY-MM (PRODUCT.md §3). Usage, reports,
/// statements and the period lock all speak of periods; this is the one place that knows
/// how one is written and where it starts and ends.
class BillingPeriod
{
public:
    /// "2026-09"; nullopt for anything else (no spaces, no signs, months 01-12, years 1-9999).
    static std::optional<BillingPeriod> parse(QStringView text);
    /// The period a day falls in.
    static BillingPeriod containing(QDate day);

    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    BillingPeriod next() const { return containing(firstDay().addMonths(1)); }
    BillingPeriod previous() const { return containing(firstDay().addMonths(-1)); }
    bool contains(QDate day) const { return day.year() == m_year && day.month() == m_month; }
    QString toString() const;

    friend auto operator<=>(const BillingPeriod &, const BillingPeriod &) = default;

private:
    BillingPeriod(int year, int month) : m_year(year), m_month(month) {}
    int m_year;
    int m_month;
};

/// The same rules for periods kept as text ("2026-09"), as the database and the command line
/// write them.
/// "YYYY-MM" of a date.
QString periodOfDate(QDate d);
/// Whether `period` is a valid "YYYY-MM".
bool isPeriod(const QString &period);
/// The period after / before.
QString nextPeriod(const QString &period);
QString previousPeriod(const QString &period);
/// The first day of a period.
QDate periodStartDate(const QString &period);

} // namespace bursar::core
