// The window asks for a PostgreSQL password that ~/.pgpass and PGPASSWORD did not give,
// and uses it for that connection only. Needs the PostgreSQL test server.
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/users/user_service.h"
#include "tests/support/test_database.h"
#include "ui/widgets/open_database.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace bursar::core;
using bursar::test::TestDatabase;

class TestPasswordPrompt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void promptsUntilTheRightPassword()
    {
        const QString admin = TestDatabase::createPostgresDatabase();
        {
            auto db = Database::open(admin);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection().db);
            q.exec(QStringLiteral("DROP ROLE IF EXISTS bursar_pw_ui"));
            QVERIFY(q.exec(QStringLiteral("CREATE ROLE bursar_pw_ui LOGIN SUPERUSER PASSWORD 's3cret'")));
            // The login must also be a Bursar user; the first login (postgres) is the administrator.
            QVERIFY(bursar::core::UserService(**db)
                        .add(QStringLiteral("bursar_pw_ui"), QStringLiteral("bursar_pw_ui"),
                             {bursar::core::Privilege::ManageCustomers})
                        .ok());
        }
        QUrl url(admin);
        url.setUserName(QStringLiteral("bursar_pw_ui"));
        qunsetenv("PGPASSWORD");

        // The clerk first mistypes, then types the right password.
        QStringList typed{QStringLiteral("wrong"), QStringLiteral("s3cret")};
        int prompts = 0;
        std::function<void()> answer = [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QInputDialog *>(w); dialog && dialog->isVisible()) {
                    ++prompts;
                    QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
                    dialog->setTextValue(typed.takeFirst());
                    dialog->accept();
                    break;
                }
            if (!typed.isEmpty())
                QTimer::singleShot(50, answer);
        };
        QTimer::singleShot(50, answer);
        auto opened = bursar::ui::openDatabaseInteractively(nullptr, url.toString());
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(prompts, 2);
        QCOMPARE((*opened)->actor(), QStringLiteral("bursar_pw_ui"));
        opened = Result<std::unique_ptr<Database>>(Error{});
        QVERIFY(bursar::ui::needsPassword(QStringLiteral("FATAL:  password authentication failed for user \"x\"")));
        QVERIFY(!bursar::ui::needsPassword(QStringLiteral("database \"x\" does not exist")));
        TestDatabase::dropPostgresDatabase(admin);
    }
};

QTEST_MAIN(TestPasswordPrompt)
#include "tst_password_prompt.moc"
