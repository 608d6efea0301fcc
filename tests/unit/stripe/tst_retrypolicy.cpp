#include "src/stripe/RetryPolicy.h"
#include "tests/support/TestMain.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using stripe::RetryPolicy;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decides_data();
    void decides();
    void stopsAfterMaxRetries();
    void backoffDoublesWithJitterAndCap();
    void honoursRetryAfter();
    void longRetryAfterWinsOverShouldRetry_data();
    void longRetryAfterWinsOverShouldRetry();
    void parsesRetryAfter();
};

void TestRetryPolicy::decides_data()
{
    QTest::addColumn<bool>("gotResponse");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("shouldRetryHeader");
    QTest::addColumn<bool>("retry");

    QTest::newRow("connection failed") << false << 0 << QByteArray() << true;
    QTest::newRow("409 conflict") << true << 409 << QByteArray() << true;
    QTest::newRow("429 rate limited") << true << 429 << QByteArray() << true;
    QTest::newRow("500") << true << 500 << QByteArray() << true;
    QTest::newRow("503") << true << 503 << QByteArray() << true;
    QTest::newRow("400 not retried") << true << 400 << QByteArray() << false;
    QTest::newRow("402 card error") << true << 402 << QByteArray() << false;
    QTest::newRow("404") << true << 404 << QByteArray() << false;
    QTest::newRow("header true forces") << true << 400 << QByteArray("true") << true;
    QTest::newRow("header false forbids 500") << true << 500 << QByteArray("false") << false;
    QTest::newRow("header false forbids 429") << true << 429 << QByteArray("false") << false;
}

void TestRetryPolicy::decides()
{
    QFETCH(bool, gotResponse);
    QFETCH(int, status);
    QFETCH(QByteArray, shouldRetryHeader);
    RetryPolicy::Attempt attempt;
    attempt.gotResponse = gotResponse;
    attempt.httpStatus = status;
    attempt.shouldRetryHeader = shouldRetryHeader;
    QTEST(RetryPolicy().shouldRetry(attempt, 0), "retry");
}

void TestRetryPolicy::stopsAfterMaxRetries()
{
    RetryPolicy policy;
    RetryPolicy::Attempt attempt;
    attempt.gotResponse = true;
    attempt.httpStatus = 503;
    QVERIFY(policy.shouldRetry(attempt, 0));
    QVERIFY(policy.shouldRetry(attempt, 1));
    QVERIFY(!policy.shouldRetry(attempt, 2));
    policy.maxRetries = 0;
    QVERIFY(!policy.shouldRetry(attempt, 0));

    RetryPolicy::Attempt tls;
    tls.tlsFailure = true;
    QVERIFY(!RetryPolicy().shouldRetry(tls, 0));
}

void TestRetryPolicy::backoffDoublesWithJitterAndCap()
{
    const RetryPolicy policy;
    const RetryPolicy::Attempt attempt;
    for (int round = 0; round < 200; ++round) {
        const auto first = policy.delayBefore(1, attempt);
        QVERIFY2(first >= 250ms && first <= 500ms, qPrintable(QString::number(first.count())));
        const auto second = policy.delayBefore(2, attempt);
        QVERIFY(second >= 500ms && second <= 1000ms);
        const auto capped = policy.delayBefore(10, attempt);
        QVERIFY(capped >= 2500ms && capped <= 5000ms);
    }
}

void TestRetryPolicy::honoursRetryAfter()
{
    RetryPolicy policy;
    RetryPolicy::Attempt attempt;
    attempt.gotResponse = true;
    attempt.httpStatus = 429;
    attempt.retryAfter = 3s;
    QVERIFY(policy.delayBefore(1, attempt) >= 3s);
    QVERIFY(policy.shouldRetry(attempt, 0));
    // Asked to wait longer than Paydesk will keep a window waiting: show the error instead.
    attempt.retryAfter = 600s;
    QVERIFY(!policy.shouldRetry(attempt, 0));
}

void TestRetryPolicy::longRetryAfterWinsOverShouldRetry_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("retry");
    QTest::newRow("429, 30 s") << 429 << QByteArray("30") << true;
    QTest::newRow("429, 31 s") << 429 << QByteArray("31") << false;
    QTest::newRow("429, an hour") << 429 << QByteArray("3600") << false;
    QTest::newRow("503, an hour") << 503 << QByteArray("3600") << false;
    QTest::newRow("503, past an int of ms") << 503 << QByteArray("2147484") << false;
    QTest::newRow("400, past any number") << 400 << QByteArray("99999999999999999999999") << false;
}

void TestRetryPolicy::longRetryAfterWinsOverShouldRetry()
{
    // Stripe-Should-Retry: true says a retry may work; it does not make an hour's wait one to
    // hold a window for.
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    RetryPolicy::Attempt attempt;
    attempt.gotResponse = true;
    attempt.httpStatus = status;
    attempt.shouldRetryHeader = "true";
    attempt.retryAfter = RetryPolicy::parseRetryAfter(retryAfter);
    QVERIFY(attempt.retryAfter.has_value());
    const RetryPolicy policy;
    QTEST(policy.shouldRetry(attempt, 0), "retry");
    // Whatever is asked, no wait is longer than the policy's longest.
    QVERIFY(policy.delayBefore(1, attempt) <= std::max(policy.maxDelay, policy.longestRetryAfter));
}

void TestRetryPolicy::parsesRetryAfter()
{
    QCOMPARE(RetryPolicy::parseRetryAfter("2147484"), std::optional(RetryPolicy::Milliseconds(2147484000)));
    const auto absurd = RetryPolicy::parseRetryAfter("99999999999999999999999");
    QVERIFY(absurd && *absurd > std::chrono::hours(24 * 365 * 99));
    QCOMPARE(RetryPolicy::parseRetryAfter("2"), std::optional(RetryPolicy::Milliseconds(2000)));
    QCOMPARE(RetryPolicy::parseRetryAfter(" 0 "), std::optional(RetryPolicy::Milliseconds(0)));
    QCOMPARE(RetryPolicy::parseRetryAfter(""), std::nullopt);
    QCOMPARE(RetryPolicy::parseRetryAfter("soon"), std::nullopt);
    QCOMPARE(RetryPolicy::parseRetryAfter("-5"), std::nullopt);
    const QDateTime inTenSeconds = QDateTime::currentDateTimeUtc().addSecs(10);
    const QByteArray httpDate
        = QLocale::c().toString(inTenSeconds, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    const auto parsed = RetryPolicy::parseRetryAfter(httpDate);
    QVERIFY(parsed.has_value());
    QVERIFY2(*parsed > 8s && *parsed <= 10s, httpDate.constData());
}

PAYDESK_TEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
