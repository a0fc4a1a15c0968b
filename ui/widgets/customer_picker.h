#pragma once

#include "core/result.h"

#include <QLineEdit>
#include <optional>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// The one way the window asks for a customer. Typing two or more letters of a name, an
/// email or a contact — or `#` and the first digits of an ID — lists up to twenty customers
/// (searched in SQL, so it stays fast with 100,000 customers); picking one shows
/// "#100042  Acme GmbH". An ID typed whole ("100042" or "#100042") is looked up when the
/// field is left and shows the customer's name, or is framed red when there is no such
/// customer; a name that matches exactly one customer picks it. The CLI keeps its IDs.
class CustomerPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit CustomerPicker(core::Database &db, QWidget *parent = nullptr);

    /// The customer shown or typed; nothing when the field is empty or holds no customer.
    std::optional<qint64> customerId() const;
    /// Nothing typed (an optional choice left empty), or the customer; otherwise an error
    /// naming what was typed and how to pick one (field "customer").
    core::Result<std::optional<qint64>> choice() const;
    /// The customer in `text` as a picker shows or takes it ("100042", "#100042",
    /// "#100042  Acme GmbH"); an error naming the text and how to pick one otherwise,
    /// also when it is empty (field "customer").
    static core::Result<qint64> required(const QString &text);
    /// Shows "#100042  Acme GmbH" (the bare ID when the customer cannot be read).
    void setCustomerId(qint64 id);

Q_SIGNALS:
    /// A customer was picked from the list, or typed and found when the field was left.
    void customerPicked(qint64 id);

private:
    void lookUp();
    void resolve();
    void markUnknown(const QString &reason);

    core::Database &m_db;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QTimer *m_wait;
};

/// Asks for one customer in a small dialog with a CustomerPicker (Map to Customer…);
/// nothing when the clerk cancels.
std::optional<qint64> pickCustomer(QWidget *parent, core::Database &db, const QString &title, const QString &prompt);

} // namespace bursar::ui
