#pragma once

#include <QString>

class QObject;
class QWidget;

namespace bursar::ui {

/// Makes a page usable from the keyboard and by a screen reader, once it is built:
/// - Tab leaves a list (arrows move inside it) and a text box (a tab character is never
///   what a clerk types into a billing form), so Tab reaches every control in turn;
/// - every control that can take focus and has no accessible name gets one: its label's
///   text (the label just before it in its layout, as a buddy would give), else its
///   placeholder or tooltip, else, for a list, "<title> list".
void prepareForKeyboard(QWidget *page, const QString &title);

/// Does the same for every dialog the application shows, each time it is shown (a dialog's
/// title names its lists), for as long as `owner` lives: Bursar's own dialogs and Qt's.
void prepareDialogsForKeyboard(QObject *owner);

} // namespace bursar::ui
