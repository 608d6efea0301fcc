#include "stripe/RetryPolicy.h"

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

void TestRetryPolicy::parsesRetryAfter()
{
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

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
