#include "src/sandbox/Server.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QTest>

// Authorised but uncaptured card payments and partial captures, as Stripe documents them for API
// 2026-10-28: what can be refunded is amount_captured - amount_refunded; refunding an uncaptured
// charge releases the whole authorisation (docs.stripe.com/charges/placing-a-hold) and a partial
// refund of one is refused; canceling its PaymentIntent releases it without a Refund (2025-03-31.basil).
class TestSandboxCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoDataHasUncapturedAndPartlyCapturedPayments();
    void refundingAnUncapturedChargeReleasesTheWholeAuthorisation();
    void refundingByPaymentIntentReleasesItToo();
    void cancelingAnUncapturedPaymentIntentMakesNoRefund();
    void aPartlyCapturedChargeGivesBackOnlyWhatWasCaptured();

private:
    QJsonObject demoCharge(const std::function<bool(const QJsonObject &)> &keep);
    QJsonObject authorise(qint64 amount);
    qint64 usdAvailable();

    sandbox::Server m_server;
    std::unique_ptr<SandboxHttp> m_http;
    QString m_customer;
};

void TestSandboxCapture::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_http = std::make_unique<SandboxHttp>(m_server.url());
    m_customer = m_http->post("/v1/customers", "name=Hold%20Tester").json.value("id").toString();
}

QJsonObject TestSandboxCapture::demoCharge(const std::function<bool(const QJsonObject &)> &keep)
{
    const auto &charges = m_server.store().collection("charges");
    for (int i = charges.size() - 1; i >= 0; --i)
        if (keep(charges.at(i)))
            return charges.at(i);
    return {};
}

// A manual-capture PaymentIntent confirmed with Stripe's test Visa: authorised, not captured.
QJsonObject TestSandboxCapture::authorise(qint64 amount)
{
    const auto intent
        = m_http->post("/v1/payment_intents",
                       QStringLiteral("amount=%1&currency=usd&customer=%2&payment_method=pm_card_visa"
                                      "&capture_method=manual&confirm=true")
                           .arg(amount)
                           .arg(m_customer)
                           .toLatin1());
    return intent.json;
}

qint64 TestSandboxCapture::usdAvailable()
{
    for (const QJsonValue &entry : m_http->get("/v1/balance").json.value("available").toArray())
        if (entry.toObject().value("currency").toString() == "usd")
            return entry.toObject().value("amount").toInteger();
    return 0;
}

