#include "core/formats/statement_export.h"

#include "core/billing/statement_service.h"
#include "core/domain/vendor.h"
#include "core/einvoice/einvoice_service.h"
#include "core/settings/account_info_service.h"
#include "core/storage/database.h"
#include "core/storage/database_files.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <mutex>

namespace bursar::core {

QString exportFileName(const Statement &s, const QString &pattern, const DocumentFormat &format)
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
    return name + format.suffix;
}

Result<QList<StatementInput>> StatementExporter::inputs(const QList<qint64> &ids, QDate today, bool einvoice)
{
    auto ours = AccountInfoService(m_db).load();
    if (!ours)
        return ours.error();
    auto settings = DocumentSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    QList<StatementInput> out;
    out.reserve(ids.size());
    StatementService statements(m_db);
    QList<Statement> read;
    for (qint64 id : ids) {
        auto s = statements.statement(id);
        if (!s)
            return s.error();
        read.append(*s);
    }
    QHash<qint64, EInvoiceParties> parties;
    if (einvoice) {
        auto kept = EInvoices(m_db).forStatements(read);
        if (!kept)
            return kept.error();
        parties = *kept;
    }
    for (const Statement &s : read)
        out.append({s, ours->logo, today, *settings, parties.value(s.id)});
    return out;
}

Result<QByteArray> StatementExporter::write(qint64 statementId, const DocumentFormat &format,
                                            const DocumentSettings &settings)
{
    auto in = inputs({statementId}, QDate::currentDate(), format.keepsExports);
    if (!in)
        return in.error();
    StatementInput input = in->first();
    input.settings = settings;
    return format.write(&m_db, input);
}

Status StatementExporter::save(const StatementInput &input, const DocumentFormat &format, const QString &path)
{
    Result<QByteArray> bytes = format.write(&m_db, input);
    if (!bytes)
        return bytes.error();
    if (Status s = writeFileAtomically(path, *bytes); !s)
        return s;
    return recordExport(m_db, format, QStringLiteral("statement"), input.statement.id, input.einvoice, *bytes,
                        QFileInfo(path).fileName());
}

Result<ExportResult> StatementExporter::run(const ExportRequest &request, const std::function<bool(int, int)> &progress)
{
    const auto format = DocumentFormats::find(request.format);
    if (!format)
        return fail(tr("“%1” is not a document format; use %2.").arg(request.format, DocumentFormats::keyList()),
                    QStringLiteral("format"));
    const QFileInfo folder(request.folder);
    if (!folder.isDir())
        return fail(tr("The folder “%1” does not exist; create it or choose another.").arg(request.folder),
                    QStringLiteral("out"));
    if (!folder.isWritable())
        return fail(tr("The folder “%1” cannot be written to; choose another.").arg(request.folder),
                    QStringLiteral("out"));
    if (Status s = DocumentSettingsService::validatePattern(request.pattern); !s)
        return s.error();
    ExportResult result;
    const int total = int(request.statements.size());
    const QDir dir(folder.absoluteFilePath());
    std::vector<QString> paths(static_cast<size_t>(total)); // one slot per statement: tasks write only their own
    std::vector<EInvoiceExport> kept(format->keepsExports ? static_cast<size_t>(total) : 0);
    auto keep = [&](const StatementInput &doc, const QByteArray &bytes, const QString &path, size_t index) {
        if (format->keepsExports)
            kept[index] = {QStringLiteral("statement"),
                           doc.statement.id,
                           doc.einvoice,
                           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                           QFileInfo(path).fileName(),
                           {},
                           {}};
    };
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    std::mutex failures;
    QThreadPool pool;
    pool.setMaxThreadCount(request.threads > 0 ? request.threads : QThread::idealThreadCount());
    // Statements are read here (a connection belongs to one thread) in chunks while the
    // documents already read are written on the pool; a few per thread wait in the queue at most.
    constexpr qsizetype Chunk = 64;
    const int ahead = 4 * pool.maxThreadCount();
    int queued = 0;
    auto report = [&] {
        if (progress && !progress(done, total))
            stop = true;
    };
    auto failed = [&](qint64 id, const QString &why, size_t index) {
        const std::lock_guard lock(failures);
        result.failed.append({id, why});
        paths[index].clear();
    };
    for (qsizetype from = 0; from < total && !stop; from += Chunk) {
        auto docs = inputs(request.statements.mid(from, Chunk), QDate::currentDate(), format->keepsExports);
        if (!docs) {
            stop = true;
            pool.waitForDone();
            return docs.error();
        }
        for (qsizetype i = 0; i < docs->size() && !stop; ++i) {
            StatementInput doc = docs->at(i);
            doc.settings = request.settings;
            const size_t index = size_t(from + i);
            const QString path = dir.filePath(exportFileName(doc.statement, request.pattern, *format));
            paths[index] = path;
            if (!format->needsDatabase) {
                while (queued - done > ahead && !pool.waitForDone(20))
                    report();
                ++queued;
                pool.start([&, doc, path, index] {
                    if (stop) {
                        paths[index].clear(); // cancelled before it started: not written
                    } else {
                        auto bytes = format->write(nullptr, doc);
                        Status written = bytes ? writeFileAtomically(path, *bytes) : Status(bytes.error());
                        if (!written)
                            failed(doc.statement.id, written.message(), index);
                        else
                            keep(doc, *bytes, path, index);
                    }
                    ++done;
                });
                report();
                continue;
            }
            auto bytes = format->write(&m_db, doc);
            Status written = bytes ? writeFileAtomically(path, *bytes) : Status(bytes.error());
            if (!written)
                failed(doc.statement.id, written.message(), index);
            else
                keep(doc, *bytes, path, index);
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
    QList<EInvoiceExport> toKeep;
    for (size_t i = 0; i < paths.size(); ++i)
        if (!paths[i].isEmpty() && QFileInfo::exists(paths[i])) {
            result.written << paths[i];
            if (format->keepsExports && !kept[i].sha256.isEmpty())
                toKeep.append(kept[i]);
        }
    if (Status s = EInvoices(m_db).record(toKeep); !s)
        return s.error();
    return result;
}

} // namespace bursar::core
