#pragma once

#include "core/apikeys/api_key.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace bursar::core {

class Database;

/// Settings > Account Information > Billing API keys, and `bursar api-keys`. Making and
/// revoking keys needs MANAGE_SETTINGS and is audited. The key is made from 256 bits of the
/// system's random source (QRandomGenerator::system) and returned once; the database keeps
/// its SHA-256 and a public prefix. authenticate() answers every unusable key — unknown,
/// malformed, revoked, expired — with the same error after the same work: one hash and one
/// comparison of fixed length that does not stop at the first difference.
class ApiKeyService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ApiKeyService)

public:
    explicit ApiKeyService(Database &db) : m_db(db) {}

    Result<NewApiKey> create(const QString &name, Scope scope, QDate expiresOn = {},
                             QDate today = QDate::currentDate());
    Result<QList<ApiKey>> list();
    Result<ApiKey> key(const QString &name);
    Status revoke(const QString &name);

    /// The key `presented` (the text after "Bearer "), when it is known and usable on
    /// `today`; otherwise Unauthorized().
    Result<ApiKey> authenticate(const QByteArray &presented, QDate today = QDate::currentDate());
    /// The one answer for every key that does not open the API.
    static Error unauthorized();

    /// The key's latest use, never moved back by a late batch.
    Status recordUse(qint64 keyId, const QString &at, const QString &from);
    /// A batch of answered requests in one transaction: an audit row each (key name, route,
    /// status, duration, client), api_reads for the statements read (which key read which
    /// statement) and each key's latest use. Written in bulk: the server calls it every
    /// second or 200 requests.
    Status recordRequests(const QList<ApiRequestRecord> &requests);

private:
    Database &m_db;
};

} // namespace bursar::core
