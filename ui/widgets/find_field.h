#pragma once

class QAbstractItemView;
class QLineEdit;
class QWidget;

namespace bursar::ui {

/// Marks `edit` as its page's filter: Edit > Find (Ctrl+F) puts the cursor there, and Down,
/// Enter or Return in it move to `list` (its first row when none is current), so a clerk
/// types a name and goes on with the keyboard.
void markFindField(QLineEdit *edit, QAbstractItemView *list);

/// The filter `markFindField` marked inside `page`, or nullptr.
QLineEdit *findFieldOf(QWidget *page);

/// Puts the cursor in `page`'s first field: its filter when it has one, else the first
/// control Tab reaches. False when the page has none.
bool focusFirstField(QWidget *page);

} // namespace bursar::ui
