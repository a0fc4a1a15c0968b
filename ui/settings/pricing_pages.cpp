#include "ui/settings/pricing_pages.h"

#include "core/customers/customer.h"
#include "core/customers/customer_service.h"
#include "core/domain/timestamp.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_rules.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/number_field.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/vendor_combo.h"
#include "ui/widgets/view_state.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QString periodText(const QString &from, const QString &to)
{
    const bool always = from == QLatin1String("0000-01");
    if (to.isEmpty())
        return always ? PricebooksPage::tr("every period") : PricebooksPage::tr("from %1").arg(from);
    return always ? PricebooksPage::tr("up to %1").arg(to) : QStringLiteral("%1 – %2").arg(from, to);
}

QString effectiveMessage(const QString &what, const EffectiveFrom &e)
{
    return e.moved ? PricebooksPage::tr("%1 It applies from period %2: %3").arg(what, e.period, e.note)
                   : PricebooksPage::tr("%1 It applies from period %2.").arg(what, e.period);
}

QDateEdit *dateEdit(QWidget *parent, QDate today)
{
    auto *e = new QDateEdit(today, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setToolTip(PricebooksPage::tr("First day the change applies. Periods that have ended are never changed: a date "
                                     "in one moves to the open period."));
    return e;
}

} // namespace

// ---- Settings > Pricebooks ------------------------------------------------------------

PricebooksPage::PricebooksPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_today(QDate::currentDate()), m_vendor(new QComboBox(this)),
      m_books(new QListWidget(this)),
      m_rules(makeListTable(this, {tr("Product"), tr("Percent"), tr("Applies"), tr("Changed by"), tr("Changed at")})),
      m_name(new QLineEdit(this)), m_bookPercent(new QLineEdit(this)), m_product(new QLineEdit(this)),
      m_rulePercent(new QLineEdit(this)), m_effective(dateEdit(this, QDate::currentDate())),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("pricebooksPage"));
    addVendorItems(m_vendor);
    m_name->setPlaceholderText(tr("Name, for example Standard"));
    setUpNumberField(m_bookPercent);
    m_bookPercent->setToolTip(tr("10 for an uplift of 10 %, -5 for a discount of 5 %."));
    m_product->setPlaceholderText(tr("Product for an override (empty: the whole pricebook)"));
    setUpNumberField(m_rulePercent, tr("Percent"));
    m_feedback->addFields({{QStringLiteral("name"), m_name}, {QStringLiteral("percent"), m_rulePercent}});

    auto *addBox = new QGroupBox(tr("New pricebook"), this);
    auto *addForm = new QFormLayout(addBox);
    // Labels above their fields: beside them, a long label (German) left the fields too
    // narrow to show their own placeholders.
    addForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addForm->addRow(tr("Name:"), m_name);
    auto *percentLabel = new QLabel(tr("Percent on vendor cost (10: uplift, -5: discount):"), addBox);
    percentLabel->setWordWrap(true); // a long label wraps instead of widening the list beside the rules
    percentLabel->setBuddy(m_bookPercent);
    addForm->addRow(percentLabel, m_bookPercent);
    auto *add = withIcon(Icon::Add, new QPushButton(tr("Add Pricebook"), addBox));
    addForm->addRow(QString(), add);
    connect(add, &QPushButton::clicked, this, [this] { addPricebook(m_name->text(), m_bookPercent->text()); });

    auto *ruleBox = new QGroupBox(tr("Change the selected pricebook"), this);
    auto *ruleForm = new QFormLayout(ruleBox);
    ruleForm->addRow(tr("Product:"), m_product);
    ruleForm->addRow(tr("Percent:"), m_rulePercent);
    ruleForm->addRow(tr("Effective:"), m_effective);
    auto *save = withIcon(Icon::Save, new QPushButton(tr("Save Change"), ruleBox));
    ruleForm->addRow(QString(), save);
    connect(save, &QPushButton::clicked, this,
            [this] { setRule(m_product->text(), typedNumber(m_rulePercent), m_effective->date()); });

    auto *note = new QLabel(tr("Changes made during or after a period's billing reconciliation apply from the next "
                               "period. An override for a product beats the pricebook's own percent."),
                            this);
    note->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_vendor);
    leftLayout->addWidget(m_books, 1);
    leftLayout->addWidget(addBox);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_rules, 1);
    rightLayout->addWidget(ruleBox);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_feedback);
    layout->addWidget(splitter, 1);

    connect(m_vendor, &QComboBox::currentIndexChanged, this, &PricebooksPage::reload);
    connect(m_books, &QListWidget::currentRowChanged, this, &PricebooksPage::showRules);
    reload();
}

