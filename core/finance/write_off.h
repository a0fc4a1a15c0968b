#pragma once

#include "core/finance/ar_applications.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <map>

namespace bursar::core {

class Database;

/// Small balances (issue 13 §9). Each currency has a write-off tolerance, kept in Settings.
/// *Write off* closes a document whose remaining amount is within it by an adjustment memo of
/// its own, released and applied on the day; the document itself never changes.
/// - A statement or debit memo that still owes a little gets a credit memo of exactly that,
///   applied to it.
/// - A credit memo or payment with a little left gets a debit memo of exactly that, and the
///   remainder is applied to it.
/// Both close, and the memo says what it wrote off. It needs ARDOCS_CREATE and APPLY_ARDOCS.
class WriteOffs
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::WriteOffs)

public:
    explicit WriteOffs(Database &db) : m_db(db) {}

    /// The tolerance per currency; a currency without one cannot be written off.
    Result<std::map<QString, Decimal>> tolerances();
    /// Sets a currency's tolerance (MANAGE_SETTINGS); "0" or empty removes it.
    Status setTolerance(const QString &currency, const QString &amount);
    /// Writes off what remains of `document` on `on`; returns the adjustment memo's ID.
    Result<qint64> writeOff(const ArRef &document, QDate on);

private:
    Database &m_db;
};

} // namespace bursar::core
