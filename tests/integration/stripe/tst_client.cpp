#include "src/stripe/ApiPath.h"
#include "src/stripe/ApiVersion.h"
#include "src/stripe/Client.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestMain.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;
using stripe::Client;
using stripe::Error;
using stripe::Params;
using stripe::Reply;
using stripe::Request;
using Response = ScriptedHttpServer::Response;

namespace {

const QString testKey = QStringLiteral("sk_test_client_suite_0123456789abcdef");

// What a reply said when it finished, kept after the client deletes the reply.
struct Outcome
{
    bool finished = false;
    bool ok = false;
    QJsonObject json;
    Error err;
    int retryCount = 0;
    int status = 0;
    QString id;
    QString key;
    bool replay = false;

    bool isOk() const { return ok; }
    const QJsonObject &object() const { return json; }
    const Error &error() const { return err; }
    int retries() const { return retryCount; }
    int httpStatus() const { return status; }
    QString requestId() const { return id; }
    QString idempotencyKey() const { return key; }
    bool isReplay() const { return replay; }
};

// Watches a reply from the moment it is sent: a reply may finish, and be deleted, before a
// test gets round to waiting for it.
std::shared_ptr<Outcome> watch(Reply *reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &Reply::finished, reply, [outcome, reply] {
        outcome->finished = true;
        outcome->ok = reply->isOk();
        outcome->json = reply->object();
        outcome->err = reply->error();
        outcome->retryCount = reply->retries();
        outcome->status = reply->httpStatus();
        outcome->id = reply->requestId();
        outcome->key = reply->idempotencyKey();
        outcome->replay = reply->isReplay();
    });
    return outcome;
}

bool waitFor(const std::shared_ptr<Outcome> &outcome, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
}

// The query's items with keys and values fully decoded, as a form decoder on a server reads them.
QMap<QString, QString> decodedQuery(const QByteArray &query)
{
    QMap<QString, QString> items;
    for (const auto &[key, value] : QUrlQuery(QString::fromLatin1(query)).queryItems(QUrl::FullyDecoded))
        items.insert(key, value);
    return items;
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsStripeHeaders();
    void encodesGetParamsInQueryString();
    void encodesPostAsForm();
    void deleteUsesQueryString();
    void everyPostGetsAUuidIdempotencyKey();
    void callerSuppliedIdempotencyKeyIsUsed();
    void retriesServerErrorsWithTheSameKey_data();
    void retriesServerErrorsWithTheSameKey();
    void doesNotRetryClientErrors();
    void shouldRetryFalseStopsRetries();
    void shouldRetryTrueForcesRetry();
    void retriesDroppedConnection();
    void honoursRetryAfter();
    void givesUpAfterMaxRetries();
    void timesOut();
    void abortedReplyNeverFinishes();
    void abortDuringBackoffCancelsRetry();
    void limitsRequestsInFlight();
    void errorShapes_data();
    void errorShapes();
    void stripeErrorOnSuccessStatusIsAnError();
    void tooLargeAnswerIsRefused();
    void readsReplayHeader();
    void refusesPlainHttpToOtherHosts_data();
    void refusesPlainHttpToOtherHosts();
    void refusesToSendWithoutKey();
    void refusesAPathWithAnIdNotShapedLikeOne();
    void requestLogNeverHoldsTheKey();
    void deletingClientWithRequestsInFlightIsSafe();
    void rejectedKeyStopsFurtherRequests();
    void siblingSendsWithTheSameKeyAndItsOwnOptions();

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<Client> m_client;
};

void TestClient::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_client = std::make_unique<Client>();
    QVERIFY(m_client->setBaseUrl(m_server->url()));
    m_client->setApiKey(testKey);
    Client::Options options;
    options.retry.initialDelay = 5ms;
    options.retry.maxDelay = 20ms;
    options.timeout = 5s;
    m_client->setOptions(options);
}

void TestClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestClient::sendsStripeHeaders()
{
    m_server->enqueue(
        Response::json(200, R"({"id":"acct_1","object":"account"})").withHeader("Request-Id", "req_1"));
    auto reply = watch(m_client->send(Request::get(QStringLiteral("/v1/account"))));
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->isOk(), qPrintable(stripe::describe(reply->error())));
    QCOMPARE(reply->object().value(QStringLiteral("id")).toString(), QStringLiteral("acct_1"));
    QCOMPARE(reply->requestId(), QStringLiteral("req_1"));
    QCOMPARE(reply->httpStatus(), 200);

    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/v1/account"));
    QCOMPARE(request.header("authorization"), "Bearer " + testKey.toLatin1());
    QCOMPARE(request.header("stripe-version"), QByteArray("2026-10-28.endive"));
    QCOMPARE(request.header("stripe-version"), stripe::apiVersion);
    QVERIFY(request.header("user-agent").startsWith("Paydesk/"));
    QVERIFY(request.header("idempotency-key").isEmpty());
}

void TestClient::encodesGetParamsInQueryString()
{
    m_server->enqueue(Response::json(200, R"({"object":"list","data":[],"has_more":false})"));
    const Params params {{"email", "a+b@example.com"},
                         {"created", QVariantMap {{"gte", 1700000000}}},
                         {"expand", QStringList {"data.default_source"}}};
    auto reply = watch(m_client->send(Request::get(QStringLiteral("/v1/customers"), params)));
    QVERIFY(waitFor(reply));
    const auto &request = m_server->requests().first();
    QCOMPARE(request.path, QByteArray("/v1/customers"));
    QVERIFY(request.body.isEmpty());
    const auto query = decodedQuery(request.query);
    QCOMPARE(query.value(QStringLiteral("email")), QStringLiteral("a+b@example.com"));
    QCOMPARE(query.value(QStringLiteral("created[gte]")), QStringLiteral("1700000000"));
    QCOMPARE(query.value(QStringLiteral("expand[0]")), QStringLiteral("data.default_source"));
    QCOMPARE(query.size(), 3);
    QVERIFY2(request.query.contains("email=a%2Bb%40example.com"), request.query.constData());
}

void TestClient::encodesPostAsForm()
{
    m_server->enqueue(Response::json(200, R"({"id":"re_1","object":"refund"})"));
    const Params params {{"charge", "ch_1"},
                         {"amount", 1250},
                         {"reason", "requested_by_customer"},
                         {"metadata", QVariantMap {{"paydesk_note", "Café & co"}}}};
    auto reply = watch(m_client->send(Request::post(QStringLiteral("/v1/refunds"), params)));
    QVERIFY(waitFor(reply));
    QVERIFY(reply->isOk());
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(request.query.isEmpty());
    QCOMPARE(request.body,
             QByteArray("amount=1250&charge=ch_1&metadata%5Bpaydesk_note%5D=Caf%C3%A9%20%26%20co"
                        "&reason=requested_by_customer"));
}

void TestClient::deleteUsesQueryString()
{
    m_server->enqueue(Response::json(200, R"({"id":"cus_1","object":"customer","deleted":true})"));
    auto reply = watch(m_client->send(Request::del(QStringLiteral("/v1/customers/cus_1"))));
    QVERIFY(waitFor(reply));
    QVERIFY(reply->isOk());
    QCOMPARE(m_server->requests().first().method, QByteArray("DELETE"));
    QCOMPARE(m_server->requests().first().path, QByteArray("/v1/customers/cus_1"));
}

void TestClient::everyPostGetsAUuidIdempotencyKey()
{
    m_server->setHandler([](const auto &) { return Response::json(200, R"({"id":"x"})"); });
    auto first = watch(m_client->send(Request::post(QStringLiteral("/v1/customers"))));
    auto second = watch(m_client->send(Request::post(QStringLiteral("/v1/customers"))));
    QVERIFY(waitFor(first));
    QVERIFY(waitFor(second));
    const QByteArray a = m_server->requests().at(0).header("idempotency-key");
    const QByteArray b = m_server->requests().at(1).header("idempotency-key");
    const QRegularExpression uuidV4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuidV4.match(QString::fromLatin1(a)).hasMatch(), a.constData());
    QVERIFY2(uuidV4.match(QString::fromLatin1(b)).hasMatch(), b.constData());
    QVERIFY(a != b);
}

void TestClient::callerSuppliedIdempotencyKeyIsUsed()
{
    m_server->enqueue(Response::json(200, R"({"id":"re_1"})"));
    auto reply = watch(
        m_client->send(Request::post(QStringLiteral("/v1/refunds"), {}, QStringLiteral("intent-42"))));
    QVERIFY(waitFor(reply));
    QCOMPARE(m_server->requests().first().header("idempotency-key"), QByteArray("intent-42"));
    QCOMPARE(reply->idempotencyKey(), QStringLiteral("intent-42"));
}

