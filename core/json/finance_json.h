#pragma once

#include "core/finance/aging.h"
#include "core/finance/ar_applications.h"
#include "core/finance/ar_document.h"

#include <QJsonObject>

namespace bursar::core::json {

/// Finance > Documents' JSON forms, by the rules of records_json.h: snake_case keys that are
/// only ever added, amounts as exact decimal strings.

/// An application or reversal with the document's balance (or available amount) after it.
QJsonObject arApplication(const ArApplication &a, int minorUnits);
/// A credit memo, debit memo or payment: id, type, number, status, currency, total, applied,
/// `available` (credit memos and payments) or `balance` (debit memos), due_date, and with
/// `whole` the lines, tax lines and applications.
QJsonObject arDocument(const ArDocument &d, const QList<ArApplication> &applications, bool whole);
/// One row of the aging (customer_id 0 and "total" set for the currency's totals).
QJsonObject agingRow(const AgingRow &r);
/// The whole aging as of its date, with the proof line per currency.
QJsonObject aging(const AgingReport &r);
/// A customer's balance in one currency: {"currency", "balance"}.
QJsonObject customerBalance(const CustomerBalance &b);

} // namespace bursar::core::json
