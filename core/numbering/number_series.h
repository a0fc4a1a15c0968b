#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace bursar::core {

class Database;

/// Gapless document numbers: "INV-{YYYY}-{000000}" gives INV-2026-000001, INV-2026-000002,
/// ... and starts again at 000001 in 2027. Pattern tokens: {YYYY} or {YY} (year), {MM}
/// (month), and one counter, {0...0} (zero-padded to the number of zeros) or {N}
/// (unpadded). Each period the pattern names counts on its own.
///
/// next() must run inside the transaction of the document that takes the number: the
/// counter row stays locked until that transaction ends, so numbers are unique across
/// desktops, and a rolled-back document gives its number back (no gaps).
class NumberSeries
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::NumberSeries)

public:
    explicit NumberSeries(Database &db) : m_db(db) {}

    /// Creates the series or changes its pattern (numbers already given stay as they are).
    Status define(const QString &series, const QString &pattern);
    Result<QString> pattern(const QString &series);
    /// The next number of `series` for a document dated `date`. Call inside a transaction.
    Result<QString> next(const QString &series, const QDate &date);
    /// `count` consecutive numbers of `series` for documents dated `date`, taken in one step
    /// (Approve All numbers thousands of statements at once). Call inside a transaction.
    Result<QStringList> nextBlock(const QString &series, const QDate &date, int count);

    /// The number next() would give now for a document dated `date`, without taking it; with
    /// `pattern` set, the number that pattern would give (its counter period may differ).
    Result<QString> peek(const QString &series, const QDate &date, const QString &pattern = {});

    /// Checks a pattern: exactly one counter token, only known tokens.
    static Status validatePattern(const QString &pattern);
    /// The counter's period for `date`: "2026", "2026-09", or "all" when the pattern has none.
    static QString periodOf(const QString &pattern, const QDate &date);
    /// The pattern filled in for `date` and counter `value`.
    static QString format(const QString &pattern, const QDate &date, qint64 value);

private:
    Database &m_db;
};

} // namespace bursar::core
