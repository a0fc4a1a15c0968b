// bursar audit verify: checks the audit log's hash chain (core/storage/audit_chain.h).
#include "app/commands/command.h"
#include "core/storage/audit_chain.h"

#include <QJsonObject>

namespace bursar::app {

namespace {

int cmdAuditVerify(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("audit verify"),
                    Cli::tr("Check that nobody changed, removed or added a row of the audit log behind Bursar's back: "
                            "every row must carry the hash of the row before it and a hash of its own columns. "
                            "Names the first row that does not fit and exits 1."),
                    QStringLiteral("audit verify [--format table|json]"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto report = AuditChain(*ctx.db).verify();
    if (!report)
        return failure(report.message());
    const auto &broken = report->broken;
    QString problem;
    if (broken)
        problem =
            broken->action.isEmpty()
                ? Cli::tr("The audit log does not fit its chain at row %1: %2.").arg(broken->id).arg(broken->reason)
                : Cli::tr("The audit log does not fit its chain at row %1 (%2, %3 %4 %5): %6.")
                      .arg(broken->id)
                      .arg(broken->at, broken->action, broken->entity, broken->entityId, broken->reason);
    if (p.chosenFormat == Format::Json) {
        QJsonObject o{{QStringLiteral("ok"), !broken},
                      {QStringLiteral("rows"), report->rows},
                      {QStringLiteral("last_id"), report->lastId},
                      {QStringLiteral("head_hash"), report->headHash}};
        if (broken)
            o.insert(QStringLiteral("broken"), QJsonObject{{QStringLiteral("id"), broken->id},
                                                           {QStringLiteral("at"), broken->at},
                                                           {QStringLiteral("action"), broken->action},
                                                           {QStringLiteral("entity"), broken->entity},
                                                           {QStringLiteral("entity_id"), broken->entityId},
                                                           {QStringLiteral("reason"), broken->reason}});
        outJson(o);
        if (broken)
            printError(problem);
    } else if (broken) {
        printError(problem);
    } else {
        out(Cli::tr("The audit log of %1 is intact: %2 rows, each chained to the one before it. The last is row %3, "
                    "hash %4.")
                .arg(ctx.db->location())
                .arg(report->rows)
                .arg(report->lastId)
                .arg(report->headHash));
    }
    return broken ? ExitFailure : ExitOk;
}

} // namespace

int cmdAudit(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("audit"), {{QStringLiteral("verify"), cmdAuditVerify}});
}

} // namespace bursar::app
