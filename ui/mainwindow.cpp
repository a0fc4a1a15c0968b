#include "ui/mainwindow.h"

#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "core/storage/window_lock.h"
#include "notify/notify_runner.h"
#include "render/formats.h"
#include "ui/customers/customers_page.h"
#include "ui/navigation.h"
#include "ui/settings/account_info_page.h"
#include "ui/settings/notifications_page.h"
#include "ui/usage/usage_pages.h"
#include "ui/widgets/open_database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace bursar::ui {

MainWindow::MainWindow(std::unique_ptr<core::Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_nav(new QTreeWidget(this)), m_stack(new QStackedWidget(this)),
      m_dbLabel(new QLabel(this)), m_mailLabel(new QLabel(this)), m_mail(std::make_unique<notify::NotifyRunner>()),
      m_apiLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Bursar"));
    resize(1280, 800);

    auto *splitter = new QSplitter(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(true);
    m_nav->setMinimumWidth(240);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1030});
    setCentralWidget(splitter);
    m_apiLabel->setObjectName(QStringLiteral("apiState"));
    m_apiLabel->hide();
    statusBar()->addPermanentWidget(m_apiLabel);
    m_mailLabel->setObjectName(QStringLiteral("mailState"));
    m_mailLabel->hide();
    statusBar()->addPermanentWidget(m_mailLabel);
    connect(m_mail.get(), &notify::NotifyRunner::stateChanged, this, [this](const QString &text) {
        m_mailLabel->setText(text);
        m_mailLabel->setVisible(!text.isEmpty());
    });
    statusBar()->addPermanentWidget(m_dbLabel);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                          tr("Bursar databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!openDatabase(path, &error))
            QMessageBox::warning(this, tr("Open Database"), error);
    });
    file->addAction(tr("Open &Shared Database…"), this, [this] {
        bool ok = false;
        const QString url =
            QInputDialog::getText(this, tr("Open Shared Database"),
                                  tr("PostgreSQL URL, for example postgresql://clerk@dbserver/bursar\n"
                                     "(the password comes from ~/.pgpass or PGPASSWORD, or Bursar asks for it):"),
                                  QLineEdit::Normal, QStringLiteral("postgresql://"), &ok);
        if (!ok || url.trimmed().isEmpty())
            return;
        QString error;
        if (!openDatabase(url.trimmed(), &error))
            QMessageBox::warning(this, tr("Open Shared Database"), error);
    });
    file->addSeparator();
    file->addSeparator();
    file->addAction(tr("&Import Usage File…"), QKeySequence(tr("Ctrl+I")), this, [this] {
        navigateTo(tr("Usage") + QStringLiteral(" > ") + tr("Imports"));
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Usage File"), QString(),
                                                          tr("Usage exports (*.csv);;All files (*)"));
        if (!path.isEmpty())
            page<UsageImportsPage>()->importFile(path);
    });
    file->addSeparator();
    file->addAction(tr("Run Services Credits &Expiry"), this, [this] {
        auto r = core::MilestoneService(*m_db).expire(QDate::currentDate());
        if (!r) {
            QMessageBox::warning(this, tr("Services Credits Expiry"), r.error().message);
            return;
        }
        statusBar()->showMessage(tr("Services credits expiry: %1 credits of %2 purchase(s) expired.")
                                     .arg(r->expired.toString())
                                     .arg(r->purchases),
                                 10000);
        if (m_events)
            Q_EMIT m_events->servicesCreditsChanged();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Bursar"), this, [this] {
        QMessageBox::about(this, tr("About Bursar"),
                           tr("<b>Bursar %1</b><p>Billing back office for cloud distributors and resellers.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (const QVariant screen = item->data(0, Qt::UserRole); screen.isValid())
            m_stack->setCurrentWidget(ensurePage(screen.toInt()));
        else if (item->childCount() > 0)
            m_nav->setCurrentItem(item->child(0));
    });
    buildPages();
}

MainWindow::~MainWindow()
{
    // Pages hold references to the database: they go first.
    delete m_stack;
    m_stack = nullptr;
}

void MainWindow::buildPages()
{
    m_nav->clear();
    while (m_stack->count() > 0) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        delete w;
    }
    delete m_events;
    m_events = new Events(this);
    // Services credits past their expiry expire as the database opens (when this user may run it).
    if (auto expired = core::expireOnOpen(*m_db); !expired)
        statusBar()->showMessage(expired.error().message, 15000);
    else if (expired->purchases > 0)
        statusBar()->showMessage(tr("Services credits expiry: %1 credits of %2 purchase(s) expired.")
                                     .arg(expired->expired.toString())
                                     .arg(expired->purchases),
                                 15000);
    m_built = QList<QWidget *>(ui::screens().size(), nullptr);
    QHash<QString, QTreeWidgetItem *> areas;
    for (qsizetype i = 0; i < ui::screens().size(); ++i) {
        const Screen &screen = ui::screens().at(i);
        QTreeWidgetItem *item = nullptr;
        if (!*screen.title) {
            item = new QTreeWidgetItem(m_nav, {screen.areaText()});
        } else {
            QTreeWidgetItem *&area = areas[screen.areaText()];
            if (!area)
                area = new QTreeWidgetItem(m_nav, {screen.areaText()});
            item = new QTreeWidgetItem(area, {screen.titleText()});
        }
        item->setData(0, Qt::UserRole, static_cast<int>(i));
    }
    m_nav->expandAll();
    m_nav->setCurrentItem(m_nav->topLevelItem(0));

    const core::Scope scope = m_db->acting().scope;
    const QString sees = scope.kind == core::Scope::Kind::Tenant     ? tr(" (tenant %1, reads only)").arg(scope.id)
                         : scope.kind == core::Scope::Kind::Customer ? tr(" (customer %1, reads only)").arg(scope.id)
                                                                     : QString();
    m_dbLabel->setText(tr("%1%2 — database: %3 (schema %4)")
                           .arg(m_db->actor(), sees, QDir::toNativeSeparators(m_db->location()))
                           .arg(m_db->schemaVersion()));
    setWindowFilePath(m_db->location());
    // Statement emails: sent in the background after each approval (and every minute, for
    // retries), as Settings > Notifications of this database says.
    connect(m_events, &Events::statementsChanged, m_mail.get(), &notify::NotifyRunner::sendNow);
    render::registerFormats(); // each email carries its statement's PDF
    m_mail->apply(*m_db);
    // Another database may have other Billing API settings.
    Q_EMIT apiSettingsChanged();
}

