#pragma once

#include "core/result.h"
#include "render/statement_export.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPrintPreviewDialog;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// The document and CSV options of Settings > Statement Documents.
render::DocumentOptions documentOptions(core::Database &db);
core::CsvOptions csvOptions(core::Database &db);

/// Print preview of `statements`, one after another, each on new pages; print from there.
/// The dialog deletes itself when closed.
QPrintPreviewDialog *openPrintPreview(QWidget *parent, core::Database &db, const QList<qint64> &statements);

/// Asks where to save one statement as PDF, CSV or Detailed CSV and writes it.
bool saveStatementAs(QWidget *parent, core::Database &db, qint64 statementId, render::ExportFormat format);

/// Export: statements to a folder as PDF, CSV or Detailed CSV, on all cores, with progress
/// and Cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    ExportDialog(core::Database &db, const QList<qint64> &statements, QWidget *parent = nullptr);
    void setFolder(const QString &folder);
    void setFormat(render::ExportFormat format);
    /// Runs the export; false (with the reason shown) when it could not be started.
    bool run();
    const render::ExportResult &result() const { return m_result; }
    QString feedbackText() const;

private:
    core::Database &m_db;
    QList<qint64> m_statements;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QLineEdit *m_pattern;
    FormFeedback *m_feedback;
    render::ExportResult m_result;
};

} // namespace bursar::ui
