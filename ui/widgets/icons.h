#pragma once

#include <QAbstractButton>
#include <QIcon>

namespace bursar::ui {

/// The kinds of action a button or a menu entry starts; each has one icon everywhere, so
/// "Save" looks the same on every page.
enum class Icon {
    Add,         // list-add: a new customer, credit, row, key
    Remove,      // list-remove: a row or a logo taken away
    Save,        // document-save
    Revert,      // document-revert: back to what was saved
    Delete,      // edit-delete: delete, void, revoke
    Edit,        // document-edit: edit, rename, apply to a selection
    View,        // document-preview: view, show
    Approve,     // dialog-ok-apply: approve, finish
    Export,      // document-export: files and CSV written out
    Import,      // document-import: a vendor's file read in
    Print,       // document-print
    Send,        // mail-send
    Refresh,     // view-refresh
    Link,        // insert-link: map an account to a customer
    Unlink,      // remove-link
    Open,        // document-open: choose a file
    New,         // document-new: a document made from a row (a credit, a purchase)
    Clear,       // edit-clear: write off
    Undo,        // edit-undo: unapply
    Find,        // edit-find
    Users,       // system-users: the customers
    Spreadsheet, // x-office-spreadsheet: the billing report
    Folder,      // folder-documents: payments and memos
    Clock,       // appointment-soon: aging
    Document,    // x-office-document: a statement of account
    Next,        // go-next: the next step of a form
    Copy,        // edit-copy: to the clipboard
};

/// The icon of the desktop's icon theme (its freedesktop name), or Bursar's own drawing
/// of it (resources/icons/actions) where the theme has none, as on Windows, macOS and a
/// bare Linux desktop.
QIcon icon(Icon kind);

/// The freedesktop name of the icon, which is also the name of Bursar's own drawing.
const char *iconName(Icon kind);

/// Every kind, for the tests.
QList<Icon> allIcons();

/// Puts the icon on the button and returns the button, for use where it is made.
template <class Button> Button *withIcon(Icon kind, Button *button)
{
    static_cast<QAbstractButton *>(button)->setIcon(icon(kind));
    return button;
}

} // namespace bursar::ui
