#include "core/storage/internal/bulk_insert.h"

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <charconv>

#ifdef BURSAR_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace bursar::core {

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns, int rowsPerStatement)
    : m_db(db), m_table(table), m_columnNames(columns),
      m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")))),
      m_columns(int(columns.size())), m_rowsPerStatement(rowsPerStatement)
{
#ifdef BURSAR_HAVE_LIBPQ
    if (db.dialect() == Dialect::PostgreSQL) {
        m_copy = true;
        // One COPY carries many more rows than an INSERT statement should.
        m_rowsPerStatement = rowsPerStatement * 16;
        m_head = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", ")));
    }
#endif
}

void BulkInsert::separate()
{
    if (m_copy) {
        if (m_column > 0)
            m_batch += u'\t';
        ++m_column;
        return;
    }
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

void BulkInsert::escapedText(const QString &value)
{
    // COPY's text format: backslash, tab, newline and carriage return are escaped.
    for (QChar c : value) {
        switch (c.unicode()) {
        case 0:
            break;
        case u'\\':
            m_batch += QLatin1StringView("\\\\");
            break;
        case u'\t':
            m_batch += QLatin1StringView("\\t");
            break;
        case u'\n':
            m_batch += QLatin1StringView("\\n");
            break;
        case u'\r':
            m_batch += QLatin1StringView("\\r");
            break;
        default:
            m_batch += c;
        }
    }
}

BulkInsert &BulkInsert::text(const QString &value)
{
    separate();
    if (m_copy) {
        escapedText(value);
        return *this;
    }
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
    if (m_copy) {
        m_batch += QLatin1StringView(buf, n);
        return *this;
    }
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
    if (m_copy) {
        m_batch += QLatin1StringView(value.toUtf8());
        return *this;
    }
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
    m_batch += m_copy ? QStringLiteral("\\N") : QStringLiteral("NULL");
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
    m_batch += m_copy ? u'\n' : u')';
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
    if (m_copy)
        return flushCopy();
    QSqlQuery q(m_db.connection().db);
    if (!q.exec(m_batch))
        return fail(tr("Writing %1 failed: %2").arg(m_table, q.lastError().text()));
    m_written += m_batchRows;
    m_batch.clear();
    m_batchRows = 0;
    return success();
}

Status BulkInsert::flushCopy()
{
#ifdef BURSAR_HAVE_LIBPQ
    const QVariant handle = m_db.connection().db.driver()->handle();
    // Qt's driver hands out its libpq connection as "PGconn*" (its metatype says "pg_conn*").
    const bool pq = qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0;
    PGconn *conn = pq ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!conn)
        return fail(tr("Writing %1 failed: the PostgreSQL connection is not open.").arg(m_table));
    // What Qt's driver does before each statement: results of an earlier query that nobody
    // read to the end are discarded, so the connection is free for the COPY.
    while (PGresult *pending = PQgetResult(conn))
        PQclear(pending);
    auto serverError = [&](PGresult *r) {
        QString why = QString::fromUtf8(r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr);
        if (why.isEmpty())
            why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        return fail(tr("Writing %1 failed: %2").arg(m_table, why));
    };
    PGresult *start = PQexec(conn, m_head.toUtf8().constData());
    if (PQresultStatus(start) != PGRES_COPY_IN) {
        Status s = serverError(start);
        PQclear(start);
        return s;
    }
    PQclear(start);
    const QByteArray rows = m_batch.toUtf8();
    const bool sent = PQputCopyData(conn, rows.constData(), int(rows.size())) == 1;
    if (PQputCopyEnd(conn, sent ? nullptr : "the rows could not be sent") != 1)
        return fail(tr("Writing %1 failed: %2").arg(m_table, QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    Status status = success();
    while (PGresult *r = PQgetResult(conn)) {
        if (status && PQresultStatus(r) != PGRES_COMMAND_OK)
            status = serverError(r);
        PQclear(r);
    }
    if (!status)
        return status;
    m_written += m_batchRows;
    m_batch.clear();
    m_batchRows = 0;
    return success();
#else
    return fail(tr("Writing %1 failed: this build has no COPY.").arg(m_table));
#endif
}

Status IndexesAfterLoad::drop(const QStringList &tables)
{
    const bool pg = m_db.dialect() == Dialect::PostgreSQL;
    if (pg) {
        // Index builds and key checks sort in memory when they can.
        Sql memory(m_db, QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
        if (Status s = memory.exec(tr("preparing a bulk load")); !s)
            return s;
    }
    m_tables += tables;
    for (const QString &table : tables) {
        QStringList drops;
        if (pg) {
            Sql keys(m_db, QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid "
                                          "= to_regclass(?) AND contype = 'f' ORDER BY conname"));
            keys.bind(table);
            if (Status s = keys.exec(tr("reading the keys of %1").arg(table)); !s)
                return s;
            while (keys.next()) {
                const QString name = keys.value(0).toString();
                drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name);
                m_foreignKeys
                    << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, name, keys.value(1).toString());
            }
        }
        // SQLite keeps no text for the indexes of its keys; PostgreSQL names them in pg_constraint.
        Sql list(m_db, pg ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                                           "current_schema() AND tablename = ? AND indexname NOT IN (SELECT conname "
                                           "FROM pg_constraint WHERE conrelid = to_regclass(?)) ORDER BY indexname")
                          : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                           "AND sql IS NOT NULL ORDER BY name"));
        list.bind(table);
        if (pg)
            list.bind(table);
        if (Status s = list.exec(tr("reading the indexes of %1").arg(table)); !s)
            return s;
        while (list.next()) {
            drops << QStringLiteral("DROP INDEX %1").arg(list.value(0).toString());
            m_indexes << list.value(1).toString();
        }
        for (const QString &statement : std::as_const(drops)) {
            Sql drop(m_db, statement);
            if (Status s = drop.exec(tr("preparing %1 for a bulk load").arg(table)); !s)
                return s;
        }
    }
    return success();
}

Status IndexesAfterLoad::rebuild()
{
    for (const QString &statement : m_indexes + m_foreignKeys) {
        Sql create(m_db, statement);
        if (Status s = create.exec(tr("checking the loaded rows")); !s)
            return s;
    }
    m_indexes.clear();
    m_foreignKeys.clear();
    // Tables loaded from empty have no statistics yet, and PostgreSQL plans for a few hundred
    // rows until autovacuum notices (a minute or more): a query right after the load would
    // scan what an index should find. The manual's advice after a bulk load: ANALYZE.
    if (m_db.dialect() == Dialect::PostgreSQL) {
        for (const QString &table : std::as_const(m_tables)) {
            Sql analyze(m_db, QStringLiteral("ANALYZE %1").arg(table));
            if (Status s = analyze.exec(tr("checking the loaded rows")); !s)
                return s;
        }
    }
    m_tables.clear();
    return success();
}

} // namespace bursar::core
