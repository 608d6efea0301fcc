#include "src/stripe/AttemptVerdict.h"
#include "tests/support/TestMain.h"

#include <QTest>

using namespace std::chrono_literals;
using stripe::AttemptResult;
using stripe::AttemptVerdict;
using stripe::Error;
using Cut = AttemptResult::Cut;

Q_DECLARE_METATYPE(AttemptResult::Cut)
Q_DECLARE_METATYPE(Error::Kind)

namespace {

// "Name: value" lines, as a server writes them.
QList<QPair<QByteArray, QByteArray>> headersFrom(const QByteArray &lines)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : lines.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

const QByteArray stripe404
    = R"({"error":{"type":"invalid_request_error","code":"resource_missing","message":"No such charge"}})";
const QByteArray stripe429 = R"({"error":{"type":"invalid_request_error","message":"Too many requests"}})";

} // namespace

// What an attempt means, from its status, headers, body and network error alone: every shape of
// answer, and every way of not getting one, without a socket.
class TestAttemptVerdict : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data();
    void classifies();
    void readsHeadersWhateverTheirCase();
    void keepsTheUsableAnswer();
    void saysWhatAnAnswerAnnounced();
};

void TestAttemptVerdict::classifies_data()
{
    QTest::addColumn<Cut>("cut");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<bool>("retried"); // by the default policy, after a first attempt
    QTest::addColumn<QString>("says"); // in describe(error)

    const int none = QNetworkReply::NoError;
    const Cut whole = Cut::None;
    QTest::newRow("200, an object") << whole << none << 200 << QByteArray() << QByteArray(R"({"id":"ch_1"})")
                                    << Error::Kind::None << false << QString();
    QTest::newRow("200, an array") << whole << none << 200 << QByteArray() << QByteArray("[]")
                                   << Error::Kind::InvalidResponse << false << "a JSON object was expected";
    QTest::newRow("200, broken JSON") << whole << none << 200 << QByteArray() << QByteArray(R"({"id":)")
                                      << Error::Kind::InvalidResponse << false << "invalid JSON at byte";
    QTest::newRow("200, empty") << whole << none << 200 << QByteArray() << QByteArray()
                                << Error::Kind::InvalidResponse << false << "invalid JSON";
    QTest::newRow("200 carrying an error") << whole << none << 200 << QByteArray()
                                           << QByteArray(R"({"error":{"type":"api_error","message":"Odd"}})")
                                           << Error::Kind::Api << false << "Odd.";
    QTest::newRow("404, Stripe's error")
        << whole << int(QNetworkReply::ContentNotFoundError) << 404 << QByteArray("Request-Id: req_404")
        << stripe404 << Error::Kind::Api << false << "No such charge. (Request ID: req_404)";
    QTest::newRow("409, a conflict") << whole << none << 409 << QByteArray() << stripe404 << Error::Kind::Api
                                     << true << "No such charge";
    QTest::newRow("429, rate limited") << whole << none << 429 << QByteArray() << stripe429
                                       << Error::Kind::Api << true << "limiting how fast";
    QTest::newRow("500, a proxy's page")
        << whole << int(QNetworkReply::InternalServerError) << 500 << QByteArray()
        << QByteArray("<html>oops</html>") << Error::Kind::Http << true << "a web page instead";
    QTest::newRow("503, empty") << whole << none << 503 << QByteArray() << QByteArray() << Error::Kind::Http
                                << true << "HTTP 503 Service Unavailable with an empty answer";
    QTest::newRow("400, Stripe says retry") << whole << none << 400 << QByteArray("Stripe-Should-Retry: true")
                                            << stripe404 << Error::Kind::Api << true << "No such charge";
    QTest::newRow("500, Stripe says do not retry")
        << whole << none << 500 << QByteArray("Stripe-Should-Retry: false") << stripe404 << Error::Kind::Api
        << false << "No such charge";
    QTest::newRow("connection refused")
        << whole << int(QNetworkReply::ConnectionRefusedError) << 0 << QByteArray() << QByteArray()
        << Error::Kind::Network << true << "the connection was refused";
    QTest::newRow("connection dropped")
        << whole << int(QNetworkReply::RemoteHostClosedError) << 0 << QByteArray() << QByteArray()
        << Error::Kind::Network << true << "closed before an answer came";
    QTest::newRow("TLS failure") << whole << int(QNetworkReply::SslHandshakeFailedError) << 0 << QByteArray()
                                 << QByteArray() << Error::Kind::Network << false
                                 << "a secure connection could not be made: Qt's words";
    QTest::newRow("proxy failure") << whole << int(QNetworkReply::ProxyConnectionRefusedError) << 0
                                   << QByteArray() << QByteArray() << Error::Kind::Network << true
                                   << "the proxy failed: Qt's words";
    QTest::newRow("Qt's own timeout")
        << whole << int(QNetworkReply::OperationCanceledError) << 0 << QByteArray() << QByteArray()
        << Error::Kind::Timeout << true << "did not answer";
    QTest::newRow("cut at the deadline, mid-answer")
        << Cut::Deadline << int(QNetworkReply::OperationCanceledError) << 200
        << QByteArray("Request-Id: req_slow") << QByteArray("{\"id\":") << Error::Kind::Timeout << true
        << "(Request ID: req_slow)";
    QTest::newRow("cut for its size")
        << Cut::TooLarge << int(QNetworkReply::OperationCanceledError) << 200 << QByteArray() << QByteArray()
        << Error::Kind::InvalidResponse << false << "larger than 32 MB";
    QTest::newRow("cut for its size, a 503")
        << Cut::TooLarge << int(QNetworkReply::OperationCanceledError) << 503 << QByteArray() << QByteArray()
        << Error::Kind::InvalidResponse << false << "larger than 32 MB";
}

