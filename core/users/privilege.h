#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace bursar::core {

/// What a Bursar user may do. Every service checks the one it needs itself; a disabled
/// button in the window is only a convenience.
enum class Privilege {
    ArdocsCreate,            ///< ARDOCS_CREATE: create credit and debit memos
    CreateMultilinedMemo,    ///< CREATE_MULTILINED_MEMO: memos with more than one detail line
    ReleaseArdocs,           ///< RELEASE_ARDOCS: release memos (they take their number) and cancel documents
    RecordPayments,          ///< RECORD_PAYMENTS
    ApplyArdocs,             ///< APPLY_ARDOCS: apply credit memos and payments, reverse applications
    ImportUsage,             ///< IMPORT_USAGE
    ManageCustomers,         ///< MANAGE_CUSTOMERS: customers and their billing setup
    ManageCredits,           ///< MANAGE_CREDITS
    GenerateStatements,      ///< GENERATE_STATEMENTS
    ApproveStatements,       ///< APPROVE_STATEMENTS
    ManageSettings,          ///< MANAGE_SETTINGS: Account Information, tenants, number series
    ManageUsers,             ///< MANAGE_USERS: users and their privileges
    ManageServicesCredits,   ///< MANAGE_SERVICES_CREDITS: purchases, opportunities, projects, milestones
    AllocateServicesCredits, ///< ALLOCATE_SERVICES_CREDITS: allocate, return, redeem (complete) and expire
};

QList<Privilege> allPrivileges();
/// The stored and command-line name: "ARDOCS_CREATE", "MANAGE_USERS", ...
QString privilegeKey(Privilege p);
std::optional<Privilege> privilegeFromKey(QStringView key);

/// What a user (or an API key) may see: the whole installation, one tenant and every tenant
/// below it, or one customer (who never sees draft statements, held documents or draft
/// services-credit purchases).
struct Scope
{
    enum class Kind { All, Tenant, Customer };
    Kind kind = Kind::All;
    qint64 id = 0; ///< the tenant's or the customer's ID
    bool isAll() const { return kind == Kind::All; }
    static Scope all() { return {}; }
    static Scope tenant(qint64 id) { return {Kind::Tenant, id}; }
    static Scope customer(qint64 id) { return {Kind::Customer, id}; }
    friend bool operator==(const Scope &, const Scope &) = default;
};

/// The user a database connection acts for.
struct Actor
{
    qint64 userId = 0; ///< 0 for the operating-system administrator of a SQLite file
    QString name;
    QSet<Privilege> privileges;
    Scope scope; ///< what this user sees; a user with a tenant or a customer holds no privileges
    bool can(Privilege p) const { return privileges.contains(p); }
};

} // namespace bursar::core
