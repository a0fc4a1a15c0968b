// Mixed use, bounded: the window's services in one process (import and billing run on
// worker connections, approvals, credits and customer edits on the window's own) while a
// stream of CLI commands — reads and writes — runs in other processes at the same time.
// At the end, every write that reported success is in the database and in the audit log,
// exactly once, and nothing else is: no lost commit, no duplicate, no unaudited change.
// SQLite and PostgreSQL.
#include "core/customers/customer_service.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/audit_chain.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "safety_support.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTest>

using namespace bursar::core;
using namespace bursar::test;

namespace {

constexpr int Rounds = 10;
constexpr int Customers = 6;

QString account(int i)
{
    return QStringLiteral("2000%1").arg(i, 8, 10, QLatin1Char('0'));
}

/// One FOCUS file for `period` with a line for every customer's account.
QByteArray usageFile(const QString &period, int round)
{
    QByteArray bytes = "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,ProviderName,"
                       "PublisherName,SubAccountId,ServiceName,ServiceCategory\n";
    for (int i = 0; i < Customers; ++i)
        bytes += QByteArray::number(100 + 17 * i + round) + ".0625,USD," + period.toUtf8() + "-01T00:00:00Z," +
                 period.toUtf8() + "-05 00:00:00,Usage,AWS,\"Amazon Web Services, Inc.\"," + account(i).toUtf8() +
                 ",\"Amazon Simple Storage Service\",Storage\n";
    return bytes;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowAndCli_everyReportedWriteIsThereExactlyOnce()
    {
        TestDatabase t;
        const QString db = t.path();
        const QString data = t.dir() + QStringLiteral("/xdg");
        QList<qint64> customers;
        {
            auto pricebook = PricingService(t.db()).addPricebook(Vendor::Aws, QStringLiteral("Std"), dec("10"));
            QVERIFY2(pricebook.ok(), qPrintable(pricebook.message()));
            for (int i = 0; i < Customers; ++i)
                customers << customerWith(t, QStringLiteral("Soak %1").arg(i), Vendor::Aws, account(i),
                                          pricebook->first);
        }
        QStringList files;
        for (int r = 0; r < Rounds; ++r) {
            const QString period = QStringLiteral("2026-%1").arg(r + 1, 2, 10, QLatin1Char('0'));
            files << t.dir() + QStringLiteral("/aws-%1.csv").arg(period);
            QFile f(files.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(usageFile(period, r));
        }
        t.close(); // during the soak only the window and the CLI use the database

        // What each side reported as done.
        QMap<QString, QString> customersAdded; // id -> name
        QMap<qint64, QString> lastRename;      // customer -> last name the window saved
        QMap<qint64, int> renames;             // customer -> saves reported
        QMap<QString, QString> creditsAdded;   // id -> comment
        QStringList imports, statements;
        QMap<QString, QString> numbers; // statement -> number
        QStringList problems;

        WindowProcess window(db, data);
        QVERIFY2(window.ready(), qPrintable(window.lastError()));
        auto windowDoes = [&](const QString &command) {
            const QString answer = window.send(command);
            if (answer.isNull())
                problems << QStringLiteral("window: %1: %2").arg(command, window.lastError());
            return answer;
        };
        auto cliAdd = [&](QProcess *p, const QString &what, const std::function<void(const QJsonDocument &)> &record) {
            const CliRun r = finish(p);
            if (r.code != 0)
                problems << QStringLiteral("cli %1: exit %2: %3").arg(what).arg(r.code).arg(QString::fromUtf8(r.err));
            else
                record(r.json());
        };
        auto cliRead = [&](QProcess *p, const QString &what) {
            const CliRun r = finish(p);
            if (r.code != 0 || !r.json().isArray())
                problems << QStringLiteral("cli %1: exit %2: %3").arg(what).arg(r.code).arg(QString::fromUtf8(r.err));
        };

        for (int r = 0; r < Rounds; ++r) {
            const QString period = QStringLiteral("2026-%1").arg(r + 1, 2, 10, QLatin1Char('0'));
            const qint64 credited = customers.at(r % Customers);
            // The CLI stream starts, and runs while the window works.
            const QString cliCustomer = QStringLiteral("Cli customer %1").arg(r);
            const QString cliComment = QStringLiteral("cli-credit-%1").arg(r);
            QProcess *addCustomer =
                startBursar(db,
                            {QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), cliCustomer,
                             QStringLiteral("--format"), QStringLiteral("json")},
                            data);
            QProcess *addCredit =
                startBursar(db,
                            {QStringLiteral("credits"), QStringLiteral("add"), QStringLiteral("--customer"),
                             QString::number(credited), QStringLiteral("--vendor"), QStringLiteral("aws"),
                             QStringLiteral("--currency"), QStringLiteral("USD"), QStringLiteral("--amount"),
                             QStringLiteral("%1.25").arg(r + 3), QStringLiteral("--comment"), cliComment,
                             QStringLiteral("--format"), QStringLiteral("json")},
                            data);
            QProcess *listCustomers = startBursar(db,
                                                  {QStringLiteral("customers"), QStringLiteral("list"),
                                                   QStringLiteral("--format"), QStringLiteral("json")},
                                                  data);
            QProcess *listInvoices = startBursar(db,
                                                 {QStringLiteral("invoices"), QStringLiteral("list"),
                                                  QStringLiteral("--format"), QStringLiteral("json")},
                                                 data);

            // The window's month-end: import, generate, edit, credit, a new customer.
            const QString imported = windowDoes(QStringLiteral("import ") + files.at(r));
            if (!imported.isNull())
                imports << imported;
            const QString generated = windowDoes(QStringLiteral("generate ") + period);
            const QStringList made = generated.isNull() ? QStringList() : generated.split(u' ', Qt::SkipEmptyParts);
            statements << made;
            const qint64 renamed = customers.at((r + 1) % Customers);
            const QString newName = QStringLiteral("Soak %1 renamed in round %2").arg((r + 1) % Customers).arg(r);
            if (!windowDoes(QStringLiteral("rename %1 %2").arg(renamed).arg(newName)).isNull()) {
                lastRename[renamed] = newName;
                ++renames[renamed];
            }
            const QString windowComment = QStringLiteral("window-credit-%1").arg(r);
            const QString credit =
                windowDoes(QStringLiteral("credit %1 %2.50 %3").arg(credited).arg(r + 1).arg(windowComment));
            if (!credit.isNull())
                creditsAdded.insert(credit, windowComment);
            const QString windowCustomer = QStringLiteral("Window customer %1").arg(r);
            const QString added = windowDoes(QStringLiteral("customer ") + windowCustomer);
            if (!added.isNull())
                customersAdded.insert(added, windowCustomer);

            cliAdd(addCustomer, QStringLiteral("customers add"), [&](const QJsonDocument &j) {
                customersAdded.insert(QString::number(j.object().value(QStringLiteral("id")).toInteger()), cliCustomer);
            });
            cliAdd(addCredit, QStringLiteral("credits add"), [&](const QJsonDocument &j) {
                creditsAdded.insert(QString::number(j.object().value(QStringLiteral("id")).toInteger()), cliComment);
            });
            cliRead(listCustomers, QStringLiteral("customers list"));
            cliRead(listInvoices, QStringLiteral("invoices list"));

            // Approvals from both sides at once: the CLI approves the first half of the
            // round's statements while the window approves the rest.
            const QStringList byCli = made.mid(0, made.size() / 2);
            const QStringList byWindow = made.mid(made.size() / 2);
            QProcess *approve =
                byCli.isEmpty()
                    ? nullptr
                    : startBursar(db,
                                  QStringList{QStringLiteral("invoices"), QStringLiteral("approve")} + byCli +
                                      QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                                  data);
            QProcess *listCredits = startBursar(
                db,
                {QStringLiteral("credits"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
                data);
            if (!byWindow.isEmpty()) {
                const QString approved = windowDoes(QStringLiteral("approve ") + byWindow.join(u' '));
                for (const QString &pair : approved.split(u' ', Qt::SkipEmptyParts))
                    numbers.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
            }
            if (approve)
                cliAdd(approve, QStringLiteral("invoices approve"), [&](const QJsonDocument &j) {
                    for (const QJsonValue &v : j.object().value(QStringLiteral("approved")).toArray())
                        numbers.insert(QString::number(v.toObject().value(QStringLiteral("statement_id")).toInteger()),
                                       v.toObject().value(QStringLiteral("number")).toString());
                    if (!j.object().value(QStringLiteral("refused")).toArray().isEmpty())
                        problems << QStringLiteral("cli approve refused: ") +
                                        QString::fromUtf8(QJsonDocument(j).toJson());
                });
            cliRead(listCredits, QStringLiteral("credits list"));
        }
        QVERIFY(window.quit());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(imports.size(), Rounds);
        QCOMPARE(statements.size(), Rounds * Customers);
        QCOMPARE(numbers.size(), statements.size());

        t.reopen();
        Status integrity = t->checkIntegrity();
        QVERIFY2(integrity.ok(), qPrintable(integrity.message()));
        auto count = [&](const QString &sql, const QVariantList &binds = {}) {
            QSqlQuery q(t->connection().db);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (!q.exec() || !q.next())
                qFatal("%s failed", qPrintable(sql));
            return q.value(0).toInt();
        };
        auto audited = [&](const QString &action, const QString &entity, const QString &id) {
            return count(
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity = ? AND entity_id = ?"),
                {action, entity, id});
        };

        for (auto it = customersAdded.cbegin(); it != customersAdded.cend(); ++it) {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = ?"), {it.value()}), 1);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ? AND name = ?"),
                           {it.key(), it.value()}),
                     1);
            QCOMPARE(audited(QStringLiteral("create"), QStringLiteral("customer"), it.key()), 1);
        }
        // Nothing was created that nobody reported.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")), Customers + int(customersAdded.size()));
        for (auto it = lastRename.cbegin(); it != lastRename.cend(); ++it) {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ? AND name = ?"),
                           {it.key(), it.value()}),
                     1);
            QCOMPARE(audited(QStringLiteral("update"), QStringLiteral("customer"), QString::number(it.key())),
                     renames.value(it.key()));
        }
        for (auto it = creditsAdded.cbegin(); it != creditsAdded.cend(); ++it) {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM credits WHERE comment = ?"), {it.value()}), 1);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM credits WHERE id = ? AND comment = ?"),
                           {it.key(), it.value()}),
                     1);
            QCOMPARE(audited(QStringLiteral("add"), QStringLiteral("credit"), it.key()), 1);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM credits")), int(creditsAdded.size()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'add' AND entity = 'credit'")),
                 int(creditsAdded.size()));
        for (const QString &id : std::as_const(imports)) {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM usage_imports WHERE id = ?"), {id}), 1);
            QCOMPARE(audited(QStringLiteral("import"), QStringLiteral("usage_import"), id), 1);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM usage_imports")), int(imports.size()));
        for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
            QCOMPARE(count(QStringLiteral(
                               "SELECT COUNT(*) FROM statements WHERE id = ? AND number = ? AND status <> 'draft'"),
                           {it.key(), it.value()}),
                     1);
            QCOMPARE(audited(QStringLiteral("approve"), QStringLiteral("statement"), it.key()), 1);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM statements")), int(statements.size()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT number) FROM statements")), int(numbers.size()));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'approve' AND entity = 'statement'")),
            int(numbers.size()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM billing_runs")), Rounds);
        // The window and the command line wrote the audit log at once: one unbroken chain,
        // holding every row.
        auto chain = AuditChain(t.db()).verify();
        QVERIFY2(chain.ok(), qPrintable(chain.message()));
        QVERIFY2(!chain->broken, qPrintable(chain->broken ? chain->broken->reason : QString()));
        QCOMPARE(chain->rows, count(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
