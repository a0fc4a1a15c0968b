// The GUI, offscreen: every screen opens, and a clerk's edits through real key and mouse
// events reach the database (or are refused with the message beside the field).
#include "core/customers/customer_service.h"
#include "core/demo/demo_data.h"
#include "core/settings/account_info_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/usage/vendor_catalog.h"
#include "core/users/user_service.h"
#include "modal_answer.h"
#include "screenshot.h"
#include "tab_walk.h"
#include "tests/support/test_database.h"
#include "ui/billing/billing_pages.h"
#include "ui/customers/customer_list_model.h"
#include "ui/customers/customer_profile.h"
#include "ui/customers/customers_page.h"
#include "ui/file/backup_dialogs.h"
#include "ui/mainwindow.h"
#include "ui/reports/billing_report_page.h"
#include "ui/reports/credits_report_page.h"
#include "ui/settings/account_info_page.h"
#include "ui/settings/tenants_page.h"
#include "ui/settings/users_page.h"
#include "ui/settings/vendors_page.h"
#include "ui/widgets/find_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/region_picker.h"
#include "window_fixture.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>
#include <algorithm>

using namespace bursar::core;
using bursar::ui::CustomerListModel;
using bursar::ui::CustomerProfileDialog;
using bursar::ui::Icon;
using bursar::ui::linkRegionAndState;
using bursar::ui::MainWindow;
using bursar::ui::PlaceCombo;

namespace {
using bursar::test::screenshot;

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<bursar::test::TestDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;

