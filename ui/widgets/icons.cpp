#include "ui/widgets/icons.h"

#include <QAbstractButton>

namespace bursar::ui {

namespace {

struct Named
{
    Icon kind;
    const char *name;
};
constexpr Named Names[] = {
    {Icon::Add, "list-add"},
    {Icon::Remove, "list-remove"},
    {Icon::Save, "document-save"},
    {Icon::Revert, "document-revert"},
    {Icon::Delete, "edit-delete"},
    {Icon::Edit, "document-edit"},
    {Icon::View, "document-preview"},
    {Icon::Approve, "dialog-ok-apply"},
    {Icon::Export, "document-export"},
    {Icon::Import, "document-import"},
    {Icon::Print, "document-print"},
    {Icon::Send, "mail-send"},
    {Icon::Refresh, "view-refresh"},
    {Icon::Link, "insert-link"},
    {Icon::Unlink, "remove-link"},
    {Icon::Open, "document-open"},
    {Icon::New, "document-new"},
    {Icon::Clear, "edit-clear"},
    {Icon::Undo, "edit-undo"},
    {Icon::Find, "edit-find"},
    {Icon::Users, "system-users"},
    {Icon::Spreadsheet, "x-office-spreadsheet"},
    {Icon::Folder, "folder-documents"},
    {Icon::Clock, "appointment-soon"},
    {Icon::Document, "x-office-document"},
    {Icon::Next, "go-next"},
    {Icon::Copy, "edit-copy"},
};

} // namespace

const char *iconName(Icon kind)
{
    for (const Named &n : Names) {
        if (n.kind == kind)
            return n.name;
    }
    return "";
}

QList<Icon> allIcons()
{
    QList<Icon> all;
    for (const Named &n : Names)
        all.append(n.kind);
    return all;
}

QIcon icon(Icon kind)
{
    const QString name = QString::fromLatin1(iconName(kind));
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/bursar/icons/actions/%1.svg").arg(name)));
}

} // namespace bursar::ui
