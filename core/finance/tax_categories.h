#pragma once

#include "core/calculators/memo_calculator.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace bursar::core {

class Database;

/// Settings > Tax Tables' tax categories (issue 13): each says which of the customer's
/// region's and state's rates tax a memo line of that category. A memo keeps the tax it was
/// made with; a changed category taxes the memos made (or edited) after it. MANAGE_SETTINGS
/// is required to write; the audit log records every change in the same transaction.
class TaxCategories
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::TaxCategories)

public:
    explicit TaxCategories(Database &db) : m_db(db) {}

    Result<QList<TaxCategory>> list();
    /// Adds a category or changes the rates it takes. Names compare without case: "standard"
    /// changes "Standard".
    Status set(const QString &name, bool regionRate, bool stateRate);
    /// Removes a category no Hold memo uses (released memos keep their tax lines).
    Status remove(const QString &name);

private:
    Database &m_db;
};

} // namespace bursar::core
