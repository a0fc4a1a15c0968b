#pragma once

#include "core/billing/statement_exports.h"
#include "core/formats/statement_export.h"
#include "core/result.h"
#include "render/statement_pdf.h"

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

/// Every document format the window offers: core's and render's, from the one registry.
QList<core::DocumentFormat> documentFormats();

/// Asks where to save one statement in the format with `formatKey` and writes it.
bool saveStatementAs(QWidget *parent, core::Database &db, qint64 statementId, const QString &formatKey);

/// Export: statements to a folder in any registered format (PDF, CSV, Detailed CSV), on all cores, with progress
/// and Cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    ExportDialog(core::Database &db, const QList<qint64> &statements, QWidget *parent = nullptr);
    void setFolder(const QString &folder);
    /// Chooses the format with this key ("pdf", "csv", "detailed-csv").
    void setFormat(const QString &formatKey);
    /// Runs the export; false (with the reason shown) when it could not be started.
    bool run();
    const core::ExportResult &result() const { return m_result; }
    QString feedbackText() const;

private:
    core::Database &m_db;
    QList<qint64> m_statements;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QLineEdit *m_pattern;
    FormFeedback *m_feedback;
    core::ExportResult m_result;
};

} // namespace bursar::ui
