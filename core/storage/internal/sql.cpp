#include "core/storage/internal/sql.h"

namespace bursar::core {

using storage_internal::driverText;

namespace storage_internal {

std::shared_ptr<PreparedStatement> Connection::borrow(const QString &text, QSqlError *error)
{
    auto found = m_prepared.find(text);
    if (found != m_prepared.end()) {
        if (found->second->inUse)
            return nullptr;
        found->second->inUse = true;
        found->second->lastUse = ++m_clock;
        return found->second;
    }
    if (m_prepared.size() >= MaxPrepared) {
        auto oldest = m_prepared.end();
        for (auto it = m_prepared.begin(); it != m_prepared.end(); ++it)
            if (!it->second->inUse && (oldest == m_prepared.end() || it->second->lastUse < oldest->second->lastUse))
                oldest = it;
        if (oldest == m_prepared.end())
            return nullptr;
        m_prepared.erase(oldest);
    }
    auto statement = std::make_shared<PreparedStatement>(PreparedStatement{QSqlQuery(db), true, ++m_clock});
    statement->query.setForwardOnly(true);
    if (!statement->query.prepare(text)) {
        *error = statement->query.lastError();
        return nullptr;
    }
    m_prepared.emplace(text, statement);
    return statement;
}

void Connection::giveBack(const std::shared_ptr<PreparedStatement> &statement)
{
    // Its rows go now (the server's result and any rows still unread), its plan stays.
    statement->query.finish();
    statement->inUse = false;
}

void Connection::forgetPrepared()
{
    m_prepared.clear();
}

} // namespace storage_internal

Sql::Sql(Database &db, const QString &statement) : m_db(&db), m_own(connectionOf(db)), m_statement(statement)
{
    // Every reader walks its rows once: no cache of rows already read (it costs a copy of
    // every value on big reads).
    m_own.setForwardOnly(true);
}

Sql::~Sql()
{
    if (m_prepared)
        m_db->connection().giveBack(m_prepared);
}

namespace {

/// A statement that changes the schema: plans prepared before it may no longer fit.
bool changesSchema(const QString &statement)
{
    const QStringView s = QStringView(statement).trimmed();
    for (const char *verb : {"CREATE", "ALTER", "DROP"})
        if (s.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

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

Status Sql::failWith(const QString &what, const QSqlError &error)
{
    const QString doing = what.isEmpty() ? Database::tr("working with the database") : what;
    return fail(Database::tr("Database error while %1: %2").arg(doing, driverText(error)));
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
    QSqlError error;
    if (m_binds.isEmpty()) {
        ok = m_own.exec(m_statement);
        error = m_own.lastError();
        if (ok && m_db->dialect() == Dialect::PostgreSQL && changesSchema(m_statement))
            m_db->connection().forgetPrepared();
    } else {
        if (m_db->dialect() == Dialect::PostgreSQL && !m_prepared && !m_planEachRun) {
            m_prepared = m_db->connection().borrow(m_statement, &error);
            if (m_prepared)
                m_query = &m_prepared->query;
            else if (error.isValid())
                return failWith(what, error);
        }
        if (m_prepared || m_own.prepare(m_statement)) {
            for (qsizetype i = 0; i < m_binds.size(); ++i)
                m_query->bindValue(int(i), m_binds.at(i));
            ok = m_query->exec();
        }
        error = m_query->lastError();
    }
    if (!ok)
        return failWith(what, error);
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

Status storeSettings(Database &db, const QList<std::pair<QString, QString>> &values, const QString &what)
{
    for (const auto &[key, value] : values) {
        Sql q(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                 "value = excluded.value"));
        q.bind(key).bind(value.isNull() ? QStringLiteral("") : value);
        if (Status e = q.exec(what); !e)
            return e;
    }
    return success();
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace bursar::core
