#include "ui/widgets/customer_picker.h"

#include "core/customers/customer.h"
#include "core/customers/customer_query.h"
#include "core/customers/customer_service.h"
#include "ui/widgets/contact_form.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

constexpr auto separator = QLatin1String("  ");

QString shown(qint64 id, const QString &name)
{
    return displayCustomerId(id) + separator + name;
}

std::optional<qint64> idIn(const QString &typed)
{
    const QString text = typed.trimmed();
    if (auto id = parseCustomerId(text))
        return id;
    // "#100042  Acme GmbH", as a pick shows it: the ID before the name.
    const qsizetype cut = text.indexOf(separator);
    if (text.startsWith(u'#') && cut > 1)
        return parseCustomerId(QStringView(text).left(cut));
    return std::nullopt;
}

Error notACustomer(const QString &text)
{
    return fail(text.trimmed().isEmpty()
                    ? CustomerPicker::tr("Choose a customer: type part of the name and pick one from the list.")
                    : CustomerPicker::tr("“%1” is not a customer: type part of the name and pick the customer from "
                                         "the list, or type the customer's ID, for example 100042.")
                          .arg(text.trimmed()),
                QStringLiteral("customer"));
}

} // namespace

CustomerPicker::CustomerPicker(Database &db, QWidget *parent)
    : QLineEdit(parent), m_db(db), m_model(new QStandardItemModel(this)), m_completer(new QCompleter(m_model, this)),
      m_wait(new QTimer(this))
{
    setPlaceholderText(tr("Customer name or #ID"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Customer"));
    m_completer->setObjectName(QStringLiteral("customerCompleter"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_wait->setSingleShot(true);
    m_wait->setInterval(150); // one query when the typing pauses, not one per key
    connect(this, &QLineEdit::textEdited, m_wait, [this](const QString &) { m_wait->start(); });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &) {
        if (property("bursarCustomerBad").toBool()) {
            setProperty("bursarCustomerBad", false);
            setStyleSheet(QString());
            setToolTip(QString());
        }
    });
    connect(m_wait, &QTimer::timeout, this, &CustomerPicker::lookUp);
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const qint64 id = index.data(Qt::UserRole).toLongLong();
                setText(shown(id, index.data(Qt::UserRole + 1).toString()));
                Q_EMIT customerPicked(id);
                Q_EMIT editingFinished();
            });
    connect(this, &QLineEdit::editingFinished, this, &CustomerPicker::resolve);
}

void CustomerPicker::lookUp()
{
    const QString text = QLineEdit::text().trimmed();
    m_model->clear();
    // An ID typed whole is looked up when the field is left; "#10" lists the IDs so far.
    if (text.size() < 2 || (parseCustomerId(text) && !text.startsWith(u'#')))
        return;
    CustomerFilter filter;
    filter.search = text;
    auto rows = CustomerQuery(m_db).page(filter, CustomerSort::Name, false, 0, 20);
    if (!rows)
        return;
    for (const CustomerRow &r : *rows) {
        auto *item = new QStandardItem(shown(r.id, r.name));
        item->setData(r.id, Qt::UserRole);
        item->setData(r.name, Qt::UserRole + 1);
        m_model->appendRow(item);
    }
    if (m_model->rowCount() > 0)
        m_completer->complete();
}

std::optional<qint64> CustomerPicker::customerId() const
{
    return idIn(QLineEdit::text());
}

Result<qint64> CustomerPicker::required(const QString &text)
{
    if (auto id = idIn(text))
        return *id;
    return notACustomer(text);
}

Result<std::optional<qint64>> CustomerPicker::choice() const
{
    const QString text = QLineEdit::text().trimmed();
    if (text.isEmpty())
        return std::optional<qint64>();
    if (auto id = customerId())
        return std::optional<qint64>(*id);
    return notACustomer(text);
}

void CustomerPicker::setCustomerId(qint64 id)
{
    auto c = CustomerService(m_db).customer(id);
    setText(c ? shown(id, c->name) : QString::number(id));
}

void CustomerPicker::resolve()
{
    const QString text = QLineEdit::text().trimmed();
    if (text.isEmpty())
        return;
    if (auto id = parseCustomerId(text)) {
        auto c = CustomerService(m_db).customer(*id);
        if (!c) {
            markUnknown(tr("There is no customer %1.").arg(displayCustomerId(*id)));
            return;
        }
        setText(shown(*id, c->name));
        Q_EMIT customerPicked(*id);
        return;
    }
    if (customerId())
        return; // shown as picked
    // A name typed whole: the customer when exactly one matches.
    CustomerFilter filter;
    filter.search = text;
    auto rows = CustomerQuery(m_db).page(filter, CustomerSort::Name, false, 0, 2);
    if (rows && rows->size() == 1) {
        setText(shown(rows->first().id, rows->first().name));
        Q_EMIT customerPicked(rows->first().id);
        return;
    }
    markUnknown(rows && rows->isEmpty() ? tr("No customer matches “%1”.").arg(text)
                                        : tr("Several customers match “%1”: pick one from the list.").arg(text));
}

void CustomerPicker::markUnknown(const QString &reason)
{
    setProperty("bursarCustomerBad", true);
    setStyleSheet(QStringLiteral("border: 2px solid #b00020; border-radius: 3px;"));
    setToolTip(reason);
}

std::optional<qint64> pickCustomer(QWidget *parent, Database &db, const QString &title, const QString &prompt)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setObjectName(QStringLiteral("pickCustomerDialog"));
    auto *label = new QLabel(prompt, &dialog);
    label->setWordWrap(true);
    auto *picker = new CustomerPicker(db, &dialog);
    picker->setObjectName(QStringLiteral("customer"));
    label->setBuddy(picker);
    auto *feedback = new FormFeedback(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(picker);
    layout->addWidget(feedback);
    layout->addWidget(buttons);
    picker->setMinimumWidth(picker->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
    std::optional<qint64> chosen;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto c = CustomerPicker::required(picker->text());
        if (!c) {
            feedback->showError(c.error());
            picker->setFocus();
            return;
        }
        if (!CustomerService(db).customer(*c)) {
            feedback->showError(fail(CustomerPicker::tr("There is no customer %1.").arg(displayCustomerId(*c)),
                                     QStringLiteral("customer")));
            return;
        }
        chosen = *c;
        dialog.accept();
    });
    picker->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return chosen;
}

} // namespace bursar::ui
