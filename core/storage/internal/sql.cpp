#include "core/storage/internal/sql.h"

namespace bursar::core {

using storage_internal::driverText;

Sql::Sql(Database &db, const QString &statement) : m_query(connectionOf(db)), m_statement(statement)
{
    // Every reader walks its rows once: no cache of rows already read (it costs a copy of
    // every value on big reads).
    m_query.setForwardOnly(true);
}

Sql &Sql::bind(const QVariant &value)
{
    m_binds.append(value);
    return *this;
}

Status Sql::exec(const QString &what)
{
    bool ok = false;
    if (m_binds.isEmpty()) {
        ok = m_query.exec(m_statement);
    } else if (m_query.prepare(m_statement)) {
        for (const QVariant &v : std::as_const(m_binds))
            m_query.addBindValue(v);
        ok = m_query.exec();
    }
    if (!ok) {
        const QString doing = what.isEmpty() ? Database::tr("working with the database") : what;
        return fail(Database::tr("Database error while %1: %2").arg(doing, driverText(m_query.lastError())));
    }
    return success();
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace bursar::core
