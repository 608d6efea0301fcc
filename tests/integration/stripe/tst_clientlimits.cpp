#include "src/stripe/Client.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestMain.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

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

// paydesk-scripted-server in a process of its own: it trickles or streams at its own pace, and
// every byte of memory this test process holds is the client's.
class ServerProcess
{
public:
    explicit ServerProcess(const QStringList &arguments)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_output += m_process.readAllStandardOutput(); });
        m_process.start(QStringLiteral(PAYDESK_SCRIPTED_SERVER), arguments);
    }
    ~ServerProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QUrl url()
    {
        if (!QTest::qWaitFor([this] { return !lines("port ").isEmpty(); }, 10000))
            return {};
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(lines("port ").first()));
    }
    qsizetype requestCount() const { return lines("request ").size(); }
    // What the server had managed to write when the client hung up (-1 until it has).
    qint64 bytesWrittenWhenClosed() const
    {
        const QStringList closed = lines("closed ");
        return closed.isEmpty() ? -1 : closed.last().toLongLong();
    }

private:
    QStringList lines(const QString &prefix) const
    {
        QStringList found;
        for (const QByteArray &line : m_output.split('\n'))
            if (line.startsWith(prefix.toLatin1()))
                found.append(QString::fromLatin1(line.mid(prefix.size())));
        return found;
    }

    QProcess m_process;
    QByteArray m_output;
};

