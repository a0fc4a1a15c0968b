#pragma once

#include "core/billing/statement_exports.h"
#include "core/settings/document_settings.h"
#include "render/statement_pdf.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace bursar::core {
class Database;
}

namespace bursar::render {

enum class ExportFormat { Pdf, Csv, DetailedCsv };
QString exportFormatKey(ExportFormat f);
std::optional<ExportFormat> exportFormatFromKey(QStringView key);

/// The document options and CSV options the settings say.
DocumentOptions documentOptions(const core::DocumentSettings &settings);
core::CsvOptions csvOptions(const core::DocumentSettings &settings);

struct ExportRequest
{
    QList<qint64> statements;
    ExportFormat format = ExportFormat::Pdf;
    QString folder;
    QString pattern = QStringLiteral("{period}-{vendor}-{customer}-{number}");
    DocumentOptions document;
    core::CsvOptions csv;
    int threads = 0; ///< PDF rendering threads; 0: one per core
};

struct ExportResult
{
    QStringList written;                       ///< absolute paths, in the order asked
    QList<std::pair<qint64, QString>> failed;  ///< statement and why
    bool cancelled = false;
};

/// The file a statement is written to: the pattern's tokens filled in ({number} is
/// "DRAFT-<id>" for a draft), characters no file system takes replaced by "_", and the
/// format's ending (".pdf", ".csv", "-detailed.csv").
QString exportFileName(const core::Statement &statement, const QString &pattern, ExportFormat format);

/// Writes statements to a folder: PDFs rendered on every core, CSV and Detailed CSV;
/// each file written atomically (a temporary file, then renamed), so a half-written
/// document never appears. `progress(done, total)` returns false to stop after the files
/// under way.
class StatementExporter
{
    Q_DECLARE_TR_FUNCTIONS(bursar::render::StatementExporter)

public:
    explicit StatementExporter(core::Database &db) : m_db(db) {}
    core::Result<ExportResult> run(const ExportRequest &request, const std::function<bool(int, int)> &progress = {});

    /// The statement documents (statement and our logo) of `ids`, read from the database.
    core::Result<QList<StatementDocument>> documents(const QList<qint64> &ids, QDate today = QDate::currentDate());
    /// A customer's open statements as of `asOf`, for the statement of account.
    core::Result<AccountStatementDocument> accountStatement(qint64 customerId, QDate asOf);

private:
    core::Database &m_db;
};

} // namespace bursar::render