void PricebooksPage::reload()
{
    const qint64 keep = m_books->currentItem() ? m_books->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    auto books = PricingService(m_db, m_today).pricebooks(comboVendor(m_vendor).value_or(Vendor::Aws));
    if (!books) {
        m_feedback->showError(books.error());
        return;
    }
    const QSignalBlocker block(m_books);
    m_books->clear();
    for (const Pricebook &b : *books) {
        auto *item = new QListWidgetItem(b.name, m_books);
        item->setData(Qt::UserRole, b.id);
        if (b.id == keep)
            m_books->setCurrentItem(item);
    }
    if (!m_books->currentItem() && m_books->count() > 0)
        m_books->setCurrentRow(0);
    showRules();
}

void PricebooksPage::showRules()
{
    m_rules->setRowCount(0);
    if (!m_books->currentItem())
        return;
    auto rules = PricingService(m_db, m_today).rules(m_books->currentItem()->data(Qt::UserRole).toLongLong());
    if (!rules) {
        m_feedback->showError(rules.error());
        return;
    }
    m_rules->setRowCount(int(rules->size()));
    int r = 0;
    for (const PricebookRule &rule : *rules)
        fillListRow(m_rules, r++,
                    {rule.product.isEmpty() ? tr("(all products)") : rule.product,
                     (rule.percent.isNegative() ? QString() : QStringLiteral("+")) + rule.percent.toString() + u'%',
                     periodText(rule.fromPeriod, {}), rule.createdBy, displayTimestamp(rule.createdAt)},
                    {}, rule.id);
    fitColumns(m_rules);
}

bool PricebooksPage::addPricebook(const QString &name, const QString &percent)
{
    auto p = PricingService::parsePercent(percent.isEmpty() ? QStringLiteral("0") : percent);
    if (!p) {
        m_feedback->showError(p.error());
        return false;
    }
    auto added = PricingService(m_db, m_today).addPricebook(comboVendor(m_vendor).value_or(Vendor::Aws), name, *p);
    if (!added) {
        m_feedback->showError(added.error());
        return false;
    }
    m_feedback->showInfo(
        tr("Pricebook “%1” added; it prices every period until you change it.").arg(name.simplified()));
    m_name->clear();
    m_bookPercent->clear();
    reload();
    for (int i = 0; i < m_books->count(); ++i)
        if (m_books->item(i)->data(Qt::UserRole).toLongLong() == added->first)
            m_books->setCurrentRow(i);
    Q_EMIT pricingChanged();
    return true;
}

bool PricebooksPage::setRule(const QString &product, const QString &percent, QDate effective)
{
    if (!m_books->currentItem()) {
        m_feedback->showInfo(tr("Choose a pricebook first."));
        return false;
    }
    auto p = PricingService::parsePercent(percent);
    if (!p) {
        m_feedback->showError(p.error());
        return false;
    }
    auto set = PricingService(m_db, m_today)
                   .setRule(m_books->currentItem()->data(Qt::UserRole).toLongLong(), product, *p, effective);
    if (!set) {
        m_feedback->showError(set.error());
        return false;
    }
    m_feedback->showInfo(effectiveMessage(tr("Saved."), *set));
    showRules();
    Q_EMIT pricingChanged();
    return true;
}

QString PricebooksPage::feedbackText() const
{
    return m_feedback->text();
}

// ---- Settings > Discounts, Charges & Support ------------------------------------------------

