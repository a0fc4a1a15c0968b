#include "ui/widgets/export_done.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace bursar::ui {

QWidget *announceExport(QWidget *parent, const QString &title, const QString &text, const QString &folder)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("exportDone"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    QPushButton *open =
        box->addButton(QCoreApplication::translate("bursar::ui::ExportDone", "&Open Folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFolder"));
    open->setToolTip(QDir::toNativeSeparators(folder));
    QObject::connect(open, &QAbstractButton::clicked, box,
                     [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    box->show();
    return box;
}

QWidget *announceSavedFile(QWidget *parent, const QString &title, const QString &path)
{
    return announceExport(
        parent, title,
        QCoreApplication::translate("bursar::ui::ExportDone", "Saved to %1.").arg(QDir::toNativeSeparators(path)),
        QFileInfo(path).absolutePath());
}

} // namespace bursar::ui
