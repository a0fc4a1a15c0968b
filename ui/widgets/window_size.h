#pragma once

#include <QSize>

class QWidget;

namespace bursar::ui {

/// The room a window has on `window`'s screen (its parent's screen for a dialog, else the
/// primary one): the screen's available area less its frame and title bar.
QSize roomOnScreen(const QWidget *window);

/// Sizes a window to `wanted`, or smaller where the screen it opens on has less room, so
/// that on a 1366×768 laptop every dialog opens whole, its buttons in view.
void resizeWithinScreen(QWidget *window, QSize wanted);

} // namespace bursar::ui
