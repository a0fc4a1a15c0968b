#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bursar::core {

class Database;

/// One numbered document of a series.
struct NumberedDocument
{
    QString number;
    QString kind; ///< "statement", "credit_memo", "debit_memo", "payment"
    qint64 id = 0;
    QString status;     ///< as stored: open, closed
    QString reversedBy; ///< the number of the document that cancelled it; empty when none
};

/// A series checked against its counters: every number the counters gave must belong to
/// exactly one document.
struct NumberAudit
{
    QString series;
    QString pattern;
    QList<NumberedDocument> documents; ///< by number
    QStringList holes;                 ///< numbers given that no document holds
    QStringList duplicates;            ///< numbers more than one document holds
    QStringList foreign;               ///< numbers the counters never gave (a pattern changed since)
    bool whole() const { return holes.isEmpty() && duplicates.isEmpty(); }
};

/// Number integrity (issue 13): each number of a series with its document, status and
/// reversing document, and the holes, named.
class NumberAudits
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::NumberAudits)

public:
    explicit NumberAudits(Database &db) : m_db(db) {}
    /// The series "statement", "credit_memo", "debit_memo", "payment"; all four when empty.
    static QStringList seriesNames();
    Result<QList<NumberAudit>> check(const QString &series = {});

private:
    Result<NumberAudit> checkOne(const QString &series);
    Database &m_db;
};

} // namespace bursar::core
