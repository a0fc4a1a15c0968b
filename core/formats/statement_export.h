#pragma once

#include "core/formats/document_format.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace bursar::core {

class Database;

struct ExportRequest
{
    QList<qint64> statements;
    QString format = QStringLiteral("pdf"); ///< a DocumentFormats key
    QString folder;
    QString pattern = QStringLiteral("{period}-{vendor}-{customer}-{number}");
    DocumentSettings settings; ///< paper, PDF/A, locale, CSV options
    int threads = 0;           ///< threads for formats written off the database thread; 0: one per core
};

struct ExportResult
{
    QStringList written;                      ///< absolute paths, in the order asked
    QList<std::pair<qint64, QString>> failed; ///< statement and why
    bool cancelled = false;
};

/// The file a statement is written to: the pattern's tokens filled in ({number} is
/// "DRAFT-<id>" for a draft), characters no file system takes replaced by "_", and the
/// format's ending (".pdf", ".csv", "-detailed.csv").
QString exportFileName(const Statement &statement, const QString &pattern, const DocumentFormat &format);

/// Writes statements to a folder in any registered format: formats that need no database
/// (PDF) on every core, the others on this thread; each file written atomically (a
/// temporary file, then renamed), so a half-written document never appears.
/// `progress(done, total)` returns false to stop after the files under way.
class StatementExporter
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::StatementExporter)

public:
    explicit StatementExporter(Database &db) : m_db(db) {}
    Result<ExportResult> run(const ExportRequest &request, const std::function<bool(int, int)> &progress = {});

    /// What the formats are handed for `ids`: each statement whole, with our logo and the
    /// document settings; with `einvoice`, also both parties' e-invoice data (what UBL needs;
    /// PDFs, CSVs and print previews do without the reads).
    Result<QList<StatementInput>> inputs(const QList<qint64> &ids, QDate today = QDate::currentDate(),
                                         bool einvoice = false);
    /// One statement in one format, written on this thread.
    Result<QByteArray> write(qint64 statementId, const DocumentFormat &format, const DocumentSettings &settings);
    /// Writes one statement to `path` (atomically) and, for a format that keeps its exports
    /// (UBL), keeps the file's SHA-256 with the statement.
    Status save(const StatementInput &input, const DocumentFormat &format, const QString &path);

private:
    Database &m_db;
};

} // namespace bursar::core
