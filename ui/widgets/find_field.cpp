#include "ui/widgets/find_field.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>

namespace bursar::ui {

namespace {

constexpr const char *FindProperty = "bursarFind";

/// Moves from the filter into its list on Down, Enter or Return.
class IntoList : public QObject
{
public:
    IntoList(QLineEdit *edit, QAbstractItemView *list) : QObject(edit), m_list(list) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || !m_list)
            return QObject::eventFilter(watched, event);
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Down && key != Qt::Key_Return && key != Qt::Key_Enter)
            return false;
        QAbstractItemModel *model = m_list->model();
        if (!model || model->rowCount() == 0)
            return false;
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(model->index(0, 0));
        m_list->setFocus(Qt::TabFocusReason);
        return true;
    }

private:
    QPointer<QAbstractItemView> m_list;
};

} // namespace

void markFindField(QLineEdit *edit, QAbstractItemView *list)
{
    edit->setProperty(FindProperty, true);
    edit->installEventFilter(new IntoList(edit, list));
}

QLineEdit *findFieldOf(QWidget *page)
{
    if (!page)
        return nullptr;
    const auto edits = page->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits)
        if (e->property(FindProperty).toBool() && e->isVisibleTo(page) && e->isEnabled())
            return e;
    return nullptr;
}

bool focusFirstField(QWidget *page)
{
    if (!page)
        return false;
    if (QLineEdit *find = findFieldOf(page)) {
        find->setFocus(Qt::TabFocusReason);
        return true;
    }
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w))
            continue;
        if (w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace bursar::ui
