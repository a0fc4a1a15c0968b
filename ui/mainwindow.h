#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace bursar::core {
class Database;
class WindowLock;
}

namespace bursar::ui {

class AccountInfoPage;
class CreditsReportPage;
class CustomerInvoicesPage;
class ExchangeRatesPage;
class NumberingPage;
class DocumentSettingsPage;
class PreviewPage;
class TaxTablesPage;
class BillingReportPage;
class CustomersPage;
class PricebooksPage;
class PricingAdjustmentsPage;
class UnmappedAccountsPage;
class UsageImportsPage;
class VendorCreditsPage;
class TenantsPage;
class UsersPage;

/// The main window: the navigation of PRODUCT.md §1 on the left, the chosen screen on the
/// right. Only areas that are built appear; nothing is a dead button.
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
    CustomersPage *customersPage() const { return m_customers; }
    AccountInfoPage *accountInfoPage() const { return m_accountInfo; }
    TenantsPage *tenantsPage() const { return m_tenants; }
    UsersPage *usersPage() const { return m_users; }
    BillingReportPage *billingReportPage() const { return m_billingReport; }
    UsageImportsPage *usageImportsPage() const { return m_usageImports; }
    UnmappedAccountsPage *unmappedAccountsPage() const { return m_unmapped; }
    VendorCreditsPage *vendorCreditsPage() const { return m_vendorCredits; }
    PricebooksPage *pricebooksPage() const { return m_pricebooks; }
    PricingAdjustmentsPage *pricingAdjustmentsPage() const { return m_adjustments; }
    CreditsReportPage *creditsReportPage() const { return m_creditsReport; }
    CustomerInvoicesPage *customerInvoicesPage() const { return m_invoices; }
    PreviewPage *previewPage() const { return m_preview; }
    TaxTablesPage *taxTablesPage() const { return m_taxTables; }
    ExchangeRatesPage *exchangeRatesPage() const { return m_exchangeRates; }
    NumberingPage *numberingPage() const { return m_numbering; }
    DocumentSettingsPage *documentSettingsPage() const { return m_documents; }
    core::Database &database() const { return *m_db; }
    /// Switches to another database file; on failure keeps the current one and says why.
    /// A file another Bursar window has open is refused (core::WindowLock).
    bool openDatabase(const QString &path, QString *error);
    /// The window keeps the lock that keeps a second window off its SQLite file.
    void holdWindowLock(std::unique_ptr<core::WindowLock> lock);

protected:
    /// Open customer profiles with unsaved changes ask first; Cancel keeps the window open.
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();

    std::unique_ptr<core::WindowLock> m_lock; ///< declared first: released after m_db closes
    std::unique_ptr<core::Database> m_db;
    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_dbLabel;
    CustomersPage *m_customers = nullptr;
    AccountInfoPage *m_accountInfo = nullptr;
    TenantsPage *m_tenants = nullptr;
    UsersPage *m_users = nullptr;
    BillingReportPage *m_billingReport = nullptr;
    UsageImportsPage *m_usageImports = nullptr;
    UnmappedAccountsPage *m_unmapped = nullptr;
    VendorCreditsPage *m_vendorCredits = nullptr;
    PricebooksPage *m_pricebooks = nullptr;
    PricingAdjustmentsPage *m_adjustments = nullptr;
    CreditsReportPage *m_creditsReport = nullptr;
    CustomerInvoicesPage *m_invoices = nullptr;
    PreviewPage *m_preview = nullptr;
    TaxTablesPage *m_taxTables = nullptr;
    ExchangeRatesPage *m_exchangeRates = nullptr;
    NumberingPage *m_numbering = nullptr;
    DocumentSettingsPage *m_documents = nullptr;
};

} // namespace bursar::ui
