#include "core/users/user_service.h"

#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QRegularExpression>

namespace bursar::core {

namespace {
QStringList keys(const QSet<Privilege> &set)
{
    QStringList out;
    for (Privilege p : allPrivileges())
        if (set.contains(p))
            out << privilegeKey(p);
    return out;
}
} // namespace

Result<QSet<Privilege>> UserService::parsePrivileges(const QString &list)
{
    QSet<Privilege> set;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        auto p = privilegeFromKey(part);
        if (!p) {
            QStringList names;
            for (Privilege known : allPrivileges())
                names << privilegeKey(known);
            return fail(tr("“%1” is not a privilege; use %2.").arg(part.trimmed(), names.join(QStringLiteral(", "))),
                        QStringLiteral("privileges"));
        }
        set.insert(*p);
    }
    if (set.isEmpty())
        return fail(tr("Name at least one privilege, for example MANAGE_CUSTOMERS."), QStringLiteral("privileges"));
    return set;
}

Result<QList<User>> UserService::users()
{
    Sql q(m_db, QStringLiteral("SELECT u.id, u.name, u.db_login, p.privilege, u.tenant_id, u.customer_id FROM users u "
                               "LEFT JOIN user_privileges p ON p.user_id = u.id ORDER BY u.name, u.id"));
    if (Status s = q.exec(tr("reading users")); !s)
        return s.error();
    QList<User> list;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != id) {
            Scope scope;
            if (!q.value(5).isNull())
                scope = Scope::customer(q.value(5).toLongLong());
            else if (!q.value(4).isNull())
                scope = Scope::tenant(q.value(4).toLongLong());
            list.append(User{id, q.value(1).toString(), q.value(2).toString(), {}, scope});
        }
        if (auto p = privilegeFromKey(q.value(3).toString()))
            list.last().privileges.insert(*p);
    }
    return list;
}

Result<qint64> UserService::idOf(const QString &name)
{
    Sql q(m_db, QStringLiteral("SELECT id FROM users WHERE name = ?"));
    q.bind(name.trimmed());
    if (Status s = q.exec(tr("reading users")); !s)
        return s.error();
    if (!q.next())
        return fail(tr("There is no Bursar user “%1”; list them with bursar users list.").arg(name.trimmed()),
                    QStringLiteral("name"));
    return q.value(0).toLongLong();
}

Status UserService::checkScope(const QString &user, Scope scope, bool hasPrivileges)
{
    if (scope.isAll())
        return success();
    if (hasPrivileges)
        return fail(tr("User %1: a user of a tenant or a customer reads only and holds no privileges; revoke them "
                       "first, or keep the user for the whole installation.")
                        .arg(user),
                    QStringLiteral("privileges"));
    return requireScopeOwner(m_db, scope, tr("User %1").arg(user));
}

