#include "customers/customer_profile.h"

#include "customers/credits_panel.h"

#include "pricing/pricing_service.h"

#include "customers/customer_service.h"
#include "money/currency.h"
#include "storage/database.h"
#include "widgets/contact_form.h"
#include "widgets/tenant_combo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, qint64 id = 0)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        t->setItem(row, c, item);
    }
}

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    l->setFont(f);
    return l;
}

/// A folder's page: a title, an optional explanatory note, then what the caller adds.
std::pair<QWidget *, QVBoxLayout *> newPage(QWidget *parent, const QString &title, const QString &note = {})
{
    auto *page = new QWidget(parent);
    auto *v = new QVBoxLayout(page);
    v->addWidget(pageTitle(title, page));
    if (!note.isEmpty()) {
        auto *label = new QLabel(note, page);
        label->setWordWrap(true);
        v->addWidget(label);
    }
    return {page, v};
}

QComboBox *currencyCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(QCoreApplication::translate("bursar::ui", "— not set —"), QString());
    for (const Currency &c : Currencies::all())
        combo->addItem(c.code + QStringLiteral(" – ") + c.name, c.code);
    return combo;
}

qint64 selectedId(QTableWidget *t)
{
    const auto items = t->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

} // namespace

CustomerProfileDialog::CustomerProfileDialog(Database &db, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_db(db), m_service(std::make_unique<CustomerService>(db))
{
    setObjectName(QStringLiteral("customerProfile"));
    m_customer.id = customerId;
    resize(980, 660);

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

QString CustomerProfileDialog::feedbackText() const { return m_feedback->text(); }

void CustomerProfileDialog::showError(const Error &error) { m_feedback->showError(error); }

void CustomerProfileDialog::showInfo(const QString &text) { m_feedback->showInfo(text); }

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
    m_region = new QLineEdit(page);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setPlaceholderText(tr("e.g. US"));
    m_region->setMaxLength(64);
    form->addRow(tr("&Region:"), m_region);
    m_state = new QLineEdit(page);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setPlaceholderText(tr("e.g. WA"));
    m_state->setMaxLength(64);
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
    for (Vendor vendor : AllVendors) {
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

QWidget *CustomerProfileDialog::buildAccounts()
{
    auto [page, v] = newPage(this, tr("Vendor Accounts"),
                             tr("Usage rows of these AWS accounts, Azure subscriptions and Google billing accounts "
                               "are billed to this customer. An account belongs to one customer only."));
    m_accounts = makeTable({tr("Vendor"), tr("Account / subscription ID"), tr("Label")}, page);
    m_accounts->setObjectName(QStringLiteral("accounts"));
    v->addWidget(m_accounts, 1);
    auto *h = new QHBoxLayout;
    m_accountVendor = new QComboBox(page);
    for (Vendor vendor : AllVendors)
        m_accountVendor->addItem(vendorName(vendor), static_cast<int>(vendor));
    m_accountId = new QLineEdit(page);
    m_accountId->setObjectName(QStringLiteral("account"));
    m_accountId->setPlaceholderText(tr("Account or subscription ID"));
    m_accountLabel = new QLineEdit(page);
    m_accountLabel->setPlaceholderText(tr("Label (optional)"));
    auto *map = new QPushButton(tr("&Map Account"), page);
    map->setObjectName(QStringLiteral("mapAccount"));
    auto *unmap = new QPushButton(tr("&Unmap"), page);
    h->addWidget(m_accountVendor);
    h->addWidget(m_accountId, 2);
    h->addWidget(m_accountLabel, 1);
    h->addWidget(map);
    h->addWidget(unmap);
    v->addLayout(h);
    m_feedback->addField(QStringLiteral("account"), m_accountId);

    connect(map, &QPushButton::clicked, this, [this] {
        const VendorAccount account{static_cast<Vendor>(m_accountVendor->currentData().toInt()), m_accountId->text(),
                                    m_customer.id, m_accountLabel->text()};
        if (Status s = m_service->mapAccount(account); !s)
            return showError(s.error());
        showInfo(tr("Mapped %1 account %2.").arg(vendorName(account.vendor), account.accountId.trimmed()));
        m_accountId->clear();
        m_accountLabel->clear();
        loadAccounts();
    });
    connect(unmap, &QPushButton::clicked, this, [this] {
        const int row = m_accounts->currentRow();
        if (row < 0)
            return showError({tr("Select the account to unmap first."), {}});
        const auto vendor = vendorFromText(m_accounts->item(row, 0)->text());
        const QString id = m_accounts->item(row, 1)->text();
        if (!vendor)
            return;
        if (Status s = m_service->unmapAccount(*vendor, id); !s)
            return showError(s.error());
        showInfo(tr("Unmapped %1 account %2.").arg(vendorName(*vendor), id));
        loadAccounts();
    });
    return page;
}

QWidget *CustomerProfileDialog::buildPaymentMethods()
{
    auto [page, v] = newPage(this, tr("Payment Methods"),
                             tr("Bursar keeps only a masked reference (the last four characters). "
                               "You may type the full number: the rest is dropped before saving."));
    m_payments = makeTable({tr("Type"), tr("Reference"), tr("Holder")}, page);
    m_payments->setObjectName(QStringLiteral("paymentMethods"));
    v->addWidget(m_payments, 1);
    auto *h = new QHBoxLayout;
    m_paymentKind = new QComboBox(page);
    for (PaymentKind k : {PaymentKind::Card, PaymentKind::BankTransfer, PaymentKind::DirectDebit, PaymentKind::Other})
        m_paymentKind->addItem(paymentKindName(k), paymentKindKey(k));
    m_paymentReference = new QLineEdit(page);
    m_paymentReference->setObjectName(QStringLiteral("reference"));
    m_paymentReference->setPlaceholderText(tr("Card or account number (only the last 4 are kept)"));
    m_paymentHolder = new QLineEdit(page);
    m_paymentHolder->setPlaceholderText(tr("Holder name"));
    auto *add = new QPushButton(tr("&Add"), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    h->addWidget(m_paymentKind);
    h->addWidget(m_paymentReference, 2);
    h->addWidget(m_paymentHolder, 1);
    h->addWidget(add);
    h->addWidget(remove);
    v->addLayout(h);
    m_feedback->addField(QStringLiteral("reference"), m_paymentReference);

    connect(add, &QPushButton::clicked, this, [this] {
        const auto kind = paymentKindFromKey(m_paymentKind->currentData().toString()).value_or(PaymentKind::Other);
        auto id = m_service->addPaymentMethod(m_customer.id, kind, m_paymentReference->text(), m_paymentHolder->text());
        m_paymentReference->clear(); // never keep a typed card number on screen
        if (!id)
            return showError(id.error());
        showInfo(tr("Payment method added."));
        m_paymentHolder->clear();
        loadPaymentMethods();
        loadBillingProfiles();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId(m_payments);
        if (id == 0)
            return showError({tr("Select the payment method to remove first."), {}});
        if (Status s = m_service->removePaymentMethod(id); !s)
            return showError(s.error());
        showInfo(tr("Payment method removed."));
        loadPaymentMethods();
        loadBillingProfiles();
    });
    return page;
}

QWidget *CustomerProfileDialog::buildBillingProfiles()
{
    auto [page, v] = newPage(this, tr("Billing Profiles"));
    m_profiles = makeTable({tr("Name"), tr("Contact"), tr("City"), tr("Payment method")}, page);
    m_profiles->setObjectName(QStringLiteral("billingProfiles"));
    v->addWidget(m_profiles, 1);
    auto *box = new QGroupBox(tr("Profile"), page);
    auto *form = new QFormLayout(box);
    m_profileName = new QLineEdit(box);
    m_profileName->setObjectName(QStringLiteral("profile_name"));
    form->addRow(tr("Na&me:"), m_profileName);
    m_profileContact = new ContactForm(form, box, QStringLiteral("profile_"));
    m_profilePayment = new QComboBox(box);
    form->addRow(tr("Payment &method:"), m_profilePayment);
    v->addWidget(box);
    auto *h = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("&New Profile"), page);
    auto *saveButton = new QPushButton(tr("Save &Profile"), page);
    saveButton->setObjectName(QStringLiteral("saveProfile"));
    auto *deleteButton = new QPushButton(tr("&Delete Profile"), page);
    h->addWidget(newButton);
    h->addStretch(1);
    h->addWidget(deleteButton);
    h->addWidget(saveButton);
    v->addLayout(h);

    auto clearEditor = [this] {
        m_editingProfile = 0;
        m_profileName->clear();
        m_profileContact->setContact({});
        m_profilePayment->setCurrentIndex(0);
        m_profiles->clearSelection();
    };
    connect(newButton, &QPushButton::clicked, this, clearEditor);
    connect(m_profiles, &QTableWidget::itemSelectionChanged, this, [this] {
        const qint64 id = selectedId(m_profiles);
        for (const BillingProfile &p : std::as_const(m_profileList))
            if (p.id == id) {
                m_editingProfile = id;
                m_profileName->setText(p.name);
                m_profileContact->setContact(p.contact);
                const int idx = m_profilePayment->findData(p.paymentMethodId ? *p.paymentMethodId : 0);
                m_profilePayment->setCurrentIndex(idx < 0 ? 0 : idx);
            }
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        BillingProfile p;
        p.id = m_editingProfile;
        p.customerId = m_customer.id;
        p.name = m_profileName->text();
        p.contact = m_profileContact->contact();
        if (const qint64 pm = m_profilePayment->currentData().toLongLong(); pm > 0)
            p.paymentMethodId = pm;
        auto id = m_service->saveBillingProfile(p);
        if (!id) {
            const Error e = id.error();
            return showError({e.message, QStringLiteral("profile_") + e.field});
        }
        showInfo(tr("Billing profile “%1” saved.").arg(p.name.simplified()));
        loadBillingProfiles();
        loadSubscriptions();
    });
    connect(deleteButton, &QPushButton::clicked, this, [this, clearEditor] {
        if (m_editingProfile == 0)
            return showError({tr("Select the billing profile to delete first."), {}});
        if (Status s = m_service->removeBillingProfile(m_editingProfile); !s)
            return showError(s.error());
        showInfo(tr("Billing profile deleted."));
        clearEditor();
        loadBillingProfiles();
        loadSubscriptions();
    });
    m_feedback->addField(QStringLiteral("profile_name"), m_profileName);
    m_feedback->addFields(m_profileContact->fields());
    m_feedback->addField(QStringLiteral("profile_payment_method"), m_profilePayment);
    return page;
}

QWidget *CustomerProfileDialog::buildSubscriptions()
{
    auto [page, v] = newPage(this, tr("Subscriptions"));
    m_subscriptions = makeTable({tr("Name"), tr("Region"), tr("State/Province"), tr("Billing profile"), tr("Default")}, page);
    m_subscriptions->setObjectName(QStringLiteral("subscriptions"));
    v->addWidget(m_subscriptions, 1);
    auto *box = new QGroupBox(tr("Subscription"), page);
    auto *form = new QFormLayout(box);
    m_subName = new QLineEdit(box);
    m_subName->setObjectName(QStringLiteral("subscription_name"));
    form->addRow(tr("Na&me:"), m_subName);
    m_subRegion = new QLineEdit(box);
    form->addRow(tr("Re&gion:"), m_subRegion);
    m_subState = new QLineEdit(box);
    form->addRow(tr("S&tate/Province:"), m_subState);
    m_subProfile = new QComboBox(box);
    form->addRow(tr("&Billing profile:"), m_subProfile);
    m_subDefault = new QCheckBox(tr("Default subscription of this customer"), box);
    form->addRow(QString(), m_subDefault);
    v->addWidget(box);
    auto *h = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("&New Subscription"), page);
    auto *saveButton = new QPushButton(tr("Save &Subscription"), page);
    auto *deleteButton = new QPushButton(tr("&Delete Subscription"), page);
    h->addWidget(newButton);
    h->addStretch(1);
    h->addWidget(deleteButton);
    h->addWidget(saveButton);
    v->addLayout(h);

    auto clearEditor = [this] {
        m_editingSubscription = 0;
        m_subName->clear();
        m_subRegion->setText(m_customer.region);
        m_subState->setText(m_customer.state);
        m_subProfile->setCurrentIndex(0);
        m_subDefault->setChecked(false);
        m_subscriptions->clearSelection();
    };
    connect(newButton, &QPushButton::clicked, this, clearEditor);
    connect(m_subscriptions, &QTableWidget::itemSelectionChanged, this, [this] {
        const qint64 id = selectedId(m_subscriptions);
        for (const Subscription &s : std::as_const(m_subscriptionList))
            if (s.id == id) {
                m_editingSubscription = id;
                m_subName->setText(s.name);
                m_subRegion->setText(s.region);
                m_subState->setText(s.state);
                const int idx = m_subProfile->findData(s.billingProfileId ? *s.billingProfileId : 0);
                m_subProfile->setCurrentIndex(idx < 0 ? 0 : idx);
                m_subDefault->setChecked(s.isDefault);
            }
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        Subscription s;
        s.id = m_editingSubscription;
        s.customerId = m_customer.id;
        s.name = m_subName->text();
        s.region = m_subRegion->text();
        s.state = m_subState->text();
        if (const qint64 p = m_subProfile->currentData().toLongLong(); p > 0)
            s.billingProfileId = p;
        s.isDefault = m_subDefault->isChecked();
        auto id = m_service->saveSubscription(s);
        if (!id) {
            const Error e = id.error();
            return showError({e.message, QStringLiteral("subscription_") + e.field});
        }
        showInfo(tr("Subscription “%1” saved.").arg(s.name.simplified()));
        loadSubscriptions();
    });
    connect(deleteButton, &QPushButton::clicked, this, [this, clearEditor] {
        if (m_editingSubscription == 0)
            return showError({tr("Select the subscription to delete first."), {}});
        if (Status s = m_service->removeSubscription(m_editingSubscription); !s)
            return showError(s.error());
        showInfo(tr("Subscription deleted."));
        clearEditor();
        loadSubscriptions();
    });
    m_feedback->addField(QStringLiteral("subscription_name"), m_subName);
    m_feedback->addField(QStringLiteral("subscription_region"), m_subRegion);
    m_feedback->addField(QStringLiteral("subscription_state"), m_subState);
    m_feedback->addField(QStringLiteral("subscription_billing_profile"), m_subProfile);
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
    m_region->setText(m_customer.region);
    m_state->setText(m_customer.state);
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
    }
    m_savedState = formState();
    // Until the customer exists, only General can be filled in.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->text(0) != tr("General"))
            (*it)->setDisabled(!exists);
    updateTitle();
}

void CustomerProfileDialog::loadAccounts()
{
    auto accounts = m_service->accounts(m_customer.id);
    if (!accounts)
        return showError(accounts.error());
    m_accounts->setRowCount(static_cast<int>(accounts->size()));
    int row = 0;
    for (const VendorAccount &a : *accounts)
        setRow(m_accounts, row++, {vendorName(a.vendor), a.accountId, a.label});
    m_accounts->resizeColumnsToContents();
}

void CustomerProfileDialog::loadPaymentMethods()
{
    auto methods = m_service->paymentMethods(m_customer.id);
    if (!methods)
        return showError(methods.error());
    m_payments->setRowCount(static_cast<int>(methods->size()));
    m_profilePayment->clear();
    m_profilePayment->addItem(tr("— none —"), qint64(0));
    int row = 0;
    for (const PaymentMethod &m : *methods) {
        setRow(m_payments, row++, {paymentKindName(m.kind), m.maskedReference, m.holderName}, m.id);
        m_profilePayment->addItem(paymentKindName(m.kind) + u' ' + m.maskedReference, m.id);
    }
}

void CustomerProfileDialog::loadBillingProfiles()
{
    auto profiles = m_service->billingProfiles(m_customer.id);
    if (!profiles)
        return showError(profiles.error());
    m_profileList = *profiles;
    m_profiles->setRowCount(static_cast<int>(m_profileList.size()));
    m_subProfile->clear();
    m_subProfile->addItem(tr("— none —"), qint64(0));
    int row = 0;
    for (const BillingProfile &p : std::as_const(m_profileList)) {
        const int pm = m_profilePayment->findData(p.paymentMethodId ? *p.paymentMethodId : -1);
        setRow(m_profiles, row++,
               {p.name, p.contact.contactName, p.contact.city, pm > 0 ? m_profilePayment->itemText(pm) : QString()}, p.id);
        m_subProfile->addItem(p.name, p.id);
    }
}

void CustomerProfileDialog::loadSubscriptions()
{
    auto subs = m_service->subscriptions(m_customer.id);
    if (!subs)
        return showError(subs.error());
    m_subscriptionList = *subs;
    m_subscriptions->setRowCount(static_cast<int>(m_subscriptionList.size()));
    int row = 0;
    for (const Subscription &s : std::as_const(m_subscriptionList)) {
        const int p = m_subProfile->findData(s.billingProfileId ? *s.billingProfileId : -1);
        setRow(m_subscriptions, row++,
               {s.name, s.region, s.state, p > 0 ? m_subProfile->itemText(p) : QString(),
                s.isDefault ? tr("Default") : QString()},
               s.id);
    }
}

QString CustomerProfileDialog::formState() const
{
    // What Save would write from General and Cloud Providers, as one comparable string.
    const Contact c = m_contact->contact();
    QStringList parts{m_name->text(),     m_tenant->currentData().toString(), c.contactName, c.email,
                      c.phone,            c.addressLine1,                     c.addressLine2, c.city,
                      c.postalCode,       c.country,                          m_region->text(), m_state->text(),
                      QString::number(m_terms->value())};
    for (const ProviderRow &row : m_providerRows)
        parts << (row.enabled->isChecked() ? QStringLiteral("1") : QStringLiteral("0")) << row.currency->currentData().toString()
              << row.pricebook->currentData().toString();
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
                        .arg(m_customer.id > 0 ? displayCustomerId(m_customer.id) + u' ' + m_customer.name : tr("The new customer")),
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
    c.region = m_region->text();
    c.state = m_state->text();
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
            const bool unchanged = std::any_of(m_loadedProviders.cbegin(), m_loadedProviders.cend(), [&](const auto &l) {
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
