// bursar invoices export and account: statement documents in every registered format and the
// statement of account, with the defaults of Settings > Statement Documents.
#include "app/commands/command.h"
#include "core/billing/statement.h"
#include "core/billing/statement_exports.h"
#include "core/billing/statement_service.h"
#include "core/domain/billing_period.h"
#include "core/finance/account_statement.h"
#include "core/formats/statement_export.h"
#include "core/pricing/pricing_service.h"
#include "core/settings/document_settings.h"
#include "core/storage/database_files.h"
#include "render/formats.h"
#include "render/statement_pdf.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace bursar::app {

namespace {

/// The database's Statement Documents settings, then the options given.
std::optional<DocumentSettings> documentSettingsOf(const CommandParser &p, Database &db)
{
    auto settings = DocumentSettingsService(db).load();
    if (!settings) {
        failure(settings.message());
        return std::nullopt;
    }
    DocumentSettings d = *settings;
    if (p.isSet(QStringLiteral("paper"))) {
        const QString paper = p.value(QStringLiteral("paper")).toLower();
        if (paper != QLatin1String("a4") && paper != QLatin1String("letter")) {
            usage(Cli::tr("--paper must be a4 or letter, not “%1”.").arg(p.value(QStringLiteral("paper"))));
            return std::nullopt;
        }
        d.paper = paper == QLatin1String("a4") ? QStringLiteral("A4") : QStringLiteral("Letter");
    }
    d.pdfA |= p.isSet(QStringLiteral("pdfa"));
    if (p.isSet(QStringLiteral("locale")))
        d.locale = p.value(QStringLiteral("locale"));
    d.csvBom |= p.isSet(QStringLiteral("csv-bom"));
    d.csvSemicolon |= p.isSet(QStringLiteral("csv-semicolon"));
    return d;
}

void addDocumentOptions(CommandParser &p)
{
    p.add(QStringLiteral("paper"), Cli::tr("a4 or letter (default: Settings > Statement Documents)."),
          QStringLiteral("PAPER"));
    p.add(QStringLiteral("pdfa"), Cli::tr("Write PDF/A-1b."));
    p.add(QStringLiteral("locale"), Cli::tr("How amounts and dates read, e.g. en_US or de_DE (default: the settings)."),
          QStringLiteral("LOCALE"));
    p.add(QStringLiteral("csv-bom"), Cli::tr("Start CSV files with a byte order mark."));
    p.add(QStringLiteral("csv-semicolon"), Cli::tr("Separate CSV fields with ';' and write decimal commas."));
}

} // namespace

