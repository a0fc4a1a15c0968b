#pragma once

#include <QList>
#include <QMainWindow>
#include <QStyle>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QStackedWidget;
class QTreeWidget;

namespace bursar::core {
class Database;
class WindowLock;
} // namespace bursar::core

namespace bursar::notify {
class NotifyRunner;
}

namespace bursar::ui {

class Events;
class HelpWindow;

/// The main window: the navigation of PRODUCT.md §1 on the left, the chosen screen on the
/// right, built from the navigation registry (ui/navigation.h). Only areas that are built
/// appear; nothing is a dead button.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(std::unique_ptr<core::Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Navigation entries as "Area > Screen" paths, in order; navigateTo() takes the same.
    QStringList screens() const;
    bool navigateTo(const QString &path);
    /// The page of type `Page` (CustomersPage, BillingReportPage, ...), or nullptr. Pages are
    /// built when first opened; this builds the ones not opened yet when it must.
    template <class Page> Page *page()
    {
        if (Page *p = builtPage<Page>())
            return p;
        return qobject_cast<Page *>(pageOfType(&Page::staticMetaObject));
    }
    /// The page of type `Page` if it has been opened, else nullptr; builds nothing.
    template <class Page> Page *builtPage() const
    {
        for (QWidget *w : pages())
            if (auto *p = qobject_cast<Page *>(w))
                return p;
        return nullptr;
    }
    /// How many pages have been built (opened) so far.
    int builtPageCount() const { return static_cast<int>(pages().size()); }
    core::Database &database() const { return *m_db; }
    /// Switches to another database file; on failure keeps the current one and says why.
    /// A file another Bursar window has open is refused (core::WindowLock).
    bool openDatabase(const QString &path, QString *error);
    /// Reads the database again after its contents were replaced (File > Restore Database…):
    /// a new connection, and every page built again.
    bool reloadDatabase(QString *error);
    /// Help > Bursar Guide (F1): the guide's page about the current screen, in its own window.
    void openHelp();
    /// Help > About Bursar's text: the version, the database and its schema.
    QString aboutText() const;
    /// The window keeps the lock that keeps a second window off its SQLite file.
    void holdWindowLock(std::unique_ptr<core::WindowLock> lock);
    /// The Billing API's state in the status bar ("Billing API: http://127.0.0.1:8080");
    /// empty hides it. The app runs the server (api/api_runner.h), not the window.
    void showApiState(const QString &text);
    QString apiState() const;
    /// The statement emails' state in the status bar ("Statement emails: 3 sent, ..."); the
    /// window sends them in the background (notify/notify_runner.h).
    QString mailState() const;
    notify::NotifyRunner &mailSender() const { return *m_mail; }

Q_SIGNALS:
    /// The Billing API settings were saved, or another database was opened: whoever runs the
    /// server reads them again.
    void apiSettingsChanged();

protected:
    /// Open customer profiles with unsaved changes ask first; Cancel keeps the window open.
    void closeEvent(QCloseEvent *event) override;
    /// The clerk's arrangement (geometry, toolbar, each opened page's splitters, column
    /// widths and choices), kept in windowSettings() when the window closes.
    void saveArrangement();
    void restoreArrangement();

private:
    /// Starts over on the current database: no page is built until it is opened.
    void buildPages();
    /// File: open a database, import usage, back up, restore, verify the audit log, expiry, quit.
    void buildFileMenu();
    /// Edit, View, a menu per navigation area (an action per page, shortcuts for the
    /// month-end pages), the month-end toolbar and Help.
    void buildMenus();
    /// The page of the navigation entry `screen` (an index into ui::screens()), built on first use.
    QWidget *ensurePage(int screen);
    /// The page whose class is `type`, built if it was not; nullptr if no entry has one.
    QWidget *pageOfType(const QMetaObject *type);
    /// What the stack shows for `page`: the page, or the frame that gives it a heading.
    QWidget *frameOf(QWidget *page) const;
    QList<QWidget *> pages() const;

    std::unique_ptr<core::WindowLock> m_lock; ///< declared first: released after m_db closes
    std::unique_ptr<core::Database> m_db;
    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_dbLabel;
    QLabel *m_mailLabel;
    std::unique_ptr<notify::NotifyRunner> m_mail;
    QLabel *m_apiLabel;
    Events *m_events = nullptr;
    QToolBar *m_monthEnd = nullptr;
    QAction *m_importAction = nullptr;
    HelpWindow *m_help = nullptr; ///< made on first F1, kept for the next
    QList<QWidget *> m_built;     ///< per entry of ui::screens(): its page, or nullptr until opened
};

} // namespace bursar::ui
