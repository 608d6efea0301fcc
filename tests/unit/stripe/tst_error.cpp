#include "src/stripe/Error.h"
#include "tests/support/TestMain.h"

#include <QTest>

using stripe::describe;
using stripe::Error;

class TestError : public QObject
{
    Q_OBJECT

private slots:
    void readsStripeErrorObject();
    void shapes_data();
    void shapes();
    void describesEveryKind_data();
    void describesEveryKind();
};

void TestError::readsStripeErrorObject()
{
    const QByteArray body
        = R"({"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds",
        "message":"Your card has insufficient funds.","param":"payment_method","doc_url":"https://stripe.com/docs/error-codes/card-declined",
        "request_log_url":"https://dashboard.stripe.com/test/logs/req_abc?t=1"}})";
    const Error error = Error::fromHttp(402, body, "req_abc");
    QCOMPARE(error.kind, Error::Kind::Api);
    QCOMPARE(error.httpStatus, 402);
    QCOMPARE(error.type, QStringLiteral("card_error"));
    QCOMPARE(error.code, QStringLiteral("card_declined"));
    QCOMPARE(error.declineCode, QStringLiteral("insufficient_funds"));
    QCOMPARE(error.message, QStringLiteral("Your card has insufficient funds."));
    QCOMPARE(error.param, QStringLiteral("payment_method"));
    QCOMPARE(error.docUrl, QStringLiteral("https://stripe.com/docs/error-codes/card-declined"));
    QCOMPARE(error.requestLogUrl, QStringLiteral("https://dashboard.stripe.com/test/logs/req_abc?t=1"));
    QCOMPARE(error.requestId, QStringLiteral("req_abc"));
    QVERIFY(error.isCardError());
    QVERIFY(!error.outcomeUnknown());
}

void TestError::shapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("html 502 from a proxy")
        << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << int(Error::Kind::Http)
        << "web page";
    QTest::newRow("empty 500") << 500 << QByteArray() << int(Error::Kind::Http) << "empty answer";
    QTest::newRow("malformed json 400") << 400 << QByteArray(R"({"error": {"type": )")
                                        << int(Error::Kind::Http) << "not Stripe's error format";
    QTest::newRow("json without error key") << 400 << QByteArray(R"({"message":"nope"})")
                                            << int(Error::Kind::Http) << "not Stripe's error format";
    QTest::newRow("error is not an object")
        << 400 << QByteArray(R"({"error":"bad"})") << int(Error::Kind::Http) << "not Stripe's error format";
    QTest::newRow("json array") << 500 << QByteArray("[1,2]") << int(Error::Kind::Http)
                                << "not Stripe's error format";
    QTest::newRow("auth")
        << 401
        << QByteArray(
               R"({"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_test_****1234"}})")
        << int(Error::Kind::Api) << "Invalid API Key provided";
    QTest::newRow("error missing fields") << 400 << QByteArray(R"({"error":{}})") << int(Error::Kind::Api)
                                          << "Stripe refused the request (HTTP 400)";
    QTest::newRow("fields of wrong type") << 400 << QByteArray(R"({"error":{"message":42,"type":[]}})")
                                          << int(Error::Kind::Api) << "Stripe refused the request";
}

void TestError::shapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const Error error = Error::fromHttp(status, body, "req_x");
    QTEST(int(error.kind), "kind");
    QCOMPARE(error.httpStatus, status);
    const QString words = describe(error);
    QVERIFY2(words.contains(messagePart), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("req_x")), qPrintable(words));
}

void TestError::describesEveryKind_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("expected");

    Error network;
    network.kind = Error::Kind::Network;
    network.detail = QStringLiteral("the connection was refused");
    QTest::newRow("network")
        << network
        << "Paydesk could not reach Stripe (the connection was refused). Check the network "
           "connection and try again.";
    Error timeout;
    timeout.kind = Error::Kind::Timeout;
    timeout.detail = QStringLiteral("60 seconds");
    QTest::newRow("timeout")
        << timeout << "Stripe did not answer within 60 seconds. Check the network connection and try again.";
    Error oneAttempt;
    oneAttempt.kind = Error::Kind::Timeout;
    oneAttempt.attempts = 1;
    oneAttempt.waited = std::chrono::milliseconds(60'000);
    QTest::newRow("timeout, one attempt")
        << oneAttempt << "Stripe did not answer within 1 minute. Check the network connection and try again.";
    Error threeAttempts = oneAttempt;
    threeAttempts.attempts = 3;
    threeAttempts.waited = std::chrono::milliseconds(185'300);
    threeAttempts.requestId = QStringLiteral("req_slow");
    QTest::newRow("timeout, three attempts")
        << threeAttempts
        << "Stripe did not answer in 3 minutes 5 seconds, over 3 attempts. Check the network connection and "
           "try again. (Request ID: req_slow)";
    Error card = Error::fromHttp(
        402,
        R"({"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline","message":"Your card was declined."}})",
        "req_9");
    QTest::newRow("card") << card
                          << "Your card was declined. Decline code: generic_decline. (Request ID: req_9)";
    Error rate = Error::fromHttp(
        429, R"({"error":{"type":"invalid_request_error","message":"Too many requests"}})", "");
    QTest::newRow("rate limit")
        << rate << "Too many requests. Stripe is limiting how fast Paydesk may send requests; wait a moment.";
    Error rateWithWait = rate;
    rateWithWait.retryAfter = std::chrono::seconds(3600);
    QTest::newRow("rate limit, an hour asked")
        << rateWithWait << "Too many requests. Stripe asked Paydesk to wait 1 hour before trying again.";
    Error proxyWithWait = Error::fromHttp(503, "", "req_5");
    proxyWithWait.retryAfter = std::chrono::seconds(2147484);
    QTest::newRow("503, 2147484 seconds asked")
        << proxyWithWait
        << "The server answered HTTP 503 Service Unavailable with an empty answer. The server asked Paydesk "
           "to wait 24 days 20 hours before trying again. (Request ID: req_5)";
    Error busyWithWait = Error::fromHttp(503, R"({"error":{"type":"api_error","message":"Busy"}})", "");
    busyWithWait.retryAfter = std::chrono::seconds(185);
    QTest::newRow("Stripe's 503, minutes asked")
        << busyWithWait << "Busy. Stripe asked Paydesk to wait 3 minutes 5 seconds before trying again.";
    QTest::newRow("configuration") << Error::configuration(QStringLiteral("No Stripe API key is set"))
                                   << "No Stripe API key is set.";
    Error invalid;
    invalid.kind = Error::Kind::InvalidResponse;
    invalid.detail = QStringLiteral("a JSON object was expected");
    QTest::newRow("invalid response")
        << invalid << "Stripe's answer could not be read (a JSON object was expected).";
}

void TestError::describesEveryKind()
{
    QFETCH(Error, error);
    QTEST(describe(error), "expected");
}

PAYDESK_TEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
