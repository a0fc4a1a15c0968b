#include "ui/widgets/keyboard.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextEdit>

namespace bursar::ui {

namespace {

QString plain(QString text)
{
    text.remove(u'&');
    text = text.trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text;
}

/// The layout that holds `w` directly, searched from its parent's layout down.
QLayout *layoutHolding(QLayout *layout, QWidget *w)
{
    if (!layout)
        return nullptr;
    if (layout->indexOf(w) >= 0)
        return layout;
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout *found = layoutHolding(layout->itemAt(i)->layout(), w))
            return found;
    return nullptr;
}

/// The text of the label just before `w` in its layout: what a sighted clerk reads as its name.
QString labelBefore(QWidget *w)
{
    QWidget *parent = w->parentWidget();
    QLayout *layout = parent ? layoutHolding(parent->layout(), w) : nullptr;
    if (!layout)
        return {};
    for (int i = layout->indexOf(w) - 1; i >= 0; --i) {
        QWidget *before = layout->itemAt(i)->widget();
        if (!before)
            continue; // a spacing or a stretch
        if (auto *label = qobject_cast<QLabel *>(before); label && label->buddy() == nullptr)
            return plain(label->text());
        return {};
    }
    return {};
}

} // namespace

void prepareForKeyboard(QWidget *page, const QString &title)
{
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    for (QPlainTextEdit *edit : page->findChildren<QPlainTextEdit *>())
        edit->setTabChangesFocus(true);
    for (QTextEdit *edit : page->findChildren<QTextEdit *>())
        edit->setTabChangesFocus(true);
    // The controls a label already names (its buddy), found once for the page.
    QSet<QWidget *> named;
    for (QLabel *label : page->findChildren<QLabel *>())
        if (label->buddy())
            named.insert(label->buddy());
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->accessibleName().isEmpty() || named.contains(w))
            continue;
        if (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue; // an editable combo's own line edit, a view's viewport
        QString name = labelBefore(w);
        if (name.isEmpty())
            if (auto *line = qobject_cast<QLineEdit *>(w))
                name = line->placeholderText();
        if (name.isEmpty())
            name = w->toolTip();
        if (name.isEmpty() && qobject_cast<QAbstractItemView *>(w))
            name = QCoreApplication::translate("bursar::ui::Keyboard", "%1 list").arg(title);
        if (!name.isEmpty())
            w->setAccessibleName(name);
    }
}

} // namespace bursar::ui
