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
};

/// Settings > Users & Privileges. Every change needs MANAGE_USERS; the last user who may
/// manage users cannot lose that privilege, so nobody is locked out.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::UserService)

public:
    explicit UserService(Database &db) : m_db(db) {}

    Result<QList<User>> users();
    Result<qint64> add(const QString &name, const QString &dbLogin, const QSet<Privilege> &privileges);
    Status grant(const QString &name, const QSet<Privilege> &privileges);
    Status revoke(const QString &name, const QSet<Privilege> &privileges);
    /// Parses "P1,P2" (case-insensitive); an unknown name is an error naming it.
    static Result<QSet<Privilege>> parsePrivileges(const QString &list);

private:
    Result<qint64> idOf(const QString &name);
    Database &m_db;
};

} // namespace bursar::core
