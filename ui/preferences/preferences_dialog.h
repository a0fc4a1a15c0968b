#pragma once

#include <QDialog>

class QComboBox;

namespace bursar::ui {

/// Edit > Preferences…: the language of the window (the system's, English, or a language
/// Bursar is translated into), which applies the next time Bursar starts, with the number
/// and date formats that go with it. Kept per user (windowSettings()).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    /// Keeps the choice; true when it differs from the one Bursar started with.
    bool save();

private:
    QComboBox *m_language = nullptr;
};

} // namespace bursar::ui