void TestClient::retriesServerErrorsWithTheSameKey_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("409") << 409;
    QTest::newRow("429") << 429;
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
}

void TestClient::retriesServerErrorsWithTheSameKey()
{
    QFETCH(int, status);
    m_server->enqueue(Response::stripeError(status, "api_error", "Try again"));
    m_server->enqueue(Response::stripeError(status, "api_error", "Try again"));
    m_server->enqueue(Response::json(200, R"({"id":"re_1","object":"refund"})"));
    auto reply = watch(m_client->send(Request::post(QStringLiteral("/v1/refunds"), {{"charge", "ch_1"}})));
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->isOk(), qPrintable(stripe::describe(reply->error())));
    QCOMPARE(reply->retries(), 2);
    QCOMPARE(m_server->requests().size(), 3);
    const QByteArray key = m_server->requests().at(0).header("idempotency-key");
    QVERIFY(!key.isEmpty());
    for (const auto &request : m_server->requests()) {
        QCOMPARE(request.header("idempotency-key"), key);
        QCOMPARE(request.body, QByteArray("charge=ch_1"));
    }
}

void TestClient::doesNotRetryClientErrors()
{
    m_server->enqueue(Response::stripeError(400, "invalid_request_error", "Missing required param: amount."));
    auto reply = watch(m_client->send(Request::post(QStringLiteral("/v1/refunds"))));
    QVERIFY(waitFor(reply));
    QVERIFY(!reply->isOk());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(reply->error().kind, Error::Kind::Api);
    QCOMPARE(reply->error().message, QStringLiteral("Missing required param: amount."));
}

void TestClient::shouldRetryFalseStopsRetries()
{
    m_server->enqueue(
        Response::stripeError(500, "api_error", "Do not retry").withHeader("Stripe-Should-Retry", "false"));
    auto reply = watch(m_client->send(Request::post(QStringLiteral("/v1/refunds"))));
    QVERIFY(waitFor(reply));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(reply->retries(), 0);
    QCOMPARE(reply->error().httpStatus, 500);
}

void TestClient::shouldRetryTrueForcesRetry()
{
    m_server->enqueue(Response::stripeError(400, "invalid_request_error", "Lock timeout")
                          .withHeader("Stripe-Should-Retry", "true"));
    m_server->enqueue(Response::json(200, R"({"id":"in_1"})"));
    auto reply = watch(m_client->send(Request::post(QStringLiteral("/v1/invoices/in_1/pay"))));
    QVERIFY(waitFor(reply));
    QVERIFY(reply->isOk());
    QCOMPARE(m_server->requests().size(), 2);
}

void TestClient::retriesDroppedConnection()
{
    m_server->enqueue(Response::drop());
    m_server->enqueue(Response::json(200, R"({"id":"re_1"})"));
    auto reply
        = watch(m_client->send(Request::post(QStringLiteral("/v1/refunds"), {}, QStringLiteral("k-1"))));
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->isOk(), qPrintable(stripe::describe(reply->error())));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).header("idempotency-key"), QByteArray("k-1"));
}

void TestClient::honoursRetryAfter()
{
    m_server->enqueue(
        Response::stripeError(429, "invalid_request_error", "Slow down").withHeader("Retry-After", "1"));
    m_server->enqueue(Response::json(200, R"({"id":"x"})"));
    QElapsedTimer clock;
    clock.start();
    auto reply = watch(m_client->send(Request::get(QStringLiteral("/v1/customers"))));
    QVERIFY(waitFor(reply));
    QVERIFY(reply->isOk());
    // The backoff alone would be 5 ms here; the server asked for a second.
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
}

void TestClient::givesUpAfterMaxRetries()
{
    m_server->setHandler([](const auto &) { return Response::stripeError(503, "api_error", "Unavailable"); });
    auto reply = watch(m_client->send(Request::get(QStringLiteral("/v1/customers"))));
    QVERIFY(waitFor(reply));
    QCOMPARE(m_server->requests().size(), 3); // the first attempt and 2 retries
    QCOMPARE(reply->retries(), 2);
    QCOMPARE(reply->error().httpStatus, 503);
    QVERIFY(reply->error().outcomeUnknown());
}

