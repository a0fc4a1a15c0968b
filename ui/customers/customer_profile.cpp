#include "ui/customers/customer_profile.h"

#include "core/customers/customer_service.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_rules.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "ui/customers/credits_panel.h"
#include "ui/customers/customer_emails_panel.h"
#include "ui/customers/profile_page.h"
#include "ui/einvoice/einvoice_forms.h"
#include "ui/finance/customer_ar_panel.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/region_picker.h"
#include "ui/widgets/tenant_combo.h"
#include "ui/widgets/window_size.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace bursar::ui {

using namespace bursar::core;

namespace {

using profile::newPage;

QComboBox *currencyCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(QCoreApplication::translate("bursar::ui", "— not set —"), QString());
    addCurrencyItems(combo);
    return combo;
}

} // namespace

CustomerProfileDialog::CustomerProfileDialog(Database &db, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_db(db), m_service(std::make_unique<CustomerService>(db))
{
    setObjectName(QStringLiteral("customerProfile"));
    m_customer.id = customerId;
    resizeWithinScreen(this, QSize(980, 660));

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setHeaderHidden(true);
    m_tree->setObjectName(QStringLiteral("folders"));
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 760});
    layout->addWidget(splitter, 1);

    m_feedback = new FormFeedback(this);
    layout->addWidget(m_feedback);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &CustomerProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerProfileDialog::reject);

    auto addFolder = [&](QTreeWidgetItem *parentItem, const QString &name, QWidget *page) {
        auto *item = parentItem ? new QTreeWidgetItem(parentItem, {name}) : new QTreeWidgetItem(m_tree, {name});
        if (page) {
            item->setData(0, Qt::UserRole, m_pages->addWidget(page));
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
            item->setData(0, Qt::UserRole, -1);
        }
        return item;
    };
    addFolder(nullptr, tr("General"), buildGeneral());
    auto *cloud = addFolder(nullptr, tr("Cloud Billing"), nullptr);
    addFolder(cloud, tr("Cloud Providers"), buildProviders());
    addFolder(cloud, tr("Vendor Accounts"), buildAccounts());
    addFolder(cloud, tr("Credits"), buildCredits());
    addFolder(nullptr, tr("Billing Profiles"), buildBillingProfiles());
    addFolder(nullptr, tr("Subscriptions"), buildSubscriptions());
    addFolder(nullptr, tr("Payment Methods"), buildPaymentMethods());
    addFolder(nullptr, tr("AR Documents"), buildArDocuments());
    addFolder(nullptr, tr("Statement Emails"), buildEmails());
    addFolder(nullptr, tr("E-invoicing"), buildEInvoicing());
    m_tree->expandAll();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).toInt() >= 0)
            m_pages->setCurrentIndex(item->data(0, Qt::UserRole).toInt());
    });
    m_tree->setCurrentItem(m_tree->topLevelItem(0));

    load();
}

CustomerProfileDialog::~CustomerProfileDialog() = default;

QStringList CustomerProfileDialog::folders() const
{
    QStringList names;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toInt() >= 0)
            names << (*it)->text(0);
    return names;
}

void CustomerProfileDialog::selectFolder(const QString &name)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->text(0) == name && ((*it)->flags() & Qt::ItemIsEnabled)) {
            m_tree->setCurrentItem(*it);
            return;
        }
}

QString CustomerProfileDialog::feedbackText() const
{
    return m_feedback->text();
}

void CustomerProfileDialog::showError(const Error &error)
{
    m_feedback->showError(error);
}

void CustomerProfileDialog::showInfo(const QString &text)
{
    m_feedback->showInfo(text);
}

QWidget *CustomerProfileDialog::buildGeneral()
{
    auto [page, v] = newPage(this, tr("General"));
    auto *form = new QFormLayout;
    v->addLayout(form);
    m_idLabel = new QLabel(page);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Customer ID:"), m_idLabel);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(200);
    form->addRow(tr("&Name:"), m_name);
    m_tenant = new QComboBox(page);
    m_tenant->setObjectName(QStringLiteral("tenant"));
    form->addRow(tr("&Tenant:"), m_tenant);
    m_contact = new ContactForm(form, page);
    m_region = new PlaceCombo(page);
    m_region->setObjectName(QStringLiteral("region"));
    form->addRow(tr("&Region:"), m_region);
    m_state = new PlaceCombo(page);
    m_state->setObjectName(QStringLiteral("state"));
    linkRegionAndState(m_region, m_state);
    form->addRow(tr("&State/Province:"), m_state);
    m_terms = new QSpinBox(page);
    m_terms->setObjectName(QStringLiteral("payment_terms"));
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    form->addRow(tr("Payment &terms:"), m_terms);
    v->addWidget(new QLabel(tr("Region and state/province select the tax rate on statements."), page));
    v->addStretch(1);

    m_feedback->addFields(m_contact->fields());
    m_feedback->addField(QStringLiteral("name"), m_name);
    m_feedback->addField(QStringLiteral("tenant"), m_tenant);
    m_feedback->addField(QStringLiteral("region"), m_region);
    m_feedback->addField(QStringLiteral("state"), m_state);
    m_feedback->addField(QStringLiteral("payment_terms"), m_terms);
    return page;
}

