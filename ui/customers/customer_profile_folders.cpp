// The customer profile's list folders: Cloud Billing > Vendor Accounts, Payment Methods,
// Billing Profiles and Subscriptions, each a table with a form to add, change and remove.
#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "ui/customers/customer_profile.h"
#include "ui/customers/profile_page.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/region_picker.h"
#include "ui/widgets/vendor_combo.h"
#include "ui/widgets/view_state.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;
using profile::newPage;

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

qint64 selectedId(QTableWidget *t)
{
    const auto items = t->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

} // namespace

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
    m_accountVendor->setObjectName(QStringLiteral("accountVendor"));
    addVendorItems(m_accountVendor);
    m_accountId = new QLineEdit(page);
    m_accountId->setObjectName(QStringLiteral("account"));
    m_accountId->setPlaceholderText(tr("Account or subscription ID"));
    m_accountLabel = new QLineEdit(page);
    m_accountLabel->setPlaceholderText(tr("Label (optional)"));
    auto *map = withIcon(Icon::Link, new QPushButton(tr("&Map Account"), page));
    map->setObjectName(QStringLiteral("mapAccount"));
    auto *unmap = withIcon(Icon::Unlink, new QPushButton(tr("&Unmap"), page));
    h->addWidget(m_accountVendor);
    h->addWidget(m_accountId, 2);
    h->addWidget(m_accountLabel, 1);
    h->addWidget(map);
    h->addWidget(unmap);
    v->addLayout(h);
    m_feedback->addField(QStringLiteral("account"), m_accountId);
    // What the chosen vendor calls an account: "subscription ID", "billing account ID".
    const auto namePlaceholder = [this] {
        if (const auto vendor = comboVendor(m_accountVendor))
            m_accountId->setPlaceholderText(tr("%1 ID").arg(vendorInfo(*vendor).accountLabel));
    };
    connect(m_accountVendor, &QComboBox::currentIndexChanged, this, namePlaceholder);
    namePlaceholder();

    connect(map, &QPushButton::clicked, this, [this] {
        const VendorAccount account{comboVendor(m_accountVendor).value_or(Vendor::Aws), m_accountId->text(),
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
    auto *add = withIcon(Icon::Add, new QPushButton(tr("&Add"), page));
    auto *remove = withIcon(Icon::Remove, new QPushButton(tr("&Remove"), page));
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
    auto *newButton = withIcon(Icon::Add, new QPushButton(tr("&New Profile"), page));
    auto *saveButton = withIcon(Icon::Save, new QPushButton(tr("Save &Profile"), page));
    saveButton->setObjectName(QStringLiteral("saveProfile"));
    auto *deleteButton = withIcon(Icon::Delete, new QPushButton(tr("&Delete Profile"), page));
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
            const Error &e = id.error();
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
    m_subscriptions =
        makeTable({tr("Name"), tr("Region"), tr("State/Province"), tr("Billing profile"), tr("Default")}, page);
    m_subscriptions->setObjectName(QStringLiteral("subscriptions"));
    v->addWidget(m_subscriptions, 1);
    auto *box = new QGroupBox(tr("Subscription"), page);
    auto *form = new QFormLayout(box);
    m_subName = new QLineEdit(box);
    m_subName->setObjectName(QStringLiteral("subscription_name"));
    form->addRow(tr("Na&me:"), m_subName);
    m_subRegion = new PlaceCombo(box);
    form->addRow(tr("Re&gion:"), m_subRegion);
    m_subState = new PlaceCombo(box);
    linkRegionAndState(m_subRegion, m_subState);
    form->addRow(tr("S&tate/Province:"), m_subState);
    m_subProfile = new QComboBox(box);
    form->addRow(tr("&Billing profile:"), m_subProfile);
    m_subDefault = new QCheckBox(tr("Default subscription of this customer"), box);
    form->addRow(QString(), m_subDefault);
    v->addWidget(box);
    auto *h = new QHBoxLayout;
    auto *newButton = withIcon(Icon::Add, new QPushButton(tr("&New Subscription"), page));
    auto *saveButton = withIcon(Icon::Save, new QPushButton(tr("Save &Subscription"), page));
    auto *deleteButton = withIcon(Icon::Delete, new QPushButton(tr("&Delete Subscription"), page));
    h->addWidget(newButton);
    h->addStretch(1);
    h->addWidget(deleteButton);
    h->addWidget(saveButton);
    v->addLayout(h);

    auto clearEditor = [this] {
        m_editingSubscription = 0;
        m_subName->clear();
        m_subRegion->setCode(m_customer.region);
        m_subState->setCode(m_customer.state);
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
                m_subRegion->setCode(s.region);
                m_subState->setCode(s.state);
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
        s.region = m_subRegion->code();
        s.state = m_subState->code();
        if (const qint64 p = m_subProfile->currentData().toLongLong(); p > 0)
            s.billingProfileId = p;
        s.isDefault = m_subDefault->isChecked();
        auto id = m_service->saveSubscription(s);
        if (!id) {
            const Error &e = id.error();
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

void CustomerProfileDialog::loadAccounts()
{
    auto accounts = m_service->accounts(m_customer.id);
    if (!accounts)
        return showError(accounts.error());
    m_accounts->setRowCount(static_cast<int>(accounts->size()));
    int row = 0;
    for (const VendorAccount &a : *accounts)
        setRow(m_accounts, row++, {vendorName(a.vendor), a.accountId, a.label});
    fitColumns(m_accounts);
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
               {p.name, p.contact.contactName, p.contact.city, pm > 0 ? m_profilePayment->itemText(pm) : QString()},
               p.id);
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

} // namespace bursar::ui