void TestClient::timesOut()
{
    Client::Options options = m_client->options();
    options.timeout = 300ms;
    options.retry.maxRetries = 1;
    m_client->setOptions(options);
    m_server->setHandler([](const auto &) { return Response::hang(); });
    auto reply
        = watch(m_client->send(Request::post(QStringLiteral("/v1/refunds"), {}, QStringLiteral("slow-1"))));
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, Error::Kind::Timeout);
    QVERIFY(reply->error().outcomeUnknown());
    QCOMPARE(m_server->requests().size(), 2); // timed out, retried once with the same key
    QCOMPARE(m_server->requests().at(1).header("idempotency-key"), QByteArray("slow-1"));
    // Two attempts of 300 ms: the message counts both, not one attempt's timeout.
    QCOMPARE(reply->error().attempts, 2);
    QVERIFY(reply->error().waited >= 600ms);
    const QString words = stripe::describe(reply->error());
    QVERIFY2(words.contains(QStringLiteral("did not answer in 1 second, over 2 attempts")),
             qPrintable(words));
}

void TestClient::abortedReplyNeverFinishes()
{
    m_server->setHandler([](const auto &) { return Response::hang(); });
    QPointer<Reply> reply = m_client->send(Request::get(QStringLiteral("/v1/customers")));
    QSignalSpy finished(reply.data(), &Reply::finished);
    QTRY_COMPARE(m_server->requests().size(), 1);
    reply->abort();
    QTRY_VERIFY(reply.isNull()); // deleted
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_client->inFlightCount(), 0);
    QCOMPARE(m_client->requestLog()->entries().last().outcome, QStringLiteral("cancelled"));
}

void TestClient::abortDuringBackoffCancelsRetry()
{
    Client::Options options = m_client->options();
    options.retry.initialDelay = 300ms;
    options.retry.maxDelay = 300ms;
    m_client->setOptions(options);
    m_server->setHandler([](const auto &) { return Response::stripeError(503, "api_error", "Unavailable"); });
    QPointer<Reply> reply = m_client->send(Request::get(QStringLiteral("/v1/customers")));
    QTRY_COMPARE(m_server->requests().size(), 1);
    reply->abort();
    QTest::qWait(500); // nothing must happen: no retry after the abort
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(reply.isNull());
}

void TestClient::limitsRequestsInFlight()
{
    m_server->setHandler([](const auto &) { return Response::hang(); });
    QList<QPointer<Reply>> replies;
    for (int i = 0; i < 6; ++i)
        replies.append(m_client->send(Request::get(QStringLiteral("/v1/customers/cus_%1").arg(i))));
    QTRY_COMPARE(m_server->requests().size(), 4);
    QTest::qWait(100); // nothing more must happen: the other two wait their turn
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(m_client->inFlightCount(), 4);
    QCOMPARE(m_client->queuedCount(), 2);
    replies.first()->abort();
    QTRY_COMPARE(m_server->requests().size(), 5);
    QCOMPARE(m_server->requests().last().path, QByteArray("/v1/customers/cus_4"));
}

void TestClient::errorShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("html 502") << 502 << QByteArray("<html>Bad gateway</html>") << int(Error::Kind::Http);
    QTest::newRow("malformed json 200")
        << 200 << QByteArray(R"({"id": "cus_1",)") << int(Error::Kind::InvalidResponse);
    QTest::newRow("json array 200") << 200 << QByteArray("[]") << int(Error::Kind::InvalidResponse);
    QTest::newRow("empty 200") << 200 << QByteArray() << int(Error::Kind::InvalidResponse);
    QTest::newRow("stripe 404")
        << 404
        << QByteArray(
               R"({"error":{"type":"invalid_request_error","code":"resource_missing","message":"No such customer: 'cus_x'","param":"id"}})")
        << int(Error::Kind::Api);
    QTest::newRow("stripe 401")
        << 401
        << QByteArray(R"({"error":{"type":"invalid_request_error","message":"Invalid API Key provided"}})")
        << int(Error::Kind::Api);
}