int cmdInvoicesExport(Context &ctx, const QStringList &args)
{
    // The formats are the registry's (core's CSVs, render's PDF): help and checks list them.
    render::registerFormats();
    QStringList keys;
    for (const DocumentFormat &f : DocumentFormats::all())
        keys << f.key;
    CommandParser p(
        QStringLiteral("invoices export"),
        Cli::tr("Write statements to a folder as PDF, CSV or Detailed CSV (each file written whole, then "
                "renamed into place); prints the paths written."),
        QStringLiteral("invoices export (ID... | --vendor V --period YYYY-MM) --as %1 --out DIR "
                       "[--pattern P] [--paper a4|letter] [--pdfa] [--csv-bom] [--csv-semicolon] [--format table|json]")
            .arg(keys.join(u'|')));
    p.add(QStringLiteral("vendor"), Cli::tr("With --period: every statement of that vendor and period."),
          QStringLiteral("V"));
    p.add(QStringLiteral("period"), Cli::tr("The billing period."), QStringLiteral("YYYY-MM"));
    p.add(QStringLiteral("as"), DocumentFormats::keyList() + u'.', QStringLiteral("FORMAT"));
    p.add(QStringLiteral("out"), Cli::tr("The folder the files go to (it must exist)."), QStringLiteral("DIR"));
    p.add(QStringLiteral("pattern"), Cli::tr("File names, e.g. {period}-{vendor}-{customer}-{number}."),
          QStringLiteral("P"));
    addDocumentOptions(p);
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto format = DocumentFormats::find(p.value(QStringLiteral("as")));
    if (!format)
        return usage(
            Cli::tr("--as must be %1, not “%2”.").arg(DocumentFormats::keyList(), p.value(QStringLiteral("as"))));
    if (p.value(QStringLiteral("out")).isEmpty())
        return usage(Cli::tr("--out is required: the folder the files go to."));
    const bool byPeriod = p.isSet(QStringLiteral("vendor")) || p.isSet(QStringLiteral("period"));
    if (byPeriod == !p.positional().isEmpty())
        return usage(Cli::tr("give statement IDs or --vendor V --period YYYY-MM, not both or neither."));
    QList<qint64> ids;
    for (const QString &a : p.positional()) {
        bool ok = false;
        ids << a.toLongLong(&ok);
        if (!ok)
            return usage(Cli::tr("“%1” is not a statement ID.").arg(a));
    }
    StatementFilter filter;
    if (byPeriod) {
        auto vendor = vendorOption(ctx, p);
        if (!vendor)
            return usage(vendor.message());
        if (!isPeriod(p.value(QStringLiteral("period"))))
            return usage(Cli::tr("--period must be a billing period written YYYY-MM, for example --period 2026-09."));
        filter.vendor = *vendor;
        filter.fromPeriod = filter.toPeriod = p.value(QStringLiteral("period"));
    }
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    if (byPeriod) {
        auto list = StatementService(*ctx.db).list(filter);
        if (!list)
            return failure(list.message());
        for (const Statement &s : *list)
            ids << s.id;
    }
    const auto settings = documentSettingsOf(p, *ctx.db);
    if (!settings)
        return ExitFailure;
    ExportRequest request;
    request.statements = ids;
    request.format = format->key;
    request.folder = p.value(QStringLiteral("out"));
    request.pattern = p.isSet(QStringLiteral("pattern")) ? p.value(QStringLiteral("pattern")) : settings->filePattern;
    request.settings = *settings;
    auto result = StatementExporter(*ctx.db).run(request);
    if (!result)
        return failure(result.message());
    if (p.chosenFormat == Format::Json) {
        QJsonArray failed;
        for (const auto &[id, why] : result->failed)
            failed.append(QJsonObject{{QStringLiteral("statement_id"), id}, {QStringLiteral("message"), why}});
        outJson(QJsonObject{{QStringLiteral("written"), QJsonArray::fromStringList(result->written)},
                            {QStringLiteral("failed"), failed}});
    } else {
        QString text;
        for (const QString &path : std::as_const(result->written))
            text += QDir::toNativeSeparators(path) + u'\n';
        for (const auto &[id, why] : result->failed)
            text += Cli::tr("statement %1: %2").arg(id).arg(why) + u'\n';
        out(text + Cli::tr("%n file(s) written.", nullptr, int(result->written.size())));
    }
    if (!result->failed.isEmpty()) {
        printError(Cli::tr("%n statement(s) could not be written.", nullptr, int(result->failed.size())));
        return ExitFailure;
    }
    return ExitOk;
}

int cmdInvoicesAccount(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("invoices account"),
        Cli::tr("A customer's statement of account as PDF: open statements and the balance as of a date."),
        QStringLiteral(
            "invoices account --customer ID [--as-of YYYY-MM-DD] --out FILE.pdf [--paper a4|letter] [--pdfa]"));
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("as-of"), Cli::tr("The date (default today)."), QStringLiteral("YYYY-MM-DD"));
    p.add(QStringLiteral("out"), Cli::tr("The PDF file to write."), QStringLiteral("FILE"));
    addDocumentOptions(p);
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto customer = customerOption(p);
    if (!customer)
        return usage(customer.message());
    const auto asOf = dateOption(p, QStringLiteral("as-of"));
    if (!asOf)
        return ExitUsage;
    if (p.value(QStringLiteral("out")).isEmpty())
        return usage(Cli::tr("--out is required: the PDF file to write."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    const auto settings = documentSettingsOf(p, *ctx.db);
    if (!settings)
        return ExitFailure;
    auto doc = AccountStatements(*ctx.db).asOf(*customer, asOf->isValid() ? *asOf : QDate::currentDate());
    if (!doc)
        return failure(doc.message());
    auto pdf = render::accountStatementPdf(*doc, render::documentOptions(*settings));
    if (!pdf)
        return failure(pdf.message());
    if (Status s = core::writeFileAtomically(p.value(QStringLiteral("out")), *pdf); !s)
        return failure(s.message());
    out(QDir::toNativeSeparators(QFileInfo(p.value(QStringLiteral("out"))).absoluteFilePath()));
    return ExitOk;
}

} // namespace bursar::app
