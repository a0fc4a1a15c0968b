// Keys of the Billing API (issue 16), on SQLite and PostgreSQL: made from the system's
// random source and shown once, stored as a hash with a public prefix, scoped, expiring,
// revocable; every key that does not open the API gets the same answer.
#include "core/apikeys/api_key_service.h"
#include "core/customers/customer_service.h"
#include "core/users/user_service.h"
#include "tests/support/test_database.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace bursar::core;
using bursar::test::TestDatabase;

class TestApiKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void made_shownOnce_storedAsHash()
    {
        TestDatabase t;
        ApiKeyService keys(t.db());
        auto made = keys.create(QStringLiteral("portal"), Scope::all());
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
        // bursar_ + 12 hex digits + _ + 43 characters of base64url (256 bits).
        static const QRegularExpression shape(QStringLiteral("^bursar_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$"));
        const auto m = shape.match(made->secret);
        QVERIFY2(m.hasMatch(), qPrintable(made->secret));
        QCOMPARE(m.captured(1), made->key.prefix);
        QCOMPARE(QByteArray::fromBase64(m.captured(2).toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        // The database holds the SHA-256 and nothing of the secret part.
        const QString stored =
            t.scalar(QStringLiteral("SELECT key_hash FROM api_keys WHERE name = 'portal'")).toString();
        QCOMPARE(stored, QString::fromLatin1(
                             QCryptographicHash::hash(made->secret.toLatin1(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(
            t.scalar(
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%%1%'").arg(m.captured(2).left(20)))
                .toInt(),
            0);
        // Two keys never share a secret or a prefix.
        auto second = keys.create(QStringLiteral("scripts"), Scope::all());
        QVERIFY(second.ok());
        QVERIFY(second->secret != made->secret);
        QVERIFY(second->key.prefix != made->key.prefix);
        auto found = keys.authenticate(made->secret.toLatin1());
        QVERIFY(found.ok());
        QCOMPARE(found->name, QStringLiteral("portal"));
    }

    void unusableKeys_allAnsweredAlike()
    {
        TestDatabase t;
        ApiKeyService keys(t.db());
        const QDate today(2026, 12, 4);
        auto good = keys.create(QStringLiteral("good"), Scope::all(), {}, today);
        auto revoked = keys.create(QStringLiteral("revoked"), Scope::all(), {}, today);
        auto expiring = keys.create(QStringLiteral("expiring"), Scope::all(), today.addDays(3), today);
        QVERIFY(good.ok() && revoked.ok() && expiring.ok());
        QVERIFY(keys.revoke(QStringLiteral("revoked")).ok());
        QVERIFY(keys.authenticate(expiring->secret.toLatin1(), today.addDays(3)).ok()); // through its last day
        QString wrongSecret = good->secret;
        wrongSecret[wrongSecret.size() - 1] = wrongSecret.endsWith(u'A') ? u'B' : u'A';
        const QList<QByteArray> refused{
            revoked->secret.toLatin1(),
            expiring->secret.toLatin1(), // the day after its last
            wrongSecret.toLatin1(),       QByteArray("bursar_000000000000_") + QByteArray(43, 'x'),
            QByteArray("not a key"),      QByteArray(),
            good->secret.toLatin1() + "x"};
        for (const QByteArray &key : refused) {
            auto r = keys.authenticate(key, today.addDays(4));
            QVERIFY2(!r.ok(), key.constData());
            QCOMPARE(r.error().message, ApiKeyService::unauthorized().message);
            QCOMPARE(r.error().field, QStringLiteral("unauthorized"));
        }
        QVERIFY(keys.authenticate(good->secret.toLatin1(), today.addDays(4)).ok());
        // A revoked key stays listed, with who revoked it; revoking twice says so.
        auto listed = keys.key(QStringLiteral("revoked"));
        QVERIFY(listed.ok() && !listed->revokedAt.isEmpty());
        QVERIFY(!keys.revoke(QStringLiteral("revoked")).ok());
        QCOMPARE(keys.revoke(QStringLiteral("nobody")).error().field, QStringLiteral("name"));
    }

    void scopes_names_privileges()
    {
        TestDatabase t;
        CustomerService customers(t.db());
        auto tenant = customers.defaultTenant();
        QVERIFY(tenant.ok());
        Customer c;
        c.name = QStringLiteral("Keyed");
        auto id = customers.addCustomer(c);
        QVERIFY(id.ok());
        ApiKeyService keys(t.db());
        auto partner = keys.create(QStringLiteral("partner"), Scope::tenant(*tenant));
        auto one = keys.create(QStringLiteral("one"), Scope::customer(*id));
        QVERIFY(partner.ok() && one.ok());
        QVERIFY(keys.authenticate(partner->secret.toLatin1())->scope == Scope::tenant(*tenant));
        QVERIFY(keys.authenticate(one->secret.toLatin1())->scope == Scope::customer(*id));
        QCOMPARE(keys.create(QStringLiteral("x"), Scope::tenant(98765)).error().field, QStringLiteral("tenant"));
        QCOMPARE(keys.create(QStringLiteral("y"), Scope::customer(98765)).error().field, QStringLiteral("customer"));
        QCOMPARE(keys.create(QStringLiteral("one"), Scope::all()).error().field, QStringLiteral("name"));
        QCOMPARE(keys.create(QStringLiteral(""), Scope::all()).error().field, QStringLiteral("name"));
        QCOMPARE(keys.create(QStringLiteral("old"), Scope::all(), QDate(2020, 1, 1)).error().field,
                 QStringLiteral("expires"));
        // Making and revoking keys is MANAGE_SETTINGS's; nothing is written without it.
        QVERIFY(UserService(t.db()).add(QStringLiteral("clerk"), {}, {Privilege::ManageCredits}).ok());
        QVERIFY(t->actAs(QStringLiteral("clerk")).ok());
        auto refused = ApiKeyService(t.db()).create(QStringLiteral("mine"), Scope::all());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("privilege"));
        QCOMPARE(ApiKeyService(t.db()).revoke(QStringLiteral("one")).error().field, QStringLiteral("privilege"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM api_keys")).toInt(), 2);
        // Last use: kept per key, never moved back by a late batch.
        QVERIFY(ApiKeyService(t.db())
                    .recordUse(one->key.id, QStringLiteral("2026-12-04T10:00:00.000Z"), QStringLiteral("127.0.0.1"))
                    .ok());
        QVERIFY(ApiKeyService(t.db())
                    .recordUse(one->key.id, QStringLiteral("2026-12-04T09:00:00.000Z"), QStringLiteral("10.0.0.9"))
                    .ok());
        auto used = ApiKeyService(t.db()).key(QStringLiteral("one"));
        QCOMPARE(used->lastUsedAt, QStringLiteral("2026-12-04T10:00:00.000Z"));
        QCOMPARE(used->lastUsedFrom, QStringLiteral("127.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_api_keys.moc"
