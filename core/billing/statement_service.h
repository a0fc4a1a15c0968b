#pragma once

#include "core/billing/statement.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace bursar::core {

class Database;

/// Statements after they are generated: reading, approving (numbering), deleting drafts,
/// showing in another currency. Approve needs ApproveStatements, delete GenerateStatements.
class StatementService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::StatementService)

public:
    explicit StatementService(Database &db) : m_db(db) {}

    /// The number series statements are numbered from.
    static QString series() { return QStringLiteral("statement"); }

    Result<qint64> count(const StatementFilter &filter);
    /// Statements without their lines, by customer ID then period (or `orderBy`, a column
    /// of the statements table), `limit` from `offset`.
    Result<QList<Statement>> list(const StatementFilter &filter, int offset = 0, int limit = -1,
                                  const QString &orderBy = {}, bool descending = false);
    /// One statement, whole: lines, tax lines, credit applications.
    Result<Statement> statement(qint64 id);
    Result<Statement> statementByNumber(const QString &number);

    /// Approves drafts in the order given: each takes the next number of the series and
    /// becomes Open (Closed when it owes nothing), dated `today`, due after the customer's
    /// payment terms. All in one transaction; statements that are not drafts are refused.
    Result<ApproveResult> approve(const QList<qint64> &ids, QDate today = QDate::currentDate());
    /// Approves every draft the filter shows, oldest first.
    /// Approves the drafts the filter lists, in batches of ApproveBatch (each its own
    /// transaction, numbered in ID order). `progress(done, total)` is asked between batches;
    /// false stops there: the batches done stay approved, the rest stay drafts (cancelled).
    Result<ApproveResult> approveAll(const StatementFilter &filter, QDate today = QDate::currentDate(),
                                     const std::function<bool(int, int)> &progress = {}, int batchSize = ApproveBatch);
    static constexpr int ApproveBatch = 500;
    /// Deletes a draft: its credits are returned and the period is unlocked.
    Status deleteDraft(qint64 id);

    /// The statement's amounts in `currency` through the exchange-rate table (the rate on or
    /// before the issue date, or today for a draft); the rate and date are recorded with it.
    Result<DisplayConversion> showIn(qint64 id, const QString &currency, QDate today = QDate::currentDate());
    Result<QList<DisplayConversion>> displayHistory(qint64 id);

private:
    Database &m_db;
};

} // namespace bursar::core
