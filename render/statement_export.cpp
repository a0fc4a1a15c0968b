#include "render/statement_export.h"

#include "core/customers/customer_service.h"
#include "core/settings/account_info_service.h"
#include "core/storage/database.h"
#include "core/storage/database_files.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <mutex>

namespace bursar::render {

using namespace bursar::core;

QString exportFormatKey(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::DetailedCsv:
        return QStringLiteral("detailed-csv");
    }
    return QStringLiteral("pdf");
}

std::optional<ExportFormat> exportFormatFromKey(QStringView key)
{
    for (ExportFormat f : {ExportFormat::Pdf, ExportFormat::Csv, ExportFormat::DetailedCsv})
        if (key.compare(exportFormatKey(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

DocumentOptions documentOptions(const DocumentSettings &settings)
{
    DocumentOptions o;
    o.paper = settings.paper == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4;
    o.pdfA = settings.pdfA;
    o.locale = QLocale(settings.locale);
    return o;
}

CsvOptions csvOptions(const DocumentSettings &settings)
{
    return {settings.csvBom, settings.csvSemicolon};
}

QString exportFileName(const Statement &s, const QString &pattern, ExportFormat format)
{
    QString name = pattern;
    name.replace(QStringLiteral("{number}"), s.number.isEmpty() ? QStringLiteral("DRAFT-%1").arg(s.id) : s.number);
    name.replace(QStringLiteral("{id}"), QString::number(s.id));
    name.replace(QStringLiteral("{customer}"), QString::number(s.customerId));
    name.replace(QStringLiteral("{period}"), s.period);
    name.replace(QStringLiteral("{vendor}"), vendorKey(s.vendor));
    name.replace(QStringLiteral("{currency}"), s.currency);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("_"));
    switch (format) {
    case ExportFormat::Pdf:
        return name + QStringLiteral(".pdf");
    case ExportFormat::Csv:
        return name + QStringLiteral(".csv");
    case ExportFormat::DetailedCsv:
        return name + QStringLiteral("-detailed.csv");
    }
    return name;
}

Result<QList<StatementDocument>> StatementExporter::documents(const QList<qint64> &ids, QDate today)
{
    auto ours = AccountInfoService(m_db).load();
    if (!ours)
        return ours.error();
    QList<StatementDocument> out;
    out.reserve(ids.size());
    StatementService statements(m_db);
    for (qint64 id : ids) {
        auto s = statements.statement(id);
        if (!s)
            return s.error();
        out.append({*s, ours->logo, today});
    }
    return out;
}

Result<AccountStatementDocument> StatementExporter::accountStatement(qint64 customerId, QDate asOf)
{
    auto customer = CustomerService(m_db).customer(customerId);
    if (!customer)
        return customer.error();
    auto ours = AccountInfoService(m_db).load();
    if (!ours)
        return ours.error();
    AccountStatementDocument d;
    d.customerId = customerId;
    d.asOf = asOf;
    d.logo = ours->logo;
    d.seller.name = ours->companyName;
    d.seller.contact = ours->contact;
    d.customer.name = customer->name;
    d.customer.contact = customer->contact;
    StatementFilter f;
    f.customerId = customerId;
    f.outstandingOnly = true;
    f.today = asOf;
    auto open = StatementService(m_db).list(f, 0, -1, QStringLiteral("due_date"));
    if (!open)
        return open.error();
    for (const Statement &s : *open)
        if (s.issueDate.isValid() && s.issueDate <= asOf && !s.balance.isZero())
            d.documents.append({tr("Statement"), s.number, s.issueDate, s.dueDate, s.currency, s.total, s.balance});
    return d;
}

Result<ExportResult> StatementExporter::run(const ExportRequest &request, const std::function<bool(int, int)> &progress)
{
    const QFileInfo folder(request.folder);
    if (!folder.isDir())
        return fail(tr("The folder “%1” does not exist; create it or choose another.").arg(request.folder), QStringLiteral("out"));
    if (!folder.isWritable())
        return fail(tr("The folder “%1” cannot be written to; choose another.").arg(request.folder), QStringLiteral("out"));
    if (Status s = DocumentSettingsService::validatePattern(request.pattern); !s)
        return s.error();
    ExportResult result;
    const int total = int(request.statements.size());
    const QDir dir(folder.absoluteFilePath());
    std::vector<QString> paths(static_cast<size_t>(total)); // one slot per statement: tasks write only their own
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    std::mutex failures;
    QThreadPool pool;
    pool.setMaxThreadCount(request.threads > 0 ? request.threads : QThread::idealThreadCount());
    // Statements are read here (a connection belongs to one thread) in chunks while the PDFs
    // already read render on the pool; a few per thread wait in the queue at most.
    constexpr qsizetype Chunk = 64;
    const int ahead = 4 * pool.maxThreadCount();
    int queued = 0;
    auto report = [&] {
        if (progress && !progress(done, total))
            stop = true;
    };
    for (qsizetype from = 0; from < total && !stop; from += Chunk) {
        auto docs = documents(request.statements.mid(from, Chunk));
        if (!docs) {
            stop = true;
            pool.waitForDone();
            return docs.error();
        }
        for (qsizetype i = 0; i < docs->size() && !stop; ++i) {
            const StatementDocument &doc = docs->at(i);
            const QString path = dir.filePath(exportFileName(doc.statement, request.pattern, request.format));
            paths[size_t(from + i)] = path;
            if (request.format == ExportFormat::Pdf) {
                while (queued - done > ahead && !pool.waitForDone(20))
                    report();
                ++queued;
                pool.start([&, doc, path, index = size_t(from + i)] {
                    if (stop) {
                        paths[index].clear(); // cancelled before it started: not written
                    } else {
                        Status written = [&]() -> Status {
                            auto pdf = statementPdf(doc, request.document);
                            if (!pdf)
                                return pdf.error();
                            return writeFileAtomically(path, *pdf);
                        }();
                        if (!written) {
                            const std::lock_guard lock(failures);
                            result.failed.append({doc.statement.id, written.message()});
                            paths[index].clear();
                        }
                    }
                    ++done;
                });
                report();
                continue;
            }
            auto bytes = request.format == ExportFormat::Csv ? Result<QByteArray>(StatementExports::summaryCsv(doc.statement, request.csv))
                                                             : StatementExports::detailedCsv(m_db, doc.statement, request.csv);
            Status written = bytes ? writeFileAtomically(path, *bytes) : Status(bytes.error());
            if (!written) {
                result.failed.append({doc.statement.id, written.message()});
                paths[size_t(from + i)].clear();
            }
            ++done;
            report();
        }
    }
    while (!pool.waitForDone(50))
        report();
    if (!stop)
        report();
    pool.waitForDone();
    result.cancelled = stop && done < total;
    for (const QString &p : paths)
        if (!p.isEmpty() && QFileInfo::exists(p))
            result.written << p;
    return result;
}

} // namespace bursar::render
