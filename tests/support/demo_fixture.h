#pragma once

#include "core/storage/database.h"

#include <QDate>
#include <QString>

namespace bursar::test {

/// The demo with every kind of record on both sides of a scope: 60 customers under a
/// distributor, partners and a sub-partner; usage through the month before `today`; the
/// months before that billed, approved, partly paid, with memos (one on hold) and services
/// credits (one draft); and `today`'s previous month generated for AWS and left in draft.
/// Returns an empty string, or what failed.
QString fillDemoWithDrafts(core::Database &db, QDate today);

} // namespace bursar::test
