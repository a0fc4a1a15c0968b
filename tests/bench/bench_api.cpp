// The Billing API under load (issue 16): the demo at 10,000 customers (usage, three months
// billed and approved: about 30,000 statements), a server on 127.0.0.1 on its own thread,
// and 32 clients on this machine, each on one keep-alive connection sending its next
// request when the last is answered. Prints requests a second and the latency percentiles
// for one statement's JSON and for a page of 100 statements. Never fails on time.
//   bench_api [--customers N] [--database postgresql://...] [--requests N] [--clients N]
#include "api/api_server.h"
#include "core/apikeys/api_key_service.h"
#include "core/billing/statement_service.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/storage/database.h"
#include "tests/bench/bench_support.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

using namespace bursar::core;
using bursar::bench::option;

namespace {

struct Figures
{
    double perSecond = 0;             // a rate for people, not money
    qint64 p50 = 0, p99 = 0, max = 0; // µs
    int failed = 0;
};

/// `clients` connections, each sending `perClient` requests one after the other; the
/// paths are taken in turn from `paths`.
Figures load(quint16 port, const QByteArray &key, const QList<QByteArray> &paths, int clients, int perClient)
{
    std::vector<qint64> latencies;
    std::mutex lock;
    std::atomic<int> failed{0};
    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < clients; ++c) {
        threads.push_back(std::unique_ptr<QThread>(QThread::create([&, c] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            if (!s.waitForConnected(10000)) {
                failed += perClient;
                return;
            }
            std::vector<qint64> mine;
            mine.reserve(size_t(perClient));
            for (int i = 0; i < perClient; ++i) {
                const QByteArray &path = paths.at((c * perClient + i) % paths.size());
                QElapsedTimer t;
                t.start();
                s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key + "\r\n\r\n");
                QByteArray answer;
                qsizetype need = -1;
                while (need < 0 || answer.size() < need) {
                    if (!s.waitForReadyRead(30000))
                        break;
                    answer += s.readAll();
                    const qsizetype end = answer.indexOf("\r\n\r\n");
                    if (need < 0 && end >= 0) {
                        const qsizetype at = answer.indexOf("Content-Length: ");
                        need = end + 4 + answer.mid(at + 16).split('\r').value(0).toLongLong();
                    }
                }
                mine.push_back(t.nsecsElapsed() / 1000);
                if (!answer.startsWith("HTTP/1.1 200"))
                    ++failed;
            }
            std::lock_guard guard(lock);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        })));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    Figures f;
    const qint64 ms = std::max<qint64>(1, wall.elapsed());
    std::sort(latencies.begin(), latencies.end());
    f.perSecond = double(latencies.size()) * 1000.0 / double(ms);
    if (!latencies.empty()) {
        f.p50 = latencies.at(latencies.size() / 2);
        f.p99 = latencies.at(std::min(latencies.size() - 1, latencies.size() * 99 / 100));
        f.max = latencies.back();
    }
    f.failed = failed;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int customers = option(args, QStringLiteral("--customers"), QStringLiteral("10000")).toInt();
    const int requests = option(args, QStringLiteral("--requests"), QStringLiteral("20000")).toInt();
    const int clients = option(args, QStringLiteral("--clients"), QStringLiteral("32")).toInt();
    const QString url = option(args, QStringLiteral("--database"), QString());
    QTemporaryDir dir;
    const QString location = url.isEmpty() ? dir.filePath(QStringLiteral("api.sqlite")) : url;
    out << "database: " << (url.isEmpty() ? "SQLite" : "PostgreSQL") << '\n';
    auto opened = Database::open(location);
    if (!opened) {
        out << opened.error().message << '\n';
        return 1;
    }
    Database &db = **opened;
    const QDate today = QDate::currentDate();
    QElapsedTimer t;
    t.start();
    if (auto r = generateDemoData(db, customers, 5); !r) {
        out << r.error().message << '\n';
        return 1;
    }
    if (auto r = generateDemoUsage(db, today, 5); !r) {
        out << r.error().message << '\n';
        return 1;
    }
    if (auto r = generateDemoBilling(db, today, 5); !r) {
        out << r.error().message << '\n';
        return 1;
    }
    if (auto r = generateDemoReceivables(db, today); !r) {
        out << r.error().message << '\n';
        return 1;
    }
    StatementFilter approved;
    approved.approvedOnly = true;
    auto statements = StatementService(db).list(approved, 0, -1, QStringLiteral("id"));
    auto key = ApiKeyService(db).create(QStringLiteral("bench"), Scope::all());
    if (!statements || !key || statements->isEmpty()) {
        out << "set-up failed\n";
        return 1;
    }
    out << QStringLiteral("set-up: %1 customers, %2 approved statements in %3 s\n")
               .arg(customers)
               .arg(statements->size())
               .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1);
    out.flush();

    // The server on its own thread with its own connections, as `bursar serve` runs it.
    bursar::api::ApiSettings settings;
    settings.ratePerSecond = 1000000; // the budget is not what is measured
    settings.burst = 1000000;
    QThread serverThread;
    QObject anchor; // lives on the server thread: what runs there is invoked on it
    anchor.moveToThread(&serverThread);
    serverThread.start();
    std::unique_ptr<bursar::api::ApiServer> server;
    quint16 port = 0;
    const auto info = db.connectionInfo();
    QMetaObject::invokeMethod(
        &anchor,
        [&] { // on the server thread: its connections belong to it
            server =
                std::make_unique<bursar::api::ApiServer>(std::make_unique<bursar::api::ApiHandler>(info, settings));
            bursar::api::ListenOptions listen;
            listen.listen = QStringLiteral("127.0.0.1:0");
            if (server->start(listen))
                port = server->port();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        out << "the server did not start\n";
        return 1;
    }
    const QByteArray secret = key->secret.toLatin1();
    QList<QByteArray> one, pages;
    for (qsizetype i = 0; i < statements->size(); i += 7)
        one << "/v1/statements/" + QByteArray::number(statements->at(i).id);
    for (qsizetype i = 0; i + 100 < statements->size(); i += 100)
        pages << "/v1/statements?limit=100&cursor=" + QByteArray::number(statements->at(i).id);
    load(port, secret, one, clients, 20); // warm-up: connections, caches
    const Figures single = load(port, secret, one, clients, std::max(1, requests / clients));
    const Figures page = load(port, secret, pages, clients, std::max(1, requests / 4 / clients));
    const auto print = [&](const char *what, const Figures &f) {
        out << QStringLiteral("%1: %2 requests/s, p50 %3 ms, p99 %4 ms, max %5 ms, %6 failed (%7 clients)\n")
                   .arg(QLatin1String(what))
                   .arg(f.perSecond, 0, 'f', 0)
                   .arg(double(f.p50) / 1000.0, 0, 'f', 2)
                   .arg(double(f.p99) / 1000.0, 0, 'f', 2)
                   .arg(double(f.max) / 1000.0, 0, 'f', 2)
                   .arg(f.failed)
                   .arg(clients);
    };
    print("one statement's JSON (GET /v1/statements/{id})", single);
    print("a page of 100 statements (GET /v1/statements?limit=100)", page);
    QMetaObject::invokeMethod(
        &anchor, [&] { server.reset(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
