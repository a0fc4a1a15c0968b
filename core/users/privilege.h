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

/// The user a database connection acts for.
struct Actor
{
    qint64 userId = 0; ///< 0 for the operating-system administrator of a SQLite file
    QString name;
    QSet<Privilege> privileges;
    bool can(Privilege p) const { return privileges.contains(p); }
};

} // namespace bursar::core
