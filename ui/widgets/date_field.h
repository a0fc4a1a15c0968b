#pragma once

#include <QDate>
#include <QDateEdit>
#include <QLocale>

namespace bursar::ui {

/// Keeps `e` wide enough for its whole date in its font (and the calendar button): layouts
/// squeezed "2026-12-02" to "2026-12-0" when the row was full.
inline void fitDateWidth(QDateEdit *e)
{
    const QString widest = QLocale::c().toString(QDate(2088, 12, 28), e->displayFormat());
    e->setMinimumWidth(e->fontMetrics().horizontalAdvance(widest + QStringLiteral("00")) + 32);
}

/// A date field as every form of the window has it: ISO dates (2026-12-05), a calendar to
/// pick from, wide enough for the whole date.
inline QDateEdit *dateField(QWidget *parent, QDate date)
{
    auto *e = new QDateEdit(date, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    fitDateWidth(e);
    return e;
}

} // namespace bursar::ui
