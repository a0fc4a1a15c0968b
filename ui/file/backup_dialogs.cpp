#include "ui/file/backup_dialogs.h"

#include "core/storage/database.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/window_size.h"
#include "ui/widgets/worker.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bursar::ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// A file field with Browse… beside it, in a form row named `label`.
QLineEdit *fileRow(QFormLayout *form, const QString &label, const std::function<QString(const QString &)> &browse)
{
    QWidget *owner = form->parentWidget();
    auto *layout = new QHBoxLayout;
    auto *field = new QLineEdit(owner);
    field->setObjectName(QStringLiteral("backupFile"));
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
    auto *choose = withIcon(Icon::Open, new QPushButton(BackupDialog::tr("Browse…"), owner));
    choose->setObjectName(QStringLiteral("browse"));
    layout->addWidget(field, 1);
    layout->addWidget(choose);
    form->addRow(label, layout);
    QObject::connect(choose, &QPushButton::clicked, field, [field, browse] {
        const QString chosen = browse(field->text());
        if (!chosen.isEmpty())
            field->setText(QDir::toNativeSeparators(chosen));
    });
    return field;
}

QString describe(const core::BackupInfo &b)
{
    const QLocale locale;
    return BackupDialog::tr("Written %1; schema %2; %n customer(s)", nullptr, int(b.customers))
               .arg(locale.toString(b.written, QLocale::ShortFormat))
               .arg(b.schemaVersion) +
           BackupDialog::tr(", %n statement(s)", nullptr, int(b.statements)) +
           BackupDialog::tr("; %1.").arg(locale.formattedDataSize(b.bytes));
}

void showOutcome(QLabel *label, const QString &text, bool ok)
{
    label->setText(text);
    label->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    label->setVisible(!text.isEmpty());
}

/// A shared PostgreSQL database: the dialog only explains pg_dump and pg_restore (Bursar
/// cannot see every desktop's changes at one moment; the server's tools can). True when it did.
bool explainPgDump(QDialog *dialog, QVBoxLayout *layout, QDialogButtonBox *buttons, const core::Database &db)
{
    if (db.dialect() != core::Dialect::PostgreSQL)
        return false;
    layout->addWidget(wrapped(core::DatabaseBackup::pgDumpAdvice(db.location()), dialog));
    layout->addStretch(1);
    layout->addWidget(buttons);
    resizeWithinScreen(dialog, QSize(620, 240));
    return true;
}

} // namespace

BackupDialog::BackupDialog(core::Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back Up Database"));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (explainPgDump(this, layout, buttons, db))
        return;
    layout->addWidget(wrapped(tr("A backup is a copy of %1 as it is at one moment, taken while you go on working. "
                                 "Only you can read the file. Keep copies somewhere other than this computer too.")
                                  .arg(QDir::toNativeSeparators(db.location())),
                              this));
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_file = fileRow(form, tr("Backup file:"), [this](const QString &current) {
        return QFileDialog::getSaveFileName(this, tr("Back Up Database"), current,
                                            tr("Bursar databases (*.sqlite);;All files (*)"));
    });
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir::toNativeSeparators(QDir(documents).filePath(core::DatabaseBackup::suggestedName())));
    m_result = wrapped(QString(), this);
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);
    m_backUp = withIcon(Icon::Save, buttons->addButton(tr("Back Up"), QDialogButtonBox::ActionRole));
    m_backUp->setObjectName(QStringLiteral("backUp"));
    m_backUp->setDefault(true);
    connect(m_backUp, &QPushButton::clicked, this, [this] { backUp(); });
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(680, 260));
}

bool BackupDialog::backUp()
{
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    bool replace = false;
    if (!file.isEmpty() && QFileInfo(file).isFile()) {
        if (QMessageBox::question(this, tr("Back Up Database"),
                                  tr("“%1” exists already. Replace it with a new backup? It is replaced only once the "
                                     "new backup is complete.")
                                      .arg(QDir::toNativeSeparators(file))) != QMessageBox::Yes)
            return false;
        replace = true;
    }
    auto done = runWithProgress<core::BackupInfo>(this, m_db, tr("Backing up the database…"),
                                                  [file, replace](core::Database &worker, WorkerProgress &) {
                                                      return core::DatabaseBackup::backup(worker, file, replace);
                                                  });
    if (!done) {
        showOutcome(m_result, done.message(), false);
        return false;
    }
    showOutcome(m_result, tr("Backed up to %1. %2").arg(QDir::toNativeSeparators(done->path), describe(*done)), true);
    return true;
}

RestoreDialog::RestoreDialog(core::Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore Database"));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (explainPgDump(this, layout, buttons, db))
        return;
    layout->addWidget(wrapped(tr("Restoring replaces everything in %1 with the backup. The database as it is now is "
                                 "kept beside it first, as a backup of its own, so nothing is lost.")
                                  .arg(QDir::toNativeSeparators(db.location())),
                              this));
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_file = fileRow(form, tr("Backup file:"), [this](const QString &current) {
        return QFileDialog::getOpenFileName(this, tr("Restore Database"), current,
                                            tr("Bursar databases (*.sqlite *.db);;All files (*)"));
    });
    m_details = wrapped(QString(), this);
    m_details->setObjectName(QStringLiteral("backupDetails"));
    m_details->hide();
    layout->addWidget(m_details);
    layout->addStretch(1);
    m_restore = withIcon(Icon::Revert, buttons->addButton(tr("Restore"), QDialogButtonBox::ActionRole));
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setEnabled(false);
    connect(m_file, &QLineEdit::textChanged, this, [this] { inspect(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restore(); });
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(680, 280));
}

void RestoreDialog::inspect()
{
    m_checked.reset();
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (file.isEmpty() || !QFileInfo(file).isFile()) {
        showOutcome(m_details, file.isEmpty() ? QString() : tr("There is no file “%1”.").arg(m_file->text()), false);
        m_restore->setEnabled(false);
        return;
    }
    auto info = core::DatabaseBackup::inspect(file);
    if (!info) {
        showOutcome(m_details, info.message(), false);
    } else {
        m_checked = *info;
        showOutcome(m_details, tr("A sound Bursar backup. %1").arg(describe(*info)), true);
    }
    m_restore->setEnabled(m_checked.has_value());
}

bool RestoreDialog::restore(bool confirmed)
{
    if (!m_checked)
        return false;
    const QString file = m_checked->path;
    if (!confirmed) {
        QMessageBox ask(QMessageBox::Warning, tr("Restore Database"),
                        tr("Replace everything in %1 with the backup “%2”?\n\nThe database as it is now is kept beside "
                           "it first.")
                            .arg(QDir::toNativeSeparators(m_db.location()), QDir::toNativeSeparators(file)),
                        QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("confirmRestore"));
        QPushButton *replace = ask.addButton(tr("Replace with the Backup"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != replace)
            return false;
    }
    auto done = runWithProgress<core::RestoreResult>(
        this, m_db, tr("Restoring the database…"),
        [file](core::Database &worker, WorkerProgress &) { return core::DatabaseBackup::restore(worker, file); });
    if (!done) {
        showOutcome(m_details, done.message(), false);
        return false;
    }
    showOutcome(m_details,
                tr("Restored from %1: %n row(s). The database as it was is kept as %2.", nullptr, int(done->rows))
                    .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(done->keptAs)),
                true);
    m_restore->setEnabled(false);
    Q_EMIT restored();
    return true;
}

} // namespace bursar::ui