QWidget *CustomerProfileDialog::buildProviders()
{
    auto [page, v] = newPage(this, tr("Cloud Providers"),
                             tr("For each vendor: whether this customer is billed for it, the pricebook that "
                                "turns the vendor's cost into this customer's price, and the invoice currency of "
                                "its statements. Statements cannot be generated for a vendor without both."));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Vendor</b>"), page), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Enabled</b>"), page), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Invoice currency</b>"), page), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Pricebook</b>"), page), 0, 3);
    auto books = PricingService(m_db).pricebooks();
    int row = 1;
    for (Vendor vendor : allVendors()) {
        grid->addWidget(new QLabel(vendorName(vendor), page), row, 0);
        auto *enabled = new QCheckBox(page);
        enabled->setObjectName(QStringLiteral("enabled_") + vendorKey(vendor));
        auto *currency = currencyCombo(page);
        currency->setObjectName(QStringLiteral("currency_") + vendorKey(vendor));
        auto *pricebook = new QComboBox(page);
        pricebook->setObjectName(QStringLiteral("pricebook_") + vendorKey(vendor));
        pricebook->addItem(tr("(none)"), 0);
        if (books)
            for (const Pricebook &b : *books)
                if (b.vendor == vendor)
                    pricebook->addItem(b.name, b.id);
        grid->addWidget(enabled, row, 1);
        grid->addWidget(currency, row, 2);
        grid->addWidget(pricebook, row, 3);
        m_providerRows.append({vendor, enabled, currency, pricebook});
        ++row;
    }
    grid->setColumnStretch(3, 1);
    v->addLayout(grid);
    v->addStretch(1);
    return page;
}

QWidget *CustomerProfileDialog::buildCredits()
{
    auto [page, v] = newPage(this, tr("Credits"),
                             tr("Credits the customer is owed. They are applied when statements are generated with "
                                "Apply Credits, and never appear in the Billing Customers Report."));
    m_credits = new CreditsPanel(m_db, page);
    v->addWidget(m_credits, 1);
    return page;
}

QWidget *CustomerProfileDialog::buildArDocuments()
{
    auto [page, v] = newPage(this, tr("AR Documents"),
                             tr("The customer's balance and every credit memo, debit memo and payment (Finance > "
                                "Documents). Double-click one for its applications."));
    m_ar = new CustomerArPanel(m_db, page);
    v->addWidget(m_ar, 1);
    return page;
}

QWidget *CustomerProfileDialog::buildEmails()
{
    auto [page, v] = newPage(this, tr("Statement Emails"),
                             tr("Where the customer's statements are emailed when they are approved (Settings > "
                                "Notifications sets the mail server), and the emails sent so far."));
    m_emails = new CustomerEmailsPanel(m_db, page);
    v->addWidget(m_emails, 1);
    return page;
}

QWidget *CustomerProfileDialog::buildEInvoicing()
{
    auto [page, v] = newPage(this, tr("E-invoicing"),
                             tr("What the customer's e-invoices (UBL, EN 16931, Peppol) need: its VAT ID, its "
                                "electronic address and the reference it asked for. Export a statement as UBL from "
                                "Billing > Customer Invoices."));
    m_einvoice = new CustomerEInvoiceForm(m_db, page);
    v->addWidget(m_einvoice, 1);
    return page;
}

