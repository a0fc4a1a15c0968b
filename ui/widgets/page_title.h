#pragma once

#include <QLabel>

namespace bursar::ui {

/// A page's heading: its name, bold and half as large again as the text below it.
inline QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    title->setObjectName(QStringLiteral("pageTitle")); // the window adds one to pages without
    title->setAccessibleName(text);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    return title;
}

} // namespace bursar::ui
