// bursar apply|unapply and report balance|aging: applications, balances and the aging.
#include "app/commands/command.h"
#include "core/finance/aging.h"
#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"
#include "core/finance/number_audit.h"
#include "core/json/finance_json.h"
#include "core/money/currency.h"

namespace bursar::app {

namespace {

// ---- apply, unapply ---------------------------------------------------------------------

/// apply --preview: the split before and after; nothing written.
int printPreview(ArApplications &apps, const ArRef &source, SplitPolicy policy, Format format)
{
    auto preview = apps.preview(source, policy);
    if (!preview)
        return failure(preview.message());
    QJsonArray rows;
    QString text = Cli::tr("%1 %2: %3 %4 available; split %5 (nothing written)\n")
                       .arg(preview->source.kind, preview->source.number, preview->source.currency,
                            money(preview->source.remaining, preview->source.currency), splitPolicyKey(policy));
    for (qsizetype i = 0; i < preview->receivables.size(); ++i) {
        const ArItem &r = preview->receivables.at(i);
        const QString c = r.currency;
        rows.append(QJsonObject{{QStringLiteral("type"), r.kind},
                                {QStringLiteral("id"), r.id},
                                {QStringLiteral("number"), r.number},
                                {QStringLiteral("due_date"), r.dueDate.toString(Qt::ISODate)},
                                {QStringLiteral("before"), money(r.remaining, c)},
                                {QStringLiteral("amount"), money(preview->amounts.at(i), c)},
                                {QStringLiteral("after"), money(r.remaining - preview->amounts.at(i), c)}});
        text += QStringLiteral("  %1  due %2  %3 → apply %4 → %5\n")
                    .arg(r.number, -20)
                    .arg(r.dueDate.toString(Qt::ISODate), money(r.remaining, c), money(preview->amounts.at(i), c),
                         money(r.remaining - preview->amounts.at(i), c));
    }
    if (format == Format::Json)
        outJson(QJsonObject{{QStringLiteral("policy"), splitPolicyKey(policy)}, {QStringLiteral("rows"), rows}});
    else
        out(text);
    return ExitOk;
}

/// apply --auto with several --from: all in one transaction.
int applyMany(ArApplications &apps, const QStringList &froms, QDate on, SplitPolicy policy, Format format)
{
    // Many sources in one transaction: a month's payments at once.
    QList<ArRef> sources;
    for (const QString &from : froms) {
        auto ref = apps.resolve(from);
        if (!ref)
            return failure(ref.message());
        sources.append(*ref);
    }
    auto all = apps.applyAutoAll(sources, on, policy);
    if (!all)
        return failure(all.message());
    QJsonArray skipped;
    for (const auto &[ref, why] : all->skipped)
        skipped.append(QJsonObject{
            {QStringLiteral("type"), ref.kind}, {QStringLiteral("id"), ref.id}, {QStringLiteral("message"), why}});
    if (format == Format::Json)
        outJson(QJsonObject{{QStringLiteral("applied"), all->applied},
                            {QStringLiteral("applications"), qsizetype(all->applications.size())},
                            {QStringLiteral("skipped"), skipped}});
    else
        out(Cli::tr("%1 of %2 documents applied (%3 applications); %4 had nothing to pay.")
                .arg(all->applied)
                .arg(sources.size())
                .arg(all->applications.size())
                .arg(all->skipped.size()));
    return ExitOk;
}

int cmdApplyRun(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("apply"),
                    Cli::tr("Apply an Open credit memo or payment to statements and debit memos of the same customer "
                            "and currency. --to and --amount may be repeated in pairs; --auto splits everything "
                            "available by --policy; --preview shows the split and writes nothing."),
                    QStringLiteral("apply --from DOC (--to DOC --amount A ... | --auto [--policy oldest-due|"
                                   "oldest-document|pro-rata]) [--date D] [--preview] [--format table|json]"));
    p.add(QStringLiteral("from"),
          Cli::tr("The credit memo or payment (ID or number); with --auto it may be repeated to apply many in one "
                  "transaction."),
          QStringLiteral("DOC"));
    p.add(QStringLiteral("to"), Cli::tr("A statement or debit memo (number, or statement:ID)."), QStringLiteral("DOC"));
    p.add(QStringLiteral("amount"), Cli::tr("The amount for the --to before it."), QStringLiteral("A"));
    p.add(QStringLiteral("auto"), Cli::tr("Split everything available over what the customer owes."));
    p.add(QStringLiteral("policy"), Cli::tr("oldest-due (default), oldest-document or pro-rata."), QStringLiteral("P"));
    p.add(QStringLiteral("date"), Cli::tr("The application's date (default today)."), QStringLiteral("D"));
    p.add(QStringLiteral("preview"), Cli::tr("Show the split before and after; write nothing."));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("from")))
        return usage(Cli::tr("--from is required: the credit memo or payment to apply."));
    const bool automatic = p.isSet(QStringLiteral("auto")) || p.isSet(QStringLiteral("preview"));
    const QStringList to = p.parser.values(QStringLiteral("to"));
    const QStringList amounts = p.parser.values(QStringLiteral("amount"));
    if (!automatic && (to.isEmpty() || to.size() != amounts.size()))
        return usage(Cli::tr("give --to DOC --amount A in pairs, or --auto."));
    SplitPolicy policy = SplitPolicy::OldestDueFirst;
    if (p.isSet(QStringLiteral("policy"))) {
        auto chosen = splitPolicyFromKey(p.value(QStringLiteral("policy")));
        if (!chosen)
            return usage(Cli::tr("--policy must be oldest-due, oldest-document or pro-rata."));
        policy = *chosen;
    }
    const auto date = dateOption(p, QStringLiteral("date"));
    if (!date)
        return ExitUsage;
    const QDate on = date->isValid() ? *date : QDate::currentDate();
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    ArApplications apps(*ctx.db);
    auto source = apps.resolve(p.value(QStringLiteral("from")));
    if (!source)
        return failure(source.message());
    if (p.isSet(QStringLiteral("preview")))
        return printPreview(apps, *source, policy, p.chosenFormat);
    Result<QList<qint64>> ids = QList<qint64>();
    if (p.isSet(QStringLiteral("auto")) && p.parser.values(QStringLiteral("from")).size() > 1)
        return applyMany(apps, p.parser.values(QStringLiteral("from")), on, policy, p.chosenFormat);
    if (p.isSet(QStringLiteral("auto"))) {
        ids = apps.applyAuto(*source, on, policy);
    } else {
        QList<ApplicationLine> lines;
        for (qsizetype i = 0; i < to.size(); ++i) {
            auto target = apps.resolve(to.at(i));
            if (!target)
                return failure(target.message());
            auto amount = Decimal::parse(amounts.at(i).trimmed());
            if (!amount)
                return usage(Cli::tr("--amount “%1” is not a number; write it as 60.00.").arg(amounts.at(i)));
            lines.append({*target, *amount});
        }
        ids = apps.apply(*source, lines, on);
    }
    if (!ids)
        return failure(ids.message());
    auto history = apps.history(*source);
    if (!history)
        return failure(history.message());
    auto sourceItem = apps.item(*source);
    if (!sourceItem)
        return failure(sourceItem.message());
    const int units = Currencies::lookup(sourceItem->currency).minorUnits;
    QJsonArray made;
    QString text;
    for (const ArApplication &a : *history)
        if (ids->contains(a.entryId)) {
            made.append(json::arApplication(a, units));
            text += Cli::tr("Applied #%1: %2 → %3 %4\n")
                        .arg(a.entryId)
                        .arg(a.sourceNumber, a.targetNumber, a.amount.toString(units));
        }
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("applications"), made}});
    else
        out(text.isEmpty() ? Cli::tr("Nothing applied.") : text);
    return ExitOk;
}

