#include "core/finance/number_audit.h"

#include "core/numbering/number_series.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace bursar::core {

namespace {

/// A day inside the counter period `period` ("2026", "2026-09" or "all").
QDate dayIn(const QString &period)
{
    if (period.size() == 4)
        return QDate(period.toInt(), 1, 1);
    if (period.size() == 7)
        return QDate(period.left(4).toInt(), period.mid(5).toInt(), 1);
    return QDate(2000, 1, 1);
}

} // namespace

QStringList NumberAudits::seriesNames()
{
    return {QStringLiteral("statement"), QStringLiteral("credit_memo"), QStringLiteral("debit_memo"),
            QStringLiteral("payment")};
}

Result<QList<NumberAudit>> NumberAudits::check(const QString &series)
{
    const QStringList names = series.isEmpty() ? seriesNames() : QStringList{series};
    QList<NumberAudit> out;
    for (const QString &name : names) {
        if (!seriesNames().contains(name))
            return fail(
                tr("There is no number series “%1”; use statement, credit_memo, debit_memo or payment.").arg(name),
                QStringLiteral("series"));
        auto one = checkOne(name);
        if (!one)
            return one.error();
        out.append(*one);
    }
    return out;
}

Result<NumberAudit> NumberAudits::checkOne(const QString &series)
{
    NumberAudit a;
    a.series = series;
    auto pattern = NumberSeries(m_db).pattern(series);
    if (!pattern)
        return pattern.error();
    a.pattern = *pattern;
    Sql docs(m_db, series == u"statement"
                       ? QStringLiteral("SELECT number, 'statement', id, status, NULL FROM statements WHERE number IS "
                                        "NOT NULL ORDER BY number")
                       : QStringLiteral("SELECT d.number, d.kind, d.id, d.status, r.number FROM ar_documents d LEFT "
                                        "JOIN ar_documents r ON r.reverses_id = d.id WHERE d.kind = ? AND d.number IS "
                                        "NOT NULL ORDER BY d.number"));
    if (series != u"statement")
        docs.bind(series);
    if (Status s = docs.exec(tr("reading the numbered documents")); !s)
        return s.error();
    QHash<QString, int> held;
    while (docs.next()) {
        a.documents.append({docs.value(0).toString(), docs.value(1).toString(), docs.value(2).toLongLong(),
                            docs.value(3).toString(), docs.value(4).toString()});
        ++held[a.documents.last().number];
    }
    QSet<QString> given;
    Sql counters(m_db,
                 QStringLiteral("SELECT period, last_value FROM number_counters WHERE series = ? ORDER BY period"));
    counters.bind(series);
    if (Status s = counters.exec(tr("reading the number counters")); !s)
        return s.error();
    while (counters.next()) {
        const QDate day = dayIn(counters.value(0).toString());
        for (qint64 v = 1; v <= counters.value(1).toLongLong(); ++v) {
            const QString number = NumberSeries::format(a.pattern, day, v);
            given.insert(number);
            if (!held.contains(number))
                a.holes.append(number);
        }
    }
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (it.value() > 1)
            a.duplicates.append(it.key());
        if (!given.contains(it.key()))
            a.foreign.append(it.key());
    }
    std::sort(a.duplicates.begin(), a.duplicates.end());
    std::sort(a.foreign.begin(), a.foreign.end());
    return a;
}

} // namespace bursar::core
