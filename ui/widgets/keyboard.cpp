#include "ui/widgets/keyboard.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QFormLayout>
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

/// The label of the form row whose field is the row of widgets `inner`, searched from `layout` down.
QString formLabelOf(QLayout *layout, const QLayout *inner)
{
    if (!layout)
        return {};
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        for (int r = 0; r < form->rowCount(); ++r) {
            QLayoutItem *field = form->itemAt(r, QFormLayout::FieldRole);
            QLayoutItem *label = form->itemAt(r, QFormLayout::LabelRole);
            if (field && label && field->layout() == inner)
                if (auto *text = qobject_cast<QLabel *>(label->widget()))
                    return plain(text->text());
        }
    }
    for (int i = 0; i < layout->count(); ++i)
        if (QString found = formLabelOf(layout->itemAt(i)->layout(), inner); !found.isEmpty())
            return found;
    return {};
}

/// The text of the label just before `w` in its layout: what a sighted clerk reads as its name.
/// The first widget of a row of several in a form takes the row's label.
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
    return layout == parent->layout() ? QString() : formLabelOf(parent->layout(), layout);
}

/// Watches the application for dialogs being shown.
class DialogWatch : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType())
            if (auto *dialog = qobject_cast<QDialog *>(watched))
                prepareForKeyboard(dialog, dialog->windowTitle());
        return false;
    }
};

} // namespace

void prepareDialogsForKeyboard(QObject *owner)
{
    QCoreApplication::instance()->installEventFilter(new DialogWatch(owner));
}

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