int cmdUnapplyRun(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("unapply"),
                    Cli::tr("Reverse one application; every other application stays. The reversal is recorded, "
                            "never deleted."),
                    QStringLiteral("unapply APPLICATION [--date D] [--format table|json]"));
    p.add(QStringLiteral("date"), Cli::tr("The reversal's date (default today)."), QStringLiteral("D"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto ids = idArguments(p, Cli::tr("application"));
    if (!ids)
        return ExitUsage;
    const auto date = dateOption(p, QStringLiteral("date"));
    if (!date)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto reversal = ArApplications(*ctx.db).unapply(ids->first(), date->isValid() ? *date : QDate::currentDate());
    if (!reversal)
        return failure(reversal.message());
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("reversal"), *reversal}, {QStringLiteral("reverses"), ids->first()}});
    else
        out(Cli::tr("Application %1 reversed by entry %2.").arg(ids->first()).arg(*reversal));
    return ExitOk;
}

} // namespace

// ---- report balance, report aging, report numbering -----------------------------------

int cmdReportBalance(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("report balance"),
                    Cli::tr("A customer's balance per currency: open statements + open debit memos − unapplied credit "
                            "memos − unapplied payments."),
                    QStringLiteral("report balance --customer ID [--as-of YYYY-MM-DD] [--format table|json]"));
    p.add(QStringLiteral("customer"), Cli::tr("Customer ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("as-of"), Cli::tr("The day (default today)."), QStringLiteral("YYYY-MM-DD"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    auto customer = customerOption(p);
    if (!customer)
        return usage(customer.message());
    const auto asOf = dateOption(p, QStringLiteral("as-of"));
    if (!asOf)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto balances = Aging(*ctx.db).balances(*customer, asOf->isValid() ? *asOf : QDate::currentDate());
    if (!balances)
        return failure(balances.message());
    Listing<CustomerBalance> l;
    l.json = [](const CustomerBalance &b) { return json::customerBalance(b); };
    l.line = [](const CustomerBalance &b) -> QString { return b.currency + u' ' + money(b.balance, b.currency); };
    l.count = [](qsizetype n) { return n ? QString() : Cli::tr("Nothing owed and nothing unapplied."); };
    print(p.chosenFormat, *balances, l);
    return ExitOk;
}

int cmdReportAging(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("report aging"),
                    Cli::tr("What customers owe as of a date, by days past due; unapplied credit memos and payments "
                            "as their own negative column. Only documents and applications dated on or before the "
                            "date count, so a past date prints the same later."),
                    QStringLiteral("report aging --as-of YYYY-MM-DD [--tenant ID] [--customer ID] "
                                   "[--format table|json|csv]"));
    p.add(QStringLiteral("as-of"), Cli::tr("The day the aging is as of."), QStringLiteral("YYYY-MM-DD"));
    p.add(QStringLiteral("tenant"), Cli::tr("Only the customers of this tenant and the tenants below it."),
          QStringLiteral("ID"));
    p.add(QStringLiteral("customer"), Cli::tr("Only this customer."), QStringLiteral("ID"));
    p.addFormat({Format::Table, Format::Json, Format::Csv});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    const auto asOf = dateOption(p, QStringLiteral("as-of"));
    if (!asOf)
        return ExitUsage;
    if (!asOf->isValid())
        return usage(Cli::tr("--as-of is required, for example --as-of 2026-12-01."));
    std::optional<qint64> tenant, customer;
    if (p.isSet(QStringLiteral("tenant"))) {
        bool ok = false;
        tenant = p.value(QStringLiteral("tenant")).toLongLong(&ok);
        if (!ok)
            return usage(Cli::tr("--tenant takes a tenant's ID (see bursar tenants list)."));
    }
    if (p.isSet(QStringLiteral("customer"))) {
        auto c = customerOption(p);
        if (!c)
            return usage(c.message());
        customer = *c;
    }
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto report = Aging(*ctx.db).report(*asOf, tenant, customer);
    if (!report)
        return failure(report.message());
    if (p.chosenFormat == Format::Json) {
        outJson(json::aging(*report));
        return ExitOk;
    }
    if (p.chosenFormat == Format::Csv) {
        QTextStream(stdout) << QString::fromUtf8(agingCsv(*report));
        return ExitOk;
    }
    QString t = Cli::tr("Aging as of %1\n").arg(asOf->toString(Qt::ISODate));
    t += Cli::tr("Customer  Cur        Current        1-30       31-60       61-90     Over 90   Unapplied       "
                 "Total\n");
    auto line = [&](const AgingRow &r, const QString &who) {
        QString l = QStringLiteral("%1 %2").arg(who, -9).arg(r.currency, -3);
        for (const Decimal &b : r.buckets)
            l += QStringLiteral(" %1").arg(money(b, r.currency), 11);
        l += QStringLiteral(" %1 %2\n").arg(money(r.unapplied, r.currency), 11).arg(money(r.total, r.currency), 11);
        return l;
    };
    for (const AgingRow &r : report->rows)
        t += line(r, displayCustomerId(r.customerId));
    for (const AgingRow &r : report->totals)
        t += line(r, Cli::tr("Total"));
    for (qsizetype i = 0; i < report->proof.size(); ++i) {
        const QString c = report->totals.at(i).currency;
        const auto &[rows, documents] = report->proof.at(i);
        t += Cli::tr("Proof %1: Σ buckets %2 = Σ balances %3 %4\n")
                 .arg(c, money(rows, c), money(documents, c),
                      rows == documents ? QStringLiteral("✓") : Cli::tr("— NOT EQUAL"));
    }
    out(t);
    return ExitOk;
}