void TestSandboxCapture::demoDataHasUncapturedAndPartlyCapturedPayments()
{
    const QJsonObject uncaptured = demoCharge([](const QJsonObject &c) {
        return !c.value("captured").toBool() && c.value("status").toString() == "succeeded";
    });
    QVERIFY2(!uncaptured.isEmpty(), "no uncaptured charge in the demo data");
    // Stripe reports an authorised, uncaptured card charge as succeeded and paid, nothing captured.
    QCOMPARE(uncaptured.value("amount_captured").toInteger(), 0);
    QCOMPARE(uncaptured.value("amount_refunded").toInteger(), 0);
    QCOMPARE(uncaptured.value("paid").toBool(), true);
    QVERIFY(uncaptured.value("balance_transaction").isNull());
    const QJsonObject card = uncaptured.value("payment_method_details").toObject().value("card").toObject();
    QVERIFY(card.value("capture_before").toInteger() > uncaptured.value("created").toInteger());
    const auto intent = m_http->get("/v1/payment_intents/" + uncaptured.value("payment_intent").toString());
    QCOMPARE(intent.json.value("status").toString(), QStringLiteral("requires_capture"));
    QCOMPARE(intent.json.value("capture_method").toString(), QStringLiteral("manual"));
    QCOMPARE(intent.json.value("amount_capturable").toInteger(), uncaptured.value("amount").toInteger());
    QCOMPARE(intent.json.value("amount_received").toInteger(), 0);

    const QJsonObject partial = demoCharge([](const QJsonObject &c) {
        return c.value("captured").toBool() && c.value("amount_captured").toInteger() > 0
            && c.value("amount_captured").toInteger() < c.value("amount").toInteger();
    });
    QVERIFY2(!partial.isEmpty(), "no partly captured charge in the demo data");
    const auto partialIntent
        = m_http->get("/v1/payment_intents/" + partial.value("payment_intent").toString());
    QCOMPARE(partialIntent.json.value("status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(partialIntent.json.value("amount_received").toInteger(),
             partial.value("amount_captured").toInteger());
    QVERIFY(partial.value("amount_refunded").toInteger() <= partial.value("amount_captured").toInteger());
}

void TestSandboxCapture::refundingAnUncapturedChargeReleasesTheWholeAuthorisation()
{
    const qint64 available = usdAvailable();
    const QJsonObject intent = authorise(5000);
    QCOMPARE(intent.value("status").toString(), QStringLiteral("requires_capture"));
    QCOMPARE(intent.value("amount_capturable").toInteger(), 5000);
    const QString charge = intent.value("latest_charge").toString();
    auto held = m_http->get("/v1/charges/" + charge);
    QCOMPARE(held.json.value("status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(held.json.value("captured").toBool(), false);
    QCOMPARE(held.json.value("amount_captured").toInteger(), 0);
    QCOMPARE(usdAvailable(), available); // held on the card, not collected

    const auto partial = m_http->post("/v1/refunds", ("charge=" + charge + "&amount=1000").toLatin1());
    QCOMPARE(partial.status, 400);
    QCOMPARE(partial.errorType(), QStringLiteral("invalid_request_error"));
    QCOMPARE(partial.errorParam(), QStringLiteral("amount"));
    QCOMPARE(
        partial.errorMessage(),
        QStringLiteral("You cannot partially refund an uncaptured charge. Instead, capture the charge for "
                       "an amount less than the original amount"));
    QCOMPARE(m_http->get("/v1/charges/" + charge).json.value("amount_refunded").toInteger(), 0);

    const auto released = m_http->post("/v1/refunds", ("charge=" + charge).toLatin1());
    QCOMPARE(released.status, 200);
    QCOMPARE(released.json.value("amount").toInteger(), 5000);
    QCOMPARE(released.json.value("status").toString(), QStringLiteral("succeeded"));
    QVERIFY(released.json.value("balance_transaction").isNull()); // no money moved
    const auto after = m_http->get("/v1/charges/" + charge);
    QCOMPARE(after.json.value("refunded").toBool(), true);
    QCOMPARE(after.json.value("amount_refunded").toInteger(), 5000);
    QCOMPARE(after.json.value("captured").toBool(), false);
    QCOMPARE(after.json.value("amount_captured").toInteger(), 0);
    const auto canceled = m_http->get("/v1/payment_intents/" + intent.value("id").toString());
    QCOMPARE(canceled.json.value("status").toString(), QStringLiteral("canceled"));
    QCOMPARE(canceled.json.value("amount_capturable").toInteger(), 0);
    QCOMPARE(canceled.json.value("amount_received").toInteger(), 0);
    QVERIFY(canceled.json.value("canceled_at").toInteger() > 0);
    QCOMPARE(usdAvailable(), available);
    const auto again = m_http->post("/v1/refunds", ("charge=" + charge).toLatin1());
    QCOMPARE(again.errorCode(), QStringLiteral("charge_already_refunded"));
}

void TestSandboxCapture::refundingByPaymentIntentReleasesItToo()
{
    const QJsonObject intent = authorise(2500);
    const auto exact = m_http->post(
        "/v1/refunds", ("payment_intent=" + intent.value("id").toString() + "&amount=2500").toLatin1());
    QCOMPARE(exact.status, 200);
    QCOMPARE(exact.json.value("amount").toInteger(), 2500);
    QCOMPARE(exact.json.value("charge").toString(), intent.value("latest_charge").toString());
    QCOMPARE(
        m_http->get("/v1/payment_intents/" + intent.value("id").toString()).json.value("status").toString(),
        QStringLiteral("canceled"));
}

void TestSandboxCapture::cancelingAnUncapturedPaymentIntentMakesNoRefund()
{
    const QJsonObject intent = authorise(3000);
    const QString charge = intent.value("latest_charge").toString();
    const auto canceled = m_http->post("/v1/payment_intents/" + intent.value("id").toString() + "/cancel");
    QCOMPARE(canceled.status, 200);
    QCOMPARE(canceled.json.value("status").toString(), QStringLiteral("canceled"));
    QCOMPARE(canceled.json.value("amount_capturable").toInteger(), 0);
    const auto after = m_http->get("/v1/charges/" + charge);
    QCOMPARE(after.json.value("amount_captured").toInteger(), 0);
    QCOMPARE(after.json.value("amount_refunded").toInteger(), 0);
    QCOMPARE(after.json.value("refunded").toBool(), false);
    QCOMPARE(m_http->get("/v1/refunds", ("charge=" + charge).toLatin1()).json.value("data").toArray().size(),
             0);
    // Nothing is left to release.
    QCOMPARE(m_http->post("/v1/refunds", ("charge=" + charge).toLatin1()).errorCode(),
             QStringLiteral("charge_already_refunded"));
}

void TestSandboxCapture::aPartlyCapturedChargeGivesBackOnlyWhatWasCaptured()
{
    const QJsonObject charge = demoCharge([](const QJsonObject &c) {
        return c.value("captured").toBool()
            && c.value("amount_captured").toInteger() < c.value("amount").toInteger()
            && c.value("amount_refunded").toInteger() < c.value("amount_captured").toInteger();
    });
    QVERIFY(!charge.isEmpty());
    const QString id = charge.value("id").toString();
    const qint64 left
        = charge.value("amount_captured").toInteger() - charge.value("amount_refunded").toInteger();
    const auto tooMuch
        = m_http->post("/v1/refunds", QStringLiteral("charge=%1&amount=%2").arg(id).arg(left + 1).toLatin1());
    QCOMPARE(tooMuch.status, 400);
    QCOMPARE(tooMuch.errorCode(), QStringLiteral("amount_too_large"));
    const auto rest = m_http->post("/v1/refunds", ("charge=" + id).toLatin1());
    QCOMPARE(rest.status, 200);
    QCOMPARE(rest.json.value("amount").toInteger(), left);
    const auto after = m_http->get("/v1/charges/" + id);
    QCOMPARE(after.json.value("amount_refunded").toInteger(),
             after.json.value("amount_captured").toInteger());
    QCOMPARE(after.json.value("refunded").toBool(), true);
    QVERIFY(after.json.value("amount_refunded").toInteger() < after.json.value("amount").toInteger());
}

PAYDESK_TEST_GUILESS_MAIN(TestSandboxCapture)
#include "tst_sandbox_capture.moc"
