#include "src/accounts/KeyPermissions.h"
#include "tests/support/TestMain.h"

#include <QSignalSpy>
#include <QTest>

using accounts::KeyPermissions;
using Area = KeyPermissions::Area;

// What a restricted key may do, learned from Stripe's refusals: a refused write turns off
// changing that kind of object, a refused read everything about it, and the reason is in words.
class TestKeyPermissions : public QObject
{
    Q_OBJECT

private slots:
    void everythingIsAllowedUntilRefused()
    {
        KeyPermissions permissions;
        QVERIFY(permissions.mayChange(Area::Invoices));
        QVERIFY(permissions.mayRead(Area::Invoices));
        QVERIFY(permissions.whyNot(Area::Invoices).isEmpty());
    }

    void aRefusedWriteTurnsOffChanging()
    {
        KeyPermissions permissions;
        QSignalSpy changed(&permissions, &KeyPermissions::changed);
        permissions.learn(QStringLiteral("POST"), QStringLiteral("/v1/invoices/in_123/finalize"), 403);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!permissions.mayChange(Area::Invoices));
        QVERIFY(permissions.mayRead(Area::Invoices));
        QVERIFY(permissions.mayChange(Area::Customers));
        QVERIFY2(permissions.whyNot(Area::Invoices).contains(QStringLiteral("“Invoices: Write”")),
                 qPrintable(permissions.whyNot(Area::Invoices)));
        // The same refusal again is nothing new.
        permissions.learn(QStringLiteral("DELETE"), QStringLiteral("/v1/invoices/in_123"), 403);
        QCOMPARE(changed.size(), 1);
    }

    void aRefusedReadTurnsOffEverything()
    {
        KeyPermissions permissions;
        permissions.learn(QStringLiteral("GET"), QStringLiteral("/v1/invoiceitems"), 403);
        QVERIFY(!permissions.mayRead(Area::Invoices));
        QVERIFY(!permissions.mayChange(Area::Invoices));
        QVERIFY(permissions.whyNot(Area::Invoices).contains(QStringLiteral("may not read invoices")));
    }

    void otherAnswersTeachNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("ok") << 200;
        QTest::newRow("bad request") << 400;
        QTest::newRow("key rejected") << 401;
        QTest::newRow("not found") << 404;
        QTest::newRow("server error") << 500;
    }

    void otherAnswersTeachNothing()
    {
        QFETCH(int, status);
        KeyPermissions permissions;
        permissions.learn(QStringLiteral("POST"), QStringLiteral("/v1/customers"), status);
        QVERIFY(permissions.mayChange(Area::Customers));
    }

    void pathsBelongToAreas_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("area"); // -1: none
        QTest::newRow("customer") << "/v1/customers/cus_1" << int(Area::Customers);
        QTest::newRow("saved cards are not the customer's permission")
            << "/v1/customers/cus_1/payment_methods" << -1;
        QTest::newRow("invoice item") << "/v1/invoiceitems" << int(Area::Invoices);
        QTest::newRow("order") << "/v1/payment_intents/pi_1/confirm" << int(Area::Orders);
        QTest::newRow("refund") << "/v1/refunds" << int(Area::Refunds);
        QTest::newRow("price") << "/v1/prices" << int(Area::Prices);
        QTest::newRow("account") << "/v1/account" << -1;
    }

    void pathsBelongToAreas()
    {
        QFETCH(QString, path);
        QFETCH(int, area);
        const auto found = KeyPermissions::areaOf(path);
        QCOMPARE(found ? int(*found) : -1, area);
    }

    void stripesMessageInWords()
    {
        // As Stripe words it (and the sandbox does).
        const QByteArray body
            = R"({"error":{"type":"permission_error","message":"The provided key 'rk_test_***0001' does not have the required permissions for this endpoint on account 'acct_1'. Having the 'rak_invoice_write' permission would allow this request to continue."}})";
        const stripe::Error error = stripe::Error::fromHttp(403, body, "req_42");
        const QString text = KeyPermissions::describe(error);
        QVERIFY2(text.startsWith(QStringLiteral("The API key in use may not change invoices.")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("“Invoices: Write”")));
        QVERIFY(text.contains(QStringLiteral("req_42")));
        QVERIFY(!text.contains(QStringLiteral("rak_")));
        QVERIFY(KeyPermissions::describe(stripe::Error::fromHttp(404, "{}", "")).isEmpty());
    }
};

PAYDESK_TEST_GUILESS_MAIN(TestKeyPermissions)
#include "tst_keypermissions.moc"
