#include "ui/widgets/customer_completer.h"

#include "core/customers/customer.h"
#include "core/customers/customer_query.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

namespace bursar::ui {

using namespace bursar::core;

void attachCustomerCompleter(QLineEdit *field, Database &db)
{
    auto *model = new QStandardItemModel(field);
    auto *completer = new QCompleter(model, field);
    completer->setObjectName(QStringLiteral("customerCompleter"));
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setWidget(field);
    auto *wait = new QTimer(field);
    wait->setSingleShot(true);
    wait->setInterval(150); // one query when the typing pauses, not one per key
    QObject::connect(field, &QLineEdit::textEdited, wait, [wait](const QString &) { wait->start(); });
    QObject::connect(wait, &QTimer::timeout, field, [field, model, completer, dbp = &db] {
        const QString text = field->text().trimmed();
        model->clear();
        if (text.size() < 2 || parseCustomerId(text))
            return; // an ID is typed: nothing to look up
        CustomerFilter filter;
        filter.search = text;
        auto rows = CustomerQuery(*dbp).page(filter, CustomerSort::Name, false, 0, 20);
        if (!rows)
            return;
        for (const CustomerRow &r : *rows) {
            auto *item = new QStandardItem(displayCustomerId(r.id) + QStringLiteral("  ") + r.name);
            item->setData(r.id, Qt::UserRole);
            model->appendRow(item);
        }
        if (model->rowCount() > 0)
            completer->complete();
    });
    QObject::connect(completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), field,
                     [field](const QModelIndex &index) {
                         field->setText(QString::number(index.data(Qt::UserRole).toLongLong()));
                         Q_EMIT field->editingFinished();
                     });
}

} // namespace bursar::ui
