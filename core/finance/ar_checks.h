#pragma once

#include "core/finance/ar_applications.h"

namespace bursar::core {

class Database;
class Sql;

/// What Apply and the batch auto-apply check of a document, in one place (internal to the
/// finance folder).
namespace ar_checks {

/// A document with the state Apply checks.
struct Doc
{
    ArItem item;
    QString status; ///< stored: draft, hold, open, closed
    bool exists = false;
};

/// "Statement", "Credit Memo", ... for a stored kind.
QString kindName(const QString &kind);
/// "Credit Memo CM-2026-000001", or the kind and ID before the document has a number.
QString label(const Doc &d);
/// The document as Apply sees it; `exists` is false when there is none.
Result<Doc> readDoc(Database &db, const ArRef &ref);
/// A document from a row of id, number, customer_id, currency, date, due_date, total,
/// balance (a statement's) or applied (an AR document's), status, kind ('statement' for one).
Doc docFromRow(const Sql &q);
/// Whether `target` can take an application from `src` dated `on` (field "to" or "date" when not).
Status checkTarget(const Doc &src, const Doc &target, QDate on);
/// The default order of a customer's receivables: oldest due date first, then oldest
/// document, then lowest ID.
bool dueFirst(const ArItem &a, const ArItem &b);

} // namespace ar_checks
} // namespace bursar::core
