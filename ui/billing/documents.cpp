#include "ui/billing/documents.h"
#include "core/storage/database_files.h"

#include "core/settings/document_settings.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/worker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;
using namespace bursar::render;

namespace {
DocumentSettings settingsOf(Database &db)
{
    auto s = DocumentSettingsService(db).load();
    return s ? *s : DocumentSettings{};
}
} // namespace

DocumentOptions documentOptions(Database &db)
{
    return render::documentOptions(settingsOf(db));
}

CsvOptions csvOptions(Database &db)
{
    return render::csvOptions(settingsOf(db));
}

QPrintPreviewDialog *openPrintPreview(QWidget *parent, Database &db, const QList<qint64> &statements)
{
    auto docs = StatementExporter(db).documents(statements);
    if (!docs) {
        QMessageBox::warning(parent, QCoreApplication::translate("bursar::ui::ExportDialog", "Print"), docs.message());
        return nullptr;
    }
    const DocumentOptions options = documentOptions(db);
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(options.paper));
    printer->setFullPage(true); // the layout keeps its own margins
    printer->setDocName(statements.size() == 1 ? docs->first().statement.reference()
                                               : QCoreApplication::translate("bursar::ui::ExportDialog", "%n statement(s)", nullptr,
                                                                             int(statements.size())));
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [docs = *docs, options](QPrinter *p) {
        QPainter painter(p);
        StatementPainter(options).paint(painter, *p, docs);
    });
    dialog->resize(900, 1000);
    dialog->show();
    return dialog;
}

bool saveStatementAs(QWidget *parent, Database &db, qint64 statementId, ExportFormat format)
{
    auto docs = StatementExporter(db).documents({statementId});
    if (!docs)
        return QMessageBox::warning(parent, QCoreApplication::translate("bursar::ui::ExportDialog", "Save"), docs.message()), false;
    const Statement &s = docs->first().statement;
    const QString suggested = exportFileName(s, settingsOf(db).filePattern, format);
    const QString filter = format == ExportFormat::Pdf ? QCoreApplication::translate("bursar::ui::ExportDialog", "PDF files (*.pdf)")
                                                       : QCoreApplication::translate("bursar::ui::ExportDialog", "CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("bursar::ui::ExportDialog", "Save Statement"),
                                                      QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                          .filePath(suggested),
                                                      filter);
    if (path.isEmpty())
        return false;
    Result<QByteArray> bytes = format == ExportFormat::Pdf ? statementPdf(docs->first(), documentOptions(db))
                               : format == ExportFormat::Csv ? Result<QByteArray>(StatementExports::summaryCsv(s, csvOptions(db)))
                                                             : StatementExports::detailedCsv(db, s, csvOptions(db));
    Status written = bytes ? core::writeFileAtomically(path, *bytes) : Status(bytes.error());
    if (!written) {
        QMessageBox::warning(parent, QCoreApplication::translate("bursar::ui::ExportDialog", "Save Statement"), written.message());
        return false;
    }
    return true;
}

ExportDialog::ExportDialog(Database &db, const QList<qint64> &statements, QWidget *parent)
    : QDialog(parent), m_db(db), m_statements(statements), m_format(new QComboBox(this)), m_folder(new QLineEdit(this)),
      m_pattern(new QLineEdit(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export %n Statement(s)", nullptr, int(statements.size())));
    m_format->addItem(tr("PDF"), int(ExportFormat::Pdf));
    m_format->addItem(tr("CSV (the statement's lines and totals)"), int(ExportFormat::Csv));
    m_format->addItem(tr("Detailed CSV (every usage line and credit)"), int(ExportFormat::DetailedCsv));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_pattern->setText(settingsOf(db).filePattern);
    m_pattern->setToolTip(tr("{number} (DRAFT-<id> for a draft), {id}, {customer}, {period}, {vendor}, {currency}"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export to"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("File names:"), m_pattern);
    auto *note = new QLabel(tr("Each file is written whole under a temporary name and then renamed, so a half-written "
                               "document never appears. PDFs are rendered on every core."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *go = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("export"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (run())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    m_feedback->addField(QStringLiteral("out"), m_folder);
    m_feedback->addField(QStringLiteral("pattern"), m_pattern);
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

bool ExportDialog::run()
{
    ExportRequest request;
    request.statements = m_statements;
    request.format = ExportFormat(m_format->currentData().toInt());
    request.folder = m_folder->text().trimmed();
    request.pattern = m_pattern->text().trimmed();
    request.document = documentOptions(m_db);
    request.csv = csvOptions(m_db);
    auto result = runWithProgress<ExportResult>(this, m_db, tr("Exporting %n statement(s)…", nullptr, int(m_statements.size())),
                                                [&](Database &connection, WorkerProgress &progress) {
                                                    return StatementExporter(connection).run(
                                                        request, [&](int d, int t) { return progress.report(d, t); });
                                                });
    if (!result) {
        m_feedback->showError(result.error());
        return false;
    }
    m_result = *result;
    QString text = tr("%n file(s) written to %1.", nullptr, int(m_result.written.size())).arg(QDir::toNativeSeparators(request.folder));
    if (m_result.cancelled)
        text += u' ' + tr("Cancelled before the rest.");
    for (const auto &[id, why] : std::as_const(m_result.failed))
        text += u' ' + why;
    m_feedback->showInfo(text);
    return m_result.failed.isEmpty();
}

QString ExportDialog::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
