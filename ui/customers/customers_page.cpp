#include "ui/customers/customers_page.h"

#include "core/customers/customer_query.h"
#include "core/customers/customer_service.h"
#include "core/formats/csv.h"
#include "core/storage/database.h"
#include "core/storage/database_files.h"
#include "ui/customers/customer_list_model.h"
#include "ui/customers/customer_profile.h"
#include "ui/widgets/export_done.h"
#include "ui/widgets/find_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/tenant_combo.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace bursar::ui {

using namespace bursar::core;

CustomersPage::CustomersPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new CustomerListModel(db, this)), m_view(new QTableView(this)),
      m_search(new QLineEdit(this)), m_tenant(new QComboBox(this)), m_count(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("customersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Customers"), this));

    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, email, contact or #ID"));
    m_search->setClearButtonEnabled(true);
    markFindField(m_search, m_view);
    m_tenant->setObjectName(QStringLiteral("tenantFilter"));
    m_tenant->setMinimumContentsLength(24);
    auto *add = withIcon(Icon::Add, new QPushButton(tr("&New Customer"), this));
    add->setObjectName(QStringLiteral("newCustomer"));
    auto *exportButton = withIcon(Icon::Export, new QPushButton(tr("E&xport CSV…"), this));
    bar->addWidget(new QLabel(tr("&Search:"), this));
    static_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_search);
    bar->addWidget(m_search, 2);
    bar->addWidget(new QLabel(tr("Tenant:"), this));
    bar->addWidget(m_tenant, 1);
    bar->addStretch(0);
    bar->addWidget(exportButton);
    bar->addWidget(add);
    layout->addLayout(bar);

    m_view->setObjectName(QStringLiteral("customerTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CustomerListModel::Id, 90);
    m_view->setColumnWidth(CustomerListModel::Name, 280);
    m_view->setColumnWidth(CustomerListModel::Tenant, 200);
    m_view->setColumnWidth(CustomerListModel::Region, 70);
    m_view->setColumnWidth(CustomerListModel::State, 110);
    m_view->setColumnWidth(CustomerListModel::Email, 210);
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c) // headers are never clipped, in any language
        m_view->setColumnWidth(c, std::max(m_view->columnWidth(c), m_view->horizontalHeader()->sectionSizeHint(c)));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_tenant, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    connect(m_model, &CustomerListModel::modelReset, this, &CustomersPage::updateCount);
    connect(m_model, &CustomerListModel::errorOccurred, this,
            [this](const QString &message) { m_count->setText(message); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openProfile(index.data(CustomerListModel::CustomerIdRole).toLongLong());
    });
    connect(add, &QPushButton::clicked, this, [this] { openProfile(0); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Customers"), QStringLiteral("customers.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export Customers"), error);
        else
            announceSavedFile(this, tr("Export Customers"), path);
    });

    reloadTenants();
    updateCount();
}

void CustomersPage::reloadTenants()
{
    const QVariant current = m_tenant->currentData();
    const QSignalBlocker block(m_tenant);
    m_tenant->clear();
    m_tenant->addItem(tr("All tenants"), qint64(0));
    if (auto tenants = CustomerService(m_db).tenants())
        addTenantItems(m_tenant, *tenants);
    m_tenant->setCurrentIndex(std::max(0, m_tenant->findData(current)));
}

void CustomersPage::applyFilter()
{
    CustomerFilter filter;
    filter.search = m_search->text();
    if (const qint64 t = m_tenant->currentData().toLongLong(); t > 0)
        filter.tenantId = t;
    m_model->setFilter(filter);
}

void CustomersPage::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError());
        return;
    }
    m_count->setText(m_model->rowCount() == 1 ? tr("1 customer") : tr("%1 customers").arg(m_model->rowCount()));
}

CustomerProfileDialog *CustomersPage::openProfile(qint64 customerId)
{
    // One window per customer: two copies of one profile would overwrite each other's edits.
    if (customerId > 0)
        for (const QPointer<CustomerProfileDialog> &open : std::as_const(m_profiles))
            if (open && open->customerId() == customerId) {
                open->showNormal();
                open->raise();
                open->activateWindow();
                return open;
            }
    auto *dialog = new CustomerProfileDialog(m_db, customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerProfileDialog::customerSaved, m_model, &CustomerListModel::refresh);
    m_profiles.removeAll(nullptr);
    m_profiles.append(dialog);
    dialog->show();
    return dialog;
}

bool CustomersPage::closeProfiles()
{
    for (const QPointer<CustomerProfileDialog> &open : QList<QPointer<CustomerProfileDialog>>(m_profiles))
        if (open && !open->close())
            return false;
    return true;
}

bool CustomersPage::exportCsv(const QString &path, QString *error)
{
    if (Status s = refuseDatabaseFile(path, tr("write the export over it")); !s) {
        *error = s.message();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    auto cell = [](const QString &s) { return csvField(s); };
    file.write("id,name,tenant,region,state,email,payment_terms_days\r\n");
    CustomerQuery query(m_db);
    const int total = m_model->rowCount();
    for (int offset = 0; offset < total; offset += 1000) {
        auto rows = query.page(m_model->filter(), CustomerSort::Id, false, offset, 1000);
        if (!rows) {
            *error = rows.error().message;
            file.cancelWriting();
            return false;
        }
        for (const CustomerRow &r : *rows)
            file.write(QByteArray::number(r.id) + ',' + cell(r.name) + ',' + cell(r.tenant) + ',' + cell(r.region) +
                       ',' + cell(r.state) + ',' + cell(r.email) + ',' + QByteArray::number(r.paymentTermsDays) +
                       "\r\n");
    }
    if (!file.commit()) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace bursar::ui
