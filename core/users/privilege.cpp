#include "core/users/privilege.h"

namespace bursar::core {

QList<Privilege> allPrivileges()
{
    return {Privilege::ArdocsCreate,          Privilege::CreateMultilinedMemo,
            Privilege::ReleaseArdocs,         Privilege::RecordPayments,
            Privilege::ApplyArdocs,           Privilege::ImportUsage,
            Privilege::ManageCustomers,       Privilege::ManageCredits,
            Privilege::GenerateStatements,    Privilege::ApproveStatements,
            Privilege::ManageSettings,        Privilege::ManageUsers,
            Privilege::ManageServicesCredits, Privilege::AllocateServicesCredits};
}

QString privilegeKey(Privilege p)
{
    switch (p) {
    case Privilege::ArdocsCreate:
        return QStringLiteral("ARDOCS_CREATE");
    case Privilege::CreateMultilinedMemo:
        return QStringLiteral("CREATE_MULTILINED_MEMO");
    case Privilege::ReleaseArdocs:
        return QStringLiteral("RELEASE_ARDOCS");
    case Privilege::RecordPayments:
        return QStringLiteral("RECORD_PAYMENTS");
    case Privilege::ApplyArdocs:
        return QStringLiteral("APPLY_ARDOCS");
    case Privilege::ImportUsage:
        return QStringLiteral("IMPORT_USAGE");
    case Privilege::ManageCustomers:
        return QStringLiteral("MANAGE_CUSTOMERS");
    case Privilege::ManageCredits:
        return QStringLiteral("MANAGE_CREDITS");
    case Privilege::GenerateStatements:
        return QStringLiteral("GENERATE_STATEMENTS");
    case Privilege::ApproveStatements:
        return QStringLiteral("APPROVE_STATEMENTS");
    case Privilege::ManageSettings:
        return QStringLiteral("MANAGE_SETTINGS");
    case Privilege::ManageUsers:
        return QStringLiteral("MANAGE_USERS");
    case Privilege::ManageServicesCredits:
        return QStringLiteral("MANAGE_SERVICES_CREDITS");
    case Privilege::AllocateServicesCredits:
        return QStringLiteral("ALLOCATE_SERVICES_CREDITS");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Privilege> privilegeFromKey(QStringView key)
{
    for (Privilege p : allPrivileges())
        if (key.trimmed().compare(privilegeKey(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

} // namespace bursar::core