int cmdReportNumbering(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("report numbering"),
                    Cli::tr("Each number of a series with its document, status and reversing document, and whether "
                            "the series has a hole (named when it has)."),
                    QStringLiteral("report numbering [--series statement|credit_memo|debit_memo|payment] "
                                   "[--format table|json]"));
    p.add(QStringLiteral("series"), Cli::tr("One series; all four by default."), QStringLiteral("S"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto audits = NumberAudits(*ctx.db).check(p.value(QStringLiteral("series")));
    if (!audits)
        return failure(audits.message());
    if (p.chosenFormat == Format::Json) {
        QJsonArray all;
        for (const NumberAudit &a : *audits) {
            QJsonArray docs;
            for (const NumberedDocument &d : a.documents)
                docs.append(QJsonObject{
                    {QStringLiteral("number"), d.number},
                    {QStringLiteral("type"), d.kind},
                    {QStringLiteral("id"), d.id},
                    {QStringLiteral("status"), d.status},
                    {QStringLiteral("reversed_by"), d.reversedBy.isEmpty() ? QJsonValue() : QJsonValue(d.reversedBy)}});
            all.append(QJsonObject{{QStringLiteral("series"), a.series},
                                   {QStringLiteral("pattern"), a.pattern},
                                   {QStringLiteral("count"), qsizetype(a.documents.size())},
                                   {QStringLiteral("whole"), a.whole()},
                                   {QStringLiteral("holes"), QJsonArray::fromStringList(a.holes)},
                                   {QStringLiteral("duplicates"), QJsonArray::fromStringList(a.duplicates)},
                                   {QStringLiteral("not_from_pattern"), QJsonArray::fromStringList(a.foreign)},
                                   {QStringLiteral("documents"), docs}});
        }
        outJson(all);
        return ExitOk;
    }
    QString t;
    for (const NumberAudit &a : *audits) {
        t +=
            Cli::tr("%1 (%2): %3 numbers; %4\n")
                .arg(a.series, a.pattern)
                .arg(a.documents.size())
                .arg(a.whole() ? Cli::tr("no hole")
                               : Cli::tr("holes: %1; held twice: %2")
                                     .arg(a.holes.join(QStringLiteral(", ")), a.duplicates.join(QStringLiteral(", "))));
        for (const NumberedDocument &d : a.documents)
            t +=
                QStringLiteral("  %1  %2 %3  %4%5\n")
                    .arg(d.number, -20)
                    .arg(d.kind, -12)
                    .arg(d.id)
                    .arg(d.status, d.reversedBy.isEmpty() ? QString() : Cli::tr("  cancelled by %1").arg(d.reversedBy));
    }
    out(t);
    return ExitOk;
}

int cmdApply(Context &ctx, const QStringList &args)
{
    return cmdApplyRun(ctx, args);
}

int cmdUnapply(Context &ctx, const QStringList &args)
{
    return cmdUnapplyRun(ctx, args);
}

} // namespace bursar::app
