#include "src/sandbox/EmbeddedServer.h"
#include "src/sandbox/Faults.h"
#include "src/sandbox/Server.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

// The fault switches reliability tests rely on: failures with a status, dropped connections
// before and after a write is applied, latency; programmatic and over HTTP.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void failNextAnswersWithTheStatus_data();
    void failNextAnswersWithTheStatus();
    void dropBeforeApplyWritesNothing();
    void dropAfterApplyWritesThenDrops();
    void switchesCanBeLimitedToAPath();
    void latencyDelaysAnswers();
    void controlOverHttp();
    void httpSwitchesAreOffByDefault();

private:
    int customerCount(const QByteArray &email);

    std::unique_ptr<sandbox::Server> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

void TestSandboxFaults::init()
{
    m_server = std::make_unique<sandbox::Server>();
    QString error;
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
    m_http = std::make_unique<SandboxHttp>(m_server->url());
}

int TestSandboxFaults::customerCount(const QByteArray &email)
{
    return int(m_http->get("/v1/customers", "limit=100&email=" + email).json.value("data").toArray().size());
}

void TestSandboxFaults::failNextAnswersWithTheStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    QTest::newRow("429") << 429 << "invalid_request_error"
                         << "rate_limit";
    QTest::newRow("500") << 500 << "api_error"
                         << "";
    QTest::newRow("503") << 503 << "api_error"
                         << "";
}

void TestSandboxFaults::failNextAnswersWithTheStatus()
{
    QFETCH(int, status);
    m_server->faults().failNext(2, status);
    for (int i = 0; i < 2; ++i) {
        const auto answer = m_http->get("/v1/customers", "limit=1");
        QCOMPARE(answer.status, status);
        QTEST(answer.errorType(), "type");
        QTEST(answer.errorCode(), "code");
        QVERIFY(answer.headers.contains("request-id"));
    }
    QCOMPARE(m_http->get("/v1/customers", "limit=1").status, 200);
}

void TestSandboxFaults::dropBeforeApplyWritesNothing()
{
    m_server->faults().dropBeforeApply(1, "POST");
    // Qt re-sends a request once on a dropped fresh connection; the sandbox drops only one.
    const auto answer = m_http->post("/v1/customers", "email=drop-before%40example.com", "key-before");
    Q_UNUSED(answer)
    QCOMPARE(customerCount("drop-before%40example.com"), answer.status == 200 ? 1 : 0);
    m_server->faults().dropBeforeApply(5, "POST");
    const auto dropped = m_http->post("/v1/customers", "email=drop-before2%40example.com", "key-before-2");
    QVERIFY(dropped.networkError != QNetworkReply::NoError);
    QCOMPARE(customerCount("drop-before2%40example.com"), 0);
    m_server->faults().reset();
}

void TestSandboxFaults::dropAfterApplyWritesThenDrops()
{
    m_server->faults().dropAfterApply(5, "POST");
    const auto dropped = m_http->post("/v1/customers", "email=drop-after%40example.com", "key-after");
    QVERIFY(dropped.networkError != QNetworkReply::NoError);
    QCOMPARE(customerCount("drop-after%40example.com"), 1); // applied once, however often Qt re-sent it
    m_server->faults().reset();
    const auto retry = m_http->post("/v1/customers", "email=drop-after%40example.com", "key-after");
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(customerCount("drop-after%40example.com"), 1);
}

void TestSandboxFaults::switchesCanBeLimitedToAPath()
{
    m_server->faults().failNext(1, 503, "POST", "/v1/refunds");
    QCOMPARE(m_http->get("/v1/customers", "limit=1").status, 200);
    QCOMPARE(m_http->post("/v1/customers", "email=x%40example.com").status, 200);
    QCOMPARE(m_http->post("/v1/refunds", "charge=ch_nope").status, 503);
    QCOMPARE(m_http->post("/v1/refunds", "charge=ch_nope").status, 404);
}

void TestSandboxFaults::latencyDelaysAnswers()
{
    m_server->faults().delayNext(1, 400, "GET", "/v1/customers");
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(m_http->get("/v1/customers", "limit=1").status, 200);
    QVERIFY2(clock.elapsed() >= 380, qPrintable(QString::number(clock.elapsed())));
    clock.restart();
    QCOMPARE(m_http->get("/v1/customers", "limit=1").status, 200);
    QVERIFY(clock.elapsed() < 380);
}

void TestSandboxFaults::controlOverHttp()
{
    sandbox::Options options;
    options.allowFaultSwitches = true;
    m_server = std::make_unique<sandbox::Server>();
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    m_http = std::make_unique<SandboxHttp>(m_server->url());
    SandboxHttp control(m_server->url(), QByteArray());
    QCOMPARE(control.post("/_sandbox/faults", "fail_next=1&status=503&method=GET&path=/v1/invoices").status,
             200);
    QCOMPARE(m_http->get("/v1/customers", "limit=1").status, 200);
    QCOMPARE(m_http->get("/v1/invoices", "limit=1").status, 503);
    QCOMPARE(control.post("/_sandbox/faults", "fail_next=3&status=500").status, 200);
    QCOMPARE(control.post("/_sandbox/faults", "reset=true").status, 200);
    QCOMPARE(m_http->get("/v1/customers", "limit=1").status, 200);
    QCOMPARE(control.post("/_sandbox/faults", "fail_next=lots").status, 400);
}

// The app's embedded sandbox (default options) must not let any local process make it fail or
// lose writes: the switch path is an unknown URL like any other, and nothing is switched on.
void TestSandboxFaults::httpSwitchesAreOffByDefault()
{
    sandbox::EmbeddedServer embedded;
    QString error;
    QVERIFY2(embedded.start(sandbox::Options(), &error), qPrintable(error));
    SandboxHttp http(embedded.url());
    SandboxHttp anonymous(embedded.url(), QByteArray());
    for (SandboxHttp *client : {&http, &anonymous}) {
        const auto unknown = client->post("/_sandbox/nothing_here", "fail_next=1");
        const auto refused = client->post("/_sandbox/faults", "fail_next=1&status=503");
        QCOMPARE(refused.status, unknown.status);
        QCOMPARE(refused.errorType(), unknown.errorType());
        QCOMPARE(refused.errorMessage(),
                 unknown.errorMessage().replace(QStringLiteral("/_sandbox/nothing_here"),
                                                QStringLiteral("/_sandbox/faults")));
    }
    QCOMPARE(http.post("/_sandbox/faults", "fail_next=1&status=503").status, 404);
    QCOMPARE(anonymous.post("/_sandbox/faults", "fail_next=1&status=503").status, 401);
    QCOMPARE(http.get("/v1/customers", "limit=1").status, 200);
    // In-process switches stay available to tests.
    embedded.faults().failNext(1, 503);
    QCOMPARE(http.get("/v1/customers", "limit=1").status, 503);
    embedded.stop();

    sandbox::Options options;
    options.allowFaultSwitches = true;
    QVERIFY2(embedded.start(options, &error), qPrintable(error));
    SandboxHttp allowed(embedded.url());
    QCOMPARE(allowed.post("/_sandbox/faults", "fail_next=1&status=503").status, 200);
    QCOMPARE(allowed.get("/v1/customers", "limit=1").status, 503);
    QCOMPARE(allowed.get("/v1/customers", "limit=1").status, 200);
}

PAYDESK_TEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
