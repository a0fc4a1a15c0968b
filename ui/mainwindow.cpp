#include "ui/mainwindow.h"

#include "core/servicescredits/services_credit_service.h"
#include "core/storage/audit_chain.h"
#include "core/storage/database.h"
#include "core/storage/window_lock.h"
#include "notify/notify_runner.h"
#include "render/formats.h"
#include "ui/customers/customers_page.h"
#include "ui/file/backup_dialogs.h"
#include "ui/help/help_window.h"
#include "ui/navigation.h"
#include "ui/preferences/preferences_dialog.h"
#include "ui/settings/account_info_page.h"
#include "ui/settings/notifications_page.h"
#include "ui/usage/usage_pages.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/find_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/keyboard.h"
#include "ui/widgets/open_database.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/view_state.h"
#include "ui/widgets/window_size.h"
#include "ui/widgets/worker.h"

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
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bursar::ui {

MainWindow::MainWindow(std::unique_ptr<core::Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_nav(new QTreeWidget(this)), m_stack(new QStackedWidget(this)),
      m_dbLabel(new QLabel(this)), m_mailLabel(new QLabel(this)), m_mail(std::make_unique<notify::NotifyRunner>()),
      m_apiLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Bursar"));
    setWindowIcon(QIcon(QStringLiteral(":/bursar/icons/bursar.svg")));
    resizeWithinScreen(this, QSize(1280, 800));
    prepareDialogsForKeyboard(this);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(true);
    // Thirty digits wide in its font: the areas and most page names whole (the longest elide).
    m_nav->setMinimumWidth(m_nav->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 30);
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
    m_dbLabel->setObjectName(QStringLiteral("databaseState"));
    m_dbLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_dbLabel->setMinimumWidth(0);
    statusBar()->addPermanentWidget(m_dbLabel, 1);

    buildFileMenu();

    buildMenus();
    // The window's minimum size is the shown page's, not the widest page opened so far.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_stack->count(); ++i) {
            const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_stack->widget(i)->setSizePolicy(policy, policy);
        }
    });
    // A click on an entry goes to the page, ready to type; arrow keys in the tree stay there.
    connect(m_nav, &QTreeWidget::itemClicked, this, [this] { focusFirstField(m_stack->currentWidget()); });
    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (const QVariant screen = item->data(0, Qt::UserRole); screen.isValid())
            m_stack->setCurrentWidget(frameOf(ensurePage(screen.toInt())));
        else if (item->childCount() > 0)
            m_nav->setCurrentItem(item->child(0));
    });
    buildPages();
    restoreArrangement();
}

void MainWindow::saveArrangement()
{
    auto settings = windowSettings();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings->setValue(QStringLiteral("window/navigation"), splitter->saveState());
    settings->sync();
    for (qsizetype i = 0; i < m_built.size(); ++i)
        if (QWidget *page = m_built.at(i))
            saveViewState(page, QStringLiteral("pages/") + ui::screens().at(i).path());
}

void MainWindow::restoreArrangement()
{
    auto settings = windowSettings();
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings->value(QStringLiteral("window/navigation")).toByteArray());
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
    focusFirstField(m_stack->currentWidget());

    const core::Scope scope = m_db->acting().scope;
    const QString sees = scope.kind == core::Scope::Kind::Tenant     ? tr(" (tenant %1, reads only)").arg(scope.id)
                         : scope.kind == core::Scope::Kind::Customer ? tr(" (customer %1, reads only)").arg(scope.id)
                                                                     : QString();
    // The label never sets the window's width: a long path is clipped, and whole in the tooltip.
    m_dbLabel->setText(tr("%1%2 — database: %3 (schema %4)")
                           .arg(m_db->actor(), sees, QDir::toNativeSeparators(m_db->location()))
                           .arg(m_db->schemaVersion()));
    m_dbLabel->setToolTip(m_dbLabel->text());
    setWindowFilePath(m_db->location());
    // Statement emails: sent in the background after each approval (and every minute, for
    // retries), as Settings > Notifications of this database says.
    connect(m_events, &Events::statementsChanged, m_mail.get(), &notify::NotifyRunner::sendNow);
    render::registerFormats(); // each email carries its statement's PDF
    m_mail->apply(*m_db);
    // Another database may have other Billing API settings.
    Q_EMIT apiSettingsChanged();
}

namespace {

/// The menu of each navigation area, with its mnemonic, in the order of the menu bar.
struct AreaMenu
{
    const char *area;
    const char *title;
};
constexpr AreaMenu AreaMenus[] = {
    {"Customers", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "&Customers")},
    {"Usage", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "&Usage")},
    {"Billing", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "&Billing")},
    {"Finance", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Fi&nance")},
    {"Services Credits", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "&Services Credits")},
    {"Reports", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "&Reports")},
    {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Se&ttings")},
};

