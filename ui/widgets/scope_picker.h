#pragma once

#include "core/result.h"
#include "core/users/privilege.h"

#include <QCoreApplication>
#include <optional>

class QComboBox;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class CustomerPicker;

/// "Sees" for users and API keys: the whole installation, a tenant and those below it (the
/// tenants as an indented tree), or one customer, picked by name or ID.
struct ScopePicker
{
    Q_DECLARE_TR_FUNCTIONS(bursar::ui::ScopePicker)

public:
    /// Fills `scope` and enables `customer` only while "One customer" is chosen.
    static void setUp(core::Database &db, QComboBox *scope, CustomerPicker *customer);
    /// What the fields say; std::nullopt with `error` set when the customer's ID is not one.
    static std::optional<core::Scope> picked(const QComboBox *scope, const CustomerPicker *customer,
                                             core::Error &error);
    /// "The whole installation", "Tenant Alpine IT Partners", "Customer #100003 Acme Ltd".
    static QString describe(core::Database &db, const core::Scope &scope);
};

} // namespace bursar::ui
