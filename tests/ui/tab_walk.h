#pragma once
// Tabbing through a page or a dialog the way a keyboard user does, for the tests that
// check every control is reached and named.

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QSet>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace bursar::test {

struct TabWalk
{
    QStringList unreached; ///< usable controls Tab never reached
    QStringList unnamed;   ///< usable controls without an accessible name
};

/// Presses Tab from the focused control inside `root` until the focus comes back to it,
/// and adds to `walk` every visible, enabled control of `root` that takes Tab focus but was
/// not reached, or says nothing to a screen reader (its accessible name: its own, its
/// label's, its text or its placeholder). `where` starts each entry. False when no control
/// of `root` has the focus to start from.
inline bool walkTabs(QWidget *root, const QString &where, TabWalk &walk)
{
    QList<QWidget *> controls;
    for (QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            controls << w;
    QWidget *first = QApplication::focusWidget();
    if (!first || !root->isAncestorOf(first))
        return false;
    QSet<QWidget *> reached{first};
    bool left = false; // a date field takes Tab for its day, month and year first
    // BURSAR_DEBUG_TABS=1 prints where each Tab went, to find a trap.
    for (int i = 0; i < 3 * int(controls.size()) + 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (qEnvironmentVariableIsSet("BURSAR_DEBUG_TABS"))
            qWarning() << where << now;
        if (now == first && left)
            break;
        left = left || now != first;
        if (now && root->isAncestorOf(now))
            reached.insert(now);
    }
    for (QWidget *w : std::as_const(controls)) {
        QString id = w->objectName();
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && id.isEmpty())
            id = button->text();
        const QString what =
            QStringLiteral("%1: %2 “%3”").arg(where, QString::fromLatin1(w->metaObject()->className()), id);
        if (!reached.contains(w))
            walk.unreached << what;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            walk.unnamed << what;
    }
    return true;
}

/// Prints what the walk found, for the test's log.
inline void reportTabWalk(const TabWalk &walk)
{
    for (const QString &u : walk.unreached)
        qWarning().noquote() << "not reached by Tab:" << u;
    for (const QString &u : walk.unnamed)
        qWarning().noquote() << "no accessible name:" << u;
}

} // namespace bursar::test