// The seconds a "did not answer in …" sentence states, from "N seconds" or "M minutes N seconds".
qint64 statedSeconds(const QString &sentence)
{
    const QRegularExpression duration(
        QStringLiteral("did not answer in (?:(\\d+) minutes? ?)?(?:(\\d+) seconds?)?"));
    const QRegularExpressionMatch match = duration.match(sentence);
    if (!match.hasMatch())
        return -1;
    return match.captured(1).toLongLong() * 60 + match.captured(2).toLongLong();
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
    void tricklingAnswerEndsAtTheDeadline();
    void endlessAnswerIsCutNearTheLimit();
    void announcedHugeAnswerIsRefusedAtOnce();
    void abortAtEveryMoment_data();
    void abortAtEveryMoment();

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

void TestClientLimits::tricklingAnswerEndsAtTheDeadline()
{
    // A byte every 200 ms never leaves the connection idle for the whole second an attempt may
    // take; each attempt still ends at its deadline, and the message says the whole wait.
    ServerProcess trickler({QStringLiteral("trickle"), QStringLiteral("200")});
    useServer(trickler.url());
    Client::Options options = m_client->options();
    options.timeout = 1s;
    options.retry.maxRetries = 2;
    m_client->setOptions(options);
    QElapsedTimer clock;
    clock.start();
    auto reply = watch(m_client->send(Request::post(QStringLiteral("/v1/refunds"))));
    QVERIFY2(QTest::qWaitFor([&] { return reply->finished; }, 30000), "the request never finished");
    const qint64 elapsedMs = clock.elapsed();
    QCOMPARE(reply->error.kind, Error::Kind::Timeout);
    QVERIFY(reply->error.outcomeUnknown());
    QCOMPARE(trickler.requestCount(), 3);
    const QString words = stripe::describe(reply->error);
    QVERIFY2(words.contains(QStringLiteral(", over 3 attempts")), qPrintable(words));
    // Three deadlines of a second each had passed, and no more than the test itself waited.
    const qint64 seconds = statedSeconds(words);
    QVERIFY2(seconds >= 3 && seconds <= (elapsedMs + 999) / 1000, qPrintable(words));
}

void TestClientLimits::endlessAnswerIsCutNearTheLimit()
{
    ServerProcess streamer({QStringLiteral("endless-chunked")});
    useServer(streamer.url());
    constexpr qint64 limit = 1024 * 1024;
    Client::Options options = m_client->options();
    options.maxResponseBytes = limit;
    m_client->setOptions(options);
    auto reply = watch(m_client->send(Request::get(QStringLiteral("/v1/customers"))));
    QVERIFY2(QTest::qWaitFor([&] { return reply->finished; }, 30000), "the request never finished");
    QCOMPARE(reply->error.kind, Error::Kind::InvalidResponse);
    const QString words = stripe::describe(reply->error);
    QVERIFY2(words.contains(QStringLiteral("larger than 1 MB")), qPrintable(words));
    QCOMPARE(streamer.requestCount(), 1); // a refused answer is not asked for again
    // What the server got into the connection before Paydesk hung up: the limit, what Qt reads
    // ahead, and what the two sockets' kernel buffers hold — not hundreds of megabytes.
    QVERIFY(QTest::qWaitFor([&] { return streamer.bytesWrittenWhenClosed() >= 0; }, 10000));
    const qint64 sent = streamer.bytesWrittenWhenClosed();
    QVERIFY2(sent < limit + 16 * 1024 * 1024, qPrintable(QString::number(sent)));
}

void TestClientLimits::announcedHugeAnswerIsRefusedAtOnce()
{
    // Content-Length: 2 GiB and then silence: refused on the headers, long before the deadline
    // (20 s here) could end it.
    ServerProcess announcer({QStringLiteral("announce"), QStringLiteral("2147483648")});
    useServer(announcer.url());
    auto reply = watch(m_client->send(Request::get(QStringLiteral("/v1/customers"))));
    QVERIFY2(QTest::qWaitFor([&] { return reply->finished; }, 10000), "still waiting for 2 GB");
    QCOMPARE(reply->error.kind, Error::Kind::InvalidResponse);
    const QString words = stripe::describe(reply->error);
    QVERIFY2(words.contains(QStringLiteral("larger than 32 MB")), qPrintable(words));
    QCOMPARE(announcer.requestCount(), 1);
}

void TestClientLimits::abortAtEveryMoment_data()
{
    QTest::addColumn<QString>("moment");
    QTest::newRow("refused before sending") << "refused";
    QTest::newRow("queued behind others") << "queued";
    QTest::newRow("waiting for headers") << "headers";
    QTest::newRow("in the middle of the answer") << "body";
    QTest::newRow("waiting to retry") << "backoff";
    QTest::newRow("after a retry was sent") << "retried";
}

void TestClientLimits::abortAtEveryMoment()
{
    // The user pressing Cancel while a write is sending: whatever the request is doing, it stops,
    // never says finished, sends nothing more and gives its place back.
    QFETCH(QString, moment);
    Client::Options options = m_client->options();
    options.retry.initialDelay = 400ms;
    options.retry.maxDelay = 400ms;
    options.maxInFlight = 1;
    m_client->setOptions(options);
    int answered = 0;
    m_server->setHandler([&](const ScriptedHttpServer::Request &request) {
        ++answered;
        if (request.path == "/v1/first")
            return Response::hang();
        if (moment == QLatin1String("body"))
            return Response::trickle(50);
        if (moment == QLatin1String("backoff") || (moment == QLatin1String("retried") && answered == 1))
            return Response::stripeError(503, "api_error", "Unavailable");
        return Response::hang();
    });

    QPointer<Reply> blocker;
    if (moment == QLatin1String("refused"))
        m_client->setApiKey({});
    if (moment == QLatin1String("queued"))
        blocker = m_client->send(Request::get(QStringLiteral("/v1/first")));
    QPointer<Reply> reply = m_client->send(Request::post(QStringLiteral("/v1/refunds")));
    QSignalSpy finished(reply.data(), &Reply::finished);

    if (moment == QLatin1String("queued")) {
        QTRY_COMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_client->queuedCount(), 1);
    } else if (moment == QLatin1String("headers") || moment == QLatin1String("backoff")) {
        QTRY_COMPARE(m_server->requests().size(), 1);
    } else if (moment == QLatin1String("body")) {
        const qint64 before = m_server->bytesWritten();
        QTRY_VERIFY(m_server->bytesWritten() > before + 3); // headers and a few bytes of body
    } else if (moment == QLatin1String("retried")) {
        QTRY_COMPARE(m_server->requests().size(), 2);
    }
    const auto sentBefore = m_server->requests().size();
    reply->abort();
    if (blocker)
        blocker->abort();

    QTRY_VERIFY(reply.isNull()); // deleted
    QTest::qWait(600); // past the retry the backoff would have sent
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_server->requests().size(), sentBefore);
    QCOMPARE(m_client->inFlightCount(), 0);
    QCOMPARE(m_client->queuedCount(), 0);
    QCOMPARE(m_client->requestLog()->entries().last().outcome, QStringLiteral("cancelled"));
}

PAYDESK_TEST_GUILESS_MAIN(TestClientLimits)
#include "tst_clientlimits.moc"
