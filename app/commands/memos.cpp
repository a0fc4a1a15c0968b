// bursar memo|payment: Finance > Documents' credit memos, debit memos and payments.
#include "app/commands/command.h"
#include "core/finance/aging.h"
#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"
#include "core/formats/document_format.h"
#include "core/json/finance_json.h"
#include "core/money/currency.h"
#include "render/formats.h"

#include <QSaveFile>

namespace bursar::app {

namespace {

Listing<ArDocument> documentListing()
{
    Listing<ArDocument> l;
    l.json = [](const ArDocument &d) { return json::arDocument(d, {}, false); };
    l.heading = Cli::tr("ID      Type         Number              Status     Customer  Date        Due         "
                        "Total            Left");
    l.line = [](const ArDocument &d) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
            .arg(d.id, -7)
            .arg(arKindName(d.kind), -12)
            .arg(d.displayNumber(), -19)
            .arg(arStatusName(d.status), -10)
            .arg(displayCustomerId(d.customerId), -9)
            .arg(d.date.toString(Qt::ISODate), -11)
            .arg(d.dueDate.toString(Qt::ISODate), -11)
            .arg(d.currency + u' ' + money(d.total, d.currency), 16)
            .arg(money(d.remaining(), d.currency), 12);
    };
    l.count = [](qsizetype n) { return Cli::tr("%n document(s)", nullptr, int(n)); };
    l.csvHeader = {QStringLiteral("id"),       QStringLiteral("type"),        QStringLiteral("number"),
                   QStringLiteral("status"),   QStringLiteral("customer_id"), QStringLiteral("date"),
                   QStringLiteral("due_date"), QStringLiteral("currency"),    QStringLiteral("total"),
                   QStringLiteral("applied"),  QStringLiteral("left")};
    l.csv = [](const ArDocument &d) {
        return QStringList{QString::number(d.id),
                           arKindKey(d.kind),
                           d.number,
                           arStatusKey(d.status),
                           QString::number(d.customerId),
                           d.date.toString(Qt::ISODate),
                           d.dueDate.toString(Qt::ISODate),
                           d.currency,
                           money(d.total, d.currency),
                           money(d.applied, d.currency),
                           money(d.remaining(), d.currency)};
    };
    return l;
}

int printDocument(Context &ctx, const ArDocument &d, Format format)
{
    auto history = ArApplications(*ctx.db).history({arKindKey(d.kind), d.id});
    if (!history)
        return failure(history.message());
    if (format == Format::Json) {
        outJson(json::arDocument(d, *history, true));
        return ExitOk;
    }
    QString t = Cli::tr("%1 %2 — %3, customer %4 (%5)\n")
                    .arg(arKindName(d.kind), d.displayNumber(), arStatusName(d.status), displayCustomerId(d.customerId),
                         d.customerName);
    t += Cli::tr("Date %1, due %2. %3\n")
             .arg(d.date.toString(Qt::ISODate), d.dueDate.toString(Qt::ISODate), d.description);
    for (const MemoLine &l : d.lines)
        t += QStringLiteral("  %1. %2: %3 %4 × %5 − %6 = %7 %8\n")
                 .arg(l.lineNo)
                 .arg(l.description, l.quantity.toString(), l.unit, money(l.price, d.currency),
                      money(l.discount, d.currency), money(l.amount, d.currency),
                      l.taxCategory.isEmpty() ? QString() : u'(' + l.taxCategory + u')');
    for (const MemoTax &x : d.taxes)
        t += QStringLiteral("  %1 %2 %3 % on %4: %5\n")
                 .arg(x.category, x.line.name, x.line.rate.toString(), money(x.line.base, d.currency),
                      money(x.line.amount, d.currency));
    t += Cli::tr("Total %1 %2 (rounding %3), applied %4, %5 %6\n")
             .arg(d.currency, money(d.total, d.currency), d.rounding.toString(), money(d.applied, d.currency),
                  isArSource(d.kind) ? Cli::tr("available") : Cli::tr("balance"), money(d.remaining(), d.currency));
    for (const ArApplication &a : *history)
        t += Cli::tr("  #%1 %2 %3 → %4 %5 by %6%7; after: %8\n")
                 .arg(a.entryId)
                 .arg(a.on.toString(Qt::ISODate), a.sourceNumber, a.targetNumber, money(a.amount, d.currency), a.by,
                      a.reverses ? Cli::tr(" (reverses #%1)").arg(a.reverses) : QString(), money(a.after, d.currency));
    out(t);
    return ExitOk;
}

// ---- memo -------------------------------------------------------------------------------

/// The options memo create and memo update share.
void addMemoOptions(CommandParser &p)
{
    p.add(QStringLiteral("currency"), Cli::tr("Default: the customer's invoice currency."), QStringLiteral("C"));
    p.add(QStringLiteral("date"), Cli::tr("The document date (default today)."), QStringLiteral("YYYY-MM-DD"));
    p.add(QStringLiteral("description"), Cli::tr("Why the memo is issued."), QStringLiteral("T"));
    p.add(QStringLiteral("line"), Cli::tr("A detail line; repeat for more."), QStringLiteral("LINE"));
    p.add(QStringLiteral("adjusts"), Cli::tr("The statement or memo it adjusts (its number)."), QStringLiteral("DOC"));
    p.add(QStringLiteral("branch"), Cli::tr("Sales branch."), QStringLiteral("B"));
    p.add(QStringLiteral("salesperson"), Cli::tr("Sales person."), QStringLiteral("P"));
    p.add(QStringLiteral("terms"), Cli::tr("Payment terms in days (default the customer's)."), QStringLiteral("DAYS"));
    p.addFormat({Format::Table, Format::Json});
}

/// Puts the options given into `m` (the --line options replace every line); -1 to go on, or
/// an exit code after a usage error.
int readMemoOptions(const CommandParser &p, NewMemo &m)
{
    if (p.isSet(QStringLiteral("date"))) {
        const auto date = dateOption(p, QStringLiteral("date"));
        if (!date)
            return ExitUsage;
        m.date = *date;
    }
    const std::pair<const char *, QString NewMemo::*> texts[] = {{"currency", &NewMemo::currency},
                                                                 {"description", &NewMemo::description},
                                                                 {"adjusts", &NewMemo::adjusts},
                                                                 {"branch", &NewMemo::salesBranch},
                                                                 {"salesperson", &NewMemo::salesPerson}};
    for (const auto &[option, field] : texts)
        if (p.isSet(QLatin1String(option)))
            m.*field = p.value(QLatin1String(option));
    if (p.isSet(QStringLiteral("terms"))) {
        bool ok = false;
        m.paymentTermsDays = p.value(QStringLiteral("terms")).toInt(&ok);
        if (!ok)
            return usage(Cli::tr("--terms takes a number of days, not “%1”.").arg(p.value(QStringLiteral("terms"))));
    }
    if (p.isSet(QStringLiteral("line")))
        m.lines.clear();
    for (const QString &line : p.parser.values(QStringLiteral("line"))) {
        const QStringList f = line.split(u'|');
        if (f.size() < 4 || f.size() > 6)
            return usage(Cli::tr("--line “%1” needs DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT (discount and tax category may "
                                 "be left out).")
                             .arg(line));
        m.lines.append({f.value(0), f.value(1), f.value(2), f.value(3), f.value(4), f.value(5)});
    }
    return -1;
}

/// A memo just written, as the create and update commands print it.
int printSavedMemo(Context &ctx, qint64 id, Format format, const QString &text)
{
    auto saved = ArDocuments(*ctx.db).document(id);
    if (!saved)
        return failure(saved.message());
    if (format == Format::Json)
        outJson(json::arDocument(*saved, {}, true));
    else
        out(text.arg(arKindName(saved->kind), saved->displayNumber(), displayCustomerId(saved->customerId),
                     saved->currency, money(saved->total, saved->currency)));
    return ExitOk;
}

int cmdMemoCreate(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("memo create"),
                    Cli::tr("Create a credit or debit memo on Hold. Each --line is DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT "
                            "(discount and tax category may be empty)."),
                    QStringLiteral("memo create --type credit|debit --customer ID [--currency C] [--date YYYY-MM-DD] "
                                   "--description T --line \"DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT\"... [--adjusts DOC] "
                                   "[--branch B] [--salesperson P] [--terms DAYS] [--format table|json]"));
    p.add(QStringLiteral("type"), Cli::tr("credit or debit."), QStringLiteral("T"));
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    addMemoOptions(p);
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    NewMemo m;
    const QString type = p.value(QStringLiteral("type")).toLower();
    if (type == u"credit")
        m.kind = ArKind::CreditMemo;
    else if (type == u"debit")
        m.kind = ArKind::DebitMemo;
    else
        return usage(Cli::tr("--type must be credit or debit, not “%1”.").arg(type));
    auto customer = customerOption(p);
    if (!customer)
        return usage(customer.message());
    m.customerId = *customer;
    if (int rc = readMemoOptions(p, m); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto id = ArDocuments(*ctx.db).createMemo(m);
    if (!id)
        return failure(id.message());
    return printSavedMemo(ctx, *id, p.chosenFormat, Cli::tr("Created %1 %2 on Hold for customer %3: %4 %5."));
}

int cmdMemoUpdate(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("memo update"),
                    Cli::tr("Change a Hold memo: the options given replace what it has; the --line options replace "
                            "all its lines. Its type and customer stay."),
                    QStringLiteral("memo update ID [--currency C] [--date YYYY-MM-DD] [--description T] [--line "
                                   "\"DESC|QTY|UOM|PRICE|DISCOUNT|TAXCAT\"...] [--adjusts DOC | --no-adjusts] "
                                   "[--branch B] [--salesperson P] [--terms DAYS] [--format table|json]"));
    p.add(QStringLiteral("no-adjusts"), Cli::tr("The memo adjusts no document any more."));
    addMemoOptions(p);
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto ids = idArguments(p, Cli::tr("memo"));
    if (!ids)
        return ExitUsage;
    if (ids->size() != 1)
        return usage(Cli::tr("give one memo ID."));
    if (p.isSet(QStringLiteral("no-adjusts")) && p.isSet(QStringLiteral("adjusts")))
        return usage(Cli::tr("give --adjusts DOC or --no-adjusts, not both."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    ArDocuments docs(*ctx.db);
    auto stored = docs.document(ids->first());
    if (!stored)
        return failure(stored.message());
    NewMemo m = newMemoFrom(*stored);
    if (int rc = readMemoOptions(p, m); rc >= 0)
        return rc;
    if (p.isSet(QStringLiteral("no-adjusts")))
        m.adjusts.clear();
    if (Status s = docs.updateMemo(stored->id, m); !s)
        return failure(s.message());
    return printSavedMemo(ctx, stored->id, p.chosenFormat, Cli::tr("Saved %1 %2 on Hold for customer %3: %4 %5."));
}

int cmdMemoRelease(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("memo release"), Cli::tr("Release Hold memos: each takes its number and is Open."),
                    QStringLiteral("memo release ID... [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto ids = idArguments(p, Cli::tr("memo"));
    if (!ids)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto numbers = ArDocuments(*ctx.db).release(*ids);
    if (!numbers)
        return failure(numbers.message());
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("released"), QJsonArray::fromStringList(*numbers)}});
    else
        out(Cli::tr("Released %n memo(s): %1.", nullptr, int(numbers->size()))
                .arg(numbers->join(QStringLiteral(", "))));
    return ExitOk;
}