namespace {

QLineEdit *adjustmentText(const QString &placeholder, const char *name, bool number = false)
{
    auto *e = new QLineEdit;
    e->setObjectName(QString::fromLatin1(name));
    if (number)
        setUpNumberField(e, placeholder);
    else
        e->setPlaceholderText(placeholder);
    e->setAccessibleName(placeholder);
    return e;
}

QComboBox *adjustmentVendor()
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("vendor"));
    box->setAccessibleName(PricingAdjustmentsPage::tr("Vendor"));
    addVendorItems(box);
    return box;
}

/// The currency follows the customer's invoice currency for the vendor, when it is set.
QComboBox *adjustmentCurrency(Database &db, CustomerPicker *customer, QComboBox *vendorBox)
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("currency"));
    box->setAccessibleName(PricingAdjustmentsPage::tr("Currency"));
    addCurrencyItems(box, {}, false);
    selectCurrency(box, QStringLiteral("USD"));
    auto follow = [&db, customer, vendorBox, box] {
        const auto id = customer->customerId();
        const auto v = comboVendor(vendorBox);
        if (!id || !v)
            return;
        if (auto providers = CustomerService(db).providers(*id))
            for (const CustomerProvider &p : *providers)
                if (p.vendor == *v && !p.currency.isEmpty())
                    selectCurrency(box, p.currency);
    };
    QObject::connect(customer, &CustomerPicker::customerPicked, box, follow);
    QObject::connect(vendorBox, &QComboBox::currentIndexChanged, box, follow);
    return box;
}

QString vendorKeyOf(const QComboBox *box)
{
    return box->currentData().toString();
}

} // namespace

// One tab: the table, a row of inputs (a customer picker, a vendor and a currency box where
// those are asked) and Add / End Selected.
void PricingAdjustmentsPage::addTab(QTableWidget *t, const QString &title, const QList<QWidget *> &fields,
                                    const std::function<bool(QDate)> &add,
                                    const std::function<Result<EffectiveFrom>(qint64)> &end)
{
    auto *tab = new QWidget(m_tabs);
    auto *inputs = new QHBoxLayout;
    for (QWidget *w : fields) {
        w->setParent(tab);
        inputs->addWidget(w, qobject_cast<QLineEdit *>(w) ? 1 : 0);
    }
    auto *effective = dateEdit(tab, m_today);
    effective->setToolTip(tr("Effective from"));
    inputs->addWidget(effective);
    auto *addButton = withIcon(Icon::Add, new QPushButton(tr("Add"), tab));
    inputs->addWidget(addButton);
    connect(addButton, &QPushButton::clicked, this, [=, this] {
        if (add(effective->date()))
            for (QWidget *w : fields)
                if (auto *e = qobject_cast<QLineEdit *>(w))
                    e->clear();
    });
    auto *endButton = withIcon(Icon::Remove, new QPushButton(tr("End Selected"), tab));
    endButton->setToolTip(tr("Stops it from the open period on; periods that have ended keep it."));
    connect(endButton, &QPushButton::clicked, this, [=, this] {
        const int row = t->currentRow();
        if (row < 0) {
            m_feedback->showInfo(tr("Choose a row first."));
            return;
        }
        auto ended = end(t->item(row, 0)->data(Qt::UserRole).toLongLong());
        if (!ended) {
            m_feedback->showError(ended.error());
            return;
        }
        m_feedback->showInfo(ended->moved ? tr("Ended; it still applies up to %1: %2").arg(ended->period, ended->note)
                                          : tr("Ended; it applies up to %1.").arg(ended->period));
        reload();
        Q_EMIT pricingChanged();
    });
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(t, 1);
    layout->addLayout(inputs);
    auto *endRow = new QHBoxLayout;
    endRow->addStretch(1);
    endRow->addWidget(endButton);
    layout->addLayout(endRow);
    m_tabs->addTab(tab, title);
}

