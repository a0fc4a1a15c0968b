// bursar serve: the Billing API without a window (issue 16), e.g. next to a shared
// PostgreSQL database. Stops cleanly on SIGINT or SIGTERM, writing its log first.
#include "api/api_server.h"
#include "app/commands/command.h"

#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace bursar::app {

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
} // namespace

int cmdServe(Context &ctx, const QStringList &args)
{
    CommandParser p(
        QStringLiteral("serve"),
        Cli::tr("Run the Billing API: read-only JSON, PDF and CSV under /v1 for API keys (bursar api-keys)."),
        QStringLiteral("serve [--listen 127.0.0.1:PORT] [--certificate FILE --key FILE] [--host NAME]... "
                       "[--rate N]"));
    p.add(QStringLiteral("listen"), Cli::tr("Address and port (default 127.0.0.1:8080; any other address needs TLS)."),
          QStringLiteral("HOST:PORT"));
    p.add(QStringLiteral("certificate"), Cli::tr("TLS certificate (PEM)."), QStringLiteral("FILE"));
    p.add(QStringLiteral("key"), Cli::tr("TLS private key (PEM)."), QStringLiteral("FILE"));
    p.add(QStringLiteral("host"), Cli::tr("A Host header value to answer (repeat it); default: any."),
          QStringLiteral("NAME"));
    p.add(QStringLiteral("rate"), Cli::tr("Requests a second for each key (default 100; twice that at once)."),
          QStringLiteral("N"));
    if (int rc = p.parse(args); rc >= 0)
        return rc;
    api::ApiSettings settings;
    settings.hosts = p.parser.values(QStringLiteral("host"));
    if (p.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        settings.ratePerSecond = p.value(QStringLiteral("rate")).toInt(&ok);
        if (!ok || settings.ratePerSecond < 1 || settings.ratePerSecond > 1000000)
            return usage(Cli::tr("--rate: give requests a second, 1 or more."));
        settings.burst = settings.ratePerSecond * 2;
    }
    api::ListenOptions listen;
    if (p.isSet(QStringLiteral("listen")))
        listen.listen = p.value(QStringLiteral("listen"));
    listen.certificateFile = p.value(QStringLiteral("certificate"));
    listen.keyFile = p.value(QStringLiteral("key"));
    if (int rc = ctx.openDatabase(); rc != ExitOk)
        return rc;
    auto info = ctx.db->connectionInfo();
    api::ApiServer server(std::make_unique<api::ApiHandler>(info, settings));
    if (Status s = server.start(listen); !s)
        return failure(s.error().message);
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return failure(Cli::tr("Cannot watch for signals."));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [&server] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        server.stop();
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    out(Cli::tr("Billing API listening on %1 (stop with Ctrl+C).").arg(server.url()));
    std::fflush(stdout);
    const int rc = QCoreApplication::exec();
    out(Cli::tr("Billing API stopped."));
    return rc == 0 ? ExitOk : ExitFailure;
}

} // namespace bursar::app
