#include "core/domain/vendor_account.h"

#include <QRegularExpression>

namespace bursar::core {

QString normalizeAccountId(const QString &accountId)
{
    QString id = accountId.trimmed();
    static const QString prefix = QStringLiteral("/subscriptions/");
    if (id.startsWith(prefix, Qt::CaseInsensitive)) {
        id = id.mid(prefix.size());
        if (const qsizetype slash = id.indexOf(u'/'); slash >= 0)
            id.truncate(slash);
    }
    // Subscription GUIDs are case-insensitive: one spelling, lower case.
    static const QRegularExpression guid(
        QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    if (id.size() == 36 && guid.match(id).hasMatch())
        id = id.toLower();
    return id;
}

} // namespace bursar::core
