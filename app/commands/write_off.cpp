// bursar write-off DOC and write-off tolerance: small balances closed by an adjustment memo.
#include "core/finance/write_off.h"

#include "app/commands/command.h"
#include "core/finance/ar_applications.h"
#include "core/money/currency.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bursar::app {

namespace {

int cmdWriteOffTolerance(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("write-off tolerance"),
                    Cli::tr("The write-off tolerance per currency: a document with at most this much left can be "
                            "written off. With --currency and --amount it is set first (0 removes it)."),
                    QStringLiteral("write-off tolerance [--currency C --amount A] [--format table|json]"));
    p.add(QStringLiteral("currency"), Cli::tr("The currency, for example USD."), QStringLiteral("C"));
    p.add(QStringLiteral("amount"), Cli::tr("The tolerance, for example 1.00; 0 removes it."), QStringLiteral("A"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.isSet(QStringLiteral("currency")) != p.isSet(QStringLiteral("amount")))
        return usage(Cli::tr("give both --currency and --amount to set a tolerance, or neither to list them"));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    core::WriteOffs writeOffs(*ctx.db);
    if (p.isSet(QStringLiteral("currency")))
        if (core::Status s =
                writeOffs.setTolerance(p.value(QStringLiteral("currency")), p.value(QStringLiteral("amount")));
            !s)
            return failure(s.message());
    auto all = writeOffs.tolerances();
    if (!all)
        return failure(all.message());
    if (p.chosenFormat == Format::Json) {
        QJsonArray rows;
        for (const auto &[currency, amount] : *all)
            rows.append(QJsonObject{{QStringLiteral("currency"), currency},
                                    {QStringLiteral("tolerance"), money(amount, currency)}});
        outJson(rows);
    } else {
        for (const auto &[currency, amount] : *all)
            out(QStringLiteral("%1  %2").arg(currency, money(amount, currency)));
        if (all->empty())
            out(Cli::tr("No write-off tolerance is set: nothing can be written off."));
    }
    return ExitOk;
}

int cmdWriteOffDocument(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("write-off"),
                    Cli::tr("Close a document whose remaining amount is within its currency's write-off tolerance by "
                            "an adjustment memo of its own (a credit memo for what a customer still owes, a debit "
                            "memo for what is left of a credit memo or payment), applied on the day."),
                    QStringLiteral("write-off DOC [--date D] [--format table|json]"));
    p.add(QStringLiteral("date"), Cli::tr("The write-off's date (default today)."), QStringLiteral("D"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.positional().size() != 1)
        return usage(Cli::tr("name one document: bursar write-off INV-2026-000012 (or statement:ID, CM-…, DM-…, "
                             "PAY-…, or a memo's or payment's ID)"));
    const auto date = dateOption(p, QStringLiteral("date"));
    if (!date)
        return ExitUsage;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto ref = core::ArApplications(*ctx.db).resolve(p.positional().first());
    if (!ref)
        return failure(ref.message());
    auto memo = core::WriteOffs(*ctx.db).writeOff(*ref, date->isValid() ? *date : QDate::currentDate());
    if (!memo)
        return failure(memo.message());
    auto item = core::ArApplications(*ctx.db).item({QStringLiteral("credit_memo"), *memo});
    const QString number = item ? item->number : QString();
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("id"), *memo},
                            {QStringLiteral("number"), number},
                            {QStringLiteral("type"), item ? item->kind : QString()},
                            {QStringLiteral("amount"), item ? money(item->total, item->currency) : QString()},
                            {QStringLiteral("document"), p.positional().first()}});
    else
        out(Cli::tr("%1 written off by %2.").arg(p.positional().first(), number));
    return ExitOk;
}

} // namespace

int cmdWriteOff(Context &ctx, const QStringList &args)
{
    if (args.value(0) == u"tolerance")
        return cmdWriteOffTolerance(ctx, args.mid(1));
    return cmdWriteOffDocument(ctx, args);
}

} // namespace bursar::app
