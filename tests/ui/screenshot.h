#pragma once
// Screenshots of the windows under test, for a person to look at: build/<preset>/screenshots.

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace bursar::test {

/// Saves what the clerk would see: pending layout requests (a label that just got longer
/// text, a table that just got rows) are handled first, as the event loop would.
inline void screenshot(QWidget *w, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
    QDir().mkpath(QStringLiteral(BURSAR_SCREENSHOT_DIR));
    QVERIFY(w->grab().save(QStringLiteral(BURSAR_SCREENSHOT_DIR "/") + name + QStringLiteral(".png")));
}

} // namespace bursar::test
