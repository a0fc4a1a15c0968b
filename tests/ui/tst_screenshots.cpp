// Every page of the window at 1024×700 and 1600×1000, in English and German, on demo data
// with a month of usage and a billing run: the window keeps the size asked for (nothing
// forces it wider or taller), every page shows its heading, and each is saved as a PNG for a
// person to look at (build/<preset>/screenshots/pages/<language>-<size>/, with a contact
// sheet per set). docs/screenshots/ holds the copies committed from this test; run
// docs/screenshots/update.sh to take them again.
#include "core/billing/billing_run.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "tests/support/test_database.h"
#include "ui/mainwindow.h"
#include "ui/widgets/translations.h"
#include "window_fixture.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStackedWidget>
#include <QTest>

using namespace bursar::core;
using namespace bursar::ui;

namespace {

const QDate Today(2026, 12, 4);

/// A screenshot as it is committed under docs/: 256 colours (a third of the bytes of a
/// full-colour PNG of the same window; text keeps its edges).
QImage paletted(const QImage &shot)
{
    return shot.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
}

QString slug(QString screen)
{
    return screen.replace(QStringLiteral(" > "), QStringLiteral("-"))
        .replace(QStringLiteral(", "), QStringLiteral("-"))
        .replace(QStringLiteral(" & "), QStringLiteral("-"))
        .replace(u' ', u'-')
        .toLower();
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<bursar::test::TestDatabase> m_t;

    /// Every page at each size, saved under `language`; the English names of the pages
    /// (`englishScreens`) name the files, so both languages' files pair up.
    void takeAll(const QString &language, const QStringList &englishScreens)
    {
        auto window = bursar::test::openWindow(m_t->path());
        QVERIFY(window);
        // The status bar names the database: a fixed name, so a retake differs only where the
        // window does.
        auto *state = window->findChild<QLabel *>(QStringLiteral("databaseState"));
        QVERIFY(state && state->text().contains(m_t->path()));
        state->setText(state->text().replace(m_t->path(), QStringLiteral("demo.sqlite")));
        const QStringList screens = window->screens();
        QCOMPARE(screens.size(), englishScreens.size());
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            window->resize(size);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
            // Nothing may hold the window larger than the screen it is meant for.
            QCOMPARE(window->size(), size);
            const QString set = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
            const QString dir = QStringLiteral(BURSAR_SCREENSHOT_DIR "/pages/") + set;
            QDir().mkpath(dir);
            QList<QImage> shots;
            for (qsizetype i = 0; i < screens.size(); ++i) {
                QVERIFY2(window->navigateTo(screens[i]), qPrintable(screens[i]));
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                QApplication::processEvents();
                if (window->size() != size)
                    for (QWidget *w : window->findChild<QStackedWidget *>()->currentWidget()->findChildren<QWidget *>())
                        if (w->minimumSizeHint().width() > 300 || w->minimumWidth() > 300)
                            qWarning() << w->metaObject()->className() << w->objectName() << w->minimumSizeHint()
                                       << w->minimumWidth() << w->parentWidget()->metaObject()->className();
                QVERIFY2(window->size() == size, qPrintable(QStringLiteral("%1 makes the window %2×%3")
                                                                .arg(screens[i])
                                                                .arg(window->width())
                                                                .arg(window->height())));
                auto *stack = window->findChild<QStackedWidget *>();
                const auto headings = stack->currentWidget()->findChildren<QLabel *>(QStringLiteral("pageTitle"));
                QVERIFY2(headings.size() == 1 && headings.first()->isVisible(), qPrintable(screens[i]));
                if (englishScreens[i] == QLatin1String("Settings > Pricebooks")) {
                    // The pricebook fields show their whole placeholder (the new pricebook's were
                    // ~125 px in German at 1024 px, cutting their own hints).
                    for (QLineEdit *field : stack->currentWidget()->findChildren<QLineEdit *>())
                        QVERIFY2(field->width() >= field->fontMetrics().horizontalAdvance(field->placeholderText()),
                                 qPrintable(QStringLiteral("%1 at %2: %3 px")
                                                .arg(field->placeholderText(), set)
                                                .arg(field->width())));
                }
                const QImage shot = window->grab().toImage();
                QCOMPARE(shot.size(), size);
                QVERIFY(paletted(shot).save(QStringLiteral("%1/%2-%3.png")
                                                .arg(dir)
                                                .arg(i + 1, 2, 10, QLatin1Char('0'))
                                                .arg(slug(englishScreens[i]))));
                shots << shot;
            }
            // A contact sheet: every page of the set, small, to look at them side by side.
            const int columns = 5, width = 400, height = width * size.height() / size.width();
            QImage sheet(columns * width, int((shots.size() + columns - 1) / columns) * height, QImage::Format_RGB32);
            sheet.fill(Qt::white);
            QPainter p(&sheet);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            for (qsizetype i = 0; i < shots.size(); ++i)
                p.drawImage(QRect(int(i % columns) * width, int(i / columns) * height, width, height), shots[i]);
            p.end();
            QVERIFY(paletted(sheet).save(QStringLiteral(BURSAR_SCREENSHOT_DIR "/pages/") + set +
                                         QStringLiteral("-sheet.png")));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<bursar::test::TestDatabase>();
        QVERIFY(generateDemoData(m_t->db(), 120, 1).ok());
        QVERIFY(generateDemoUsage(m_t->db(), Today, 1).ok());
        GenerateRequest run;
        run.period = QStringLiteral("2026-11");
        auto made = BillingRun(m_t->db()).generate(run);
        QVERIFY2(made.ok(), qPrintable(made.message()));
        QVERIFY(!made->generated.isEmpty());
    }

    void everyPage_englishThenGerman()
    {
        QStringList english;
        {
            auto window = bursar::test::openWindow(m_t->path());
            QVERIFY(window);
            english = window->screens();
        }
        takeAll(QStringLiteral("en"), english);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)) >= 1);
        takeAll(QStringLiteral("de"), english);
    }

    void cleanupTestCase() { m_t.reset(); }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
