// bursar notify settings|contact|send|list|log|resend|password: statement emails (issue 16).
#include "app/commands/command.h"
#include "core/json/notify_json.h"
#include "core/notify/notification_sender.h"
#include "core/notify/notification_service.h"
#include "core/notify/notification_settings.h"
#include "notify/smtp_password.h"
#include "notify/smtp_transport.h"
#include "render/formats.h"

namespace bursar::app {

namespace {

std::optional<bool> onOff(const CommandParser &p, const QString &option)
{
    const QString v = p.value(option).toLower();
    if (v == u"on")
        return true;
    if (v == u"off")
        return false;
    usage(Cli::tr("--%1 is on or off, not “%2”.").arg(option, p.value(option)));
    return std::nullopt;
}

/// A list as JSON (one object per record) or as one line per record.
template <class T>
int printRecords(Format format, const QList<T> &records, QJsonObject (*toJson)(const T &),
                 const std::function<QString(const T &)> &toLine, const QString &none)
{
    if (format == Format::Json) {
        QJsonArray a;
        for (const T &r : records)
            a.append(toJson(r));
        outJson(a);
        return ExitOk;
    }
    for (const T &r : records)
        out(toLine(r));
    if (records.isEmpty() && !none.isEmpty())
        out(none);
    return ExitOk;
}

/// --statement ID, required.
std::optional<qint64> statementOption(const CommandParser &p)
{
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("statement")).toLongLong(&ok);
    if (!ok) {
        usage(Cli::tr("--statement is required: the statement's ID."));
        return std::nullopt;
    }
    return id;
}

void printSettings(const NotificationSettings &s, Format format)
{
    if (format == Format::Json) {
        outJson(json::notificationSettings(s));
        return;
    }
    out(Cli::tr("Statement emails: %1").arg(s.enabled ? Cli::tr("on") : Cli::tr("off")));
    out(Cli::tr("SMTP server: %1:%2 (%3)%4")
            .arg(s.host.isEmpty() ? Cli::tr("none") : s.host)
            .arg(s.port)
            .arg(NotificationSettingsService::securityKey(s.security),
                 s.login.isEmpty() ? QString() : Cli::tr(", login %1").arg(s.login)));
    out(Cli::tr("Sender: %1").arg(s.sender));
    out(Cli::tr("Subject: %1").arg(s.subject));
    out(Cli::tr("Body:\n%1").arg(s.body));
}

int settingsCommand(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("notify settings"),
                    Cli::tr("Show or change Settings > Notifications: the SMTP server statement emails are sent "
                            "through. The password is never stored here (bursar notify password)."),
                    QStringLiteral("notify settings [--enabled on|off] [--host H] [--port N] "
                                   "[--security none|starttls|tls] [--sender ADDRESS] [--login L] [--subject T] "
                                   "[--body T] [--format table|json]"));
    p.add(QStringLiteral("enabled"), Cli::tr("Whether approving a statement emails it: on or off."),
          QStringLiteral("on|off"));
    p.add(QStringLiteral("host"), Cli::tr("The SMTP server."), QStringLiteral("H"));
    p.add(QStringLiteral("port"), Cli::tr("Its port: 587 for STARTTLS, 465 for TLS."), QStringLiteral("N"));
    p.add(QStringLiteral("security"), Cli::tr("none, starttls or tls."), QStringLiteral("S"));
    p.add(QStringLiteral("sender"), Cli::tr("The From address."), QStringLiteral("ADDRESS"));
    p.add(QStringLiteral("login"), Cli::tr("The login; empty for a server without one."), QStringLiteral("L"));
    p.add(QStringLiteral("subject"),
          Cli::tr("The subject; placeholders: %1.").arg(NotificationSettingsService::placeholders()),
          QStringLiteral("T"));
    p.add(QStringLiteral("body"), Cli::tr("The text; the same placeholders, \\n for a new line."), QStringLiteral("T"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    NotificationSettingsService service(*ctx.db);
    auto loaded = service.load();
    if (!loaded)
        return failure(loaded.error().message);
    NotificationSettings s = *loaded;
    bool changed = false;
    if (p.isSet(QStringLiteral("enabled"))) {
        const auto on = onOff(p, QStringLiteral("enabled"));
        if (!on)
            return ExitUsage;
        s.enabled = *on;
        changed = true;
    }
    if (p.isSet(QStringLiteral("port"))) {
        bool ok = false;
        s.port = p.value(QStringLiteral("port")).toInt(&ok);
        if (!ok)
            return usage(Cli::tr("--port is a number, for example 587."));
        changed = true;
    }
    if (p.isSet(QStringLiteral("security"))) {
        const auto security = NotificationSettingsService::securityFromKey(p.value(QStringLiteral("security")));
        if (!security)
            return usage(Cli::tr("--security is none, starttls or tls."));
        s.security = *security;
        changed = true;
    }
    const std::pair<const char *, QString *> texts[] = {
        {"host", &s.host}, {"sender", &s.sender}, {"login", &s.login}, {"subject", &s.subject}, {"body", &s.body}};
    for (const auto &[option, field] : texts) {
        if (p.isSet(QLatin1String(option))) {
            *field = p.value(QLatin1String(option));
            if (field == &s.body)
                field->replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            changed = true;
        }
    }
    if (changed) {
        if (Status saved = service.save(s); !saved)
            return failure(saved.error().message);
        if (auto saved = service.load())
            s = *saved;
    }
    printSettings(s, p.chosenFormat);
    return ExitOk;
}

int contactCommand(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("notify contact"),
                    Cli::tr("Show or set a customer's billing contact for statement emails, and whether the "
                            "customer gets them."),
                    QStringLiteral("notify contact --customer ID [--email ADDRESS] [--enabled on|off] "
                                   "[--format table|json]"));
    p.add(QStringLiteral("customer"), Cli::tr("The customer's ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("email"), Cli::tr("The billing contact's address; empty: the customer's own email."),
          QStringLiteral("ADDRESS"));
    p.add(QStringLiteral("enabled"), Cli::tr("on or off."), QStringLiteral("on|off"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    auto customer = customerOption(p);
    if (!customer)
        return usage(customer.error().message);
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    NotificationService service(*ctx.db);
    auto c = service.customer(*customer);
    if (!c)
        return failure(c.error().message);
    if (p.isSet(QStringLiteral("email")) || p.isSet(QStringLiteral("enabled"))) {
        bool enabled = c->enabled;
        if (p.isSet(QStringLiteral("enabled"))) {
            const auto on = onOff(p, QStringLiteral("enabled"));
            if (!on)
                return ExitUsage;
            enabled = *on;
        }
        const QString email = p.isSet(QStringLiteral("email")) ? p.value(QStringLiteral("email")) : c->email;
        if (Status s = service.setCustomer(*customer, email, enabled); !s)
            return failure(s.error().message);
        c = service.customer(*customer);
    }
    if (p.chosenFormat == Format::Json)
        outJson(json::customerNotification(*c));
    else
        out(Cli::tr("Customer #%1: statement emails %2, to %3")
                .arg(*customer)
                .arg(c->enabled ? Cli::tr("on") : Cli::tr("off"),
                     c->address().isEmpty() ? Cli::tr("(no address)") : c->address()));
    return ExitOk;
}

/// BURSAR_SMTP_PASSWORD, or the keyring's, when the server wants a login.
Result<QString> password(const NotificationSettings &s)
{
    if (s.login.isEmpty())
        return QString();
    const QString env = qEnvironmentVariable("BURSAR_SMTP_PASSWORD");
    if (!env.isEmpty())
        return env;
    auto saved = notify::SmtpPassword::read(s);
    if (!saved)
        return fail(Cli::tr("The SMTP login %1 needs its password: save it with bursar notify password, or give it "
                            "in BURSAR_SMTP_PASSWORD (%2).")
                        .arg(s.login, saved.error().message));
    return saved;
}

int sendCommand(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("notify send"),
                    Cli::tr("Send the statement emails that are due now (the window sends them by itself)."),
                    QStringLiteral("notify send [--limit N] [--format table|json]"));
    p.add(QStringLiteral("limit"), Cli::tr("At most this many (default: all that are due)."), QStringLiteral("N"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    int limit = 1000000;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usage(Cli::tr("--limit is a number of emails, 1 or more."));
    }
    render::registerFormats(); // the statement's PDF goes with its email
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    auto settings = NotificationSettingsService(*ctx.db).load();
    if (!settings)
        return failure(settings.error().message);
    auto secret = password(*settings);
    if (!secret)
        return failure(secret.error().message);
    SendSummary total;
    while (limit > 0) {
        auto round = NotificationSender(*ctx.db, notify::smtpTransport(*secret)).sendDue(std::min(limit, 50));
        if (!round)
            return failure(round.error().message);
        const int done = round->sent + round->retrying + round->failed;
        total.sent += round->sent;
        total.retrying += round->retrying;
        total.failed += round->failed;
        limit -= done;
        if (done == 0)
            break;
    }
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("sent"), total.sent},
                            {QStringLiteral("retrying"), total.retrying},
                            {QStringLiteral("failed"), total.failed}});
    else
        out(Cli::tr("%1 sent, %2 to try again later, %3 failed (bursar notify list --status failed).")
                .arg(total.sent)
                .arg(total.retrying)
                .arg(total.failed));
    return ExitOk;
}

int listCommand(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("notify list"), Cli::tr("List statement emails, newest first."),
                    QStringLiteral("notify list [--statement ID] [--customer ID] [--status queued|sent|failed] "
                                   "[--format table|json]"));
    p.add(QStringLiteral("statement"), Cli::tr("One statement's emails."), QStringLiteral("ID"));
    p.add(QStringLiteral("customer"), Cli::tr("One customer's emails."), QStringLiteral("ID"));
    p.add(QStringLiteral("status"), Cli::tr("queued, sent or failed."), QStringLiteral("S"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    NotificationFilter f;
    if (p.isSet(QStringLiteral("statement"))) {
        bool ok = false;
        f.statementId = p.value(QStringLiteral("statement")).toLongLong(&ok);
        if (!ok)
            return usage(Cli::tr("--statement is a statement ID."));
    }
    if (p.isSet(QStringLiteral("customer"))) {
        auto c = customerOption(p);
        if (!c)
            return usage(c.error().message);
        f.customerId = *c;
    }
    f.status = p.value(QStringLiteral("status"));
    if (!f.status.isEmpty() && !QStringList{u"queued"_qs, u"sent"_qs, u"failed"_qs}.contains(f.status))
        return usage(Cli::tr("--status is queued, sent or failed."));
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    auto list = NotificationService(*ctx.db).list(f);
    if (!list)
        return failure(list.error().message);
    return printRecords<Notification>(
        p.chosenFormat, *list, json::notification,
        [](const Notification &n) {
            return QStringLiteral("%1  %2  %3  %4  %5")
                .arg(n.id)
                .arg(n.statementNumber, n.recipient, n.status, n.sentAt.isEmpty() ? n.lastReply : n.sentAt);
        },
        Cli::tr("No statement emails."));
}

int logCommand(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("notify log"), Cli::tr("A statement's notification log, oldest first."),
                    QStringLiteral("notify log --statement ID [--format table|json]"));
    p.add(QStringLiteral("statement"), Cli::tr("The statement's ID."), QStringLiteral("ID"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    const auto id = statementOption(p);
    if (!id)
        return ExitUsage;
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    auto events = NotificationService(*ctx.db).events(*id);
    if (!events)
        return failure(events.error().message);
    return printRecords<NotificationEvent>(
        p.chosenFormat, *events, json::notificationEvent,
        [](const NotificationEvent &e) {
            return QStringLiteral("%1  %2  %3  %4").arg(e.at, e.event, e.detail, e.actor);
        },
        {});
}

int resendCommand(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("notify resend"),
                    Cli::tr("Queue an Open statement's email again (bursar notify send, or the window, sends it)."),
                    QStringLiteral("notify resend --statement ID [--to ADDRESS] [--format table|json]"));
    p.add(QStringLiteral("statement"), Cli::tr("The statement's ID."), QStringLiteral("ID"));
    p.add(QStringLiteral("to"), Cli::tr("Another address; default: the billing contact."), QStringLiteral("ADDRESS"));
    p.addFormat({Format::Table, Format::Json});
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    const auto statement = statementOption(p);
    if (!statement)
        return ExitUsage;
    const qint64 id = *statement;
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    auto queued = NotificationService(*ctx.db).resend(id, p.value(QStringLiteral("to")));
    if (!queued)
        return failure(queued.error().message);
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("id"), *queued}, {QStringLiteral("statement_id"), id}});
    else
        out(Cli::tr("Statement %1's email queued again (email %2).").arg(id).arg(*queued));
    return ExitOk;
}

