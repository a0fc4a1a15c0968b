#include "core/storage/internal/bulk_insert.h"

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <charconv>

namespace bursar::core {

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns, int rowsPerStatement)
    : m_db(db), m_table(table), m_columnNames(columns),
      m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")))),
      m_columns(int(columns.size())), m_rowsPerStatement(rowsPerStatement)
{
}

void BulkInsert::separate()
{
    if (m_column == 0) {
        m_batch += m_batchRows == 0 ? m_head : QStringLiteral(",");
        m_batch += u'(';
    } else {
        m_batch += u',';
    }
    ++m_column;
}

BulkInsert &BulkInsert::integer(qint64 value)
{
    separate();
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, value).ptr;
    m_batch += QLatin1StringView(buf, end - buf);
    return *this;
}

BulkInsert &BulkInsert::text(const QString &value)
{
    separate();
    m_batch += u'\'';
    if (!value.contains(u'\'') && !value.contains(QChar(0))) {
        m_batch += value;
    } else {
        for (QChar c : value) {
            if (c == u'\'')
                m_batch += u'\'';
            if (c.unicode() != 0)
                m_batch += c;
        }
    }
    m_batch += u'\'';
    return *this;
}

BulkInsert &BulkInsert::textOrNull(const QString &value)
{
    return value.isEmpty() ? null() : text(value);
}

BulkInsert &BulkInsert::amount(Decimal value)
{
    separate();
    // An invalid amount (a sum past 38 digits) is never stored, in any build: the row is
    // refused at endRow() and nothing of the batch is written.
    if (!value.isValid() && m_invalidColumn.isEmpty())
        m_invalidColumn = m_columnNames.value(m_column - 1);
    char buf[Decimal::MaxTextLength];
    const int n = value.write(buf);
    m_batch += u'\'';
    m_batch += QLatin1StringView(buf, n);
    m_batch += u'\'';
    return *this;
}

BulkInsert &BulkInsert::amountOrNull(std::optional<Decimal> value)
{
    return value ? amount(*value) : null();
}

BulkInsert &BulkInsert::amount(WideDecimal value)
{
    if (value.fitsDecimal())
        return amount(value.toDecimal()); // nearly every amount: no text made
    separate();
    if (!value.isValid() && m_invalidColumn.isEmpty())
        m_invalidColumn = m_columnNames.value(m_column - 1);
    m_batch += u'\'';
    m_batch += QLatin1StringView(value.toUtf8());
    m_batch += u'\'';
    return *this;
}

BulkInsert &BulkInsert::amountOrNull(std::optional<WideDecimal> value)
{
    return value ? amount(*value) : null();
}

BulkInsert &BulkInsert::null()
{
    separate();
    m_batch += QStringLiteral("NULL");
    return *this;
}

Status BulkInsert::invalidAmount() const
{
    return fail(tr("An amount for %1.%2 is out of range (more than 20 digits before the decimal point) and cannot be "
                   "stored exactly; nothing was written. Check the amounts that add up to it.")
                    .arg(m_table, m_invalidColumn));
}

Status BulkInsert::endRow()
{
    Q_ASSERT_X(m_column == m_columns, "BulkInsert::endRow", "a row has one value per column");
    if (!m_invalidColumn.isEmpty())
        return invalidAmount();
    m_batch += u')';
    m_column = 0;
    ++m_batchRows;
    return m_batchRows >= m_rowsPerStatement ? flush() : success();
}

Status BulkInsert::finish()
{
    if (!m_invalidColumn.isEmpty())
        return invalidAmount();
    return m_batchRows > 0 ? flush() : success();
}

Status BulkInsert::flush()
{
    if (m_parent)
        if (Status s = m_parent->finish(); !s)
            return s;
    QSqlQuery q(m_db.connection().db);
    if (!q.exec(m_batch))
        return fail(tr("Writing %1 failed: %2").arg(m_table, q.lastError().text()));
    m_written += m_batchRows;
    m_batch.clear();
    m_batchRows = 0;
    return success();
}

} // namespace bursar::core
