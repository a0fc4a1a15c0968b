#pragma once

#include "core/users/privilege.h"

#include <QDate>
#include <QString>

namespace bursar::core {

/// A key of the Billing API as stored: never the key itself, only its public prefix.
struct ApiKey
{
    qint64 id = 0;
    QString name;
    QString prefix;  ///< "bursar_<prefix>_…": how a presented key is found
    Scope scope;     ///< what requests with this key see
    QDate expiresOn; ///< the last day it works; invalid: never expires
    QString createdAt;
    QString createdBy;
    QString revokedAt; ///< empty while it works
    QString revokedBy;
    QString lastUsedAt;
    QString lastUsedFrom;
    bool usable(QDate today) const { return revokedAt.isEmpty() && (!expiresOn.isValid() || today <= expiresOn); }
};

/// One request the Billing API answered, as the log keeps it: never the key itself.
struct ApiRequestRecord
{
    QString at;       ///< when it was answered (nowUtc)
    qint64 keyId = 0; ///< 0 when no key opened the API
    QString keyName;
    QString remote; ///< the client's address
    QString route;  ///< "GET /v1/statements/{id}"
    int status = 0;
    qint64 micros = 0;
    qint64 statementId = 0; ///< the statement read, 0 for none
};

/// A key just made: the only time its text exists outside the client that keeps it.
struct NewApiKey
{
    ApiKey key;
    QString secret; ///< the whole key, "bursar_<prefix>_<43 characters>"
};

} // namespace bursar::core