/// The month-end pages, in the order of the month: their shortcuts and toolbar buttons.
struct MonthEndStep
{
    const char *area;
    const char *title;
    const char *label; ///< the toolbar's short name
    const char *shortcut;
    Icon icon;
};
constexpr MonthEndStep MonthEnd[] = {
    {"Customers", "", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Customers"), "Ctrl+1", Icon::Users},
    {"Usage", "Imports", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Imports"), "Ctrl+2", Icon::Import},
    {"Reports", "Billing", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Billing Report"), "Ctrl+3", Icon::Spreadsheet},
    {"Billing", "Preview Generated Billing Statements", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Preview"),
     "Ctrl+4", Icon::View},
    {"Billing", "Customer Invoices", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Invoices"), "Ctrl+5", Icon::Print},
    {"Finance", "Documents", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Payments && Memos"), "Ctrl+6", Icon::Folder},
    {"Reports", "Aging", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Aging"), "Ctrl+7", Icon::Clock},
};

} // namespace

void MainWindow::buildFileMenu()
{
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
    m_importAction = file->addAction(tr("&Import Usage File…"), QKeySequence(tr("Ctrl+I")), this, [this] {
        navigateTo(tr("Usage") + QStringLiteral(" > ") + tr("Imports"));
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Usage File"), QString(),
                                                          tr("Usage exports (*.csv);;All files (*)"));
        if (!path.isEmpty())
            page<UsageImportsPage>()->importFile(path);
    });
    file->addSeparator();
    file->addAction(icon(Icon::Save), tr("&Back Up Database…"), this, [this] {
        BackupDialog dialog(*m_db, this);
        dialog.exec();
    });
    file->addAction(icon(Icon::Revert), tr("&Restore Database…"), this, [this] {
        RestoreDialog dialog(*m_db, this);
        bool replaced = false;
        connect(&dialog, &RestoreDialog::restored, this, [&replaced] { replaced = true; });
        dialog.exec();
        QString error;
        if (replaced && !reloadDatabase(&error))
            QMessageBox::warning(this, tr("Restore Database"), error);
    });
    file->addAction(tr("&Verify Audit Log"), this, [this] {
        auto report = runWithProgress<core::AuditChainReport>(
            this, *m_db, tr("Verifying the audit log…"),
            [](core::Database &worker, WorkerProgress &) { return core::AuditChain(worker).verify(); });
        if (!report) {
            QMessageBox::warning(this, tr("Verify Audit Log"), report.message());
        } else if (report->broken) {
            QMessageBox::critical(this, tr("Verify Audit Log"),
                                  tr("The audit log does not fit its chain at row %1 (%2, %3 %4 %5): %6.")
                                      .arg(report->broken->id)
                                      .arg(report->broken->at, report->broken->action, report->broken->entity,
                                           report->broken->entityId, report->broken->reason));
        } else {
            QMessageBox::information(this, tr("Verify Audit Log"),
                                     tr("The audit log is intact: %n row(s), each chained to the one before it.\n\n"
                                        "The last is row %1, with the hash\n%2",
                                        nullptr, int(report->rows))
                                         .arg(report->lastId)
                                         .arg(report->headHash));
        }
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
}

void MainWindow::buildMenus()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(icon(Icon::Find), tr("&Find"));
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (QLineEdit *field = findFieldOf(m_stack->currentWidget())) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
        } else {
            statusBar()->showMessage(tr("This page has no filter."), 4000);
        }
    });
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("The language you chose applies from Bursar's next start."), 8000);
    });
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_monthEnd = new QToolBar(tr("Month-End"), this);
    m_monthEnd->setObjectName(QStringLiteral("monthEndToolBar"));
    m_monthEnd->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBar(Qt::TopToolBarArea, m_monthEnd);
    view->addAction(m_monthEnd->toggleViewAction());
    QAction *navigation = view->addAction(tr("&Navigation"));
    navigation->setCheckable(true);
    navigation->setChecked(true);
    connect(navigation, &QAction::toggled, m_nav, &QWidget::setVisible);

    // One menu per navigation area, an action per page; the month-end pages with shortcuts.
    QHash<QString, QAction *> byPath;
    for (const AreaMenu &area : AreaMenus) {
        QMenu *menu = menuBar()->addMenu(tr(area.title));
        for (const Screen &screen : ui::screens()) {
            if (qstrcmp(screen.area, area.area) != 0)
                continue;
            const QString path = screen.path();
            QAction *go = menu->addAction(*screen.title ? screen.titleText() : screen.areaText());
            connect(go, &QAction::triggered, this, [this, path] { navigateTo(path); });
            byPath.insert(path, go);
        }
    }
    for (const MonthEndStep &step : MonthEnd) {
        const Screen screen{step.area, step.title, {}, nullptr};
        QAction *go = byPath.value(screen.path());
        if (!go)
            continue;
        go->setShortcut(QKeySequence(QString::fromLatin1(step.shortcut)));
        go->setIconText(tr(step.label));
        go->setToolTip(QStringLiteral("%1 (%2)").arg(go->text(), go->shortcut().toString(QKeySequence::NativeText)));
        go->setIcon(icon(step.icon));
        m_monthEnd->addAction(go);
        addAction(go); // the shortcut works while the toolbar is hidden
    }
    m_importAction->setIcon(icon(Icon::Import));
    m_importAction->setIconText(tr("Import File…"));
    m_monthEnd->insertAction(m_monthEnd->actions().value(1), m_importAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("Bursar &Guide"), this, &MainWindow::openHelp);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Bursar"), this, [this] { QMessageBox::about(this, tr("About Bursar"), aboutText()); });
}

