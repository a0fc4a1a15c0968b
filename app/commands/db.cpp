// bursar db path|check|copy|backup|restore.
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
#include "core/storage/database_backup.h"
#include "core/storage/database_copy.h"
#include "core/storage/window_lock.h"
#include "core/users/user_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <cstdio>
#include <functional>
#include <map>

namespace bursar::app {

namespace {

QJsonObject backupJson(const BackupInfo &b)
{
    return QJsonObject{{QStringLiteral("file"), b.path},
                       {QStringLiteral("schema"), b.schemaVersion},
                       {QStringLiteral("bytes"), b.bytes},
                       {QStringLiteral("written"), b.written.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("customers"), b.customers},
                       {QStringLiteral("statements"), b.statements}};
}

int cmdDbBackup(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("db backup"),
                    Cli::tr("Back up the SQLite database to a new file, consistent even while the window or other "
                            "commands are writing. The file is readable by you only. On PostgreSQL, says how to "
                            "use pg_dump instead."),
                    QStringLiteral("db backup --to FILE [--replace] [--format table|json]"));
    p.add(QStringLiteral("to"),
          Cli::tr("The backup file to write, for example %1.").arg(DatabaseBackup::suggestedName()),
          QStringLiteral("FILE"));
    p.add(QStringLiteral("replace"), Cli::tr("Replace FILE when it exists (it is replaced only once the new backup "
                                             "is complete and checked)."));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("to")).isEmpty())
        return usage(Cli::tr("db backup needs --to FILE, for example --to %1.").arg(DatabaseBackup::suggestedName()));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto done = DatabaseBackup::backup(*ctx.db, p.value(QStringLiteral("to")), p.isSet(QStringLiteral("replace")));
    if (!done)
        return failure(done.message());
    if (p.chosenFormat == Format::Json)
        outJson(backupJson(*done));
    else
        out(Cli::tr("Backed up %1 to %2 (schema %3, %4 customers, %5 statements, %6 bytes).")
                .arg(ctx.db->location(), QDir::toNativeSeparators(done->path))
                .arg(done->schemaVersion)
                .arg(done->customers)
                .arg(done->statements)
                .arg(done->bytes));
    return ExitOk;
}

int cmdDbRestore(Context &ctx, const QStringList &args)
{
    CommandParser p(QStringLiteral("db restore"),
                    Cli::tr("Replace the SQLite database's contents with a backup. The backup is checked first and "
                            "nothing changes when it is not a sound Bursar database; the database as it was is kept "
                            "beside it as a backup of its own. Refused while a Bursar window has the database open."),
                    QStringLiteral("db restore --from FILE [--format table|json]"));
    p.add(QStringLiteral("from"), Cli::tr("The backup file to restore."), QStringLiteral("FILE"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("from")).isEmpty())
        return usage(Cli::tr("db restore needs --from FILE, the backup to restore."));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    // A window would go on showing, and writing, what the restore replaced: the clerk
    // restores from the window's File menu instead, or closes it first.
    auto lock = WindowLock::acquire(ctx.db->location());
    if (!lock)
        return failure(lock.message());
    auto done = DatabaseBackup::restore(*ctx.db, p.value(QStringLiteral("from")));
    if (!done)
        return failure(done.message());
    if (p.chosenFormat == Format::Json) {
        QJsonObject o{{QStringLiteral("database"), ctx.db->location()},
                      {QStringLiteral("from"), backupJson(done->from)},
                      {QStringLiteral("kept_as"), done->keptAs},
                      {QStringLiteral("rows"), done->rows}};
        outJson(o);
    } else {
        out(Cli::tr("Restored %1 from %2 (schema %3, written %4): %5 rows. The database as it was is kept as %6.")
                .arg(ctx.db->location(), QDir::toNativeSeparators(done->from.path))
                .arg(done->from.schemaVersion)
                .arg(QLocale().toString(done->from.written, QLocale::ShortFormat))
                .arg(done->rows)
                .arg(QDir::toNativeSeparators(done->keptAs)));
    }
    return ExitOk;
}

} // namespace

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
    if (sub == QLatin1String("backup"))
        return cmdDbBackup(ctx, rest);
    if (sub == QLatin1String("restore"))
        return cmdDbRestore(ctx, rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(Cli::tr("Usage: bursar [--database PATH] db path|check|copy|backup|restore"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(Cli::tr("unknown db command “%1”; use path, check, copy, backup or restore.").arg(sub));
}

} // namespace bursar::app