void TestClient::errorShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    Client::Options options = m_client->options();
    options.retry.maxRetries = 0;
    m_client->setOptions(options);
    m_server->enqueue(Response::json(status, body).withHeader("Request-Id", "req_shape"));
    auto reply = watch(m_client->send(Request::get(QStringLiteral("/v1/customers/cus_x"))));
    QVERIFY(waitFor(reply));
    QVERIFY(!reply->isOk());
    QTEST(int(reply->error().kind), "kind");
    QCOMPARE(reply->error().requestId, QStringLiteral("req_shape"));
    QVERIFY(!stripe::describe(reply->error()).isEmpty());
}

void TestClient::stripeErrorOnSuccessStatusIsAnError()
{
    m_server->enqueue(Response::json(200, R"({"error":{"type":"api_error","message":"Odd"}})"));
    auto reply = watch(m_client->send(Request::get(QStringLiteral("/v1/customers"))));
    QVERIFY(waitFor(reply));
    QVERIFY(!reply->isOk());
    QCOMPARE(reply->error().message, QStringLiteral("Odd"));
}

void TestClient::tooLargeAnswerIsRefused()
{
    Client::Options options = m_client->options();
    options.maxResponseBytes = 1024 * 1024;
    m_client->setOptions(options);
    m_server->enqueue(Response::json(200, "{\"pad\":\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}"));
    auto reply = watch(m_client->send(Request::get(QStringLiteral("/v1/customers"))));
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, Error::Kind::InvalidResponse);
    QVERIFY(stripe::describe(reply->error()).contains(QStringLiteral("larger than 1 MB")));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestClient::readsReplayHeader()
{
    m_server->enqueue(Response::json(200, R"({"id":"re_1"})").withHeader("Idempotent-Replayed", "true"));
    auto reply = watch(m_client->send(Request::post(QStringLiteral("/v1/refunds"))));
    QVERIFY(waitFor(reply));
    QVERIFY(reply->isReplay());
}

void TestClient::refusesPlainHttpToOtherHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("stripe https") << "https://api.stripe.com" << true;
    QTest::newRow("proxy https with path") << "https://proxy.example.com/stripe" << true;
    QTest::newRow("loopback v4") << "http://127.0.0.1:12111" << true;
    QTest::newRow("loopback other v4") << "http://127.0.0.2:8080" << true;
    QTest::newRow("localhost") << "http://localhost:12111" << true;
    QTest::newRow("loopback v6") << "http://[::1]:12111" << true;
    QTest::newRow("plain http remote") << "http://api.stripe.com" << false;
    QTest::newRow("plain http lan") << "http://192.168.1.10:8080" << false;
    QTest::newRow("localhost lookalike") << "http://localhost.evil.example" << false;
    QTest::newRow("ftp") << "ftp://api.stripe.com" << false;
    QTest::newRow("credentials in url") << "https://user:pw@api.stripe.com" << false;
    QTest::newRow("garbage") << "not a url" << false;
}

void TestClient::refusesPlainHttpToOtherHosts()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    Client client;
    QString whyNot;
    QCOMPARE(client.setBaseUrl(QUrl(url), &whyNot), accepted);
    QCOMPARE(whyNot.isEmpty(), accepted);
    QCOMPARE(client.baseUrl() == QUrl(url), accepted);
}

void TestClient::refusesToSendWithoutKey()
{
    Client client;
    QVERIFY(client.setBaseUrl(m_server->url()));
    auto reply = watch(client.send(Request::get(QStringLiteral("/v1/account"))));
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, Error::Kind::Configuration);
    QVERIFY(m_server->requests().isEmpty());
}

void TestClient::refusesAPathWithAnIdNotShapedLikeOne()
{
    // An id taken from a server's answer that would steer a refund's confirmation elsewhere.
    auto reply = watch(m_client->send(
        Request::post(stripe::apiPath(u"/v1/payment_intents/%1/confirm", {u"pi_1/../../v1/refunds"}))));
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, Error::Kind::Configuration);
    QVERIFY2(reply->error().message.contains("not shaped like a Stripe ID"),
             qPrintable(reply->error().message));
    QVERIFY(m_server->requests().isEmpty());
}

