// The one JSON layer (core/json): the forms the command line prints, the snapshot columns
// keep and the Billing API will serve. Keys are a contract; amounts are exact strings.
#include "core/json/records_json.h"

#include <QJsonArray>
#include <QTest>

using namespace bursar::core;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

StatementParty acme()
{
    StatementParty p;
    p.name = QStringLiteral("Acme GmbH");
    p.contact.contactName = QStringLiteral("Jürgen Ölmann");
    p.contact.email = QStringLiteral("billing@acme.example");
    p.contact.addressLine1 = QStringLiteral("Hauptstraße 1");
    p.contact.city = QStringLiteral("Köln");
    p.contact.postalCode = QStringLiteral("50667");
    p.contact.country = QStringLiteral("Germany");
    p.region = QStringLiteral("DE");
    p.state = QStringLiteral("NW");
    p.billingProfile = QStringLiteral("Head office");
    return p;
}

} // namespace

class TestRecordsJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void party_snapshotTextRoundTrips()
    {
        const StatementParty p = acme();
        const QString text = json::partyText(p);
        // The snapshot column's keys, compact and sorted, as statements have always kept them.
        QVERIFY2(
            text.startsWith(QStringLiteral(
                "{\"address_line1\":\"Hauptstraße 1\",\"address_line2\":\"\",\"billing_profile\":\"Head office\"")),
            qPrintable(text));
        const StatementParty back = json::partyFromText(text);
        QCOMPARE(back.name, p.name);
        QCOMPARE(back.contact, p.contact);
        QCOMPARE(back.region, p.region);
        QCOMPARE(back.state, p.state);
        QCOMPARE(back.billingProfile, p.billingProfile);
        QCOMPARE(json::partyFromText(QString()).name, QString()); // an empty column reads as an empty party
    }

    void customer_keys()
    {
        Customer c;
        c.id = 100042;
        c.tenantId = 3;
        c.name = QStringLiteral("Acme GmbH");
        c.contact = acme().contact;
        c.region = QStringLiteral("DE");
        c.paymentTermsDays = 14;
        const QJsonObject o = json::customer(c, QStringLiteral("Partner Ltd"));
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), 100042);
        QCOMPARE(o.value(QStringLiteral("display_id")).toString(), QStringLiteral("#100042"));
        QCOMPARE(o.value(QStringLiteral("tenant")).toString(), QStringLiteral("Partner Ltd"));
        QCOMPARE(o.value(QStringLiteral("city")).toString(), QStringLiteral("Köln"));
        QCOMPARE(o.value(QStringLiteral("payment_terms_days")).toInt(), 14);
        QCOMPARE(o.keys().size(), 16);
    }

    void credit_stateAndExactAmounts_data()
    {
        QTest::addColumn<QString>("applied");
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<bool>("voided");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("remaining");
        QTest::newRow("available") << "-100.25" << QDate() << false << "available"
                                   << "-399.75";
        QTest::newRow("used") << "-500" << QDate() << false << "used"
                              << "0";
        QTest::newRow("expired with a remainder") << "-100.25" << QDate(2026, 11, 30) << false << "expired"
                                                  << "-399.75";
        QTest::newRow("expires today: still available") << "0" << QDate(2026, 12, 1) << false << "available"
                                                        << "-500";
        QTest::newRow("voided") << "0" << QDate() << true << "voided"
                                << "-500";
    }
    void credit_stateAndExactAmounts()
    {
        QFETCH(QString, applied);
        QFETCH(QDate, expires);
        QFETCH(bool, voided);
        QFETCH(QString, state);
        QFETCH(QString, remaining);
        Credit c;
        c.id = 7;
        c.amount = d("-500.00");
        c.applied = *Decimal::parse(applied);
        c.expiresOn = expires;
        if (voided) {
            c.voidedAt = QStringLiteral("2026-11-02T10:00:00.000Z");
            c.voidReason = QStringLiteral("typed twice");
        }
        const QJsonObject o = json::credit(c, QDate(2026, 12, 1));
        QCOMPARE(o.value(QStringLiteral("state")).toString(), state);
        QCOMPARE(o.value(QStringLiteral("amount")).toString(), QStringLiteral("-500"));
        QCOMPARE(o.value(QStringLiteral("remaining")).toString(), remaining);
        QCOMPARE(o.value(QStringLiteral("expires")).isNull(), !expires.isValid());
        QCOMPARE(o.value(QStringLiteral("void_reason")).isNull(), !voided);
    }

    void statement_headerAndWhole()
    {
        Statement s;
        s.id = 57;
        s.customerId = 100042;
        s.period = QStringLiteral("2026-09");
        s.currency = QStringLiteral("JPY");
        s.storedStatus = QStringLiteral("draft");
        s.chargesExact = d("13580.24679");
        s.charges = d("13580");
        s.total = d("13580");
        s.balance = d("13580");
        s.seller = acme();
        s.lines.append({1,
                        ChargeLineKind::Usage,
                        QStringLiteral("Compute"),
                        QStringLiteral("Amazon EC2"),
                        3,
                        QStringLiteral("JPY"),
                        d("12345.6789"),
                        d("13580.24679"),
                        QStringLiteral("Pricebook Std: +10%"),
                        {}});
        const QJsonObject head = json::statement(s, QDate(2026, 10, 1), false);
        QVERIFY(head.value(QStringLiteral("number")).isNull());
        QCOMPARE(head.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(head.value(QStringLiteral("visible_to_customer")).toBool(), false);
        QCOMPARE(head.value(QStringLiteral("amount_due")).toString(), QStringLiteral("13580"));
        QVERIFY(head.value(QStringLiteral("issue_date")).isNull());
        QVERIFY(!head.contains(QStringLiteral("lines")));
        const QJsonObject whole = json::statement(s, QDate(2026, 10, 1), true);
        QCOMPARE(whole.value(QStringLiteral("rounding")).toString(), QStringLiteral("-0.24679"));
        QCOMPARE(
            whole.value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("price")).toString(),
            QStringLiteral("13580.24679"));
        // The parties print the snapshot's form: the old keys and the rest of the contact.
        const QJsonObject seller = whole.value(QStringLiteral("seller")).toObject();
        QCOMPARE(seller.value(QStringLiteral("name")).toString(), QStringLiteral("Acme GmbH"));
        QCOMPARE(seller.value(QStringLiteral("postal_code")).toString(), QStringLiteral("50667"));
        QCOMPARE(json::partyFrom(seller).contact, acme().contact);
    }
};

QTEST_GUILESS_MAIN(TestRecordsJson)
#include "tst_records_json.moc"
