#pragma once

#include "core/domain/page.h"
#include "core/finance/ar_document.h"
#include "core/result.h"

#include <QDate>
#include <QVariantList>

namespace bursar::core {

class Database;

/// The ar_documents table family read and written in one place (issue 12's stores): the
/// columns, a row read into an ArDocument, the cached ledger figures written back.
namespace ar_store {

/// Documents matching `where` (a condition on `ar_documents d`, may be empty) in `order`.
/// `today` derives Past Due. Lines and taxes are read only with `withDetails`.
Result<QList<ArDocument>> read(Database &db, const QString &where, const QVariantList &binds, const QString &order,
                               Page page, QDate today, bool withDetails = false);
Result<qint64> count(Database &db, const QString &where, const QVariantList &binds);

/// Writes the memo's lines and taxes (the document row exists).
Status writeDetails(Database &db, qint64 documentId, const QList<MemoLine> &lines, const QList<MemoTax> &taxes);

/// After ledger entries moved amounts from or to these documents: reads what the ledger now
/// says was applied (for a statement, only credit memos' and payments' applications; its
/// billing-run credits are already in its total) and stores the balance, the status (Closed
/// at 0, Open otherwise) and closed_on (the latest entry's date when closed). Inside the
/// caller's transaction.
Status settle(Database &db, const QList<std::pair<QString, qint64>> &documents);

/// Locks the rows of documents ("statement" or "ar", ID) a transaction is about to change
/// until it ends, on PostgreSQL (SELECT ... FOR UPDATE, in ID order so two clerks never
/// deadlock); SQLite's BEGIN IMMEDIATE already holds the whole file.
Status lock(Database &db, QList<std::pair<QString, qint64>> documents);

} // namespace ar_store
} // namespace bursar::core
