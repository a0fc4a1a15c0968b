#pragma once
// What the services credits commands (services_credits.cpp, projects.cpp) share.

#include "app/commands/command.h"
#include "core/servicescredits/services_credit_service.h"

namespace bursar::app {

/// Opens the database and runs the expiry run as of today, as Bursar does whenever it opens a
/// database for services credits (when the acting user may; otherwise nothing expires here).
inline int openServicesCredits(Context &ctx)
{
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    if (auto r = expireOnOpen(*ctx.db); !r)
        return failure(r.message());
    return ExitOk;
}

/// An exact amount rounded to its currency, for tables (JSON keeps the exact value).
inline QString shown(const Decimal &d, const QString &currency)
{
    return money(d.rounded(Currencies::lookup(currency).minorUnits, Rounding::HalfUp), currency);
}

/// --NAME as the ID of a `what`; nothing after printing a usage error.
inline std::optional<qint64> idOption(const CommandParser &p, const QString &name, const QString &what)
{
    bool ok = false;
    const qint64 id = p.value(name).toLongLong(&ok);
    if (!p.isSet(name) || !ok || id <= 0) {
        usage(Cli::tr("--%1 must be a %2 ID, for example --%1 12.").arg(name, what));
        return std::nullopt;
    }
    return id;
}

/// --customer when it is given (none otherwise); false after printing a usage error.
inline bool optionalCustomer(const CommandParser &p, std::optional<qint64> &customer)
{
    if (!p.isSet(QStringLiteral("customer")))
        return true;
    auto c = customerOption(p);
    if (!c) {
        usage(c.message());
        return false;
    }
    customer = *c;
    return true;
}

/// {"id": N} for --format json, `text` otherwise.
inline int printId(const CommandParser &p, qint64 id, const QString &text)
{
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("id"), id}});
    else
        out(text);
    return ExitOk;
}

inline int printAllocated(const CommandParser &p, const Decimal &credits)
{
    if (p.chosenFormat == Format::Json)
        outJson(QJsonObject{{QStringLiteral("allocated"), credits.toString()}});
    else
        out(Cli::tr("%1 credits allocated.").arg(credits.toString()));
    return ExitOk;
}

int cmdCompleteMilestone(Context &ctx, const QStringList &args);       // projects.cpp
int cmdServicesCreditsSettings(Context &ctx, const QStringList &args); // projects.cpp

} // namespace bursar::app
