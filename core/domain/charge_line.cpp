#include "core/domain/charge_line.h"

namespace bursar::core {

QString chargeLineKindKey(ChargeLineKind k)
{
    switch (k) {
    case ChargeLineKind::Usage:
        return QStringLiteral("usage");
    case ChargeLineKind::Marketplace:
        return QStringLiteral("marketplace");
    case ChargeLineKind::Support:
        return QStringLiteral("support");
    case ChargeLineKind::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("usage");
}

std::optional<ChargeLineKind> chargeLineKindFromKey(QStringView key)
{
    for (ChargeLineKind k :
         {ChargeLineKind::Usage, ChargeLineKind::Marketplace, ChargeLineKind::Support, ChargeLineKind::Custom})
        if (chargeLineKindKey(k) == key)
            return k;
    return std::nullopt;
}

} // namespace bursar::core
