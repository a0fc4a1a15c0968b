#pragma once

#include "core/apikeys/api_key.h"

#include <QJsonObject>

namespace bursar::core::json {

/// "scope": "all" | "tenant" | "customer", with "tenant_id" and "customer_id" (null when
/// not that kind): the same keys for users and API keys.
void addScope(QJsonObject &o, Scope scope);

/// An API key as `api-keys list` and the window show it: never the key, only its prefix.
QJsonObject apiKey(const ApiKey &k);
/// The key just made, with "key": the only time it is written anywhere.
QJsonObject newApiKey(const NewApiKey &made);

} // namespace bursar::core::json
