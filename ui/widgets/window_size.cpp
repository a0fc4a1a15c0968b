#include "ui/widgets/window_size.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace bursar::ui {

namespace {
// A title bar and the frame around the window: the window manager's, not ours, so a fair
// allowance rather than a measurement (the window has no frame yet when it is sized).
constexpr QSize FrameAllowance(16, 40);
} // namespace

QSize roomOnScreen(const QWidget *window)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen *screen = anchor->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    return screen->availableGeometry().size() - FrameAllowance;
}

void resizeWithinScreen(QWidget *window, QSize wanted)
{
    window->resize(wanted.boundedTo(roomOnScreen(window)));
}

} // namespace bursar::ui
