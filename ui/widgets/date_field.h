#pragma once

#include <QDate>
#include <QDateEdit>

namespace bursar::ui {

/// A date field as every form of the window has it: ISO dates (2026-12-05), a calendar to
/// pick from, wide enough for the whole date.
inline QDateEdit *dateField(QWidget *parent, QDate date)
{
    auto *e = new QDateEdit(date, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setMinimumWidth(120);
    return e;
}

} // namespace bursar::ui