void TestAttemptVerdict::classifies()
{
    QFETCH(Cut, cut);
    QFETCH(int, networkError);
    QFETCH(int, status);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);
    QFETCH(bool, retried);
    QFETCH(QString, says);

    AttemptResult result;
    result.cut = cut;
    result.networkError = QNetworkReply::NetworkError(networkError);
    result.networkErrorText = QStringLiteral("Qt's words");
    result.httpStatus = status;
    result.headers = headersFrom(headers);
    result.body = body;
    result.sizeLimit = 32 * 1024 * 1024;
    const AttemptVerdict verdict = stripe::classifyAttempt(result);

    QCOMPARE(verdict.error.kind, kind);
    QCOMPARE(stripe::RetryPolicy().shouldRetry(verdict.retry, 0), retried);
    const QString words = stripe::describe(verdict.error);
    QVERIFY2(words.contains(says), qPrintable(words));
    QCOMPARE(verdict.httpStatus, status);
}

void TestAttemptVerdict::readsHeadersWhateverTheirCase()
{
    AttemptResult result;
    result.httpStatus = 429;
    result.headers = headersFrom("request-id: req_lower\nSTRIPE-SHOULD-RETRY: True\nretry-after: 2\n"
                                 "idempotent-replayed: true");
    result.body = stripe429;
    const AttemptVerdict verdict = stripe::classifyAttempt(result);
    QCOMPARE(verdict.requestId, QStringLiteral("req_lower"));
    QCOMPARE(verdict.error.requestId, QStringLiteral("req_lower"));
    QCOMPARE(verdict.retry.shouldRetryHeader, QByteArray("true"));
    QCOMPARE(verdict.retry.retryAfter, std::optional(std::chrono::milliseconds(2s)));
    QCOMPARE(verdict.error.retryAfter, verdict.retry.retryAfter); // for the words: how long was asked
    QVERIFY(verdict.replayed);
}

void TestAttemptVerdict::keepsTheUsableAnswer()
{
    AttemptResult result;
    result.httpStatus = 200;
    result.body = R"({"object":"list","data":[{"id":"cus_1"}],"has_more":false})";
    const AttemptVerdict outlined = stripe::classifyAttempt(result);
    QVERIFY(!outlined.error.isError());
    QVERIFY(outlined.outline.isObject);
    QCOMPARE(outlined.outline.data.size(), 1);
    QVERIFY(!outlined.object); // nothing built: the outline vouched for it

    // An escaped name is past what an outline vouches for: Qt's parser reads it, and the
    // object it built is kept rather than parsed twice.
    result.body = R"({"na\u006de":"x"})";
    const AttemptVerdict built = stripe::classifyAttempt(result);
    QVERIFY(!built.error.isError());
    QVERIFY(built.object);
    QCOMPARE(built.object->value(QStringLiteral("name")).toString(), QStringLiteral("x"));
}

void TestAttemptVerdict::saysWhatAnAnswerAnnounced()
{
    AttemptResult result;
    result.cut = Cut::TooLarge;
    result.httpStatus = 200;
    result.sizeLimit = 32 * 1024 * 1024;
    result.announcedSize = 2147483648LL;
    QCOMPARE(stripe::describe(stripe::classifyAttempt(result).error),
             QStringLiteral("Stripe's answer could not be read (the answer would have been 2048 MB, larger "
                            "than 32 MB)."));
    result.announcedSize = result.sizeLimit + 1; // rounded up: never "32 MB, larger than 32 MB"
    QVERIFY(stripe::describe(stripe::classifyAttempt(result).error).contains(QStringLiteral("33 MB")));
}

PAYDESK_TEST_GUILESS_MAIN(TestAttemptVerdict)
#include "tst_attemptverdict.moc"
