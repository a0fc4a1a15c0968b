#include "ui/navigation.h"

#include "ui/billing/billing_pages.h"
#include "ui/customers/customer_list_model.h"
#include "ui/customers/customer_profile.h"
#include "ui/customers/customers_page.h"
#include "ui/finance/aging_page.h"
#include "ui/finance/documents_page.h"
#include "ui/finance/write_off_page.h"
#include "ui/reports/billing_report_page.h"
#include "ui/reports/credits_report_page.h"
#include "ui/reports/services_credits_report_page.h"
#include "ui/servicescredits/services_credits_pages.h"
#include "ui/settings/account_info_page.h"
#include "ui/settings/billing_settings_pages.h"
#include "ui/settings/notifications_page.h"
#include "ui/settings/pricing_pages.h"
#include "ui/settings/tenants_page.h"
#include "ui/settings/users_page.h"
#include "ui/settings/vendors_page.h"
#include "ui/usage/usage_pages.h"

#include <QCoreApplication>

namespace bursar::ui {

namespace {

constexpr const char *Context = "bursar::ui::MainWindow";

/// A page that needs nothing but the database.
template <class Page> QWidget *plain(PageContext &c)
{
    return new Page(c.db, c.parent);
}

QString pathOf(const char *area, const char *title)
{
    return QCoreApplication::translate(Context, area) +
           (*title ? QStringLiteral(" > ") + QCoreApplication::translate(Context, title) : QString());
}

QWidget *customers(PageContext &c)
{
    auto *page = new CustomersPage(c.db, c.parent);
    QObject::connect(&c.events, &Events::customerRequested, page, [page](qint64 customer, const QString &fix) {
        if (fix == QLatin1String("invoices"))
            return;
        CustomerProfileDialog *profile = page->openProfile(customer);
        if (fix == QLatin1String("cloud_providers"))
            profile->selectFolder(CustomerProfileDialog::tr("Cloud Providers"));
        else if (fix == QLatin1String("credits"))
            profile->selectFolder(CustomerProfileDialog::tr("Credits"));
    });
    QObject::connect(&c.events, &Events::tenantsChanged, page, [page] {
        page->reloadTenants();
        page->model()->refresh(); // rows show tenant names
    });
    return page;
}

QWidget *billingReport(PageContext &c)
{
    auto *page = new BillingReportPage(c.db, c.parent);
    // The preview page may not be built yet: going there builds it, then it hears the run.
    QObject::connect(page, &BillingReportPage::previewRequested, &c.events,
                     [events = &c.events, navigate = c.navigate](qint64 run) {
                         navigate(pathOf("Billing", "Preview Generated Billing Statements"));
                         Q_EMIT events->previewRequested(run);
                     });
    QObject::connect(page, &BillingReportPage::statementsChanged, &c.events, &Events::statementsChanged);
    // A run's failure, double-clicked: the page that fixes it (built first if need be).
    QObject::connect(page, &BillingReportPage::fixRequested, &c.events,
                     [events = &c.events, navigate = c.navigate](qint64 customer, const QString &fix) {
                         if (fix == QLatin1String("exchange_rates")) {
                             navigate(pathOf("Settings", "Exchange Rates"));
                             return;
                         }
                         navigate(fix == QLatin1String("invoices") ? pathOf("Billing", "Customer Invoices")
                                                                   : pathOf("Customers", ""));
                         Q_EMIT events->customerRequested(customer, fix);
                     });
    // Imports, mappings and pricing change what the report shows.
    QObject::connect(&c.events, &Events::usageChanged, page, &BillingReportPage::refresh);
    QObject::connect(&c.events, &Events::pricingChanged, page, &BillingReportPage::refresh);
    return page;
}

QWidget *creditsReport(PageContext &c)
{
    auto *page = new CreditsReportPage(c.db, c.parent);
    QObject::connect(&c.events, &Events::statementsChanged, page, &CreditsReportPage::reload);
    return page;
}

QWidget *invoices(PageContext &c)
{
    auto *page = new CustomerInvoicesPage(c.db, c.parent);
    QObject::connect(&c.events, &Events::customerRequested, page, [page](qint64 customer, const QString &fix) {
        if (fix == QLatin1String("invoices"))
            page->showCustomer(customer);
    });
    QObject::connect(page, &CustomerInvoicesPage::statementsChanged, &c.events, &Events::statementsChanged);
    QObject::connect(&c.events, &Events::statementsChanged, page, &CustomerInvoicesPage::refresh);
    QObject::connect(&c.events, &Events::receivablesChanged, page, &CustomerInvoicesPage::refresh);
    return page;
}

QWidget *preview(PageContext &c)
{
    auto *page = new PreviewPage(c.db, c.parent);
    // The month-end flow: report > Generate > Preview > Approve > Customer Invoices.
    QObject::connect(&c.events, &Events::previewRequested, page, [page, navigate = c.navigate](qint64 run) {
        page->showRun(run);
        navigate(pathOf("Billing", "Preview Generated Billing Statements"));
    });
    QObject::connect(page, &PreviewPage::finished, page,
                     [navigate = c.navigate] { navigate(pathOf("Reports", "Billing")); });
    QObject::connect(page, &PreviewPage::statementsChanged, &c.events, &Events::statementsChanged);
    QObject::connect(&c.events, &Events::statementsChanged, page, &PreviewPage::refresh);
    return page;
}

QWidget *imports(PageContext &c)
{
    auto *page = new UsageImportsPage(c.db, c.parent);
    QObject::connect(page, &UsageImportsPage::usageChanged, &c.events, &Events::usageChanged);
    return page;
}

QWidget *unmapped(PageContext &c)
{
    auto *page = new UnmappedAccountsPage(c.db, c.parent);
    QObject::connect(page, &UnmappedAccountsPage::usageChanged, &c.events, &Events::usageChanged);
    QObject::connect(&c.events, &Events::usageChanged, page, &UnmappedAccountsPage::reload);
    return page;
}

QWidget *vendorCredits(PageContext &c)
{
    auto *page = new VendorCreditsPage(c.db, c.parent);
    QObject::connect(&c.events, &Events::usageChanged, page, &VendorCreditsPage::reload);
    return page;
}

QWidget *tenants(PageContext &c)
{
    auto *page = new TenantsPage(c.db, c.parent);
    QObject::connect(page, &TenantsPage::tenantsChanged, &c.events, &Events::tenantsChanged);
    return page;
}

QWidget *pricebooks(PageContext &c)
{
    auto *page = new PricebooksPage(c.db, c.parent);
    QObject::connect(page, &PricebooksPage::pricingChanged, &c.events, &Events::pricingChanged);
    return page;
}

QWidget *adjustments(PageContext &c)
{
    auto *page = new PricingAdjustmentsPage(c.db, c.parent);
    QObject::connect(page, &PricingAdjustmentsPage::pricingChanged, &c.events, &Events::pricingChanged);
    return page;
}

QWidget *financeDocuments(PageContext &c)
{
    auto *page = new FinanceDocumentsPage(c.db, c.parent);
    QObject::connect(page, &FinanceDocumentsPage::changed, &c.events, &Events::receivablesChanged);
    QObject::connect(&c.events, &Events::statementsChanged, page, &FinanceDocumentsPage::refresh);
    return page;
}

QWidget *aging(PageContext &c)
{
    auto *page = new AgingPage(c.db, c.parent);
    QObject::connect(&c.events, &Events::receivablesChanged, page, &AgingPage::reload);
    QObject::connect(&c.events, &Events::statementsChanged, page, &AgingPage::reload);
    return page;
}

QWidget *servicesCreditsReport(PageContext &c)
{
    auto *page = new ServicesCreditsReportPage(c.db, c.parent);
    QObject::connect(&c.events, &Events::servicesCreditsChanged, page, &ServicesCreditsReportPage::reload);
    return page;
}

QWidget *purchases(PageContext &c)
{
    auto *page = new PurchasesPage(c.db, c.parent);
    QObject::connect(page, &PurchasesPage::changed, &c.events, &Events::servicesCreditsChanged);
    QObject::connect(&c.events, &Events::servicesCreditsChanged, page, &PurchasesPage::refresh);
    return page;
}

QWidget *opportunities(PageContext &c)
{
    auto *page = new OpportunitiesPage(c.db, c.parent);
    QObject::connect(page, &OpportunitiesPage::changed, &c.events, &Events::servicesCreditsChanged);
    return page;
}

QWidget *projects(PageContext &c)
{
    auto *page = new ProjectsPage(c.db, c.parent);
    QObject::connect(page, &ProjectsPage::changed, &c.events, &Events::servicesCreditsChanged);
    QObject::connect(&c.events, &Events::servicesCreditsChanged, page, &ProjectsPage::reload);
    return page;
}

} // namespace

QString Screen::areaText() const
{
    return QCoreApplication::translate(Context, area);
}

QString Screen::titleText() const
{
    return *title ? QCoreApplication::translate(Context, title) : QString();
}

QString Screen::path() const
{
    return pathOf(area, title);
}

const QList<Screen> &screens()
{
    static const QList<Screen> all{
        {QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Customers"), "", customers, &CustomersPage::staticMetaObject},
        {QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Reports"), QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Billing"),
         billingReport, &BillingReportPage::staticMetaObject},
        {"Reports", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Credits"), creditsReport,
         &CreditsReportPage::staticMetaObject},
        {"Reports", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Aging"), aging, &AgingPage::staticMetaObject},
        {"Reports", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Services Credits"), servicesCreditsReport,
         &ServicesCreditsReportPage::staticMetaObject},
        {QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Billing"),
         QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Customer Invoices"), invoices,
         &CustomerInvoicesPage::staticMetaObject},
        {"Billing", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Preview Generated Billing Statements"), preview,
         &PreviewPage::staticMetaObject},
        {QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Finance"),
         QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Documents"), financeDocuments,
         &FinanceDocumentsPage::staticMetaObject},
        {"Services Credits", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Customer Purchases"), purchases,
         &PurchasesPage::staticMetaObject},
        {"Services Credits", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Opportunities"), opportunities,
         &OpportunitiesPage::staticMetaObject},
        {"Services Credits", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Projects & Milestones"), projects,
         &ProjectsPage::staticMetaObject},
        {QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Usage"), QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Imports"),
         imports, &UsageImportsPage::staticMetaObject},
        {"Usage", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Unmapped Accounts"), unmapped,
         &UnmappedAccountsPage::staticMetaObject},
        {"Usage", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Vendor Credits"), vendorCredits,
         &VendorCreditsPage::staticMetaObject},
        {QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Settings"),
         QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Account Information"), plain<AccountInfoPage>,
         &AccountInfoPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Tenants"), tenants, &TenantsPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Vendors"), plain<VendorsPage>,
         &VendorsPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Pricebooks"), pricebooks,
         &PricebooksPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Discounts, Charges & Support"), adjustments,
         &PricingAdjustmentsPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Tax Tables"), plain<TaxTablesPage>,
         &TaxTablesPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Exchange Rates"), plain<ExchangeRatesPage>,
         &ExchangeRatesPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Statement Numbering"), plain<NumberingPage>,
         &NumberingPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Statement Documents"), plain<DocumentSettingsPage>,
         &DocumentSettingsPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Notifications"), plain<NotificationsPage>,
         &NotificationsPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Write-off"), plain<WriteOffPage>,
         &WriteOffPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Services Credits"),
         plain<ServicesCreditsSettingsPage>, &ServicesCreditsSettingsPage::staticMetaObject},
        {"Settings", QT_TRANSLATE_NOOP("bursar::ui::MainWindow", "Users & Privileges"), plain<UsersPage>,
         &UsersPage::staticMetaObject},
    };
    return all;
}

} // namespace bursar::ui
