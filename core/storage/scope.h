#pragma once

#include <QStringList>

namespace bursar::core {

/// Every table of the schema, as a scoped connection sees it (issue 16). A connection whose
/// user (or API key) has a tenant or a customer scope reads each scoped table through a
/// temporary view of the same name that keeps only the rows of its customers; temporary
/// objects come first in name lookup on SQLite and PostgreSQL, so every query of core, the
/// ones written today and the ones written tomorrow, is filtered without naming the scope,
/// and a record outside it answers exactly as one that does not exist. The views cannot be
/// written (SQLite refuses), and a scoped user holds no privileges, so nothing is written
/// through a scope. Only storage itself may name `main.` or `public.` tables
/// (tests/check_core_rules.py), so no query steps around the views.
///
/// The two lists below together are the whole migrated schema (tests/core/tst_scope.cpp
/// fails when a new table is in neither).
namespace scope {

/// The tables whose rows belong to a customer, in the order their views are made.
QStringList scopedTables();
/// The tables every user reads whole: settings, pricebooks, tax rates, vendors, numbering,
/// and the audit log (written by every user, read by db copy, which a scoped user may not run).
QStringList sharedTables();

} // namespace scope
} // namespace bursar::core