QWidget *MainWindow::ensurePage(int screen)
{
    if (QWidget *built = m_built.value(screen))
        return built;
    PageContext context{*m_db, *m_events, [this](const QString &path) { return navigateTo(path); }, m_stack};
    QWidget *widget = ui::screens().at(screen).make(context);
    m_built[screen] = widget;
    for (QDateEdit *date : widget->findChildren<QDateEdit *>())
        fitDateWidth(date);
    // Every page opens under its heading: pages that draw none get the navigation's title.
    if (!widget->findChild<QLabel *>(QStringLiteral("pageTitle"))) {
        auto *frame = new QWidget(m_stack);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(0, 0, 0, 0);
        const Screen &entry = ui::screens().at(screen);
        auto *heading = pageTitle(*entry.title ? entry.titleText() : entry.areaText(), frame);
        heading->setContentsMargins(9, 9, 9, 0);
        layout->addWidget(heading);
        layout->addWidget(widget, 1);
        m_stack->addWidget(frame);
    } else {
        m_stack->addWidget(widget);
    }
    const Screen &shown = ui::screens().at(screen);
    prepareForKeyboard(widget, *shown.title ? shown.titleText() : shown.areaText());
    restoreViewState(widget, QStringLiteral("pages/") + shown.path());
    // The pages whose settings the window itself acts on.
    if (auto *account = qobject_cast<AccountInfoPage *>(widget))
        connect(account, &AccountInfoPage::apiSettingsChanged, this, &MainWindow::apiSettingsChanged);
    if (auto *notifications = qobject_cast<NotificationsPage *>(widget)) {
        connect(notifications, &NotificationsPage::settingsSaved, this, [this] { m_mail->apply(*m_db); });
        connect(notifications, &NotificationsPage::passwordGiven, m_mail.get(), &notify::NotifyRunner::setPassword);
    }
    return widget;
}

QWidget *MainWindow::frameOf(QWidget *page) const
{
    return page->parentWidget() == m_stack ? page : page->parentWidget();
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
            focusFirstField(m_stack->currentWidget());
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
    saveArrangement();
    QMainWindow::closeEvent(event);
}

void MainWindow::holdWindowLock(std::unique_ptr<core::WindowLock> lock)
{
    m_lock = std::move(lock);
}

void MainWindow::openHelp()
{
    QString page = QStringLiteral("index.md");
    if (QTreeWidgetItem *item = m_nav->currentItem())
        if (const QVariant screen = item->data(0, Qt::UserRole); screen.isValid())
            page = HelpWindow::pageFor(ui::screens().at(screen.toInt()));
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->showPage(page);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

QString MainWindow::aboutText() const
{
    const bool shared = m_db->dialect() == core::Dialect::PostgreSQL;
    return tr("<b>Bursar %1</b><p>Billing back office for cloud distributors and resellers.</p>"
              "<p>Database: %2<br>%3, schema %4 (this Bursar knows up to %5)</p><p>Qt %6</p>")
        .arg(QApplication::applicationVersion().toHtmlEscaped(),
             QDir::toNativeSeparators(m_db->location()).toHtmlEscaped(),
             shared ? tr("a shared PostgreSQL database") : tr("a SQLite file"))
        .arg(m_db->schemaVersion())
        .arg(core::Database::latestSchemaVersion())
        .arg(QString::fromLatin1(qVersion()));
}

bool MainWindow::reloadDatabase(QString *error)
{
    auto reopened = core::Database::open(m_db->connectionInfo());
    if (!reopened) {
        *error = reopened.error().message;
        return false;
    }
    std::unique_ptr<core::Database> old = std::move(m_db);
    m_db = std::move(reopened).value();
    buildPages();
    old.reset();
    return true;
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
