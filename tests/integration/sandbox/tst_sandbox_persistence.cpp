#include "src/sandbox/Server.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// --data keeps the sandbox's state across restarts; the executable's options work.
class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private slots:
    void stateSurvivesARestart();
    void executableHelpAndFlags();
};

void TestSandboxPersistence::stateSurvivesARestart()
{
    QTemporaryDir dir;
    sandbox::Options options;
    options.dataFile = dir.filePath("sandbox.json");
    QString customer;
    {
        sandbox::Server server;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        SandboxHttp http(server.url());
        const auto created = http.post("/v1/customers", "email=kept%40example.com&name=Kept", "keep-1");
        customer = created.json.value("id").toString();
        QVERIFY(!customer.isEmpty());
        QVERIFY(http.del("/v1/customers/"
                         + http.get("/v1/customers", "limit=1&starting_after=" + customer.toLatin1())
                               .json.value("data")
                               .toArray()
                               .first()
                               .toObject()
                               .value("id")
                               .toString())
                    .status
                == 200);
    } // written on the way out
    sandbox::Server again;
    QString error;
    QVERIFY2(again.start(options, &error), qPrintable(error));
    SandboxHttp http(again.url());
    QCOMPARE(http.get("/v1/customers/" + customer).json.value("name").toString(), QStringLiteral("Kept"));
    // The idempotency keys came back too: the same write is a replay, not a second customer.
    const auto replay = http.post("/v1/customers", "email=kept%40example.com&name=Kept", "keep-1");
    QCOMPARE(replay.json.value("id").toString(), customer);
    QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.store().collection("customers").liveCount(), 300);
    // The events were kept with the data: what happened before the restart can still be read.
    QStringList types;
    for (const QJsonValue &event : http.get("/v1/events", "limit=100").json.value("data").toArray())
        types << event.toObject().value("type").toString();
    QCOMPARE(types, QStringList({"customer.deleted", "customer.created"}));
    QCOMPARE(http.get("/v1/events", "type=customer.created")
                 .json.value("data")
                 .toArray()
                 .first()
                 .toObject()
                 .value("data")
                 .toObject()
                 .value("object")
                 .toObject()
                 .value("id")
                 .toString(),
             customer);
}

void TestSandboxPersistence::executableHelpAndFlags()
{
    QProcess help;
    help.start(PAYDESK_SANDBOX_EXECUTABLE, {"--help"});
    QVERIFY(help.waitForFinished(10000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *option : {"--port", "--listen", "--seed", "--data", "--latency", "--fail-next",
                               "--drop-after-apply", "--allow-fault-switches"})
        QVERIFY2(text.contains(QLatin1String(option)), option);

    QTemporaryDir dir;
    QProcess server;
    server.start(PAYDESK_SANDBOX_EXECUTABLE,
                 {"--port", "0", "--seed", "3", "--data", dir.filePath("s.json"), "--fail-next", "1",
                  "--fail-status", "503", "--key", "sk_test_extra_key"});
    QVERIFY(server.waitForReadyRead(20000));
    const QString line = QString::fromUtf8(server.readLine());
    const auto match = QRegularExpression("http://127\\.0\\.0\\.1:(\\d+)").match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));
    SandboxHttp http(url, "sk_test_extra_key");
    QCOMPARE(http.get("/v1/customers", "limit=1").status, 503); // --fail-next 1
    QCOMPARE(http.get("/v1/customers", "limit=1").status, 200); // --key accepted
    QCOMPARE(http.post("/v1/customers", "name=FromProcess").status, 200);
    // Without --allow-fault-switches, the switch path is unknown and switches nothing.
    QCOMPARE(http.post("/_sandbox/faults", "fail_next=1").status, 404);
    QCOMPARE(http.get("/v1/customers", "limit=1").status, 200);
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);

    // Restarted on the same file: the customer is still there.
    QProcess restarted;
    restarted.start(PAYDESK_SANDBOX_EXECUTABLE,
                    {"--port", "0", "--data", dir.filePath("s.json"), "--allow-fault-switches"});
    QVERIFY(restarted.waitForReadyRead(20000));
    const auto again
        = QRegularExpression("http://127\\.0\\.0\\.1:(\\d+)").match(QString::fromUtf8(restarted.readLine()));
    SandboxHttp second(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(again.captured(1))));
    QCOMPARE(second.get("/v1/customers", "limit=1")
                 .json.value("data")
                 .toArray()
                 .first()
                 .toObject()
                 .value("name")
                 .toString(),
             QStringLiteral("FromProcess"));
    QCOMPARE(second.post("/_sandbox/faults", "fail_next=1&status=429").status, 200);
    QCOMPARE(second.get("/v1/customers", "limit=1").status, 429);
    restarted.terminate();
    QVERIFY(restarted.waitForFinished(10000));
}

PAYDESK_TEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandbox_persistence.moc"
