#include "ui/settings/tenants_page.h"

#include "core/customers/customer_service.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/tenant_combo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

TenantsPage::TenantsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_tree(new QTreeWidget(this)), m_name(new QLineEdit(this)),
      m_parent(new QComboBox(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("tenantsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Tenants"), this));
    layout->addWidget(new QLabel(tr("Distributor > Partner > Customer. A tenant sees its own customers and those "
                                    "of the tenants below it."),
                                 this));
    m_tree->setObjectName(QStringLiteral("tenantTree"));
    m_tree->setHeaderLabels({tr("Tenant"), tr("Kind"), tr("Customers"), tr("ID")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree, 1);

    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(200);
    m_parent->setObjectName(QStringLiteral("parent"));
    form->addRow(tr("New tenant &name:"), m_name);
    form->addRow(tr("&Below:"), m_parent);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    auto *buttons = new QHBoxLayout;
    auto *rename = withIcon(Icon::Edit, new QPushButton(tr("&Rename Selected…"), this));
    auto *add = withIcon(Icon::Add, new QPushButton(tr("&Add Tenant"), this));
    add->setObjectName(QStringLiteral("addTenant"));
    buttons->addWidget(rename);
    buttons->addStretch(1);
    buttons->addWidget(add);
    layout->addLayout(buttons);
    m_feedback->addField(QStringLiteral("name"), m_name);
    m_feedback->addField(QStringLiteral("parent"), m_parent);

    connect(add, &QPushButton::clicked, this,
            [this] { addTenant(m_name->text(), m_parent->currentData().toLongLong()); });
    connect(rename, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_tree->currentItem();
        if (!item)
            return m_feedback->showError({tr("Select the tenant to rename first."), {}});
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename Tenant"), tr("Name:"), QLineEdit::Normal, item->text(0), &ok);
        if (!ok)
            return;
        if (Status s = CustomerService(m_db).renameTenant(item->data(0, Qt::UserRole).toLongLong(), name); !s)
            return m_feedback->showError(s.error());
        m_feedback->showInfo(tr("Tenant renamed."));
        reload();
        Q_EMIT tenantsChanged();
    });
    reload();
}

void TenantsPage::reload()
{
    CustomerService service(m_db);
    auto tenants = service.tenants();
    auto counts = service.customerCountsByTenant();
    if (!tenants || !counts)
        return m_feedback->showError(!tenants ? tenants.error() : counts.error());
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Tenant &t : *tenants) { // parents come first: IDs grow down the tree
        QTreeWidgetItem *parentItem = t.parentId ? items.value(*t.parentId) : nullptr;
        const QStringList cells{t.name, t.kind == TenantKind::Distributor ? tr("Distributor") : tr("Partner"),
                                QString::number(counts->value(t.id)), QString::number(t.id)};
        auto *item = parentItem ? new QTreeWidgetItem(parentItem, cells) : new QTreeWidgetItem(m_tree, cells);
        item->setData(0, Qt::UserRole, t.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        items.insert(t.id, item);
    }
    m_tree->expandAll();
    m_parent->clear();
    m_parent->addItem(tr("— top: a new distributor —"), qint64(0));
    addTenantItems(m_parent, *tenants);
    if (!tenants->isEmpty())
        m_parent->setCurrentIndex(1);
}

bool TenantsPage::addTenant(const QString &name, qint64 parentId)
{
    auto id = CustomerService(m_db).addTenant(parentId > 0 ? TenantKind::Partner : TenantKind::Distributor,
                                              parentId > 0 ? std::optional<qint64>(parentId) : std::nullopt, name);
    if (!id) {
        m_feedback->showError(id.error());
        return false;
    }
    m_feedback->showInfo(tr("Tenant “%1” added.").arg(name.simplified()));
    m_name->clear();
    reload();
    Q_EMIT tenantsChanged();
    return true;
}

QString TenantsPage::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
