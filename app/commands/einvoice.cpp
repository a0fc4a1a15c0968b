// bursar einvoice seller|customer|check|exports: what e-invoices need (issue 19), what
// stops a document from leaving as one, and the UBL files written with their SHA-256.
#include "app/commands/command.h"
#include "core/billing/statement_service.h"
#include "core/einvoice/einvoice_service.h"
#include "core/einvoice/ubl_writer.h"
#include "core/finance/ar_service.h"
#include "core/formats/statement_export.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bursar::app {

namespace {

void printFields(const QList<std::pair<QString, QString>> &fields)
{
    for (const auto &[name, value] : fields)
        out(QStringLiteral("%1  %2").arg(name, -18).arg(value.isEmpty() ? QStringLiteral("-") : value));
}

/// Sets `*field` from the option when it was given.
void take(const CommandParser &p, const char *option, QString *field)
{
    if (p.isSet(QString::fromLatin1(option)))
        *field = p.value(QString::fromLatin1(option));
}

int cmdSeller(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("einvoice seller"),
        Cli::tr("Show or set what our e-invoices name us by (Settings > Account Information > E-invoicing): legal "
                "name, VAT ID, company registration, electronic address, bank account, VAT currency."),
        QStringLiteral("einvoice seller [--legal-name T] [--vat-id ID] [--company-id ID] [--endpoint ID --scheme EAS] "
                       "[--iban IBAN] [--bic BIC] [--vat-currency C] [--format table|json]"));
    p.add(QStringLiteral("legal-name"), Cli::tr("The registered legal name (default: the company name)."),
          QStringLiteral("T"));
    p.add(QStringLiteral("vat-id"), Cli::tr("Our VAT identifier with its country prefix, for example DE123456789."),
          QStringLiteral("ID"));
    p.add(QStringLiteral("company-id"), Cli::tr("Our company registration number."), QStringLiteral("ID"));
    p.add(QStringLiteral("endpoint"), Cli::tr("Our electronic address (Peppol participant ID)."), QStringLiteral("ID"));
    p.add(QStringLiteral("scheme"), Cli::tr("Its Peppol EAS scheme code, for example 0088 or 9930."),
          QStringLiteral("EAS"));
    p.add(QStringLiteral("iban"), Cli::tr("The bank account customers pay to."), QStringLiteral("IBAN"));
    p.add(QStringLiteral("bic"), Cli::tr("The bank's BIC."), QStringLiteral("BIC"));
    p.add(QStringLiteral("vat-currency"),
          Cli::tr("The currency we account VAT in, when documents are in others (empty: none)."), QStringLiteral("C"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    EInvoices einvoices(*ctx.db);
    auto s = einvoices.seller();
    if (!s)
        return failure(s.message());
    EInvoiceSeller changed = *s;
    take(p, "legal-name", &changed.legalName);
    take(p, "vat-id", &changed.vatId);
    take(p, "company-id", &changed.companyId);
    take(p, "endpoint", &changed.endpointId);
    take(p, "scheme", &changed.endpointScheme);
    take(p, "iban", &changed.iban);
    take(p, "bic", &changed.bic);
    take(p, "vat-currency", &changed.vatCurrency);
    if (!(changed == *s)) {
        if (Status saved = einvoices.saveSeller(changed); !saved)
            return failure(saved.message());
        s = einvoices.seller();
    }
    if (p.chosenFormat == Format::Json) {
        outJson(einvoiceJson(*s));
        return ExitOk;
    }
    printFields({{Cli::tr("Legal name"), s->legalName},
                 {Cli::tr("VAT ID"), s->vatId},
                 {Cli::tr("Company ID"), s->companyId},
                 {Cli::tr("Electronic address"),
                  s->endpointId.isEmpty() ? QString() : s->endpointScheme + u':' + s->endpointId},
                 {Cli::tr("IBAN"), s->iban},
                 {Cli::tr("BIC"), s->bic},
                 {Cli::tr("VAT currency"), s->vatCurrency}});
    return ExitOk;
}

int cmdCustomer(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("einvoice customer"),
        Cli::tr("Show or set how a customer receives e-invoices (Customers > the customer > E-invoicing)."),
        QStringLiteral("einvoice customer ID [--receives yes|no] [--vat-id ID] [--endpoint ID --scheme EAS] "
                       "[--buyer-reference T] [--tax-category Z|E|AE|K|G|O|auto] [--exemption-reason T] "
                       "[--format table|json]"));
    p.add(QStringLiteral("receives"), Cli::tr("Whether the customer receives e-invoices: yes or no."),
          QStringLiteral("yes|no"));
    p.add(QStringLiteral("vat-id"), Cli::tr("The customer's VAT identifier, for example FR12345678901."),
          QStringLiteral("ID"));
    p.add(QStringLiteral("endpoint"), Cli::tr("The customer's electronic address (Peppol participant ID)."),
          QStringLiteral("ID"));
    p.add(QStringLiteral("scheme"), Cli::tr("Its Peppol EAS scheme code."), QStringLiteral("EAS"));
    p.add(QStringLiteral("buyer-reference"), Cli::tr("The reference the customer asked for on every invoice."),
          QStringLiteral("T"));
    p.add(QStringLiteral("tax-category"),
          Cli::tr("The VAT category of documents without tax: Z, E, AE, K, G, O, or auto (by region)."),
          QStringLiteral("C"));
    p.add(QStringLiteral("exemption-reason"), Cli::tr("Why no VAT is charged (required for E)."), QStringLiteral("T"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto id = p.positional().size() == 1 ? parseCustomerId(p.positional().first()) : std::nullopt;
    if (!id)
        return usage(Cli::tr("give one customer ID, for example: bursar einvoice customer 100042 --vat-id FR…"));
    const QString receives = p.value(QStringLiteral("receives")).toLower();
    if (p.isSet(QStringLiteral("receives")) && receives != u"yes" && receives != u"no")
        return usage(Cli::tr("--receives must be yes or no, not “%1”.").arg(p.value(QStringLiteral("receives"))));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    EInvoices einvoices(*ctx.db);
    auto c = einvoices.customer(*id);
    if (!c)
        return failure(c.message());
    EInvoiceCustomer changed = *c;
    if (p.isSet(QStringLiteral("receives")))
        changed.receives = receives == u"yes";
    take(p, "vat-id", &changed.vatId);
    take(p, "endpoint", &changed.endpointId);
    take(p, "scheme", &changed.endpointScheme);
    take(p, "buyer-reference", &changed.buyerReference);
    take(p, "tax-category", &changed.taxCategory);
    if (changed.taxCategory.compare(u"auto", Qt::CaseInsensitive) == 0)
        changed.taxCategory.clear();
    take(p, "exemption-reason", &changed.exemptionReason);
    if (!(changed == *c)) {
        if (Status saved = einvoices.saveCustomer(changed); !saved)
            return failure(saved.message());
        c = einvoices.customer(*id);
    }
    if (p.chosenFormat == Format::Json) {
        outJson(einvoiceJson(*c));
        return ExitOk;
    }
    printFields({{Cli::tr("Customer"), displayCustomerId(c->customerId)},
                 {Cli::tr("Receives"), c->receives ? Cli::tr("yes") : Cli::tr("no")},
                 {Cli::tr("VAT ID"), c->vatId},
                 {Cli::tr("Electronic address"),
                  c->endpointId.isEmpty() ? QString() : c->endpointScheme + u':' + c->endpointId},
                 {Cli::tr("Buyer reference"), c->buyerReference},
                 {Cli::tr("VAT category"), c->taxCategory.isEmpty() ? Cli::tr("by region") : c->taxCategory},
                 {Cli::tr("Exemption reason"), c->exemptionReason}});
    return ExitOk;
}

/// The problems of each document asked for, as the export would meet them.
Result<QList<std::pair<QString, EInvoiceProblem>>> problemsOf(Context &ctx, const QList<qint64> &ids, bool memos)
{
    QList<std::pair<QString, EInvoiceProblem>> found;
    for (qint64 id : ids) {
        if (memos) {
            auto in = ArDocuments(*ctx.db).documentInput(id);
            if (!in)
                return in.error();
            for (const EInvoiceProblem &problem : UblWriter::problems(*in))
                found.append({in->document.displayNumber(), problem});
            continue;
        }
        auto in = StatementExporter(*ctx.db).inputs({id}, QDate::currentDate(), true);
        if (!in)
            return in.error();
        for (const EInvoiceProblem &problem : UblWriter::problems(in->first()))
            found.append({in->first().statement.reference(), problem});
    }
    return found;
}

int cmdCheck(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("einvoice check"),
                    Cli::tr("Check statements (or memos) against the e-invoice rules Bursar checks itself, before "
                            "an export: each problem names the rule and the field to fix. Exits 1 when one is found."),
                    QStringLiteral("einvoice check ID... [--memo] [--format table|json]"));
    p.add(QStringLiteral("memo"), Cli::tr("The IDs are credit or debit memos, not statements."));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto ids = idArguments(p, p.isSet(QStringLiteral("memo")) ? Cli::tr("memo") : Cli::tr("statement"));
    if (!ids)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto found = problemsOf(ctx, *ids, p.isSet(QStringLiteral("memo")));
    if (!found)
        return failure(found.message());
    if (p.chosenFormat == Format::Json) {
        QJsonArray a;
        for (const auto &[document, problem] : *found)
            a.append(QJsonObject{{QStringLiteral("document"), document},
                                 {QStringLiteral("rule"), problem.rule},
                                 {QStringLiteral("field"), problem.field},
                                 {QStringLiteral("message"), problem.message}});
        outJson(QJsonObject{{QStringLiteral("problems"), a}});
    } else {
        for (const auto &[document, problem] : *found)
            out(QStringLiteral("%1  [%2]  %3").arg(document, problem.rule, problem.message));
        if (found->isEmpty())
            out(Cli::tr("No problems: %n document(s) can leave as e-invoices.", nullptr, int(ids->size())));
    }
    return found->isEmpty() ? ExitOk : ExitFailure;
}

int cmdExports(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("einvoice exports"),
                    Cli::tr("The UBL files written of a statement (or memo): when, by whom, and their SHA-256."),
                    QStringLiteral("einvoice exports ID [--memo] [--format table|json]"));
    p.add(QStringLiteral("memo"), Cli::tr("The ID is a credit or debit memo, not a statement."));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto ids = idArguments(p, Cli::tr("document"));
    if (!ids || ids->size() != 1)
        return ids ? usage(Cli::tr("give one ID.")) : ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    QString kind = QStringLiteral("statement");
    if (p.isSet(QStringLiteral("memo"))) {
        auto doc = ArDocuments(*ctx.db).document(ids->first());
        if (!doc)
            return failure(doc.message());
        kind = EInvoices::documentKind(*doc);
    }
    auto list = EInvoices(*ctx.db).exports(kind, ids->first());
    if (!list)
        return failure(list.message());
    Listing<EInvoiceExport> listing;
    listing.json = [](const EInvoiceExport &e) {
        return QJsonObject{
            {QStringLiteral("document_kind"), e.documentKind}, {QStringLiteral("document_id"), e.documentId},
            {QStringLiteral("file_name"), e.fileName},         {QStringLiteral("sha256"), e.sha256},
            {QStringLiteral("exported_at"), e.exportedAt},     {QStringLiteral("exported_by"), e.exportedBy}};
    };
    listing.line = [](const EInvoiceExport &e) {
        return QStringLiteral("%1  %2  %3  %4").arg(e.exportedAt, e.exportedBy, e.sha256, e.fileName);
    };
    listing.count = [](qsizetype n) { return Cli::tr("%n file(s) written", nullptr, int(n)); };
    print(p.chosenFormat, *list, listing);
    return ExitOk;
}

} // namespace

int cmdEInvoice(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("einvoice"),
                    {{QStringLiteral("seller"), cmdSeller},
                     {QStringLiteral("customer"), cmdCustomer},
                     {QStringLiteral("check"), cmdCheck},
                     {QStringLiteral("exports"), cmdExports}});
}

} // namespace bursar::app
