#include "ui/widgets/scope_picker.h"

#include "core/customers/customer_service.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/tenant_combo.h"

#include <QComboBox>

namespace bursar::ui {

using namespace bursar::core;

void ScopePicker::setUp(Database &db, QComboBox *scope, CustomerPicker *customer)
{
    scope->addItem(tr("The whole installation"), QStringLiteral("all"));
    if (auto tenants = CustomerService(db).tenants(); tenants) {
        const int first = scope->count();
        addTenantItems(scope, *tenants); // data: the tenant's ID
        for (int i = first; i < scope->count(); ++i)
            scope->setItemData(i, QStringLiteral("tenant:%1").arg(scope->itemData(i).toLongLong()));
    }
    scope->addItem(tr("One customer"), QStringLiteral("customer"));
    customer->setEnabled(false);
    QObject::connect(scope, &QComboBox::currentIndexChanged, customer, [scope, customer] {
        customer->setEnabled(scope->currentData().toString() == QLatin1String("customer"));
    });
}

std::optional<Scope> ScopePicker::picked(const QComboBox *scope, const CustomerPicker *customer, Error &error)
{
    const QString chosen = scope->currentData().toString();
    if (chosen.startsWith(QLatin1String("tenant:")))
        return Scope::tenant(chosen.mid(7).toLongLong());
    if (chosen != QLatin1String("customer"))
        return Scope::all();
    auto id = CustomerPicker::required(customer->text());
    if (!id) {
        error = id.error();
        error.message = tr("Sees: %1").arg(error.message);
        return std::nullopt;
    }
    return Scope::customer(*id);
}

QString ScopePicker::describe(Database &db, const Scope &scope)
{
    if (scope.kind == Scope::Kind::Tenant) {
        QString name = QString::number(scope.id);
        if (auto tenants = CustomerService(db).tenants(); tenants)
            for (const Tenant &t : *tenants)
                if (t.id == scope.id)
                    name = t.name;
        return tr("Tenant %1").arg(name);
    }
    if (scope.kind == Scope::Kind::Customer) {
        auto c = CustomerService(db).customer(scope.id);
        return tr("Customer %1").arg(c ? displayCustomerId(c->id) + u' ' + c->name : displayCustomerId(scope.id));
    }
    return tr("The whole installation");
}

} // namespace bursar::ui
