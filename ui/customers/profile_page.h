#pragma once
// The page of one folder of the customer profile: shared by the profile's two files.

#include <QFont>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>
#include <utility>

namespace bursar::ui::profile {

/// A folder's page: a bold title, an optional explanatory note, then what the caller adds.
inline std::pair<QWidget *, QVBoxLayout *> newPage(QWidget *parent, const QString &title, const QString &note = {})
{
    auto *page = new QWidget(parent);
    auto *v = new QVBoxLayout(page);
    auto *heading = new QLabel(title, page);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);
    v->addWidget(heading);
    if (!note.isEmpty()) {
        auto *label = new QLabel(note, page);
        label->setWordWrap(true);
        v->addWidget(label);
    }
    return {page, v};
}

} // namespace bursar::ui::profile