PricingAdjustmentsPage::PricingAdjustmentsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_today(QDate::currentDate()), m_tabs(new QTabWidget(this)),
      m_globals(makeListTable(this, {tr("ID"), tr("Vendor"), tr("Description"), tr("Percent"), tr("Applies")})),
      m_charges(makeListTable(
          this, {tr("ID"), tr("Customer"), tr("Vendor"), tr("Description"), tr("Amount"), tr("Applies")})),
      m_plans(makeListTable(
          this, {tr("ID"), tr("Customer"), tr("Vendor"), tr("Plan"), tr("Percent"), tr("Minimum"), tr("Applies")})),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("pricingAdjustmentsPage"));
    auto *globalVendor = adjustmentVendor();
    auto *globalDescription = adjustmentText(tr("Description"), "description");
    auto *globalPercent = adjustmentText(tr("Percent (-2 = 2 % discount)"), "percent", true);
    addTab(
        m_globals, tr("Global Discounts/Uplifts"), {globalVendor, globalDescription, globalPercent},
        [=, this](QDate d) {
            return addGlobal(vendorKeyOf(globalVendor), globalDescription->text(), typedNumber(globalPercent), d);
        },
        [this](qint64 id) { return PricingService(m_db, m_today).endGlobalAdjustment(id); });

    auto *chargeCustomer = new CustomerPicker(m_db);
    chargeCustomer->setObjectName(QStringLiteral("customer"));
    auto *chargeVendor = adjustmentVendor();
    auto *chargeDescription = adjustmentText(tr("Description"), "description");
    auto *chargeAmount = adjustmentText(tr("Monthly amount"), "amount", true);
    auto *chargeCurrency = adjustmentCurrency(m_db, chargeCustomer, chargeVendor);
    addTab(
        m_charges, tr("Custom Charges"),
        {chargeCustomer, chargeVendor, chargeDescription, chargeAmount, chargeCurrency},
        [=, this](QDate d) {
            return addCharge(chargeCustomer->text(), vendorKeyOf(chargeVendor), chargeDescription->text(),
                             chargeAmount->text(), comboCurrency(chargeCurrency), d);
        },
        [this](qint64 id) { return PricingService(m_db, m_today).endCustomCharge(id); });

    auto *planCustomer = new CustomerPicker(m_db);
    planCustomer->setObjectName(QStringLiteral("customer"));
    auto *planVendor = adjustmentVendor();
    auto *planName = adjustmentText(tr("Plan name"), "name");
    auto *planPercent = adjustmentText(tr("Percent of usage"), "percent", true);
    auto *planMinimum = adjustmentText(tr("Minimum"), "minimum", true);
    auto *planCurrency = adjustmentCurrency(m_db, planCustomer, planVendor);
    addTab(
        m_plans, tr("Support Plans"), {planCustomer, planVendor, planName, planPercent, planMinimum, planCurrency},
        [=, this](QDate d) {
            return addSupport(planCustomer->text(), vendorKeyOf(planVendor), planName->text(), typedNumber(planPercent),
                              planMinimum->text(), comboCurrency(planCurrency), d);
        },
        [this](qint64 id) { return PricingService(m_db, m_today).endSupportPlan(id); });
    auto *note = new QLabel(
        tr("Changes made during or after a period's billing reconciliation apply from the next period."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_feedback);
    layout->addWidget(m_tabs, 1);
    reload();
}

void PricingAdjustmentsPage::reload()
{
    PricingService pricing(m_db, m_today);
    auto globals = pricing.globalAdjustments();
    auto charges = pricing.customCharges();
    auto plans = pricing.supportPlans();
    if (!globals || !charges || !plans) {
        m_feedback->showError(!globals ? globals.error() : !charges ? charges.error() : plans.error());
        return;
    }
    m_globals->setRowCount(int(globals->size()));
    int r = 0;
    for (const GlobalAdjustment &g : *globals)
        fillListRow(m_globals, r++,
                    {QString::number(g.id), vendorName(g.vendor), g.description, g.percent.toString() + u'%',
                     periodText(g.fromPeriod, g.toPeriod)},
                    {}, g.id);
    m_charges->setRowCount(int(charges->size()));
    r = 0;
    for (const CustomCharge &c : *charges)
        fillListRow(m_charges, r++,
                    {QString::number(c.id), displayCustomerId(c.customerId), vendorName(c.vendor), c.description,
                     c.currency + u' ' + c.amount.toString(), periodText(c.fromPeriod, c.toPeriod)},
                    {}, c.id);
    m_plans->setRowCount(int(plans->size()));
    r = 0;
    for (const SupportPlan &p : *plans)
        fillListRow(m_plans, r++,
                    {QString::number(p.id), displayCustomerId(p.customerId), vendorName(p.vendor), p.name,
                     p.percent.toString() + u'%', p.currency + u' ' + p.minimum.toString(),
                     periodText(p.fromPeriod, p.toPeriod)},
                    {}, p.id);
    for (QTableWidget *t : {m_globals, m_charges, m_plans})
        fitColumns(t);
}

