#include "core/apikeys/api_key_service.h"

#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/users/user_service.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <array>

namespace bursar::core {

namespace {

constexpr auto KeyStart = QLatin1String("bursar_");
constexpr int PrefixLength = 12; // 48 bits, lower-case hex: only to find the row
constexpr int SecretBytes = 32;  // 256 bits

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::system()->generate(out.begin(), out.end());
    return out;
}

QByteArray sha256Hex(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

/// Equal lengths compared in full: the time does not say where two hashes differ.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QVariant nullableId(bool set, qint64 id)
{
    return set ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

constexpr auto Columns = QLatin1String("id, name, prefix, tenant_id, customer_id, expires_on, created_at, created_by, "
                                       "revoked_at, revoked_by, last_used_at, last_used_from");

ApiKey readKey(const Sql &q)
{
    ApiKey k;
    k.id = q.value(0).toLongLong();
    k.name = q.value(1).toString();
    k.prefix = q.value(2).toString();
    if (!q.value(4).isNull())
        k.scope = Scope::customer(q.value(4).toLongLong());
    else if (!q.value(3).isNull())
        k.scope = Scope::tenant(q.value(3).toLongLong());
    k.expiresOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    k.createdAt = q.value(6).toString();
    k.createdBy = q.value(7).toString();
    k.revokedAt = q.value(8).toString();
    k.revokedBy = q.value(9).toString();
    k.lastUsedAt = q.value(10).toString();
    k.lastUsedFrom = q.value(11).toString();
    return k;
}

} // namespace

Error ApiKeyService::unauthorized()
{
    return Error{tr("The API key is missing, unknown, revoked or expired."), QStringLiteral("unauthorized")};
}

Result<NewApiKey> ApiKeyService::create(const QString &nameIn, Scope scope, QDate expiresOn, QDate today)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("make API keys")); !s)
        return s.error();
    const QString name = nameIn.simplified();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.@ -]{1,64}$"));
    if (!valid.match(name).hasMatch())
        return fail(
            tr("New API key: “%1” is not a key name; use 1 to 64 letters, digits, spaces and . _ @ - only.").arg(name),
            QStringLiteral("name"));
    if (expiresOn.isValid() && expiresOn < today)
        return fail(tr("API key “%1”: it would expire on %2, which has passed; choose a later date or none.")
                        .arg(name, expiresOn.toString(Qt::ISODate)),
                    QStringLiteral("expires"));
    NewApiKey made;
    Status s = m_db.transaction([&]() -> Status {
        Sql exists(m_db, QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE name = ?"));
        exists.bind(name);
        if (Status e = exists.exec(tr("reading API keys")); !e)
            return e;
        if (exists.next() && exists.value(0).toLongLong() > 0)
            return fail(tr("New API key: a key named “%1” exists already; choose another name.").arg(name),
                        QStringLiteral("name"));
        if (Status e = UserService::requireScopeOwner(m_db, scope, tr("API key “%1”").arg(name)); !e)
            return e;
        const QString prefix = QString::fromLatin1(randomBytes(PrefixLength / 2).toHex());
        const QByteArray secret =
            randomBytes(SecretBytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        made.secret = KeyStart + prefix + u'_' + QString::fromLatin1(secret);
        Sql add(m_db,
                QStringLiteral("INSERT INTO api_keys (name, prefix, key_hash, tenant_id, customer_id, "
                               "expires_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        add.bind(name)
            .bind(prefix)
            .bind(QString::fromLatin1(sha256Hex(made.secret.toLatin1())))
            .bind(nullableId(scope.kind == Scope::Kind::Tenant, scope.id))
            .bind(nullableId(scope.kind == Scope::Kind::Customer, scope.id))
            .bind(expiresOn.isValid() ? QVariant(expiresOn.toString(Qt::ISODate))
                                      : QVariant(QMetaType(QMetaType::QString)))
            .bind(nowUtc())
            .bind(m_db.actor());
        if (Status e = add.exec(tr("making the API key")); !e)
            return e;
        const qint64 id = add.next() ? add.value(0).toLongLong() : 0;
        // The audit names the key, its prefix and scope, never the key.
        if (Status e = m_db.audit(QStringLiteral("create"), QStringLiteral("api_key"), QString::number(id),
                                  name + QStringLiteral(" prefix ") + prefix);
            !e)
            return e;
        auto stored = key(name);
        if (!stored)
            return stored.error();
        made.key = *stored;
        return success();
    });
    if (!s)
        return s.error();
    return made;
}

Result<QList<ApiKey>> ApiKeyService::list()
{
    Sql q(m_db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM api_keys ORDER BY name"));
    if (Status s = q.exec(tr("reading API keys")); !s)
        return s.error();
    QList<ApiKey> out;
    while (q.next())
        out << readKey(q);
    return out;
}

Result<ApiKey> ApiKeyService::key(const QString &name)
{
    Sql q(m_db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM api_keys WHERE name = ?"));
    q.bind(name.simplified());
    if (Status s = q.exec(tr("reading API keys")); !s)
        return s.error();
    if (!q.next())
        return fail(tr("There is no API key named “%1”; list them with bursar api-keys list.").arg(name.simplified()),
                    QStringLiteral("name"));
    return readKey(q);
}

Status ApiKeyService::revoke(const QString &name)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("revoke API keys")); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        auto k = key(name);
        if (!k)
            return k.error();
        if (!k->revokedAt.isEmpty())
            return fail(
                tr("The API key “%1” was revoked already, on %2 by %3.").arg(k->name, k->revokedAt, k->revokedBy),
                QStringLiteral("name"));
        Sql q(m_db, QStringLiteral("UPDATE api_keys SET revoked_at = ?, revoked_by = ? WHERE id = ?"));
        q.bind(nowUtc()).bind(m_db.actor()).bind(k->id);
        if (Status e = q.exec(tr("revoking the API key")); !e)
            return e;
        return m_db.audit(QStringLiteral("revoke"), QStringLiteral("api_key"), QString::number(k->id), k->name);
    });
}

Result<ApiKey> ApiKeyService::authenticate(const QByteArray &presented, QDate today)
{
    // Every path hashes the presented text once and compares 64 hex digits once.
    const QByteArray hash = sha256Hex(presented);
    static const QByteArray NoKey(64, '0');
    // "bursar_" + prefix + "_" + secret (whose base64url may hold "_" too).
    QString prefix;
    const qsizetype start = KeyStart.size();
    if (presented.startsWith(QByteArray(KeyStart.data(), start)) && presented.size() > start + PrefixLength &&
        presented.at(start + PrefixLength) == '_')
        prefix = QString::fromLatin1(presented.mid(start, PrefixLength));
    Sql q(m_db, QStringLiteral("SELECT ") + Columns + QStringLiteral(", key_hash FROM api_keys WHERE prefix = ?"));
    q.bind(prefix);
    if (Status s = q.exec(tr("reading API keys")); !s)
        return s.error();
    const bool found = q.next();
    const QByteArray stored = found ? q.value(12).toString().toLatin1() : NoKey;
    const bool match = sameBytes(hash, stored);
    if (!found || !match)
        return unauthorized();
    ApiKey k = readKey(q);
    if (!k.usable(today))
        return unauthorized();
    return k;
}

Status ApiKeyService::recordUse(qint64 keyId, const QString &at, const QString &from)
{
    Sql q(m_db, QStringLiteral("UPDATE api_keys SET last_used_at = ?, last_used_from = ? WHERE id = ? AND "
                               "(last_used_at IS NULL OR last_used_at < ?)"));
    q.bind(at).bind(from).bind(keyId).bind(at);
    return q.exec(tr("recording the key's use"));
}

Status ApiKeyService::recordRequests(const QList<ApiRequestRecord> &requests)
{
    if (requests.isEmpty())
        return success();
    return m_db.transaction([&]() -> Status {
        BulkInsert reads(
            m_db, QStringLiteral("api_reads"),
            {QStringLiteral("key_id"), QStringLiteral("at"), QStringLiteral("route"), QStringLiteral("statement_id")});
        QHash<qint64, const ApiRequestRecord *> latest;
        for (const ApiRequestRecord &r : requests) {
            if (Status e =
                    m_db.auditAt(r.at, QStringLiteral("request"), QStringLiteral("api"), QString::number(r.keyId),
                                 QStringLiteral("%1 %2 %3 %4 µs from %5")
                                     .arg(r.keyName.isEmpty() ? QStringLiteral("(no key)") : r.keyName, r.route)
                                     .arg(r.status)
                                     .arg(r.micros)
                                     .arg(r.remote));
                !e)
                return e;
            if (r.statementId > 0 && r.keyId > 0) {
                reads.integer(r.keyId).text(r.at).text(r.route).integer(r.statementId);
                if (Status e = reads.endRow(); !e)
                    return e;
            }
            if (r.keyId > 0)
                latest.insert(r.keyId, &r);
        }
        if (Status e = reads.finish(); !e)
            return e;
        for (auto it = latest.cbegin(); it != latest.cend(); ++it)
            if (Status e = recordUse(it.key(), it.value()->at, it.value()->remote); !e)
                return e;
        return success();
    });
}

} // namespace bursar::core