QWidget *MainWindow::ensurePage(int screen)
{
    if (QWidget *built = m_built.value(screen))
        return built;
    PageContext context{*m_db, *m_events, [this](const QString &path) { return navigateTo(path); }, m_stack};
    QWidget *widget = ui::screens().at(screen).make(context);
    m_built[screen] = widget;
    m_stack->addWidget(widget);
    // The pages whose settings the window itself acts on.
    if (auto *account = qobject_cast<AccountInfoPage *>(widget))
        connect(account, &AccountInfoPage::apiSettingsChanged, this, &MainWindow::apiSettingsChanged);
    if (auto *notifications = qobject_cast<NotificationsPage *>(widget)) {
        connect(notifications, &NotificationsPage::settingsSaved, this, [this] { m_mail->apply(*m_db); });
        connect(notifications, &NotificationsPage::passwordGiven, m_mail.get(), &notify::NotifyRunner::setPassword);
    }
    return widget;
}

QWidget *MainWindow::pageOfType(const QMetaObject *type)
{
    for (qsizetype i = 0; i < ui::screens().size(); ++i)
        if (ui::screens().at(i).type == type)
            return ensurePage(static_cast<int>(i));
    return nullptr;
}

void MainWindow::showApiState(const QString &text)
{
    m_apiLabel->setText(text);
    m_apiLabel->setVisible(!text.isEmpty());
}

QString MainWindow::apiState() const
{
    return m_apiLabel->text();
}

QString MainWindow::mailState() const
{
    return m_mailLabel->text();
}

QStringList MainWindow::screens() const
{
    QStringList out;
    for (QTreeWidgetItemIterator it(m_nav); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).isValid())
            out << ((*it)->parent() ? (*it)->parent()->text(0) + QStringLiteral(" > ") : QString()) + (*it)->text(0);
    return out;
}

bool MainWindow::navigateTo(const QString &path)
{
    for (QTreeWidgetItemIterator it(m_nav); *it; ++it) {
        const QString p =
            ((*it)->parent() ? (*it)->parent()->text(0) + QStringLiteral(" > ") : QString()) + (*it)->text(0);
        if (p == path) {
            m_nav->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QList<QWidget *> MainWindow::pages() const
{
    QList<QWidget *> out;
    if (m_stack)
        for (QWidget *w : m_built)
            if (w)
                out << w;
    return out;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    auto *customers = builtPage<CustomersPage>();
    if (customers && !customers->closeProfiles()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::holdWindowLock(std::unique_ptr<core::WindowLock> lock)
{
    m_lock = std::move(lock);
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    if (!core::Database::isPostgresUrl(path) && m_db->dialect() == core::Dialect::SQLite &&
        QFileInfo(path).absoluteFilePath() == m_db->location()) {
        *error =
            tr("“%1” is the database this window has open already.").arg(QDir::toNativeSeparators(m_db->location()));
        return false;
    }
    auto opened = openDatabaseForWindow(this, path);
    if (!opened) {
        *error = opened.error().message;
        return false;
    }
    // Pages refer to the old database: replace them before it closes; its lock goes after it.
    std::unique_ptr<core::Database> old = std::move(m_db);
    std::unique_ptr<core::WindowLock> oldLock = std::move(m_lock);
    m_db = std::move(opened.value().db);
    m_lock = std::move(opened.value().lock);
    buildPages();
    old.reset();
    return true;
}

} // namespace bursar::ui