void CustomerProfileDialog::load()
{
    m_tenant->clear();
    if (auto tenants = m_service->tenants()) {
        addTenantItems(m_tenant, *tenants);
    } else {
        showError(tenants.error());
    }

    const bool exists = m_customer.id > 0;
    if (exists) {
        auto c = m_service->customer(m_customer.id);
        if (!c) {
            showError(c.error());
            return;
        }
        m_customer = *c;
    } else if (auto t = m_service->defaultTenant()) {
        m_customer.tenantId = *t;
        if (m_tenant->findData(*t) < 0)
            m_tenant->addItem(tr("Distributor"), *t);
    }
    m_idLabel->setText(exists ? displayCustomerId(m_customer.id) : tr("assigned when you save"));
    m_name->setText(m_customer.name);
    m_tenant->setCurrentIndex(std::max(0, m_tenant->findData(m_customer.tenantId)));
    m_contact->setContact(m_customer.contact);
    m_region->setCode(m_customer.region);
    m_state->setCode(m_customer.state);
    m_terms->setValue(m_customer.paymentTermsDays);

    if (exists) {
        if (auto providers = m_service->providers(m_customer.id)) {
            m_loadedProviders = *providers;
            for (const ProviderRow &row : std::as_const(m_providerRows))
                for (const CustomerProvider &p : *providers)
                    if (p.vendor == row.vendor) {
                        row.enabled->setChecked(p.enabled);
                        row.currency->setCurrentIndex(std::max(0, row.currency->findData(p.currency)));
                        row.pricebook->setCurrentIndex(std::max(0, row.pricebook->findData(p.pricebookId)));
                    }
        }
        loadAccounts();
        loadPaymentMethods();
        loadBillingProfiles();
        loadSubscriptions();
        m_credits->setCustomer(m_customer.id);
        m_ar->setCustomer(m_customer.id);
        m_emails->setCustomer(m_customer.id);
        m_einvoice->setCustomer(m_customer.id);
    }
    m_savedState = formState();
    // Until the customer exists, only General can be filled in.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->text(0) != tr("General"))
            (*it)->setDisabled(!exists);
    updateTitle();
}

QString CustomerProfileDialog::formState() const
{
    // What Save would write from General and Cloud Providers, as one comparable string.
    const Contact c = m_contact->contact();
    QStringList parts{m_name->text(),
                      m_tenant->currentData().toString(),
                      c.contactName,
                      c.email,
                      c.phone,
                      c.addressLine1,
                      c.addressLine2,
                      c.city,
                      c.postalCode,
                      c.country,
                      m_region->code(),
                      m_state->code(),
                      QString::number(m_terms->value())};
    for (const ProviderRow &row : m_providerRows)
        parts << (row.enabled->isChecked() ? QStringLiteral("1") : QStringLiteral("0"))
              << row.currency->currentData().toString() << row.pricebook->currentData().toString();
    return parts.join(QChar(0x1f));
}

bool CustomerProfileDialog::hasUnsavedChanges() const
{
    return formState() != m_savedState;
}

bool CustomerProfileDialog::maySaveOrDiscard()
{
    if (!hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("%1 has changes that are not saved. Save them before closing?")
                        .arg(m_customer.id > 0 ? displayCustomerId(m_customer.id) + u' ' + m_customer.name
                                               : tr("The new customer")),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save(); // a refused save keeps the profile open, with the reason shown
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void CustomerProfileDialog::reject()
{
    if (maySaveOrDiscard())
        QDialog::reject();
}

void CustomerProfileDialog::updateTitle()
{
    setWindowTitle(m_customer.id > 0 ? tr("Customer %1 – %2").arg(displayCustomerId(m_customer.id), m_customer.name)
                                     : tr("New Customer"));
}

bool CustomerProfileDialog::save()
{
    Customer c = m_customer;
    c.name = m_name->text();
    c.tenantId = m_tenant->currentData().toLongLong();
    c.contact = m_contact->contact();
    c.region = m_region->code();
    c.state = m_state->code();
    c.paymentTermsDays = m_terms->value();

    const bool isNew = c.id == 0;
    if (isNew) {
        auto id = m_service->addCustomer(c);
        if (!id) {
            selectFolder(tr("General"));
            showError(id.error());
            return false;
        }
        m_customer.id = *id;
    } else {
        if (Status s = m_service->updateCustomer(c); !s) {
            selectFolder(tr("General"));
            if (s.error().field == QLatin1String("conflict")) {
                // Someone saved first: offer their version; the clerk's edits stay until then.
                m_feedback->showError(s.error(), tr("&Reload"), [this] {
                    load();
                    showInfo(tr("Reloaded: this is the customer as saved now. Make your change again and save."));
                });
            } else {
                showError(s.error());
            }
            return false;
        }
        for (const ProviderRow &row : std::as_const(m_providerRows)) {
            const CustomerProvider p{row.vendor, row.enabled->isChecked(), row.currency->currentData().toString(),
                                     row.pricebook->currentData().toLongLong()};
            const bool unchanged =
                std::any_of(m_loadedProviders.cbegin(), m_loadedProviders.cend(), [&](const auto &l) {
                    return l.vendor == p.vendor && l.enabled == p.enabled && l.currency == p.currency &&
                           l.pricebookId == p.pricebookId;
                });
            if (unchanged)
                continue;
            if (Status s = m_service->setProvider(m_customer.id, p); !s) {
                selectFolder(tr("Cloud Providers"));
                showError({s.error().message, QString()});
                row.currency->setFocus();
                return false;
            }
        }
    }
    load();
    showInfo(isNew ? tr("Customer %1 created. Now set up its Cloud Providers and accounts.")
                         .arg(displayCustomerId(m_customer.id))
                   : tr("Saved."));
    Q_EMIT customerSaved(m_customer.id);
    return true;
}

} // namespace bursar::ui
