// Services Credits > Projects & Milestones, and Settings > Services Credits.
#include "core/customers/customer.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "ui/servicescredits/services_credits_pages.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/number_field.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/view_state.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

ProjectsPage::ProjectsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db),
      m_projects(makeListTable(this, {tr("ID"), tr("Customer"), tr("Project"), tr("Milestones")})),
      m_milestones(makeListTable(this, {tr("ID"), tr("Milestone"), tr("Due"), tr("Credits required"), tr("Currency"),
                                        tr("Allocated"), tr("Redeemed"), tr("Still needed"), tr("Status")})),
      m_allocations(makeListTable(this, {tr("Purchase"), tr("Currency"), tr("Purchase expires"), tr("Credits")})),
      m_customer(new CustomerPicker(db, this)), m_name(new QLineEdit(this)), m_milestoneName(new QLineEdit(this)),
      m_credits(new QLineEdit(this)), m_currency(new QComboBox(this)),
      m_due(dateField(this, QDate::currentDate().addMonths(3))), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("projectsPage"));
    m_projects->setObjectName(QStringLiteral("projects"));
    m_milestones->setObjectName(QStringLiteral("milestones"));
    m_allocations->setObjectName(QStringLiteral("allocations"));
    const bool mayManage = db.acting().can(Privilege::ManageServicesCredits);
    const bool mayAllocate = db.acting().can(Privilege::AllocateServicesCredits);
    m_name->setPlaceholderText(tr("Project name"));
    m_milestoneName->setPlaceholderText(tr("Milestone name"));
    setUpNumberField(m_credits, tr("Credits required"), 0);
    m_currency->addItem(tr("Any currency"), QString());
    addCurrencyItems(m_currency, {}, false);
    m_currency->setToolTip(tr("The currency of the purchases that may pay this milestone; any when not chosen."));
    using Named = std::pair<QWidget *, const char *>;
    for (auto [w, name] :
         {Named{m_customer, "customer"}, Named{m_name, "name"}, Named{m_milestoneName, "milestoneName"},
          Named{m_credits, "credits"}, Named{m_currency, "currency"}})
        w->setObjectName(QString::fromLatin1(name));
    m_feedback->addField(QStringLiteral("customer"), m_customer);
    m_feedback->addField(QStringLiteral("credits"), m_credits);
    m_feedback->addField(QStringLiteral("currency"), m_currency);

    auto button = [this](const QString &name, Icon kind, const QString &text, bool enabled, auto slot) {
        auto *b = withIcon(kind, new QPushButton(text, this));
        b->setObjectName(name);
        b->setEnabled(enabled);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *projectRow = new QHBoxLayout;
    projectRow->addWidget(m_customer, 1);
    projectRow->addWidget(m_name, 2);
    projectRow->addWidget(button(QStringLiteral("addProject"), Icon::Add, tr("Add Project"), mayManage,
                                 [this] { addProject(m_customer->text(), m_name->text()); }));
    auto *milestoneRow = new QHBoxLayout;
    milestoneRow->addWidget(m_milestoneName, 2);
    milestoneRow->addWidget(m_credits);
    milestoneRow->addWidget(new QLabel(tr("Due:"), this));
    milestoneRow->addWidget(m_due);
    milestoneRow->addWidget(m_currency);
    milestoneRow->addWidget(button(QStringLiteral("addMilestone"), Icon::Add, tr("Add Milestone"), mayManage, [this] {
        addMilestone(m_milestoneName->text(), typedNumber(m_credits), m_due->date(), comboCurrency(m_currency));
    }));
    auto *moves = new QHBoxLayout;
    moves->addWidget(
        button(QStringLiteral("allocate"), Icon::Approve, tr("Allocate…"), mayAllocate, [this] { allocateDialog(); }));
    moves->addWidget(button(QStringLiteral("allocateAuto"), Icon::Approve, tr("Allocate Automatically"), mayAllocate,
                            [this] { allocateAutomatically(false); }));
    moves->addWidget(button(QStringLiteral("allocateAllOpen"), Icon::Approve, tr("Allocate All Open"), mayAllocate,
                            [this] { allocateAutomatically(true); }));
    moves->addWidget(button(QStringLiteral("returnCredits"), Icon::Undo, tr("Return…"), mayAllocate, [this] {
        bool ok = false;
        const QString n = QInputDialog::getText(this, tr("Return Credits"),
                                                tr("Credits to return from the selected purchase (empty: all):"),
                                                QLineEdit::Normal, {}, &ok);
        if (ok)
            returnCredits(n);
    }));
    moves->addStretch(1);
    // Completion on a row of its own: with the allocation buttons it made the page wider than
    // a 1024 px window in German.
    auto *completion = new QHBoxLayout;
    completion->addWidget(button(QStringLiteral("complete"), Icon::Approve, tr("Complete Milestone"), mayAllocate,
                                 [this] { complete(); }));
    completion->addWidget(button(QStringLiteral("reopen"), Icon::Edit, tr("Correct Completion…"), mayAllocate, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Correct Completion"),
                                                     tr("Why is the completion corrected? (kept with the correction)"),
                                                     QLineEdit::Normal, {}, &ok);
        if (ok)
            reopen(reason);
    }));
    completion->addStretch(1);

    connect(m_projects, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (QTableWidgetItem *item = m_projects->item(row, 0))
            showMilestones(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_milestones, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (QTableWidgetItem *item = m_milestones->item(row, 0))
            showAllocations(item->data(Qt::UserRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Projects & Milestones"), this));
    layout->addLayout(projectRow);
    layout->addWidget(m_feedback);
    layout->addWidget(m_projects, 2);
    layout->addWidget(new QLabel(tr("Milestones of the selected project:"), this));
    layout->addLayout(milestoneRow);
    layout->addWidget(m_milestones, 3);
    layout->addLayout(moves);
    layout->addLayout(completion);
    layout->addWidget(
        new QLabel(tr("Credits the selected milestone holds, by purchase (completing it redeems them):"), this));
    layout->addWidget(m_allocations, 2);
    reload();
}

void ProjectsPage::reload()
{
    auto all = MilestoneService(m_db).projects();
    if (!all) {
        m_feedback->showError(all.error());
        return;
    }
    const QSignalBlocker block(m_projects);
    m_projects->setRowCount(int(all->size()));
    int r = 0, current = -1;
    for (const Project &p : *all) {
        if (p.id == m_project)
            current = r;
        fillListRow(m_projects, r++,
                    {QString::number(p.id), displayCustomerId(p.customerId) + u' ' + p.customerName, p.name,
                     QString::number(p.milestones)},
                    {0, 3}, p.id);
    }
    if (current >= 0)
        m_projects->selectRow(current);
    showMilestones(m_project);
}

void ProjectsPage::showMilestones(qint64 projectId)
{
    m_project = projectId;
    auto all = MilestoneService(m_db).milestones(projectId);
    if (!all) {
        m_feedback->showError(all.error());
        return;
    }
    fitColumns(m_projects);
    const QSignalBlocker block(m_milestones);
    m_milestones->setRowCount(int(all->size()));
    int r = 0, current = -1;
    for (const Milestone &m : *all) {
        if (m.id == m_milestone)
            current = r;
        const bool done = m.status == MilestoneStatus::Completed;
        fillListRow(m_milestones, r++,
                    {QString::number(m.id), m.name, m.dueDate.toString(Qt::ISODate), QString::number(m.creditsRequired),
                     m.currency, m.allocated.toString(), m.redeemed.toString(),
                     done ? QString() : (Decimal::fromInt(m.creditsRequired) - m.allocated).toString(),
                     done ? tr("Completed %1").arg(m.completedOn.toString(Qt::ISODate)) : tr("Open")},
                    {0, 3, 5, 6, 7}, m.id);
    }
    if (current >= 0)
        m_milestones->selectRow(current);
    showAllocations(current >= 0 ? m_milestone : 0);
}

void ProjectsPage::showAllocations(qint64 milestoneId)
{
    m_milestone = milestoneId;
    auto all = MilestoneService(m_db).allocations(milestoneId);
    if (!all) {
        m_feedback->showError(all.error());
        return;
    }
    fitColumns(m_milestones);
    m_allocations->setRowCount(int(all->size()));
    int r = 0;
    for (const MilestoneAllocation &a : *all)
        fillListRow(
            m_allocations, r++,
            {QString::number(a.purchaseId), a.currency, a.purchaseExpiry.toString(Qt::ISODate), a.credits.toString()},
            {0, 3}, a.purchaseId);
    fitColumns(m_allocations);
}

bool ProjectsPage::after(const Status &s, const QString &done)
{
    if (!s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(done);
    reload();
    Q_EMIT changed();
    return true;
}

bool ProjectsPage::addProject(const QString &customer, const QString &name)
{
    const auto id = CustomerPicker::required(customer);
    if (!id)
        return after(id.error(), {});
    auto added = MilestoneService(m_db).addProject(*id, name);
    if (!added)
        return after(added.error(), {});
    m_project = *added;
    m_name->clear();
    return after(success(), tr("Project %1 added; add its milestones below.").arg(*added));
}

bool ProjectsPage::addMilestone(const QString &name, const QString &credits, QDate due, const QString &currency)
{
    if (!m_project)
        return after(fail(tr("Select the project to add the milestone to.")), {});
    auto added = MilestoneService(m_db).addMilestone(m_project, name, credits, due, currency);
    if (!added)
        return after(added.error(), {});
    m_milestone = *added;
    m_milestoneName->clear();
    m_credits->clear();
    return after(success(), tr("Milestone %1 added.").arg(*added));
}

bool ProjectsPage::allocate(qint64 purchaseId, const QString &credits)
{
    if (!m_milestone)
        return after(fail(tr("Select the milestone to allocate credits to.")), {});
    return after(
        MilestoneService(m_db).allocate(m_milestone, purchaseId, credits, QDate::currentDate()),
        tr("%1 credits of purchase %2 allocated to milestone %3.").arg(credits).arg(purchaseId).arg(m_milestone));
}

bool ProjectsPage::allocateAutomatically(bool allOpen)
{
    MilestoneService service(m_db);
    QList<qint64> ids;
    if (allOpen) {
        auto open = service.openMilestoneIds();
        if (!open)
            return after(open.error(), {});
        ids = *open;
    } else if (m_milestone) {
        ids << m_milestone;
    } else {
        return after(fail(tr("Select the milestone to allocate credits to.")), {});
    }
    auto allocated = service.allocateAuto(ids, QDate::currentDate());
    if (!allocated)
        return after(allocated.error(), {});
    return after(
        success(),
        tr("%1 credits allocated automatically (earliest expiry first, then oldest).").arg(allocated->toString()));
}

bool ProjectsPage::returnCredits(const QString &credits)
{
    const QList<qint64> purchase = selectedIds(m_allocations, Qt::UserRole);
    if (!m_milestone || purchase.size() != 1)
        return after(fail(tr("Select the purchase whose credits the milestone returns.")), {});
    return after(MilestoneService(m_db).releaseAllocation(m_milestone, purchase.first(), credits, QDate::currentDate()),
                 tr("Credits returned to purchase %1.").arg(purchase.first()));
}

bool ProjectsPage::complete()
{
    if (!m_milestone)
        return after(fail(tr("Select the milestone to complete.")), {});
    return after(MilestoneService(m_db).completeMilestone(m_milestone, QDate::currentDate()),
                 tr("Milestone %1 completed; its credits are redeemed.").arg(m_milestone));
}

bool ProjectsPage::reopen(const QString &reason)
{
    if (!m_milestone)
        return after(fail(tr("Select the milestone whose completion is corrected.")), {});
    return after(MilestoneService(m_db).reopenMilestone(m_milestone, reason, QDate::currentDate()),
                 tr("Milestone %1 is open again; the correction is recorded.").arg(m_milestone));
}

void ProjectsPage::allocateDialog()
{
    auto m = MilestoneService(m_db).milestone(m_milestone);
    if (!m) {
        after(fail(tr("Select the milestone to allocate credits to.")), {});
        return;
    }
    auto purchases = PurchaseService(m_db).list(m->customerId);
    if (!purchases) {
        after(purchases.error(), {});
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("allocateDialog"));
    dialog.setWindowTitle(tr("Allocate Credits to Milestone %1").arg(m->id));
    auto *purchase = new QComboBox(&dialog);
    purchase->setObjectName(QStringLiteral("purchase"));
    for (const ServicesPurchase &p : *purchases)
        if (!p.draft && p.units.available().isPositive() && (m->currency.isEmpty() || m->currency == p.currency))
            purchase->addItem(tr("Purchase %1 — %2 available, %3, expires %4")
                                  .arg(p.id)
                                  .arg(p.units.available().toString(), p.currency, p.expiryDate.toString(Qt::ISODate)),
                              p.id);
    auto *credits = new QLineEdit(&dialog);
    credits->setObjectName(QStringLiteral("credits"));
    setUpNumberField(credits, QString(), 0);
    credits->setText(numberForEditing((Decimal::fromInt(m->creditsRequired) - m->allocated - m->redeemed).toString()));
    auto *form = new QFormLayout;
    form->addRow(tr("From purchase:"), purchase);
    form->addRow(tr("Credits:"), credits);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        allocate(purchase->currentData().toLongLong(), typedNumber(credits));
}

ServicesCreditsSettingsPage::ServicesCreditsSettingsPage(Database &db, QWidget *parent)
    : QWidget(parent),
      m_paidEqualsValue(new QCheckBox(tr("Keep the amount paid per credit equal to the value per credit"), this)),
      m_newDraft(new QCheckBox(tr("New purchases start as drafts"), this)),
      m_manual(new QCheckBox(tr("Clerks may choose the purchases a milestone's credits come from"), this)),
      m_afterExpiry(
          new QCheckBox(tr("Allocate from purchases whose expiry date has passed (during the grace period)"), this)),
      m_grace(new QSpinBox(this)), m_db(db), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("servicesCreditsSettingsPage"));
    m_grace->setRange(0, 3650);
    m_grace->setSuffix(tr(" days"));
    for (auto [w, name] : {std::pair<QWidget *, const char *>{m_paidEqualsValue, "paidEqualsValue"},
                           {m_newDraft, "newPurchasesDraft"},
                           {m_manual, "manualAllocation"},
                           {m_afterExpiry, "allocateAfterExpiry"},
                           {m_grace, "graceDays"}})
        w->setObjectName(QString::fromLatin1(name));
    m_manual->setToolTip(tr("Off: credits are allocated automatically only."));
    auto *save = withIcon(Icon::Save, new QPushButton(tr("Save"), this));
    save->setObjectName(QStringLiteral("save"));
    save->setEnabled(db.acting().can(Privilege::ManageSettings));
    connect(save, &QPushButton::clicked, this, &ServicesCreditsSettingsPage::save);
    auto *form = new QFormLayout;
    form->addRow(m_paidEqualsValue);
    form->addRow(m_newDraft);
    form->addRow(m_manual);
    form->addRow(m_afterExpiry);
    form->addRow(tr("Grace period before an expiry run expires a purchase:"), m_grace);
    auto *note = new QLabel(tr("Credits can be used up to and including a purchase's expiry date. The expiry run "
                               "(when Bursar opens a database, Run Expiry, or bursar services-credits expire) expires "
                               "what is left after the expiry date plus the grace period, and the credits still "
                               "allocated to milestones not completed by then."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Services Credits"), this));
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addStretch(1);
    reload();
}

void ServicesCreditsSettingsPage::reload()
{
    auto s = ServicesCreditSettingsService(m_db).load();
    if (!s) {
        m_feedback->showError(s.error());
        return;
    }
    m_paidEqualsValue->setChecked(s->paidEqualsValue);
    m_newDraft->setChecked(s->newPurchasesDraft);
    m_manual->setChecked(s->manualAllocation);
    m_afterExpiry->setChecked(s->allocateAfterExpiry);
    m_grace->setValue(s->graceDays);
}

bool ServicesCreditsSettingsPage::save()
{
    ServicesCreditSettings s;
    s.paidEqualsValue = m_paidEqualsValue->isChecked();
    s.newPurchasesDraft = m_newDraft->isChecked();
    s.manualAllocation = m_manual->isChecked();
    s.allocateAfterExpiry = m_afterExpiry->isChecked();
    s.graceDays = m_grace->value();
    if (Status r = ServicesCreditSettingsService(m_db).save(s); !r) {
        m_feedback->showError(r.error());
        return false;
    }
    m_feedback->showInfo(tr("Saved."));
    return true;
}

} // namespace bursar::ui
