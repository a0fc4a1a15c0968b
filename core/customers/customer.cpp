#include "core/customers/customer.h"

namespace bursar::core {

QString displayCustomerId(qint64 id)
{
    return QStringLiteral("#%1").arg(id, 6, 10, QLatin1Char('0'));
}

std::optional<qint64> parseCustomerId(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u'#'))
        t = t.mid(1);
    if (t.isEmpty())
        return std::nullopt;
    for (QChar c : t)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace bursar::core
