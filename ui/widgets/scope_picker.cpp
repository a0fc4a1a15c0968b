#include "ui/widgets/scope_picker.h"

#include "core/customers/customer_service.h"
#include "ui/widgets/tenant_combo.h"

#include <QComboBox>
#include <QLineEdit>

namespace bursar::ui {

using namespace bursar::core;

void ScopePicker::setUp(Database &db, QComboBox *scope, QLineEdit *customer)
{
    scope->addItem(tr("The whole installation"), QStringLiteral("all"));
    if (auto tenants = CustomerService(db).tenants(); tenants) {
        const int first = scope->count();
        addTenantItems(scope, *tenants); // data: the tenant's ID
        for (int i = first; i < scope->count(); ++i)
            scope->setItemData(i, QStringLiteral("tenant:%1").arg(scope->itemData(i).toLongLong()));
    }
    scope->addItem(tr("One customer"), QStringLiteral("customer"));
    customer->setPlaceholderText(tr("customer ID, for example 100001"));
    customer->setEnabled(false);
    QObject::connect(scope, &QComboBox::currentIndexChanged, customer, [scope, customer] {
        customer->setEnabled(scope->currentData().toString() == QLatin1String("customer"));
    });
}

std::optional<Scope> ScopePicker::picked(const QComboBox *scope, const QLineEdit *customer, Error &error)
{
    const QString chosen = scope->currentData().toString();
    if (chosen.startsWith(QLatin1String("tenant:")))
        return Scope::tenant(chosen.mid(7).toLongLong());
    if (chosen != QLatin1String("customer"))
        return Scope::all();
    bool ok = false;
    const qint64 id = customer->text().trimmed().remove(u'#').toLongLong(&ok);
    if (!ok || id <= 0) {
        error = Error{tr("Sees: type the customer's ID, for example 100001, or choose a tenant."),
                      QStringLiteral("customer")};
        return std::nullopt;
    }
    return Scope::customer(id);
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