int passwordCommand(Context &ctx, const QStringList &rest)
{
    CommandParser p(QStringLiteral("notify password"),
                    Cli::tr("Save the SMTP login's password in the system keyring, read from standard input "
                            "(never in the database). --forget removes it."),
                    QStringLiteral("notify password [--forget] < FILE"));
    p.add(QStringLiteral("forget"), Cli::tr("Remove the saved password."));
    if (int rc = p.parse(rest); rc >= 0)
        return rc;
    if (int open = ctx.openDatabase(); open != ExitOk)
        return open;
    auto s = NotificationSettingsService(*ctx.db).load();
    if (!s)
        return failure(s.error().message);
    if (s->login.isEmpty())
        return failure(
            Cli::tr("Settings > Notifications has no login: set one with bursar notify settings --login L."));
    if (p.isSet(QStringLiteral("forget"))) {
        if (Status f = notify::SmtpPassword::forget(*s); !f)
            return failure(f.error().message);
        out(Cli::tr("The password of %1 is no longer in the keyring.").arg(notify::SmtpPassword::entryName(*s)));
        return ExitOk;
    }
    QTextStream in(stdin);
    const QString secret = in.readLine();
    if (secret.isEmpty())
        return usage(Cli::tr("Give the password on standard input."));
    if (Status saved = notify::SmtpPassword::save(*s, secret); !saved)
        return failure(saved.error().message);
    out(Cli::tr("The password of %1 is in the system keyring.").arg(notify::SmtpPassword::entryName(*s)));
    return ExitOk;
}

} // namespace

int cmdNotify(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, args, QStringLiteral("notify"),
                    {{QStringLiteral("settings"), settingsCommand},
                     {QStringLiteral("contact"), contactCommand},
                     {QStringLiteral("send"), sendCommand},
                     {QStringLiteral("list"), listCommand},
                     {QStringLiteral("log"), logCommand},
                     {QStringLiteral("resend"), resendCommand},
                     {QStringLiteral("password"), passwordCommand}});
}

} // namespace bursar::app
