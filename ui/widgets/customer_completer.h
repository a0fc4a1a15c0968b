#pragma once

class QLineEdit;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

/// Lets a customer-ID field find the customer by name: two or more letters typed list up to
/// twenty customers whose name, email or contact matches (searched in SQL, so it stays fast
/// with 100,000 customers); picking one puts its ID in the field and finishes the edit. An
/// ID typed as before still works.
void attachCustomerCompleter(QLineEdit *field, core::Database &db);

} // namespace bursar::ui
