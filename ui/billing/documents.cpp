#include "ui/billing/documents.h"

#include "core/billing/statement_exports.h"
#include "core/settings/document_settings.h"
#include "core/storage/database_files.h"
#include "render/formats.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/export_done.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/window_size.h"
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
    return core::csvOptions(settingsOf(db));
}

QList<DocumentFormat> documentFormats()
{
    render::registerFormats();
    return DocumentFormats::all();
}

QPrintPreviewDialog *openPrintPreview(QWidget *parent, Database &db, const QList<qint64> &statements)
{
    auto docs = StatementExporter(db).inputs(statements);
    if (!docs) {
        QMessageBox::warning(parent, QCoreApplication::translate("bursar::ui::ExportDialog", "Print"), docs.message());
        return nullptr;
    }
    const DocumentOptions options = documentOptions(db);
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(options.paper));
    printer->setFullPage(true); // the layout keeps its own margins
    printer->setDocName(statements.size() == 1
                            ? docs->first().statement.reference()
                            : QCoreApplication::translate("bursar::ui::ExportDialog", "%n statement(s)", nullptr,
                                                          int(statements.size())));
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [docs = *docs, options](QPrinter *p) {
        QPainter painter(p);
        StatementPainter(options).paint(painter, *p, docs);
    });
    resizeWithinScreen(dialog, QSize(900, 1000));
    dialog->show();
    return dialog;
}

bool saveStatementAs(QWidget *parent, Database &db, qint64 statementId, const QString &formatKey)
{
    render::registerFormats();
    const auto format = DocumentFormats::find(formatKey);
    Q_ASSERT(format);
    auto docs = StatementExporter(db).inputs({statementId}, QDate::currentDate(), format->keepsExports);
    if (!docs)
        return QMessageBox::warning(parent, QCoreApplication::translate("bursar::ui::ExportDialog", "Save"),
                                    docs.message()),
               false;
    const DocumentSettings settings = settingsOf(db);
    const QString suggested = exportFileName(docs->first().statement, settings.filePattern, *format);
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("bursar::ui::ExportDialog", "Save Statement"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggested),
        format->nameFilterText());
    if (path.isEmpty())
        return false;
    StatementInput input = docs->first();
    input.settings = settings;
    if (Status written = StatementExporter(db).save(input, *format, path); !written) {
        QMessageBox::warning(parent, QCoreApplication::translate("bursar::ui::ExportDialog", "Save Statement"),
                             written.message());
        return false;
    }
    announceSavedFile(parent, QCoreApplication::translate("bursar::ui::ExportDialog", "Save Statement"), path);
    return true;
}

ExportDialog::ExportDialog(Database &db, const QList<qint64> &statements, QWidget *parent)
    : QDialog(parent), m_db(db), m_statements(statements), m_format(new QComboBox(this)), m_folder(new QLineEdit(this)),
      m_pattern(new QLineEdit(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export %n Statement(s)", nullptr, int(statements.size())));
    for (const DocumentFormat &f : documentFormats())
        m_format->addItem(f.titleText(), f.key);
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_pattern->setText(settingsOf(db).filePattern);
    m_pattern->setToolTip(tr("{number} (DRAFT-<id> for a draft), {id}, {customer}, {period}, {vendor}, {currency}"));
    auto *browse = withIcon(Icon::Open, new QPushButton(tr("Choose…"), this));
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
    auto *go = withIcon(Icon::Export, buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole));
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

void ExportDialog::setFormat(const QString &formatKey)
{
    m_format->setCurrentIndex(m_format->findData(formatKey));
}

bool ExportDialog::run()
{
    ExportRequest request;
    request.statements = m_statements;
    request.format = m_format->currentData().toString();
    request.folder = m_folder->text().trimmed();
    request.pattern = m_pattern->text().trimmed();
    request.settings = settingsOf(m_db);
    auto result = runWithProgress<ExportResult>(
        this, m_db, tr("Exporting %n statement(s)…", nullptr, int(m_statements.size())),
        [&](Database &connection, WorkerProgress &progress) {
            return StatementExporter(connection).run(request, [&](int d, int t) { return progress.report(d, t); });
        },
        tr("%1 of %2 statements"));
    if (!result) {
        m_feedback->showError(result.error());
        return false;
    }
    m_result = *result;
    QString text = tr("%n file(s) written to %1.", nullptr, int(m_result.written.size()))
                       .arg(QDir::toNativeSeparators(request.folder));
    if (m_result.cancelled)
        text += u' ' + tr("Cancelled before the rest.");
    for (const auto &[id, why] : std::as_const(m_result.failed))
        text += u' ' + why;
    m_feedback->showInfo(text);
    if (!m_result.written.isEmpty())
        announceExport(parentWidget() ? parentWidget() : this, tr("Export Files"), text, request.folder);
    return m_result.failed.isEmpty();
}

QString ExportDialog::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
