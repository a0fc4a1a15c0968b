#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace bursar::core {

/// What a charge line is: usage at customer prices, marketplace fees passed through, a
/// support plan, a custom charge. The billing report makes lines; statements keep them.
enum class ChargeLineKind { Usage, Marketplace, Support, Custom };
QString chargeLineKindKey(ChargeLineKind k);
std::optional<ChargeLineKind> chargeLineKindFromKey(QStringView key);

} // namespace bursar::core
