#include "ScriptedHttpServer.h"
#include "stripe/Client.h"

#include <QTest>

using namespace std::chrono_literals;
using stripe::Client;
using stripe::Error;
using stripe::Reply;
using stripe::Request;
using Response = ScriptedHttpServer::Response;

namespace {

const QString testKey = QStringLiteral("sk_test_limits_suite_0123456789abcdef");

// What a reply said when it finished, kept after the client deletes the reply.
struct Outcome
{
    bool finished = false;
    Error error;
    int retries = 0;
};

std::shared_ptr<Outcome> watch(Reply *reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &Reply::finished, reply, [outcome, reply] {
        outcome->finished = true;
        outcome->error = reply->error();
        outcome->retries = reply->retries();
    });
    return outcome;
}

} // namespace

// Never forever, never unbounded: whatever a server does, a request finishes, in a time the
// options bound, holding no more of an answer than the size limit.
class TestClientLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void longRetryAfterIsNotWaited_data();
    void longRetryAfterIsNotWaited();

private:
    void useServer(const QUrl &url);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<Client> m_client;
};

void TestClientLimits::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_client = std::make_unique<Client>();
    m_client->setApiKey(testKey);
    useServer(m_server->url());
    Client::Options options;
    options.retry.initialDelay = 5ms;
    options.retry.maxDelay = 20ms;
    options.timeout = 20s;
    m_client->setOptions(options);
}

void TestClientLimits::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestClientLimits::useServer(const QUrl &url)
{
    QVERIFY(m_client->setBaseUrl(url));
}

void TestClientLimits::longRetryAfterIsNotWaited_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("longestRetryAfterSeconds");
    QTest::addColumn<QString>("says");
    // An hour held a list for an hour; 2147484 s overflowed the timer and never finished.
    QTest::newRow("429, an hour") << 429 << QByteArray("3600") << 30 << "wait 1 hour";
    QTest::newRow("503, an hour") << 503 << QByteArray("3600") << 30 << "wait 1 hour";
    QTest::newRow("429, past a timer's range")
        << 429 << QByteArray("2147484") << 30 << "wait 24 days 20 hours";
    QTest::newRow("503, past a timer's range")
        << 503 << QByteArray("2147484") << 30 << "wait 24 days 20 hours";
    QTest::newRow("429, past any number") << 429 << QByteArray("99999999999999999999999") << 30 << "wait";
    QTest::newRow("503, past a shorter cap") << 503 << QByteArray("2") << 1 << "wait 2 seconds";
}

void TestClientLimits::longRetryAfterIsNotWaited()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, longestRetryAfterSeconds);
    QFETCH(QString, says);
    Client::Options options = m_client->options();
    options.retry.longestRetryAfter = std::chrono::seconds(longestRetryAfterSeconds);
    m_client->setOptions(options);
    m_server->setHandler([status, retryAfter](const auto &) {
        return Response::stripeError(status, "api_error", "Busy")
            .withHeader("Stripe-Should-Retry", "true")
            .withHeader("Retry-After", retryAfter);
    });
    auto reply = watch(m_client->send(Request::post(QStringLiteral("/v1/refunds"))));
    QVERIFY2(QTest::qWaitFor([&] { return reply->finished; }, 10000), "the request never finished");
    QCOMPARE(m_server->requests().size(), 1); // not waited for, so not asked again
    QCOMPARE(reply->error.httpStatus, status);
    const QString words = stripe::describe(reply->error);
    QVERIFY2(words.contains(says), qPrintable(words));
}

QTEST_GUILESS_MAIN(TestClientLimits)
#include "tst_clientlimits.moc"
