#pragma once

#include "core/billing/credit.h"
#include "core/billing/statement.h"
#include "core/customers/customer.h"
#include "core/domain/contact.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace bursar::core {

/// One JSON form per record, used by the command line's --format json, by the snapshot
/// columns statements keep (their parties), and ready for the Billing API. Keys are
/// snake_case and a contract: scripts depend on them, so keys are only ever added. Amounts
/// are exact decimal strings ("-250.00" reads "-250"), never JSON numbers; missing dates
/// and numbers are null.
namespace json {

QJsonObject contact(const Contact &c);
Contact contactFrom(const QJsonObject &o);

/// A party as a statement keeps it: name, the contact, region, state, billing profile.
QJsonObject party(const StatementParty &p);
StatementParty partyFrom(const QJsonObject &o);
/// The party as the text of a snapshot column.
QString partyText(const StatementParty &p);
StatementParty partyFromText(const QString &text);

/// A customer with the tenant's name.
QJsonObject customer(const Customer &c, const QString &tenantName);

/// "available", "used", "expired" or "voided" on `today`.
QString creditState(const Credit &c, QDate today);
QJsonObject credit(const Credit &c, QDate today);

/// A statement: its header and amounts; `whole` adds the lines, credit applications, tax
/// lines, parties and the Explain text.
QJsonObject statement(const Statement &s, QDate today, bool whole);

} // namespace json

} // namespace bursar::core
