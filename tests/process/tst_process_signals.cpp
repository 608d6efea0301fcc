#include "tests/process/RealProcess.h"
#include "tests/support/TestMain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

// paydesk-sandbox ends on SIGTERM (and Ctrl+C) through its event loop, never inside the signal
// handler, so that --data is written on the way out and the exit is clean, whenever the signal
// comes: right after a change (before the delayed save) or while it is still making its data.
class TestProcessSignals : public QObject
{
    Q_OBJECT

private slots:
    void sigtermSavesTheLatestChange_data();
    void sigtermSavesTheLatestChange();
    void sigtermWhileStartingIsNotLost();
};

namespace {

// The SigCgt mask of /proc/<pid>/status: the signals the process has a handler for.
bool catchesSigterm(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (SIGTERM - 1)) & 1;
    return false;
}

} // namespace

void TestProcessSignals::sigtermSavesTheLatestChange_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestProcessSignals::sigtermSavesTheLatestChange()
{
    QFETCH(int, signalNumber);
    QTemporaryDir home;
    const QString data = home.filePath("sandbox.json");
    RealProcess sandbox(home.path());
    sandbox.start(PAYDESK_SANDBOX_EXECUTABLE, {"--port", "0", "--customers", "5", "--data", data});
    QVERIFY2(sandbox.waitForOutput("listening on"), sandbox.output().constData());
    const auto port = QRegularExpression("127\\.0\\.0\\.1:(\\d+)").match(QString::fromUtf8(sandbox.output()));
    QVERIFY(port.hasMatch());

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/customers").arg(port.captured(1))));
    request.setRawHeader("Authorization", "Bearer sk_test_PaydeskSandbox0001");
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QNetworkReply *reply = network.post(request, QByteArray("name=Saved%20On%20The%20Way%20Out"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    // At once: the change is not saved yet (the sandbox saves 200 ms after a change).
    QCOMPARE(::kill(pid_t(sandbox.pid()), signalNumber), 0);
    QVERIFY(sandbox.waitForEnd());
    QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process().exitCode(), 0);
    QFile file(data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Saved On The Way Out"));
}

void TestProcessSignals::sigtermWhileStartingIsNotLost()
{
    // Making this much data takes a few seconds: the signal comes while the sandbox is busy
    // with it, before its event loop runs.
    QTemporaryDir home;
    const QString data = home.filePath("sandbox.json");
    RealProcess sandbox(home.path());
    sandbox.start(PAYDESK_SANDBOX_EXECUTABLE, {"--port", "0", "--customers", "3000", "--data", data});
    QVERIFY(sandbox.process().waitForStarted());
    // As soon as it catches SIGTERM, or after 2 s (a process that does not catch it while it
    // starts is simply ended by it: the failure this test is about).
    (void)QTest::qWaitFor(
        [&] { return catchesSigterm(sandbox.pid()) || sandbox.output().contains("listening on"); }, 2000);
    QVERIFY2(!sandbox.output().contains("listening on"),
             "SIGTERM is caught only once the data is made: one that came earlier would end the sandbox");
    sandbox.terminate();

    QVERIFY(sandbox.waitForEnd(60000));
    QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit); // not killed by the signal
    QCOMPARE(sandbox.process().exitCode(), 0);
    QVERIFY(sandbox.output().contains("listening on"));
    QFile file(data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).object().contains("store"));
}

PAYDESK_TEST_GUILESS_MAIN(TestProcessSignals)
#include "tst_process_signals.moc"
