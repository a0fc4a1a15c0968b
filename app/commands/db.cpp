// bursar db path|check|copy.
#include "app/commands/command.h"
#include "core/customers/billing_parties.h"
#include "core/customers/customer.h"
#include "core/customers/customer_service.h"
#include "core/customers/tenant.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/domain/vendor.h"
#include "core/domain/vendor_account.h"
#include "core/json/records_json.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "core/storage/database_copy.h"
#include "core/users/user_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <functional>
#include <map>

namespace bursar::app {

int cmdDb(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("path")) {
        CommandParser p(QStringLiteral("db path"), Cli::tr("Print the database path Bursar uses."),
                        QStringLiteral("db path [--if-exists]"));
        p.add(QStringLiteral("if-exists"), Cli::tr("Print nothing when the database file does not exist yet."));
        if (int rc = p.parse(rest); rc >= 0)
            return rc;
        const QString path =
            ctx.global.database.isEmpty() ? Database::defaultPath() : QFileInfo(ctx.global.database).absoluteFilePath();
        if (!p.isSet(QStringLiteral("if-exists")) || QFileInfo::exists(path))
            out(path);
        return ExitOk;
    }
    if (sub == QLatin1String("check")) {
        CommandParser p(QStringLiteral("db check"), Cli::tr("Check the database file for damage."),
                        QStringLiteral("db check"));
        if (int rc = p.parse(rest); rc >= 0)
            return rc;
        if (int rc = ctx.openDatabase(); rc != ExitOk)
            return rc;
        if (Status s = ctx.db->checkIntegrity(); !s)
            return failure(s.error().message);
        out(Cli::tr("%1: schema %2, no damage found.").arg(ctx.db->location()).arg(ctx.db->schemaVersion()));
        return ExitOk;
    }
    if (sub == QLatin1String("copy")) {
        CommandParser p(QStringLiteral("db copy"),
                        Cli::tr("Copy a single-clerk SQLite database into a new, empty shared PostgreSQL database, "
                                "then verify every table."),
                        QStringLiteral("db copy --from FILE --to postgresql://... [--format table|json]"));
        p.add(QStringLiteral("from"), Cli::tr("The SQLite database file to copy."), QStringLiteral("FILE"));
        p.add(QStringLiteral("to"), Cli::tr("The new PostgreSQL database, as a URL."), QStringLiteral("URL"));
        p.addFormat({Format::Table, Format::Json});
        if (int rc = p.parse(rest); rc >= 0)
            return rc;
        const Format format = p.chosenFormat;
        const QString from = p.value(QStringLiteral("from")), to = p.value(QStringLiteral("to"));
        if (from.isEmpty() || to.isEmpty())
            return usage(Cli::tr("db copy needs --from FILE and --to postgresql://user@host/dbname."));
        if (Database::isPostgresUrl(from))
            return usage(Cli::tr("--from must be a SQLite file; “%1” is a PostgreSQL URL.").arg(from));
        if (!QFileInfo::exists(from))
            return failure(Cli::tr("The database file “%1” does not exist.").arg(from));
        if (!Database::isPostgresUrl(to))
            return usage(
                Cli::tr("--to must be a PostgreSQL URL such as postgresql://user@host/dbname, not “%1”.").arg(to));
        auto source = Database::open(from);
        if (!source)
            return failure(source.error().message);
        auto target = Database::open(to);
        if (!target)
            return failure(target.error().message);
        auto copied = DatabaseCopy::copy(**source, **target);
        if (!copied)
            return failure(copied.error().message);
        if (format == Format::Json) {
            QJsonArray tables;
            for (const TableCopy &t : *copied)
                tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                          {QStringLiteral("rows"), t.rows},
                                          {QStringLiteral("fingerprint"), t.fingerprint}});
            outJson(QJsonObject{{QStringLiteral("from"), (*source)->location()},
                                {QStringLiteral("to"), (*target)->location()},
                                {QStringLiteral("tables"), tables},
                                {QStringLiteral("verified"), true}});
        } else {
            QTextStream s(stdout);
            for (const TableCopy &t : *copied)
                s << QStringLiteral("%1 %2 rows, verified\n").arg(t.table, -20).arg(t.rows);
            s << Cli::tr("Copied %1 to %2.").arg((*source)->location(), (*target)->location()) << '\n';
        }
        return ExitOk;
    }
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] db path|check|copy"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("unknown db command “%1”; use path, check or copy.").arg(sub));
}

} // namespace bursar::app