void TestClient::requestLogNeverHoldsTheKey()
{
    m_server->setHandler([](const auto &request) {
        return request.method == "POST"
            ? Response::stripeError(500, "api_error", "Boom")
            : Response::json(200, R"({"id":"x"})").withHeader("Request-Id", "req_log");
    });
    QVERIFY(waitFor(watch(
        m_client->send(Request::get(QStringLiteral("/v1/customers"), {{"email", "jane@example.com"}})))));
    QVERIFY(waitFor(watch(m_client->send(
        Request::post(QStringLiteral("/v1/refunds"), {{"charge", "ch_1"}}, QStringLiteral("key-7"))))));
    const auto entries = m_client->requestLog()->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).method, QStringLiteral("GET"));
    QCOMPARE(entries.at(0).path, QStringLiteral("/v1/customers"));
    QCOMPARE(entries.at(0).httpStatus, 200);
    QCOMPARE(entries.at(0).requestId, QStringLiteral("req_log"));
    QCOMPARE(entries.at(1).idempotencyKey, QStringLiteral("key-7"));
    QCOMPARE(entries.at(1).retries, 2);
    QCOMPARE(entries.at(1).httpStatus, 500);
    for (const auto &entry : entries) {
        const QString all
            = entry.method + entry.path + entry.requestId + entry.idempotencyKey + entry.outcome;
        QVERIFY(!all.contains(testKey));
        QVERIFY(!all.contains(QStringLiteral("sk_test")));
        QVERIFY(!all.contains(QStringLiteral("jane@example.com"))); // parameters stay out too
    }
}

void TestClient::deletingClientWithRequestsInFlightIsSafe()
{
    m_server->setHandler([](const auto &) { return Response::hang(); });
    int finishedCount = 0;
    for (int i = 0; i < 6; ++i) {
        Reply *reply = m_client->send(Request::get(QStringLiteral("/v1/customers")));
        connect(reply, &Reply::finished, this, [&finishedCount] { ++finishedCount; });
    }
    QTRY_COMPARE(m_server->requests().size(), 4);
    m_client.reset();
    QTest::qWait(50); // nothing must happen: a client's replies die with it, unfinished
    QCOMPARE(finishedCount, 0);
}

void TestClient::rejectedKeyStopsFurtherRequests()
{
    m_server->setHandler([](const auto &) {
        return Response::stripeError(401, "invalid_request_error",
                                     "Expired API Key provided: sk_test_****cdef", "api_key_expired");
    });
    QSignalSpy rejected(m_client.get(), &Client::keyRejected);
    auto first = watch(m_client->send(Request::get(QStringLiteral("/v1/customers"))));
    QVERIFY(waitFor(first));
    QVERIFY(first->error().isKeyExpired());
    QCOMPARE(rejected.size(), 1);
    // Every tab asking again gets the same answer without a request: no wall of 401s.
    auto second = watch(m_client->send(Request::get(QStringLiteral("/v1/invoices"))));
    QVERIFY(waitFor(second));
    QVERIFY(second->error().isKeyExpired());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(rejected.size(), 1);
    // A new key starts afresh.
    m_server->setHandler([](const auto &) { return Response::json(200, R"({"id":"x"})"); });
    m_client->setApiKey(QStringLiteral("sk_test_replacement_key_0123456789"));
    auto third = watch(m_client->send(Request::get(QStringLiteral("/v1/invoices"))));
    QVERIFY(waitFor(third));
    QVERIFY(third->isOk());
}

void TestClient::siblingSendsWithTheSameKeyAndItsOwnOptions()
{
    // The mirror's client: same account, no retries of its own, a queue of its own.
    Client::Options options;
    options.retry.maxRetries = 0;
    const std::unique_ptr<Client> sibling = m_client->sibling(options);
    QCOMPARE(sibling->baseUrl(), m_client->baseUrl());
    QCOMPARE(sibling->options().retry.maxRetries, 0);
    m_server->enqueue(Response::json(500, R"({"error":{"type":"api_error","message":"boom"}})"));
    m_server->enqueue(Response::json(200, R"({"id":"cus_1","object":"customer"})"));
    auto reply = watch(sibling->send(Request::get(QStringLiteral("/v1/customers/cus_1"))));
    QVERIFY(waitFor(reply));
    QVERIFY(!reply->isOk()); // not retried: the mirror retries through its rate limiter
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("authorization"), "Bearer " + testKey.toLatin1());
    QCOMPARE(m_client->inFlightCount() + m_client->queuedCount(), 0);
}

PAYDESK_TEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