Status UserService::requireScopeOwner(Database &db, Scope scope, const QString &who)
{
    if (scope.isAll())
        return success();
    const bool tenant = scope.kind == Scope::Kind::Tenant;
    Sql q(db, tenant ? QStringLiteral("SELECT 1 FROM tenants WHERE id = ?")
                     : QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
    q.bind(scope.id);
    if (Status s = q.exec(tr("reading the scope")); !s)
        return s;
    if (q.next())
        return success();
    return tenant
               ? fail(tr("%1: there is no tenant %2; list them with bursar tenants list.").arg(who).arg(scope.id),
                      QStringLiteral("tenant"))
               : fail(tr("%1: there is no customer %2; list them with bursar customers list.").arg(who).arg(scope.id),
                      QStringLiteral("customer"));
}

namespace {
QString scopeText(Scope scope)
{
    switch (scope.kind) {
    case Scope::Kind::All:
        return QStringLiteral("all");
    case Scope::Kind::Tenant:
        return QStringLiteral("tenant ") + QString::number(scope.id);
    case Scope::Kind::Customer:
        return QStringLiteral("customer ") + QString::number(scope.id);
    }
    return {};
}
QVariant tenantColumn(Scope scope)
{
    return scope.kind == Scope::Kind::Tenant ? QVariant(scope.id) : QVariant(QMetaType(QMetaType::LongLong));
}
QVariant customerColumn(Scope scope)
{
    return scope.kind == Scope::Kind::Customer ? QVariant(scope.id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

Status UserService::setScope(const QString &nameIn, Scope scope)
{
    if (Status s = m_db.require(Privilege::ManageUsers, tr("change users")); !s)
        return s;
    const QString name = nameIn.trimmed();
    return m_db.transaction([&]() -> Status {
        auto id = idOf(name);
        if (!id)
            return id.error();
        Sql held(m_db, QStringLiteral("SELECT COUNT(*) FROM user_privileges WHERE user_id = ?"));
        held.bind(*id);
        if (Status e = held.exec(tr("reading privileges")); !e)
            return e;
        if (Status e = checkScope(name, scope, held.next() && held.value(0).toLongLong() > 0); !e)
            return e;
        Sql set(m_db, QStringLiteral("UPDATE users SET tenant_id = ?, customer_id = ? WHERE id = ?"));
        set.bind(tenantColumn(scope)).bind(customerColumn(scope)).bind(*id);
        if (Status e = set.exec(tr("changing the user")); !e)
            return e;
        return m_db.audit(QStringLiteral("scope"), QStringLiteral("user"), QString::number(*id), scopeText(scope));
    });
}

Result<qint64> UserService::add(const QString &nameIn, const QString &dbLogin, const QSet<Privilege> &privileges,
                                Scope scope)
{
    if (Status s = m_db.require(Privilege::ManageUsers, tr("add users")); !s)
        return s.error();
    const QString name = nameIn.simplified();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.@-]{1,64}$"));
    if (!valid.match(name).hasMatch())
        return fail(tr("New user: “%1” is not a user name; use 1 to 64 letters, digits and . _ @ - only.").arg(name),
                    QStringLiteral("name"));
    if (!dbLogin.isEmpty() && !valid.match(dbLogin).hasMatch())
        return fail(tr("New user %1: “%2” is not a PostgreSQL login name.").arg(name, dbLogin),
                    QStringLiteral("login"));
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        Sql exists(m_db, QStringLiteral(
                             "SELECT COUNT(*) FROM users WHERE name = ? OR (db_login IS NOT NULL AND db_login = ?)"));
        exists.bind(name).bind(dbLogin.isEmpty() ? name : dbLogin);
        if (Status e = exists.exec(tr("reading users")); !e)
            return e;
        if (exists.next() && exists.value(0).toLongLong() > 0)
            return fail(tr("New user: a user named “%1” or with that login exists already.").arg(name),
                        QStringLiteral("name"));
        if (Status e = checkScope(name, scope, !privileges.isEmpty()); !e)
            return e;
        Sql add(m_db, QStringLiteral("INSERT INTO users (name, db_login, created_at, tenant_id, customer_id) "
                                     "VALUES (?, ?, ?, ?, ?) RETURNING id"));
        add.bind(name).bind(nullIfEmpty(dbLogin)).bind(nowUtc()).bind(tenantColumn(scope)).bind(customerColumn(scope));
        if (Status e = add.exec(tr("adding the user")); !e)
            return e;
        id = add.next() ? add.value(0).toLongLong() : 0;
        for (Privilege p : privileges) {
            Sql g(m_db, QStringLiteral("INSERT INTO user_privileges (user_id, privilege) VALUES (?, ?)"));
            g.bind(id).bind(privilegeKey(p));
            if (Status e = g.exec(tr("adding the user")); !e)
                return e;
        }
        return m_db.audit(QStringLiteral("create"), QStringLiteral("user"), QString::number(id),
                          name + u' ' + keys(privileges).join(u',') +
                              (scope.isAll() ? QString() : u' ' + scopeText(scope)));
    });
    if (!s)
        return s.error();
    return id;
}

Status UserService::grant(const QString &name, const QSet<Privilege> &privileges)
{
    if (Status s = m_db.require(Privilege::ManageUsers, tr("grant privileges")); !s)
        return s;
    auto id = idOf(name);
    if (!id)
        return id.error();
    return m_db.transaction([&]() -> Status {
        Sql scoped(m_db, QStringLiteral("SELECT tenant_id, customer_id FROM users WHERE id = ?"));
        scoped.bind(*id);
        if (Status e = scoped.exec(tr("reading users")); !e)
            return e;
        if (scoped.next() && !(scoped.value(0).isNull() && scoped.value(1).isNull()))
            return fail(tr("%1 belongs to a tenant or a customer and reads only; move the user to the whole "
                           "installation first (bursar users set --name %1 --all-tenants).")
                            .arg(name.trimmed()),
                        QStringLiteral("privileges"));
        for (Privilege p : privileges) {
            Sql g(m_db, QStringLiteral("INSERT INTO user_privileges (user_id, privilege) VALUES (?, ?) "
                                       "ON CONFLICT (user_id, privilege) DO NOTHING"));
            g.bind(*id).bind(privilegeKey(p));
            if (Status e = g.exec(tr("granting privileges")); !e)
                return e;
        }
        return m_db.audit(QStringLiteral("grant"), QStringLiteral("user"), QString::number(*id),
                          keys(privileges).join(u','));
    });
}

Status UserService::revoke(const QString &name, const QSet<Privilege> &privileges)
{
    if (Status s = m_db.require(Privilege::ManageUsers, tr("revoke privileges")); !s)
        return s;
    auto id = idOf(name);
    if (!id)
        return id.error();
    return m_db.transaction([&]() -> Status {
        for (Privilege p : privileges) {
            Sql r(m_db, QStringLiteral("DELETE FROM user_privileges WHERE user_id = ? AND privilege = ?"));
            r.bind(*id).bind(privilegeKey(p));
            if (Status e = r.exec(tr("revoking privileges")); !e)
                return e;
        }
        if (privileges.contains(Privilege::ManageUsers) && m_db.dialect() == Dialect::PostgreSQL) {
            Sql left(m_db, QStringLiteral("SELECT COUNT(*) FROM user_privileges WHERE privilege = 'MANAGE_USERS'"));
            if (Status e = left.exec(tr("revoking privileges")); !e)
                return e;
            if (left.next() && left.value(0).toLongLong() == 0)
                return fail(tr("%1 is the last user who may manage users; grant MANAGE_USERS to someone else first.")
                                .arg(name.trimmed()),
                            QStringLiteral("privileges"));
        }
        return m_db.audit(QStringLiteral("revoke"), QStringLiteral("user"), QString::number(*id),
                          keys(privileges).join(u','));
    });
}

} // namespace bursar::core