int cmdMemoDelete(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("memo delete"), Cli::tr("Delete Hold memos (no number is used)."),
                    QStringLiteral("memo delete ID..."));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto ids = idArguments(p, Cli::tr("memo"));
    if (!ids)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    if (Status s = ArDocuments(*ctx.db).deleteMemos(*ids); !s)
        return failure(s.error().message);
    out(Cli::tr("Deleted %n memo(s).", nullptr, int(ids->size())));
    return ExitOk;
}

int cmdMemoCancel(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("memo cancel"),
                    Cli::tr("Cancel an Open memo or payment with a reversing document (its applications reversed "
                            "first)."),
                    QStringLiteral("memo cancel ID [--date YYYY-MM-DD] [--reason T] [--format table|json]"));
    p.add(QStringLiteral("date"), Cli::tr("The reversing document's date (default today)."), QStringLiteral("D"));
    p.add(QStringLiteral("reason"), Cli::tr("Why, for the reversing document."), QStringLiteral("T"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto ids = idArguments(p, Cli::tr("document"));
    if (!ids)
        return ExitUsage;
    const auto date = dateOption(p, QStringLiteral("date"));
    if (!date)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    ArDocuments docs(*ctx.db);
    auto reversing =
        docs.cancel(ids->first(), date->isValid() ? *date : QDate::currentDate(), p.value(QStringLiteral("reason")));
    if (!reversing)
        return failure(reversing.message());
    auto saved = docs.document(*reversing);
    if (!saved)
        return failure(saved.message());
    if (p.chosenFormat == Format::Json)
        outJson(json::arDocument(*saved, {}, false));
    else
        out(Cli::tr("Cancelled by %1 %2.").arg(arKindName(saved->kind), saved->number));
    return ExitOk;
}

int listDocuments(Context &ctx, const QStringList &args, const QString &command, bool payments)
{
    CommandParser p(command,
                    payments ? Cli::tr("Payments, newest first.") : Cli::tr("Credit and debit memos, newest first."),
                    command + QStringLiteral(" [--type credit|debit] [--customer ID] [--status S] [--from D] [--to D] "
                                             "[--min A] [--max A] [--format table|json|csv]"));
    if (!payments)
        p.add(QStringLiteral("type"), Cli::tr("credit or debit."), QStringLiteral("T"));
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("status"), Cli::tr("hold, open, past_due, closed or cancelled."), QStringLiteral("S"));
    p.add(QStringLiteral("from"), Cli::tr("Dated on or after."), QStringLiteral("D"));
    p.add(QStringLiteral("to"), Cli::tr("Dated on or before."), QStringLiteral("D"));
    p.add(QStringLiteral("min"), Cli::tr("Total at least."), QStringLiteral("A"));
    p.add(QStringLiteral("max"), Cli::tr("Total at most."), QStringLiteral("A"));
    p.addFormat({Format::Table, Format::Json, Format::Csv});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    ArFilter f;
    if (payments) {
        f.kind = ArKind::Payment;
    } else if (p.isSet(QStringLiteral("type"))) {
        const QString t = p.value(QStringLiteral("type")).toLower();
        if (t != u"credit" && t != u"debit")
            return usage(Cli::tr("--type must be credit or debit, not “%1”.").arg(t));
        f.kind = t == u"credit" ? ArKind::CreditMemo : ArKind::DebitMemo;
    }
    if (p.isSet(QStringLiteral("customer"))) {
        auto c = customerOption(p);
        if (!c)
            return usage(c.message());
        f.customerId = *c;
    }
    if (p.isSet(QStringLiteral("status"))) {
        f.status = arStatusFromKey(p.value(QStringLiteral("status")).toLower());
        if (!f.status)
            return usage(Cli::tr("--status must be hold, open, past_due, closed or cancelled."));
    }
    const auto from = dateOption(p, QStringLiteral("from"));
    const auto to = dateOption(p, QStringLiteral("to"));
    if (!from || !to)
        return ExitUsage;
    f.from = *from;
    f.to = *to;
    f.minAmount = p.value(QStringLiteral("min"));
    f.maxAmount = p.value(QStringLiteral("max"));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto list = ArDocuments(*ctx.db).list(f);
    if (!list)
        return failure(list.message());
    QList<ArDocument> rows = *list;
    if (!payments && !f.kind)
        rows.removeIf([](const ArDocument &d) { return d.kind == ArKind::Payment; });
    print(p.chosenFormat, rows, documentListing());
    return ExitOk;
}