    CustomerProfileDialog *openCustomer(qint64 id)
    {
        auto *page = m_window->page<bursar::ui::CustomersPage>();
        QTableView *view = page->view();
        const auto *model = page->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, CustomerListModel::Name);
            if (index.data(CustomerListModel::CustomerIdRole).toLongLong() == id) {
                view->setFocus();
                view->setCurrentIndex(index);
                QTest::keyClick(view, Qt::Key_Return); // what a clerk does with the keyboard
                break;
            }
        }
        auto dialogs = page->findChildren<CustomerProfileDialog *>();
        for (auto *d : dialogs)
            if (d->customerId() == id && d->isVisible())
                return d;
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<bursar::test::TestDatabase>();
        QVERIFY(generateDemoData(m_t->db(), 200, 1).ok());
        m_window = bursar::test::openWindow(m_t->path());
        QVERIFY(m_window);
    }
    void cleanup()
    {
        m_window.reset();
        m_t.reset();
    }

    /// The application icon: Bursar's own drawing, not the platform's blank window.
    void window_hasTheApplicationIcon()
    {
        const QIcon icon = m_window->windowIcon();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(64, 64).toImage();
        QCOMPARE(image.size(), QSize(64, 64));
        QCOMPARE(image.pixelColor(32, 4), QColor(0x1f, 0x5f, 0x7a)); // the rounded square
        QCOMPARE(image.pixelColor(1, 1).alpha(), 0);                 // outside its corner
        QDir().mkpath(QStringLiteral(BURSAR_SCREENSHOT_DIR));
        QVERIFY(icon.pixmap(128, 128).save(QStringLiteral(BURSAR_SCREENSHOT_DIR "/app-icon.png")));
    }

    /// Every kind of action has one icon: the desktop theme's where it has one, else
    /// Bursar's own drawing, which exists for every kind, is not blank and is not another's.
    void icons_everyKindHasADrawingOfItsOwn()
    {
        const QList<Icon> kinds = bursar::ui::allIcons();
        QCOMPARE(kinds.size(), 27);
        QSet<QString> names;
        QSet<QByteArray> drawings;
        QImage sheet(int(kinds.size()) * 40, 40, QImage::Format_ARGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        for (const Icon kind : kinds) {
            const QString name = QString::fromLatin1(bursar::ui::iconName(kind));
            QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(name));
            names.insert(name);
            QFile file(QStringLiteral(":/bursar/icons/actions/%1.svg").arg(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray svg = file.readAll();
            QVERIFY2(!drawings.contains(svg), qPrintable(name));
            drawings.insert(svg);
            const QImage image = QIcon(file.fileName()).pixmap(32, 32).toImage();
            QVERIFY2(image.size() == QSize(32, 32), qPrintable(name));
            int inked = 0;
            for (int y = 0; y < 32; ++y)
                for (int x = 0; x < 32; ++x)
                    inked += image.pixelColor(x, y).alpha() > 128 ? 1 : 0;
            QVERIFY2(inked > 30 && inked < 32 * 32, qPrintable(QStringLiteral("%1: %2 px").arg(name).arg(inked)));
            QVERIFY(!bursar::ui::icon(kind).isNull());
            painter.drawImage(int(names.size() - 1) * 40 + 4, 4, image);
        }
        painter.end();
        QDir().mkpath(QStringLiteral(BURSAR_SCREENSHOT_DIR));
        QVERIFY(sheet.save(QStringLiteral(BURSAR_SCREENSHOT_DIR "/button-icons.png")));
    }

    /// Every push button on every page and in the customer profile shows the icon of its
    /// action (the buttons of a dialog's button box follow the platform, as Qt's do).
    void everyButton_showsTheIconOfItsAction()
    {
        QStringList bare;
        const auto check = [&bare](QWidget *page, const QString &where) {
            for (QPushButton *b : page->findChildren<QPushButton *>()) {
                if (qobject_cast<QDialogButtonBox *>(b->parentWidget()) ||
                    b->objectName() == QStringLiteral("feedbackAction"))
                    continue;
                if (b->icon().isNull())
                    bare << QStringLiteral("%1: “%2”").arg(where, b->text());
            }
        };
        auto *stack = m_window->findChild<QStackedWidget *>();
        for (const QString &s : m_window->screens()) {
            QVERIFY(m_window->navigateTo(s));
            check(stack->currentWidget(), s);
        }
        QVERIFY(m_window->navigateTo(QStringLiteral("Customers")));
        CustomerProfileDialog *profile = openCustomer(100001);
        QVERIFY(profile);
        check(profile, QStringLiteral("Customer profile"));
        QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QStringLiteral("; "))));
    }

    void everyScreenOpens()
    {
        const QStringList screens = m_window->screens();
        QCOMPARE(screens, (QStringList{QStringLiteral("Customers"),
                                       QStringLiteral("Reports > Billing"),
                                       QStringLiteral("Reports > Credits"),
                                       QStringLiteral("Reports > Aging"),
                                       QStringLiteral("Reports > Services Credits"),
                                       QStringLiteral("Billing > Customer Invoices"),
                                       QStringLiteral("Billing > Preview Generated Billing Statements"),
                                       QStringLiteral("Finance > Documents"),
                                       QStringLiteral("Services Credits > Customer Purchases"),
                                       QStringLiteral("Services Credits > Opportunities"),
                                       QStringLiteral("Services Credits > Projects & Milestones"),
                                       QStringLiteral("Usage > Imports"),
                                       QStringLiteral("Usage > Unmapped Accounts"),
                                       QStringLiteral("Usage > Vendor Credits"),
                                       QStringLiteral("Settings > Account Information"),
                                       QStringLiteral("Settings > Tenants"),
                                       QStringLiteral("Settings > Vendors"),
                                       QStringLiteral("Settings > Pricebooks"),
                                       QStringLiteral("Settings > Discounts, Charges & Support"),
                                       QStringLiteral("Settings > Tax Tables"),
                                       QStringLiteral("Settings > Exchange Rates"),
                                       QStringLiteral("Settings > Statement Numbering"),
                                       QStringLiteral("Settings > Statement Documents"),
                                       QStringLiteral("Settings > Notifications"),
                                       QStringLiteral("Settings > Write-off"),
                                       QStringLiteral("Settings > Services Credits"),
                                       QStringLiteral("Settings > Users & Privileges")}));
        QStringList tooWide;
        for (const QString &s : screens) {
            QVERIFY(m_window->navigateTo(s));
            auto *stack = m_window->findChild<QStackedWidget *>();
            QVERIFY(stack->currentWidget()->isVisible());
            // Every page has its heading.
            const auto headings = stack->currentWidget()->findChildren<QLabel *>(QStringLiteral("pageTitle"));
            QVERIFY2(headings.size() == 1 && headings.first()->isVisible(), qPrintable(s));
            // Every page is usable on a 1024 px wide screen.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            if (const int w = m_window->minimumSizeHint().width(); w > 1024)
                tooWide << QStringLiteral("%1: %2 px").arg(s).arg(w);
            screenshot(m_window.get(),
                       QStringLiteral("main-") +
                           QString(s).replace(QStringLiteral(" > "), QStringLiteral("-")).replace(u' ', u'_'));
        }
        QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral("; "))));
        QVERIFY(!m_window->navigateTo(QStringLiteral("Services Credits > Nothing")));
    }

    /// Every control a clerk can use on every page is reached by Tab from the page's first
    /// field, and says what it is to a screen reader (its accessible name: its own, its
    /// label's, its text or its placeholder).
    void tabOrder_reachesEveryControlWithAName()
    {
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        bursar::test::TabWalk walk;
        auto *stack = m_window->findChild<QStackedWidget *>();
        for (const QString &s : m_window->screens()) {
            QVERIFY(m_window->navigateTo(s));
            QWidget *page = stack->currentWidget();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
            QVERIFY2(bursar::test::walkTabs(page, s, walk), qPrintable(s + QStringLiteral(": no first field")));
        }
        bursar::test::reportTabWalk(walk);
        QVERIFY2(walk.unreached.isEmpty(),
                 qPrintable(QString::number(walk.unreached.size()) + QStringLiteral(" not reached")));
        QVERIFY2(walk.unnamed.isEmpty(),
                 qPrintable(QString::number(walk.unnamed.size()) + QStringLiteral(" without a name")));
    }

    /// The clerk's arrangement comes back on the next start: the window's size, a splitter,
    /// a column dragged wider and the last choice in a filter. Columns nobody dragged are
    /// not kept (they fit their contents again).
    void arrangement_restoredOnNextStart()
    {
        const QString state = bursar::test::isolateWindowState();
        QFile::remove(state);
        m_window->resize(1100, 720);
        QVERIFY(m_window->navigateTo(QStringLiteral("Billing > Customer Invoices")));
        auto *invoices = m_window->page<bursar::ui::CustomerInvoicesPage>();
        auto *status = invoices->findChild<QComboBox *>(QStringLiteral("status"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(int(bursar::core::StatementStatus::PastDue)));
        QHeaderView *header = invoices->view()->horizontalHeader();
        // A drag: the width changes between the press and the release on the header.
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        header->resizeSection(2, 333);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Credits")));
        auto *credits = m_window->page<bursar::ui::CreditsReportPage>();
        auto *split = credits->findChild<QSplitter *>();
        QVERIFY(split);
        split->setSizes({120, 360});
        const QList<int> sizes = split->sizes();
        QVERIFY(m_window->close());
        m_window.reset();

        m_window = bursar::test::openWindow(m_t->path());
        QVERIFY(m_window);
        QCOMPARE(m_window->size(), QSize(1100, 720));
        QVERIFY(m_window->navigateTo(QStringLiteral("Billing > Customer Invoices")));
        invoices = m_window->page<bursar::ui::CustomerInvoicesPage>();
        status = invoices->findChild<QComboBox *>(QStringLiteral("status"));
        QCOMPARE(status->currentData().toInt(), int(bursar::core::StatementStatus::PastDue));
        QCOMPARE(invoices->view()->horizontalHeader()->sectionSize(2), 333);
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Credits")));
        credits = m_window->page<bursar::ui::CreditsReportPage>();
        QCOMPARE(credits->findChild<QSplitter *>()->sizes(), sizes);
        QSettings kept(state, QSettings::IniFormat);
        QVERIFY(kept.contains(QStringLiteral("pages/Billing > Customer Invoices/columns0")));
        QVERIFY(!kept.contains(QStringLiteral("pages/Reports > Credits/columns0"))); // never dragged
        QFile::remove(state); // the next test starts from nothing
    }

    /// Start-up builds the first page only; the others are built when first opened (or asked
    /// for), once, and a page that is not open hears nothing it must act on.
    void pages_areBuiltWhenFirstOpened()
    {
        QCOMPARE(m_window->builtPageCount(), 1);
        QVERIFY(m_window->builtPage<bursar::ui::CustomersPage>());
        QVERIFY(!m_window->builtPage<bursar::ui::BillingReportPage>());
        QVERIFY(!m_window->builtPage<bursar::ui::TenantsPage>());
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        QCOMPARE(m_window->builtPageCount(), 2);
        auto *report = m_window->builtPage<bursar::ui::BillingReportPage>();
        QVERIFY(report && report->isVisible());
        QVERIFY(m_window->navigateTo(QStringLiteral("Customers")));
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        QCOMPARE(m_window->builtPageCount(), 2);
        QCOMPARE(m_window->builtPage<bursar::ui::BillingReportPage>(), report);
        // Asking for a page by its class builds that page alone.
        QVERIFY(m_window->page<bursar::ui::UsersPage>());
        QCOMPARE(m_window->builtPageCount(), 3);
        // The report's "Preview Invoices" reaches the preview page that did not exist yet.
        QVERIFY(!m_window->builtPage<bursar::ui::PreviewPage>());
        Q_EMIT report->previewRequested(0);
        auto *preview = m_window->builtPage<bursar::ui::PreviewPage>();
        QVERIFY(preview && preview->isVisible());
        // Another database starts over: again only the first page.
        const QString other = m_t->dir() + QStringLiteral("/other.sqlite");
        QString error;
        QVERIFY2(m_window->openDatabase(other, &error), qPrintable(error));
        QCOMPARE(m_window->builtPageCount(), 1);
    }

    /// The keyboard: the window opens ready to type a customer's name; Down goes into the
    /// list; the menu bar mirrors the navigation; Ctrl+3 opens the billing report with the
    /// cursor in its filter; Ctrl+F comes back to the filter from anywhere on the page.
    void keyboard_menusShortcutsAndFocus()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *customers = m_window->page<bursar::ui::CustomersPage>();
        QTRY_COMPARE(QApplication::focusWidget(), customers->searchField());
        QTest::keyClicks(customers->searchField(), QStringLiteral("a"));
        QTRY_VERIFY(customers->model()->rowCount() > 1);
        QTest::keyClick(customers->searchField(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), customers->view());
        QCOMPARE(customers->view()->currentIndex().row(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), customers->searchField());

        QStringList menus;
        for (QAction *a : m_window->menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                              QStringLiteral("&Customers"), QStringLiteral("&Usage"), QStringLiteral("&Billing"),
                              QStringLiteral("Fi&nance"), QStringLiteral("&Services Credits"),
                              QStringLiteral("&Reports"), QStringLiteral("Se&ttings"), QStringLiteral("&Help")}));
        // Every page is in its area's menu.
        int pagesInMenus = 0;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->menu() && a->text() != QStringLiteral("&File") && a->text() != QStringLiteral("&Edit") &&
                a->text() != QStringLiteral("&View") && a->text() != QStringLiteral("&Help"))
                pagesInMenus += int(a->menu()->actions().size());
        QCOMPARE(pagesInMenus, int(m_window->screens().size()));

        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        auto *report = m_window->builtPage<bursar::ui::BillingReportPage>();
        QVERIFY(report && report->isVisible());
        QVERIFY(bursar::ui::findFieldOf(report));
        QCOMPARE(QApplication::focusWidget(), bursar::ui::findFieldOf(report));
        // The month-end toolbar: import, then the pages in the order of the month.
        QStringList steps;
        for (QAction *a : m_window->findChild<QToolBar *>(QStringLiteral("monthEndToolBar"))->actions())
            steps << a->iconText();
        QCOMPARE(steps,
                 (QStringList{QStringLiteral("Customers"), QStringLiteral("Import File…"), QStringLiteral("Imports"),
                              QStringLiteral("Billing Report"), QStringLiteral("Preview"), QStringLiteral("Invoices"),
                              QStringLiteral("Payments && Memos"), QStringLiteral("Aging")}));
    }

    /// A partner's user opens the window: every screen opens, and the Customers list holds
    /// the partner's customers and those of its sub-partner, and nobody else's.
    void partnerUser_seesOnlyItsCustomers()
    {
        m_window.reset();
        auto tenants = CustomerService(m_t->db()).tenants();
        const auto alpine = std::find_if(tenants->cbegin(), tenants->cend(),
                                         [](const Tenant &t) { return t.name == QLatin1String("Alpine IT Partners"); });
        QVERIFY(alpine != tenants->cend());
        auto subtree = CustomerService(m_t->db()).tenantSubtree(alpine->id);
        auto all = CustomerService(m_t->db()).allCustomers();
        const auto expected =
            std::count_if(all->cbegin(), all->cend(), [&](const Customer &c) { return subtree->contains(c.tenantId); });
        QVERIFY(expected > 0 && expected < all->size());
        QVERIFY(UserService(m_t->db()).add(QStringLiteral("alpine"), {}, {}, Scope::tenant(alpine->id)).ok());
        auto db = Database::open(m_t->path());
        QVERIFY(db.ok());
        QVERIFY((*db)->actAs(QStringLiteral("alpine")).ok());
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (const QString &screen : m_window->screens())
            QVERIFY2(m_window->navigateTo(screen), qPrintable(screen));
        QVERIFY(m_window->navigateTo(QStringLiteral("Customers")));
        auto *page = m_window->page<bursar::ui::CustomersPage>();
        QTRY_COMPARE(qint64(page->model()->rowCount()), qint64(expected));
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            const qint64 id =
                page->model()->index(r, CustomerListModel::Name).data(CustomerListModel::CustomerIdRole).toLongLong();
            const auto c = std::find_if(all->cbegin(), all->cend(), [&](const Customer &x) { return x.id == id; });
            QVERIFY(subtree->contains(c->tenantId));
        }
        screenshot(m_window.get(), QStringLiteral("partner-user-customers"));
    }

    void customersList_showsDemoCustomers_andSearchesAsYouType()
    {
        auto *page = m_window->page<bursar::ui::CustomersPage>();
        QCOMPARE(page->model()->rowCount(), 200);
        QVERIFY(page->model()->index(0, CustomerListModel::Id).data().toString().startsWith(u'#'));
        QTest::keyClicks(page->searchField(), QStringLiteral("#100042"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, CustomerListModel::Id).data().toString(), QStringLiteral("#100042"));
        page->searchField()->clear();
        QTRY_COMPARE(page->model()->rowCount(), 200);
        // Sorting by clicking the header.
        QHeaderView *header = page->view()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(0) + 5, 5));
        const QString first = page->model()->index(0, CustomerListModel::Id).data().toString();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(0) + 5, 5));
        QVERIFY(page->model()->index(0, CustomerListModel::Id).data().toString() != first);
    }

    void editCustomer_throughTheWidgets()
    {
        CustomerProfileDialog *dialog = openCustomer(100007);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        screenshot(dialog, QStringLiteral("profile-general"));

        replaceText(child<QLineEdit>(dialog, "name"), QStringLiteral("Renamed Customer Ltd"));
        auto *terms = child<QSpinBox>(dialog, "payment_terms");
        terms->setFocus();
        terms->selectAll();
        QTest::keyClicks(terms, QStringLiteral("60"));
        QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
        auto saved = CustomerService(m_window->database()).customer(100007);
        QCOMPARE(saved->name, QStringLiteral("Renamed Customer Ltd"));
        QCOMPARE(saved->paymentTermsDays, 60);
        // The list shows the new name.
        m_window->page<bursar::ui::CustomersPage>()->searchField()->setText(QStringLiteral("Renamed"));
        QTRY_COMPARE(m_window->page<bursar::ui::CustomersPage>()->model()->rowCount(), 1);

        // A bad email is refused beside the field; nothing is written.
        auto *email = child<QLineEdit>(dialog, "email");
        replaceText(email, QStringLiteral("not-an-email"));
        QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
        QVERIFY2(dialog->feedbackText().contains(QStringLiteral("not an email address")),
                 qPrintable(dialog->feedbackText()));
        QVERIFY(dialog->feedbackText().contains(QStringLiteral("#100007")));
        QCOMPARE(QApplication::focusWidget(), email);
        screenshot(dialog, QStringLiteral("profile-validation"));
        QVERIFY(CustomerService(m_window->database()).customer(100007)->contact.email != QLatin1String("not-an-email"));
        // The refused email is still typed in: closing asks, and Discard drops it.
        bursar::test::ModalAnswer discard(QStringLiteral("unsavedChanges"),
                                          bursar::test::standard(QMessageBox::Discard));
        dialog->close();
        QVERIFY(discard.seen());
    }

    void everyProfileFolder_opensAndWorks()
    {
        CustomerProfileDialog *dialog = openCustomer(100003);
        QVERIFY(dialog);
        QCOMPARE(dialog->folders(), (QStringList{QStringLiteral("General"), QStringLiteral("Cloud Providers"),
                                                 QStringLiteral("Vendor Accounts"), QStringLiteral("Credits"),
                                                 QStringLiteral("Billing Profiles"), QStringLiteral("Subscriptions"),
                                                 QStringLiteral("Payment Methods"), QStringLiteral("AR Documents"),
                                                 QStringLiteral("Statement Emails"), QStringLiteral("E-invoicing")}));
        for (const QString &folder : dialog->folders()) {
            dialog->selectFolder(folder);
            screenshot(dialog, QStringLiteral("profile-") + QString(folder).replace(u' ', u'_'));
        }
        CustomerService service(m_window->database());

        dialog->selectFolder(QStringLiteral("Cloud Providers"));
        auto *jpy = child<QComboBox>(dialog, "currency_google");
        jpy->setCurrentIndex(jpy->findData(QStringLiteral("JPY")));
        auto *enabled = child<QCheckBox>(dialog, "enabled_google");
        enabled->setChecked(false);
        QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(5, enabled->height() / 2));
        QVERIFY(enabled->isChecked());
        auto audits = [&] {
            QSqlQuery q(m_window->database().connection().db);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'set_provider'"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        const int auditsBefore = audits();
        QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
        QCOMPARE(audits(), auditsBefore + 1); // only the vendor that changed is written
        const auto providers = *service.providers(100003);
        QCOMPARE(providers.at(2).currency, QStringLiteral("JPY"));
        QVERIFY(providers.at(2).enabled);

        dialog->selectFolder(QStringLiteral("Vendor Accounts"));
        // The ID field says what the chosen vendor calls an account.
        QCOMPARE(child<QLineEdit>(dialog, "account")->placeholderText(), QStringLiteral("account ID"));
        auto *accountVendor = child<QLineEdit>(dialog, "account")
                                  ->parentWidget()
                                  ->findChild<QComboBox *>(QStringLiteral("accountVendor"));
        QVERIFY(accountVendor);
        accountVendor->setCurrentIndex(accountVendor->findData(QStringLiteral("microsoft")));
        QCOMPARE(child<QLineEdit>(dialog, "account")->placeholderText(), QStringLiteral("subscription ID"));
        accountVendor->setCurrentIndex(accountVendor->findData(QStringLiteral("aws")));
        const int before = int(service.accounts(100003)->size());
        QTest::keyClicks(child<QLineEdit>(dialog, "account"), QStringLiteral("999988887777"));
        QTest::mouseClick(child<QPushButton>(dialog, "mapAccount"), Qt::LeftButton);
        QCOMPARE(int(service.accounts(100003)->size()), before + 1);
        QCOMPARE(child<QTableWidget>(dialog, "accounts")->rowCount(), before + 1);
        // An account of another customer is refused with its owner named.
        const QString taken = service.accounts(100004)->first().accountId;
        QTest::keyClicks(child<QLineEdit>(dialog, "account"), taken);
        QTest::mouseClick(child<QPushButton>(dialog, "mapAccount"), Qt::LeftButton);
        QVERIFY2(dialog->feedbackText().contains(QStringLiteral("#100004")), qPrintable(dialog->feedbackText()));

        dialog->selectFolder(QStringLiteral("Payment Methods"));
        QTest::keyClicks(child<QLineEdit>(dialog, "reference"), QStringLiteral("4000 0566 5566 5556"));
        QTest::keyClick(child<QLineEdit>(dialog, "reference"), Qt::Key_Tab);
        const auto addButtons = dialog->findChildren<QPushButton *>();
        for (QPushButton *b : addButtons)
            if (b->text() == QLatin1String("&Add"))
                QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(service.paymentMethods(100003)->last().maskedReference, QStringLiteral("**** 5556"));
        QVERIFY(child<QLineEdit>(dialog, "reference")->text().isEmpty());

        dialog->selectFolder(QStringLiteral("Billing Profiles"));
        QTest::keyClicks(child<QLineEdit>(dialog, "profile_name"), QStringLiteral("Accounts Payable EU"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveProfile"), Qt::LeftButton);
        QCOMPARE(service.billingProfiles(100003)->last().name, QStringLiteral("Accounts Payable EU"));
        dialog->close();
    }

    void newCustomer_fromTheListButton()
    {
        auto *page = m_window->page<bursar::ui::CustomersPage>();
        QTest::mouseClick(child<QPushButton>(page, "newCustomer"), Qt::LeftButton);
        CustomerProfileDialog *dialog = nullptr;
        for (auto *d : page->findChildren<CustomerProfileDialog *>())
            if (d->customerId() == 0)
                dialog = d;
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New Customer"));
        QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
        QVERIFY(dialog->feedbackText().contains(QStringLiteral("name is empty")));
        QTest::keyClicks(child<QLineEdit>(dialog, "name"), QStringLiteral("Brand New GmbH"));
        // The region from the ISO 3166 list, by typing its name; then its states are offered.
        auto *region = child<PlaceCombo>(dialog, "region");
        auto *state = child<PlaceCombo>(dialog, "state");
        QVERIFY(!state->isEnabled()); // no region yet
        QTest::keyClicks(region, QStringLiteral("Germany"));
        QCOMPARE(region->code(), QStringLiteral("DE"));
        QVERIFY(state->isEnabled());
        QCOMPARE(state->count(), 17); // "(whole region)" and the 16 Länder
        state->setCode(QStringLiteral("by"));
        QCOMPARE(state->currentText(), QStringLiteral("Bayern (BY)"));
        QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
        QCOMPARE(dialog->customerId(), 100201);
        QCOMPARE(page->model()->rowCount(), 201);
        QCOMPARE(CustomerService(m_window->database()).customer(100201)->region, QStringLiteral("DE"));
        QCOMPARE(CustomerService(m_window->database()).customer(100201)->state, QStringLiteral("BY"));
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("#100201")));
        dialog->close();
    }

    /// A region or state typed before the pickers (or from the command line) that ISO 3166
    /// does not have is shown, marked, and saved back unchanged.
    void regionPicker_keepsACodeNotInTheList()
    {
        CustomerService customers(m_window->database());
        Customer c = *customers.customer(100001);
        c.region = QStringLiteral("EU");
        c.state = QStringLiteral("X1");
        QVERIFY(customers.updateCustomer(c).ok());
        auto *page = m_window->page<bursar::ui::CustomersPage>();
        CustomerProfileDialog *dialog = page->openProfile(100001);
        auto *region = child<PlaceCombo>(dialog, "region");
        auto *state = child<PlaceCombo>(dialog, "state");
        QCOMPARE(region->code(), QStringLiteral("EU"));
        QCOMPARE(region->currentText(), QStringLiteral("EU (not in ISO 3166)"));
        QCOMPARE(state->code(), QStringLiteral("X1"));
        QVERIFY(!dialog->hasUnsavedChanges());
        child<QLineEdit>(dialog, "name")->setText(c.name + QStringLiteral(" Holding"));
        QVERIFY2(dialog->save(), qPrintable(dialog->feedbackText()));
        QCOMPARE(customers.customer(100001)->region, QStringLiteral("EU"));
        QCOMPARE(customers.customer(100001)->state, QStringLiteral("X1"));
        dialog->close();
        // Another region: the list's states, the old code gone from them; a state the new
        // region has is kept.
        PlaceCombo otherRegion, otherState;
        linkRegionAndState(&otherRegion, &otherState);
        otherRegion.setCode(QStringLiteral("EU"));
        otherState.setCode(QStringLiteral("X1"));
        otherRegion.setCode(QStringLiteral("us"));
        QCOMPARE(otherState.code(), QString());
        QCOMPARE(otherState.findData(QStringLiteral("X1")), -1);
        otherState.setCode(QStringLiteral("WA"));
        QCOMPARE(otherState.currentText(), QStringLiteral("Washington (WA)"));
        otherRegion.setCode(QStringLiteral("CA")); // Canada has no WA
        QCOMPARE(otherState.code(), QString());
        otherState.setCode(QStringLiteral("BC"));
        QCOMPARE(otherState.currentText(), QStringLiteral("British Columbia (BC)"));
    }

    void tenants_addedThroughTheScreen_appearInTheCustomerFilter()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Tenants")));
        auto *page = m_window->page<bursar::ui::TenantsPage>();
        auto *tree = page->tree();
        QCOMPARE(tree->topLevelItemCount(), 1); // the demo distributor
        QTest::mouseClick(child<QPushButton>(page, "addTenant"), Qt::LeftButton);
        QVERIFY(page->feedbackText().contains(QStringLiteral("name is empty")));
        auto *parent = child<QComboBox>(page, "parent");
        parent->setCurrentIndex(parent->findData(qint64(3))); // below Coastal Cloud Services
        QTest::keyClicks(child<QLineEdit>(page, "name"), QStringLiteral("Coastal North"));
        QTest::mouseClick(child<QPushButton>(page, "addTenant"), Qt::LeftButton);
        QVERIFY2(page->feedbackText().contains(QStringLiteral("added")), qPrintable(page->feedbackText()));
        const auto found = tree->findItems(QStringLiteral("Coastal North"), Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->parent()->text(0), QStringLiteral("Coastal Cloud Services"));
        screenshot(m_window.get(), QStringLiteral("settings-tenants"));
        auto *filter =
            m_window->page<bursar::ui::CustomersPage>()->findChild<QComboBox *>(QStringLiteral("tenantFilter"));
        QVERIFY(filter->findText(QStringLiteral("Coastal North"), Qt::MatchContains) > 0);
    }

    void users_addedAndGrantedThroughTheScreen()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Users & Privileges")));
        auto *page = m_window->page<bursar::ui::UsersPage>();
        QTest::keyClicks(child<QLineEdit>(page, "name"), QStringLiteral("clara"));
        QTest::mouseClick(child<QPushButton>(page, "addUser"), Qt::LeftButton);
        QVERIFY2(page->feedbackText().contains(QStringLiteral("clara")), qPrintable(page->feedbackText()));
        QTableWidget *table = page->table();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QLatin1String("clara"))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("The whole installation")); // Sees
        // Tick ARDOCS_CREATE (the first privilege column) with the mouse.
        const QRect cell = table->visualItemRect(table->item(row, 3));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        if (table->item(row, 3)->checkState() != Qt::Checked) // the check box is at the cell's left edge
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 10, cell.center().y()));
        QCOMPARE(table->item(row, 3)->checkState(), Qt::Checked);
        auto users = UserService(m_window->database()).users();
        const auto clara = std::find_if(users->cbegin(), users->cend(),
                                        [](const User &u) { return u.name == QLatin1String("clara"); });
        QCOMPARE(clara->privileges, QSet<Privilege>{Privilege::ArdocsCreate});
        screenshot(m_window.get(), QStringLiteral("settings-users"));

        // A user of a tenant: chosen in "Sees", added without privileges, which cannot be
        // ticked; clara, who holds one, cannot be moved to a tenant.
        auto *scope = page->scopeBox();
        const int alpine = scope->findText(QStringLiteral("Alpine IT Partners"), Qt::MatchContains);
        QVERIFY(alpine > 0);
        scope->setCurrentIndex(alpine);
        QVERIFY(!page->customerField()->isEnabled());
        QTest::keyClicks(child<QLineEdit>(page, "name"), QStringLiteral("alpine_reader"));
        QTest::mouseClick(child<QPushButton>(page, "addUser"), Qt::LeftButton);
        QVERIFY2(page->feedbackText().contains(QStringLiteral("change nothing")), qPrintable(page->feedbackText()));
        int reader = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == QLatin1String("alpine_reader"))
                reader = r;
            if (table->item(r, 0)->text() == QLatin1String("clara")) // the list is by name
                row = r;
        }
        QVERIFY(reader >= 0);
        QVERIFY2(table->item(reader, 2)->text().contains(QStringLiteral("Alpine IT Partners")),
                 qPrintable(table->item(reader, 2)->text()));
        QVERIFY(!(table->item(reader, 3)->flags() & Qt::ItemIsEnabled));
        table->setCurrentCell(row, 0);
        QVERIFY(!page->applyScopeToSelected());
        QVERIFY2(page->feedbackText().contains(QStringLiteral("revoke them first")), qPrintable(page->feedbackText()));
        // One customer: the ID is typed; a user who holds nothing can be moved there.
        scope->setCurrentIndex(scope->findData(QStringLiteral("customer")));
        QVERIFY(page->customerField()->isEnabled());
        page->customerField()->setText(QStringLiteral("#100003"));
        table->setCurrentCell(reader, 0);
        QVERIFY2(page->applyScopeToSelected(), qPrintable(page->feedbackText()));
        users = UserService(m_window->database()).users();
        const auto moved = std::find_if(users->cbegin(), users->cend(),
                                        [](const User &u) { return u.name == QLatin1String("alpine_reader"); });
        QVERIFY(moved->scope == Scope::customer(100003));
        screenshot(m_window.get(), QStringLiteral("settings-users-scope"));
    }

    /// Settings > Vendors: Oracle Cloud added by typing, a provider name added to it, and the
    /// report's vendor box offers it at once.
    void vendors_addedThroughTheScreen()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Vendors")));
        auto *page = m_window->page<bursar::ui::VendorsPage>();
        QVERIFY(page);
        QCOMPARE(page->table()->rowCount(), 3);
        QTest::keyClicks(child<QLineEdit>(page, "key"), QStringLiteral("oracle"));
        QTest::keyClicks(child<QLineEdit>(page, "name"), QStringLiteral("Oracle Cloud"));
        QTest::keyClicks(child<QPlainTextEdit>(page, "focusProviders"), QStringLiteral("Oracle"));
        QTest::keyClicks(child<QPlainTextEdit>(page, "entities"), QStringLiteral("Oracle America, Inc."));
        QTest::mouseClick(child<QPushButton>(page, "addVendor"), Qt::LeftButton);
        QVERIFY2(page->feedbackText().contains(QStringLiteral("Oracle Cloud added")), qPrintable(page->feedbackText()));
        QCOMPARE(page->table()->rowCount(), 4);
        QCOMPARE(page->table()->item(3, 0)->text(), QStringLiteral("oracle"));
        QCOMPARE(page->table()->item(3, 4)->text(), QStringLiteral("Oracle"));
        QCOMPARE(page->table()->currentRow(), 3);
        QTest::keyClicks(child<QLineEdit>(page, "changeName"), QStringLiteral("Oracle Cloud Infrastructure"));
        QTest::mouseClick(child<QPushButton>(page, "addProvider"), Qt::LeftButton);
        QCOMPARE(page->table()->item(3, 4)->text(), QStringLiteral("Oracle\nOracle Cloud Infrastructure"));
        // The same key again is refused, and the key field says so.
        QTest::keyClicks(child<QLineEdit>(page, "key"), QStringLiteral("oracle"));
        QTest::keyClicks(child<QLineEdit>(page, "name"), QStringLiteral("Oracle Two"));
        QTest::mouseClick(child<QPushButton>(page, "addVendor"), Qt::LeftButton);
        QVERIFY2(page->feedbackText().contains(QStringLiteral("“oracle” already means the vendor Oracle Cloud")),
                 qPrintable(page->feedbackText()));
        QCOMPARE(page->table()->rowCount(), 4);
        screenshot(m_window.get(), QStringLiteral("settings-vendors"));
        QVERIFY(m_window->navigateTo(QStringLiteral("Reports > Billing")));
        auto *report = m_window->page<bursar::ui::BillingReportPage>();
        QVERIFY(report);
        auto *box = report->findChild<QComboBox *>(QStringLiteral("vendor"));
        QVERIFY(box);
        QVERIFY(box->findText(QStringLiteral("Oracle Cloud Billing Customers Report")) >= 0);
    }

    void customersList_exportsWhatItShows()
    {
        auto *page = m_window->page<bursar::ui::CustomersPage>();
        page->searchField()->setText(QStringLiteral("Logistics"));
        QTRY_VERIFY(page->model()->rowCount() < 200);
        const int rows = page->model()->rowCount();
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("customers.csv"));
        QVERIFY2(page->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("id,name,tenant,region,state,email,payment_terms_days\r"));
        QCOMPARE(lines.size(), rows + 2); // header, rows, and the empty tail after the last CRLF
        for (int i = 1; i <= rows; ++i)
            QVERIFY(lines.at(i).contains("Logistics"));
    }

    void openDatabase_refusesABadFileAndKeepsTheCurrentOne()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just some notes that are long enough to have a header "
                "..........................................");
        f.close();
        const QString current = m_window->database().location();
        QString error;
        QVERIFY(!m_window->openDatabase(bad, &error));
        QVERIFY(error.contains(QStringLiteral("not a Bursar database")));
        QCOMPARE(m_window->database().location(), current);
        // A new file is a new, empty database.
        QVERIFY(m_window->openDatabase(dir.filePath(QStringLiteral("fresh.sqlite")), &error));
        QCOMPARE(m_window->page<bursar::ui::CustomersPage>()->model()->rowCount(), 0);
    }

    // File > Back Up Database… and Restore Database…, as a clerk uses them, and Help > About.
    void backupAndRestore_fromTheWindow()
    {
        Database &db = m_window->database();
        QVERIFY(m_window->aboutText().contains(QStringLiteral("schema %1").arg(Database::latestSchemaVersion())));
        QVERIFY(m_window->aboutText().contains(QDir::toNativeSeparators(db.location()).toHtmlEscaped()));
        bursar::ui::BackupDialog backup(db, m_window.get());
        if (m_t->isPostgres()) { // the server's own tools, explained
            QVERIFY(!backup.findChild<QPushButton *>(QStringLiteral("backUp")));
            QVERIFY(!backup.findChildren<QLabel *>().isEmpty());
            QVERIFY(backup.findChildren<QLabel *>().first()->text().contains(QStringLiteral("pg_dump")));
            bursar::ui::RestoreDialog restore(db, m_window.get());
            QVERIFY(!restore.findChild<QPushButton *>(QStringLiteral("restore")));
            return;
        }
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("window-backup.sqlite"));
        backup.findChild<QLineEdit *>(QStringLiteral("backupFile"))->setText(file);
        QVERIFY(backup.backUp());
        auto *result = backup.findChild<QLabel *>(QStringLiteral("backupResult"));
        QVERIFY2(result->text().contains(QStringLiteral("Backed up to")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("200 customer")), qPrintable(result->text()));

        QVERIFY(CustomerService(db).addCustomer(bursar::test::named(QStringLiteral("Added after the backup"))).ok());
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 201);

        bursar::ui::RestoreDialog restore(db, m_window.get());
        auto *field = restore.findChild<QLineEdit *>(QStringLiteral("backupFile"));
        auto *details = restore.findChild<QLabel *>(QStringLiteral("backupDetails"));
        auto *button = restore.findChild<QPushButton *>(QStringLiteral("restore"));
        // Something that is no backup: said so, and Restore stays off.
        const QString notes = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are notes, not a database; long enough to have a header ......................");
        f.close();
        field->setText(notes);
        QVERIFY2(details->text().contains(QStringLiteral("not a Bursar database")), qPrintable(details->text()));
        QVERIFY(!button->isEnabled());
        field->setText(file);
        QVERIFY2(details->text().contains(QStringLiteral("200 customer")), qPrintable(details->text()));
        QVERIFY(button->isEnabled());
        // Cancel in the confirmation changes nothing.
        {
            bursar::test::ModalAnswer cancel(QStringLiteral("confirmRestore"),
                                             bursar::test::standard(QMessageBox::Cancel));
            QVERIFY(!restore.restore());
        }
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 201);
        bool signalled = false;
        connect(&restore, &bursar::ui::RestoreDialog::restored, this, [&] { signalled = true; });
        QVERIFY(restore.restore(true));
        QVERIFY(signalled);
        QVERIFY2(details->text().contains(QStringLiteral("kept as")), qPrintable(details->text()));
        QString error;
        QVERIFY2(m_window->reloadDatabase(&error), qPrintable(error));
        QCOMPARE(m_window->page<bursar::ui::CustomersPage>()->model()->rowCount(), 200);
    }

    void accountInformation_editAndSave()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("Settings > Account Information")));
        auto *page = m_window->page<bursar::ui::AccountInfoPage>();
        replaceText(child<QLineEdit>(page, "company_name"), QStringLiteral("Southwind Billing AG"));
        replaceText(child<QLineEdit>(page, "city"), QStringLiteral("Zurich"));
        QTest::mouseClick(child<QPushButton>(page, "save"), Qt::LeftButton);
        auto info = AccountInfoService(m_window->database()).load();
        QCOMPARE(info->companyName, QStringLiteral("Southwind Billing AG"));
        QCOMPARE(info->contact.city, QStringLiteral("Zurich"));
        QVERIFY(!info->logo.isEmpty()); // the demo logo was kept
        screenshot(m_window.get(), QStringLiteral("account-information-saved"));
        replaceText(child<QLineEdit>(page, "company_name"), QString());
        QTest::mouseClick(child<QPushButton>(page, "save"), Qt::LeftButton);
        QVERIFY(page->feedbackText().contains(QStringLiteral("company name is empty")));
        QVERIFY(!page->setLogoFile(QStringLiteral(":/bursar/currencies.csv")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