namespace {

Result<Vendor> vendorText(const QString &text)
{
    auto v = vendorFromText(text);
    if (!v)
        return fail(PricebooksPage::tr("“%1” is not a vendor; type %2.").arg(text, vendorKeyChoices()),
                    QStringLiteral("vendor"));
    return *v;
}

Result<qint64> customerText(const QString &text)
{
    return CustomerPicker::required(text);
}

Result<Decimal> amountText(const QString &text, const QString &field)
{
    return parseLocalized(text, QLocale(), field);
}

} // namespace

bool PricingAdjustmentsPage::addGlobal(const QString &vendor, const QString &description, const QString &percent,
                                       QDate effective)
{
    auto v = vendorText(vendor);
    auto p = PricingService::parsePercent(percent);
    Result<std::pair<qint64, EffectiveFrom>> added =
        !v   ? v.error()
        : !p ? p.error()
             : PricingService(m_db, m_today).addGlobalAdjustment(*v, description, *p, effective);
    if (!added) {
        m_feedback->showError(added.error());
        return false;
    }
    m_feedback->showInfo(effectiveMessage(tr("Global adjustment added."), added->second));
    reload();
    Q_EMIT pricingChanged();
    return true;
}

bool PricingAdjustmentsPage::addCharge(const QString &customer, const QString &vendor, const QString &description,
                                       const QString &amount, const QString &currency, QDate effective)
{
    auto c = customerText(customer);
    auto v = vendorText(vendor);
    auto a = amountText(amount, QStringLiteral("amount"));
    Result<std::pair<qint64, EffectiveFrom>> added = fail(QString());
    if (!c || !v || !a) {
        added = !c ? c.error() : !v ? v.error() : a.error();
    } else {
        CustomCharge charge;
        charge.customerId = *c;
        charge.vendor = *v;
        charge.description = description;
        charge.amount = *a;
        charge.currency = currency;
        added = PricingService(m_db, m_today).addCustomCharge(charge, effective);
    }
    if (!added) {
        m_feedback->showError(added.error());
        return false;
    }
    m_feedback->showInfo(effectiveMessage(tr("Custom charge added."), added->second));
    reload();
    Q_EMIT pricingChanged();
    return true;
}

bool PricingAdjustmentsPage::addSupport(const QString &customer, const QString &vendor, const QString &name,
                                        const QString &percent, const QString &minimum, const QString &currency,
                                        QDate effective)
{
    auto c = customerText(customer);
    auto v = vendorText(vendor);
    auto p = PricingService::parsePercent(percent);
    auto m = amountText(minimum.isEmpty() ? QStringLiteral("0") : minimum, QStringLiteral("minimum"));
    Result<std::pair<qint64, EffectiveFrom>> added = fail(QString());
    if (!c || !v || !p || !m) {
        added = !c ? c.error() : !v ? v.error() : !p ? p.error() : m.error();
    } else {
        SupportPlan plan;
        plan.customerId = *c;
        plan.vendor = *v;
        plan.name = name;
        plan.percent = *p;
        plan.minimum = *m;
        plan.currency = currency;
        added = PricingService(m_db, m_today).addSupportPlan(plan, effective);
    }
    if (!added) {
        m_feedback->showError(added.error());
        return false;
    }
    m_feedback->showInfo(effectiveMessage(tr("Support plan added."), added->second));
    reload();
    Q_EMIT pricingChanged();
    return true;
}

QString PricingAdjustmentsPage::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
