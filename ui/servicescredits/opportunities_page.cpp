// Services Credits > Opportunities and Create Services Credits Customer Purchase.
#include "core/customers/customer.h"
#include "core/money/currency.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "ui/servicescredits/services_credits_pages.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/number_field.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/view_state.h"
#include "ui/widgets/window_size.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

enum CreateColumn { Product, Credits, Value, Paid, Start, Expiry, Description };

} // namespace

OpportunitiesPage::OpportunitiesPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db),
      m_opportunities(makeListTable(
          this, {tr("ID"), tr("Customer"), tr("Name"), tr("Close date"), tr("Products"), tr("Without a purchase")})),
      m_products(makeListTable(this, {tr("ID"), tr("Product"), tr("Quantity"), tr("Unit price"), tr("Total"),
                                      tr("Services credits"), tr("Purchase")})),
      m_customer(new CustomerPicker(db, this)), m_name(new QLineEdit(this)), m_productName(new QLineEdit(this)),
      m_quantity(new QLineEdit(this)), m_price(new QLineEdit(this)), m_credits(new QLineEdit(this)),
      m_close(dateField(this, QDate::currentDate().addMonths(1))), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("opportunitiesPage"));
    m_opportunities->setObjectName(QStringLiteral("opportunities"));
    m_products->setObjectName(QStringLiteral("products"));
    const bool mayManage = db.acting().can(Privilege::ManageServicesCredits);
    m_name->setPlaceholderText(tr("Opportunity name"));
    m_productName->setPlaceholderText(tr("Product name"));
    setUpNumberField(m_quantity, tr("Quantity"), 0);
    setUpNumberField(m_price, tr("Unit price"));
    setUpNumberField(m_credits, tr("Services credits (optional)"), 0);
    for (auto [w, name] : {std::pair<QLineEdit *, const char *>{m_customer, "customer"}, std::pair{m_name, "name"},
                           std::pair{m_productName, "productName"}, std::pair{m_quantity, "quantity"},
                           std::pair{m_price, "price"}, std::pair{m_credits, "credits"}})
        w->setObjectName(QString::fromLatin1(name));
    m_feedback->addField(QStringLiteral("customer"), m_customer);
    m_feedback->addField(QStringLiteral("name"), m_name);
    m_feedback->addField(QStringLiteral("quantity"), m_quantity);
    m_feedback->addField(QStringLiteral("price"), m_price);
    m_feedback->addField(QStringLiteral("credits"), m_credits);

    auto *add = withIcon(Icon::Add, new QPushButton(tr("Add Opportunity"), this));
    add->setObjectName(QStringLiteral("addOpportunity"));
    add->setEnabled(mayManage);
    connect(add, &QPushButton::clicked, this,
            [this] { addOpportunity(m_customer->text(), m_name->text(), m_close->date()); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_customer, 1);
    top->addWidget(m_name, 2);
    top->addWidget(new QLabel(tr("Closes:"), this));
    top->addWidget(m_close);
    top->addWidget(add);

    auto *addProductButton = withIcon(Icon::Add, new QPushButton(tr("Add Product"), this));
    addProductButton->setObjectName(QStringLiteral("addProduct"));
    addProductButton->setEnabled(mayManage);
    connect(addProductButton, &QPushButton::clicked, this, [this] {
        addProduct(m_productName->text(), typedNumber(m_quantity), typedNumber(m_price), typedNumber(m_credits));
    });
    auto *create = withIcon(Icon::New, new QPushButton(tr("Create Services Credits Customer Purchase…"), this));
    create->setObjectName(QStringLiteral("createPurchases"));
    create->setEnabled(mayManage);
    connect(create, &QPushButton::clicked, this, &OpportunitiesPage::createPurchases);
    auto *productRow = new QHBoxLayout;
    productRow->addWidget(m_productName, 2);
    productRow->addWidget(m_quantity);
    productRow->addWidget(m_price);
    productRow->addWidget(m_credits);
    productRow->addWidget(addProductButton);
    productRow->addWidget(create);

    connect(m_opportunities, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (QTableWidgetItem *item = m_opportunities->item(row, 0))
            showProducts(item->data(Qt::UserRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Opportunities"), this));
    layout->addLayout(top);
    layout->addWidget(m_feedback);
    layout->addWidget(m_opportunities, 1);
    layout->addWidget(new QLabel(tr("Products of the selected opportunity (those with services credits can become "
                                    "purchases):"),
                                 this));
    layout->addLayout(productRow);
    layout->addWidget(m_products, 1);
    reload();
}

void OpportunitiesPage::reload()
{
    auto all = OpportunityService(m_db).list();
    if (!all) {
        m_feedback->showError(all.error());
        return;
    }
    const QSignalBlocker block(m_opportunities);
    m_opportunities->setRowCount(int(all->size()));
    int r = 0, current = -1;
    for (const Opportunity &o : *all) {
        if (o.id == m_current)
            current = r;
        fillListRow(m_opportunities, r++,
                    {QString::number(o.id), displayCustomerId(o.customerId) + u' ' + o.customerName, o.name,
                     o.closeDate.toString(Qt::ISODate), QString::number(o.products), QString::number(o.eligible)},
                    {0, 4, 5}, o.id);
    }
    fitColumns(m_opportunities);
    if (current >= 0)
        m_opportunities->selectRow(current);
    showProducts(m_current);
}

void OpportunitiesPage::showProducts(qint64 opportunityId)
{
    m_current = opportunityId;
    auto products = OpportunityService(m_db).products(opportunityId);
    if (!products) {
        m_feedback->showError(products.error());
        return;
    }
    m_products->setRowCount(int(products->size()));
    int r = 0;
    for (const OpportunityProduct &p : *products)
        fillListRow(m_products, r++,
                    {QString::number(p.id), p.name, p.quantity.toString(), p.unitPrice.toString(2),
                     p.total().toString(2), p.credits ? QString::number(p.credits) : QString(),
                     p.purchaseId ? tr("Purchase %1").arg(p.purchaseId) : QString()},
                    {0, 2, 3, 4, 5}, p.id);
    fitColumns(m_products);
}

bool OpportunitiesPage::addOpportunity(const QString &customer, const QString &name, QDate close)
{
    const auto id = CustomerPicker::required(customer);
    if (!id) {
        m_feedback->showError(id.error());
        return false;
    }
    auto added = OpportunityService(m_db).add(*id, name, close);
    if (!added) {
        m_feedback->showError(added.error());
        return false;
    }
    m_current = *added;
    m_name->clear();
    m_feedback->showInfo(tr("Opportunity %1 added; add its products below.").arg(*added));
    reload();
    return true;
}

bool OpportunitiesPage::addProduct(const QString &name, const QString &quantity, const QString &price,
                                   const QString &credits)
{
    if (!m_current) {
        m_feedback->showInfo(tr("Select the opportunity to add the product to."));
        return false;
    }
    auto added = OpportunityService(m_db).addProduct(m_current, name, quantity, price, credits);
    if (!added) {
        m_feedback->showError(added.error());
        return false;
    }
    for (QLineEdit *e : {m_productName, m_quantity, m_price, m_credits})
        e->clear();
    m_feedback->showInfo(tr("Product added."));
    reload();
    return true;
}

void OpportunitiesPage::createPurchases()
{
    if (!m_current) {
        m_feedback->showInfo(tr("Select the opportunity to create purchases from."));
        return;
    }
    CreatePurchasesDialog dialog(m_db, m_current, this);
    if (dialog.table()->rowCount() == 0) {
        m_feedback->showInfo(
            tr("Opportunity %1 has no product with services credits that has no purchase yet.").arg(m_current));
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList ids;
    for (qint64 id : dialog.created())
        ids << QString::number(id);
    m_feedback->showInfo(tr("Created purchase(s) %1.").arg(ids.join(QStringLiteral(", "))));
    reload();
    Q_EMIT changed();
}

CreatePurchasesDialog::CreatePurchasesDialog(Database &db, qint64 opportunityId, QWidget *parent)
    : QDialog(parent), m_db(db), m_opportunity(opportunityId),
      m_table(makeListTable(this, {tr("Product"), tr("Credits"), tr("Value per credit"), tr("Amount paid per credit"),
                                   tr("Start date"), tr("Expiry date"), tr("Description")})),
      m_currency(new QComboBox(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("createPurchasesDialog"));
    setWindowTitle(tr("Create Services Credits Customer Purchase"));
    m_table->setObjectName(QStringLiteral("eligibleProducts"));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_currency->setObjectName(QStringLiteral("currency"));
    addCurrencyItems(m_currency);
    selectCurrency(m_currency, QStringLiteral("USD"));
    m_feedback->addField(QStringLiteral("currency"), m_currency);
    m_feedback->addField(QStringLiteral("value"), m_table);
    m_feedback->addField(QStringLiteral("paid"), m_table);
    auto *note = new QLabel(tr("Products with services credits and no purchase yet. Value and amount paid per credit "
                               "are the product's total / its credits, kept exact (shown rounded); change any cell "
                               "before Create. Untick a product to leave it out."),
                            this);
    note->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Currency:"), this));
    row->addWidget(m_currency);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    withIcon(Icon::New, buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole))
        ->setObjectName(QStringLiteral("create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(980, 360));
    fill();
}

void CreatePurchasesDialog::fill()
{
    auto defaults = OpportunityService(m_db).purchaseDefaults(m_opportunity, comboCurrency(m_currency));
    auto products = OpportunityService(m_db).products(m_opportunity);
    if (!defaults || !products) {
        m_feedback->showError(!defaults ? defaults.error() : products.error());
        return;
    }
    m_defaults = *defaults;
    m_table->setRowCount(int(m_defaults.size()));
    const Currency currency = Currencies::lookup(comboCurrency(m_currency));
    for (int r = 0; r < m_defaults.size(); ++r) {
        const PurchaseFromProduct &d = m_defaults.at(r);
        const auto product = std::find_if(products->cbegin(), products->cend(),
                                          [&](const OpportunityProduct &p) { return p.id == d.productId; });
        auto *name = new QTableWidgetItem(product->name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
        m_table->setItem(r, Product, name);
        auto *credits = new QTableWidgetItem(QString::number(product->credits));
        credits->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(r, Credits, credits);
        // Shown rounded; the exact quotient is kept unless the clerk types another value.
        const QString shown = formatPlain(*Decimal::parse(d.valuePerCredit), currency);
        for (int c : {int(Value), int(Paid)}) {
            auto *item = new QTableWidgetItem(shown);
            item->setData(Qt::UserRole, shown);
            item->setToolTip(d.valuePerCredit);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        for (const int c : {int(Start), int(Expiry)}) {
            QDateEdit *date = dateField(m_table, c == Start ? d.startDate : d.expiryDate);
            date->setAccessibleName(tr("%1 of %2").arg(m_table->horizontalHeaderItem(c)->text(), name->text()));
            m_table->setCellWidget(r, c, date);
        }
        m_table->setItem(r, Description, new QTableWidgetItem(d.description));
    }
    fitColumns(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

bool CreatePurchasesDialog::create()
{
    QList<PurchaseFromProduct> chosen;
    for (int r = 0; r < m_defaults.size(); ++r) {
        if (m_table->item(r, Product)->checkState() != Qt::Checked)
            continue;
        PurchaseFromProduct c = m_defaults.at(r);
        const auto typed = [&](int column) {
            QTableWidgetItem *item = m_table->item(r, column);
            return item->text().trimmed() == item->data(Qt::UserRole).toString() ? QString() : item->text();
        };
        c.valuePerCredit = typed(Value);
        c.paidPerCredit = typed(Paid);
        if (c.paidPerCredit.isEmpty() && !c.valuePerCredit.isEmpty())
            c.paidPerCredit = c.valuePerCredit;
        c.currency = comboCurrency(m_currency);
        c.startDate = qobject_cast<QDateEdit *>(m_table->cellWidget(r, Start))->date();
        c.expiryDate = qobject_cast<QDateEdit *>(m_table->cellWidget(r, Expiry))->date();
        c.description = m_table->item(r, Description)->text();
        chosen << c;
    }
    if (chosen.isEmpty()) {
        m_feedback->showError(fail(tr("Tick at least one product.")));
        return false;
    }
    auto created = OpportunityService(m_db).createPurchases(m_opportunity, chosen);
    if (!created) {
        m_feedback->showError(created.error());
        return false;
    }
    m_created = *created;
    return true;
}

void CreatePurchasesDialog::done(int result)
{
    if (result == QDialog::Accepted && !create())
        return;
    QDialog::done(result);
}

} // namespace bursar::ui
