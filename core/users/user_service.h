#pragma once

#include "core/result.h"
#include "core/users/privilege.h"

#include <QCoreApplication>
#include <QList>

namespace bursar::core {

class Database;

struct User
{
    qint64 id = 0;
    QString name;
    QString dbLogin; ///< the PostgreSQL login that acts as this user; empty on SQLite-only users
    QSet<Privilege> privileges;
    Scope scope; ///< what the user sees: all, one tenant and those below it, or one customer
};

/// Settings > Users & Privileges. Every change needs MANAGE_USERS; the last user who may
/// manage users cannot lose that privilege, so nobody is locked out.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::UserService)

public:
    explicit UserService(Database &db) : m_db(db) {}

    Result<QList<User>> users();
    /// A user with a tenant or customer scope reads only: `privileges` must then be empty.
    Result<qint64> add(const QString &name, const QString &dbLogin, const QSet<Privilege> &privileges,
                       Scope scope = Scope::all());
    /// Moves a user to a tenant, a customer or the whole installation. A user who holds
    /// privileges keeps the whole installation (revoke them first).
    Status setScope(const QString &name, Scope scope);
    Status grant(const QString &name, const QSet<Privilege> &privileges);
    Status revoke(const QString &name, const QSet<Privilege> &privileges);
    /// The scope's tenant or customer exists; `who` ("User clara") starts the message.
    static Status requireScopeOwner(Database &db, Scope scope, const QString &who);
    /// Parses "P1,P2" (case-insensitive); an unknown name is an error naming it.
    static Result<QSet<Privilege>> parsePrivileges(const QString &list);

private:
    Result<qint64> idOf(const QString &name);
    /// The scope's tenant or customer exists, and a scoped user holds no privileges.
    Status checkScope(const QString &user, Scope scope, bool hasPrivileges);
    Database &m_db;
};

} // namespace bursar::core