int showDocument(Context &ctx, const QStringList &args, const QString &command)
{
    CommandParser p(command, Cli::tr("One document with its lines, tax and every application and reversal."),
                    command + QStringLiteral(" ID|NUMBER [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.positional().size() != 1)
        return usage(Cli::tr("give one document's ID or number."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto d = ArDocuments(*ctx.db).find(p.positional().first());
    if (!d)
        return failure(d.message());
    return printDocument(ctx, *d, p.chosenFormat);
}

// ---- payment ----------------------------------------------------------------------------

int cmdPaymentRecord(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("payment record"), Cli::tr("Record a customer's payment; it is Open at once."),
                    QStringLiteral("payment record --customer ID --amount A --currency C [--date D] [--method M] "
                                   "[--reference T] [--format table|json]"));
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("amount"), Cli::tr("The amount received, for example 1250.00."), QStringLiteral("A"));
    p.add(QStringLiteral("currency"), Cli::tr("Its currency."), QStringLiteral("C"));
    p.add(QStringLiteral("date"), Cli::tr("The day it was received (default today)."), QStringLiteral("D"));
    p.add(QStringLiteral("method"), Cli::tr("A payment method's ID of the customer, or a reference text."),
          QStringLiteral("M"));
    p.add(QStringLiteral("reference"), Cli::tr("The bank's or cheque's reference."), QStringLiteral("T"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto customer = customerOption(p);
    if (!customer)
        return usage(customer.message());
    if (!p.isSet(QStringLiteral("amount")) || !p.isSet(QStringLiteral("currency")))
        return usage(Cli::tr("--amount and --currency are required, for example --amount 1250.00 --currency EUR."));
    const auto date = dateOption(p, QStringLiteral("date"));
    if (!date)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    ArDocuments docs(*ctx.db);
    auto id = docs.recordPayment({*customer, p.value(QStringLiteral("amount")), p.value(QStringLiteral("currency")),
                                  *date, p.value(QStringLiteral("method")), p.value(QStringLiteral("reference"))});
    if (!id)
        return failure(id.message());
    auto saved = docs.document(*id);
    if (!saved)
        return failure(saved.message());
    if (p.chosenFormat == Format::Json)
        outJson(json::arDocument(*saved, {}, false));
    else
        out(Cli::tr("Recorded payment %1 from customer %2: %3 %4.")
                .arg(saved->number, displayCustomerId(saved->customerId), saved->currency,
                     money(saved->total, saved->currency)));
    return ExitOk;
}

int cmdMemoExport(Context &ctx, const QStringList &args)
{
    render::registerFormats();
    QStringList memoFormats;
    for (const DocumentFormat &f : DocumentFormats::all())
        if (f.writeMemo)
            memoFormats << f.key;
    CommandParser p(QStringLiteral("memo export"),
                    Cli::tr("Write credit memos, debit memos or payments to a folder, one file each, named by number "
                            "(a Hold memo as HOLD-<id>, watermarked); prints the paths written."),
                    QStringLiteral("memo export ID... --as %1 --out DIR").arg(memoFormats.join(u'|')));
    p.add(QStringLiteral("as"), Cli::tr("The format: %1.").arg(memoFormats.join(QStringLiteral(", "))),
          QStringLiteral("FORMAT"));
    p.add(QStringLiteral("out"), Cli::tr("The folder the files go to (it must exist)."), QStringLiteral("DIR"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto ids = idArguments(p, Cli::tr("document"));
    if (!ids)
        return ExitUsage;
    const auto format = DocumentFormats::find(p.value(QStringLiteral("as")).isEmpty() ? QStringLiteral("pdf")
                                                                                      : p.value(QStringLiteral("as")));
    if (!format || !format->writeMemo)
        return usage(Cli::tr("--as must be %1, not “%2”.")
                         .arg(memoFormats.join(QStringLiteral(", ")), p.value(QStringLiteral("as"))));
    const QDir folder(p.value(QStringLiteral("out")));
    if (p.value(QStringLiteral("out")).isEmpty() || !folder.exists())
        return usage(Cli::tr("--out must name a folder that exists."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    ArDocuments docs(*ctx.db);
    for (qint64 id : *ids) {
        auto in = docs.documentInput(id);
        if (!in)
            return failure(in.message());
        const QString name = in->document.number.isEmpty() ? QStringLiteral("HOLD-%1").arg(id) : in->document.number;
        const QString path = folder.filePath(name + format->suffix);
        if (Status s = docs.save(*in, *format, path); !s)
            return failure(s.message());
        out(path);
    }
    return ExitOk;
}

} // namespace

int cmdMemo(Context &ctx, const QStringList &args)
{
    return dispatch(
        ctx, args, QStringLiteral("memo"),
        {{QStringLiteral("create"), cmdMemoCreate},
         {QStringLiteral("update"), cmdMemoUpdate},
         {QStringLiteral("release"), cmdMemoRelease},
         {QStringLiteral("delete"), cmdMemoDelete},
         {QStringLiteral("cancel"), cmdMemoCancel},
         {QStringLiteral("export"), cmdMemoExport},
         {QStringLiteral("list"),
          [](Context &c, const QStringList &a) { return listDocuments(c, a, QStringLiteral("memo list"), false); }},
         {QStringLiteral("show"),
          [](Context &c, const QStringList &a) { return showDocument(c, a, QStringLiteral("memo show")); }}});
}

int cmdPayment(Context &ctx, const QStringList &args)
{
    return dispatch(
        ctx, args, QStringLiteral("payment"),
        {{QStringLiteral("record"), cmdPaymentRecord},
         {QStringLiteral("cancel"), cmdMemoCancel},
         {QStringLiteral("export"), cmdMemoExport},
         {QStringLiteral("list"),
          [](Context &c, const QStringList &a) { return listDocuments(c, a, QStringLiteral("payment list"), true); }},
         {QStringLiteral("show"),
          [](Context &c, const QStringList &a) { return showDocument(c, a, QStringLiteral("payment show")); }}});
}

} // namespace bursar::app
