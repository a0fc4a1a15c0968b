// The Billing API run by the window (issue 16): Settings > Account Information > Billing API
// makes a key (shown once), turns the server on at an address, and the status bar says where
// it runs; a real HTTP request with the key answers; revoking the key and turning the API off
// take effect at once. On SQLite and PostgreSQL, under the offscreen platform.
#include "api/api_runner.h"
#include "core/apikeys/api_server_settings.h"
#include "core/demo/demo_data.h"
#include "tests/support/test_database.h"
#include "tests/ui/screenshot.h"
#include "ui/mainwindow.h"
#include "ui/settings/account_info_page.h"
#include "ui/settings/billing_api_box.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace bursar::core;
using bursar::api::ApiRunner;
using bursar::test::TestDatabase;
using bursar::ui::AccountInfoPage;
using bursar::ui::BillingApiBox;
using bursar::ui::MainWindow;

class TestApiWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;

    /// GET `url` with `key`: the status, and the body.
    static std::pair<int, QByteArray> get(const QString &url, const QString &key)
    {
        QNetworkAccessManager net;
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
        QNetworkReply *reply = net.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(15000))
            return {-1, {}};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(generateDemoData(m_t->db(), 12, 7).ok());
    }

    void windowRunsTheApi_keysShownOnce_revokedAndOffAtOnce()
    {
        auto db = Database::open(m_t->path());
        QVERIFY(db.ok());
        MainWindow window(std::move(db).value());
        ApiRunner runner; // wired as app/main.cpp wires it
        connect(&runner, &ApiRunner::stateChanged, &window, &MainWindow::showApiState);
        connect(&window, &MainWindow::apiSettingsChanged, &runner, [&] { runner.apply(window.database()); });
        runner.apply(window.database());
        QVERIFY2(!runner.running(), "off by default");
        QVERIFY(window.apiState().isEmpty());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.navigateTo(QStringLiteral("Settings > Account Information")));
        auto *account = window.page<AccountInfoPage>();
        QVERIFY(account);
        auto *tabs = account->findChild<QTabWidget *>(QStringLiteral("accountTabs"));
        tabs->setCurrentWidget(account->billingApi());
        BillingApiBox *box = account->billingApi();

        // A key for one customer, shown once; the list shows its prefix, never the key.
        const qint64 customer = m_t->scalar(QStringLiteral("SELECT MIN(id) FROM customers")).toLongLong();
        auto key = box->createKey(QStringLiteral("accountant"), Scope::customer(customer));
        QVERIFY2(key.ok(), qPrintable(box->feedbackText()));
        QVERIFY(key->startsWith(QLatin1String("bursar_")));
        QCOMPARE(box->keys()->rowCount(), 1);
        for (int c = 0; c < box->keys()->columnCount(); ++c)
            QVERIFY(!box->keys()->item(0, c)->text().contains(key->mid(20)));
        QVERIFY(key->contains(box->keys()->item(0, 2)->text())); // the prefix

        // A non-loopback address without TLS is refused with the reason; nothing starts.
        box->enabledBox()->setChecked(true);
        box->listenField()->setText(QStringLiteral("0.0.0.0:8080"));
        QVERIFY(!box->save());
        QVERIFY2(box->feedbackText().contains(QStringLiteral("TLS")), qPrintable(box->feedbackText()));
        QVERIFY(!runner.running());

        const quint16 port = freePort();
        box->listenField()->setText(QStringLiteral("127.0.0.1:%1").arg(port));
        QVERIFY2(box->save(), qPrintable(box->feedbackText()));
        QVERIFY(runner.running());
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QCOMPARE(window.apiState(), QStringLiteral("Billing API: %1").arg(url));
        bursar::test::screenshot(&window, QStringLiteral("billing-api-settings"));

        const auto [status, body] = get(url + QStringLiteral("/v1/customers"), *key);
        QCOMPARE(status, 200);
        const QJsonArray items = QJsonDocument::fromJson(body).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toInteger(), customer);

        // Revoked in the window: the next request is refused.
        QVERIFY(box->revokeKey(QStringLiteral("accountant")));
        QCOMPARE(get(url + QStringLiteral("/v1/customers"), *key).first, 401);
        QVERIFY(!box->keys()->item(0, 6)->text().isEmpty());

        // Off: the server stops and the status bar no longer shows it.
        box->enabledBox()->setChecked(false);
        QVERIFY(box->save());
        QVERIFY(!runner.running());
        QVERIFY(window.apiState().isEmpty());
        QCOMPARE(get(url + QStringLiteral("/v1/customers"), *key).first, 0); // connection refused
        auto stored = ApiServerSettingsService(window.database()).load();
        QVERIFY(stored.ok() && !stored->enabled && stored->listen.endsWith(QString::number(port)));
    }

    void settings_refuseWhatCannotRun_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("rate");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::newRow("loopback") << "127.0.0.1:8080"
                                  << ""
                                  << "" << 100 << "";
        QTest::newRow("loopback, own budget") << "127.0.0.2:9000"
                                              << ""
                                              << "" << 5 << "";
        QTest::newRow("any address, no TLS") << "0.0.0.0:8443"
                                             << ""
                                             << "" << 100 << "certificate";
        QTest::newRow("any address, TLS") << "0.0.0.0:8443"
                                          << "/etc/bursar/cert.pem"
                                          << "/etc/bursar/key.pem" << 100 << "";
        QTest::newRow("certificate without key") << "127.0.0.1:8080"
                                                 << "/etc/bursar/cert.pem"
                                                 << "" << 100 << "certificate";
        QTest::newRow("no port") << "127.0.0.1"
                                 << ""
                                 << "" << 100 << "listen";
        QTest::newRow("port 0") << "127.0.0.1:0"
                                << ""
                                << "" << 100 << "listen";
        QTest::newRow("port too big") << "127.0.0.1:70000"
                                      << ""
                                      << "" << 100 << "listen";
        QTest::newRow("rate 0") << "127.0.0.1:8080"
                                << ""
                                << "" << 0 << "rate";
    }
    void settings_refuseWhatCannotRun()
    {
        QFETCH(QString, listen);
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(int, rate);
        QFETCH(QString, field);
        ApiServerSettings s;
        s.enabled = true;
        s.listen = listen;
        s.certificateFile = certificate;
        s.keyFile = key;
        s.ratePerSecond = rate;
        const Status saved = ApiServerSettingsService(m_t->db()).save(s);
        QCOMPARE(saved.ok() ? QString() : saved.error().field, field);
        if (saved.ok()) {
            auto back = ApiServerSettingsService(m_t->db()).load();
            QCOMPARE(back->listen, listen);
            QCOMPARE(back->ratePerSecond, rate);
        }
    }
};

QTEST_MAIN(TestApiWindow)
#include "tst_api_window.moc"
