#include "core/storage/internal/sql.h"

namespace bursar::core {

using storage_internal::driverText;

Sql::Sql(Database &db, const QString &statement) : m_db(&db), m_query(connectionOf(db)), m_statement(statement)
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

Sql &Sql::bind(Decimal amount)
{
    if (!amount.isValid() && m_invalidAmount < 0)
        m_invalidAmount = int(m_binds.size());
    m_binds.append(amount.isValid() ? QVariant(amount.toString()) : QVariant(QMetaType::fromType<QString>()));
    return *this;
}

Sql &Sql::bind(std::optional<Decimal> amount)
{
    if (!amount)
        return bind(QVariant(QMetaType::fromType<QString>()));
    return bind(*amount);
}

Status Sql::exec(const QString &what)
{
    if (m_invalidAmount >= 0) {
        const QString doing = what.isEmpty() ? Database::tr("working with the database") : what;
        return fail(Database::tr("Bursar refused to write an amount that is not a number while %1 (value %2 of the "
                                 "statement); nothing was written.")
                        .arg(doing)
                        .arg(m_invalidAmount + 1));
    }
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

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return u'(' + parts.join(u',') + u')';
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace bursar::core
