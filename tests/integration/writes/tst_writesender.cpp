#include "src/writes/Write.h"
#include "src/writes/WriteChecker.h"
#include "src/writes/WriteJournal.h"
#include "src/writes/WriteRecovery.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace writes;
using Response = ScriptedHttpServer::Response;
using namespace std::chrono_literals;

namespace {

// A minimal write for exercising the machinery: refund a fixed charge.
class FakeRefund : public Write
{
public:
    using Write::Write;
    qint64 amountMinor = 1250;

    QString validate() const override
    {
        return amountMinor > 0 ? QString() : QStringLiteral("Enter an amount.");
    }
    QString summary() const override { return QStringLiteral("Refund €12.50"); }

protected:
    QString writeName() const override { return QStringLiteral("refund"); }
    QString target() const override { return QStringLiteral("ch_1"); }
    std::optional<money::Money> amount() const override
    {
        return money::Money(amountMinor, QStringLiteral("eur"));
    }
    stripe::Request buildRequest(const QString &intentId) const override
    {
        return stripe::Request::post(
            QStringLiteral("/v1/refunds"),
            {{"charge", "ch_1"}, {"amount", amountMinor}, {"metadata", intentMetadata(intentId)}});
    }
    WriteCheck buildCheck(const QString &) const override
    {
        WriteCheck check;
        check.path = QStringLiteral("/v1/refunds");
        check.params = {{"charge", "ch_1"}};
        return check;
    }
};

} // namespace

class TestWriteSender : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void journalIsOnDiskBeforeTheRequestLeaves();
    void invalidInputSendsNothing();
    void unwritableJournalSendsNothing();
    void doubleStartSendsOnce();
    void unknownOutcomeThenRetryUsesTheSameKey();
    void stripeRefusalIsFailedNotUnknown();
    void oldIntentIsNotRetriedBlind();
    void checkerFindsTheIntent();
    void successfulWriteTellsTheMirror();
    void writeAnsweredAfterItsDialogClosedTellsTheMirror();
    void checkThatFindsTheWriteTellsTheMirror();

private:
    WriteContext context();
    // A context whose `written` hook collects what it is told (as the mirror would apply it).
    WriteContext watchedContext(QList<QJsonObject> *told);

    QTemporaryDir m_dir;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<stripe::Client> m_client;
    std::unique_ptr<WriteJournal> m_journal;
};

void TestWriteSender::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_client = std::make_unique<stripe::Client>();
    m_client->setBaseUrl(m_server->url());
    m_client->setApiKey(QStringLiteral("sk_test_writes"));
    stripe::Client::Options options;
    options.retry.maxRetries = 0;
    m_client->setOptions(options);
    m_journal = std::make_unique<WriteJournal>(
        m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(QTest::currentTestFunction())));
}

WriteContext TestWriteSender::context()
{
    return WriteContext {m_client.get(), m_journal.get(), QStringLiteral("acct_1"), accounts::Mode::Test};
}

WriteContext TestWriteSender::watchedContext(QList<QJsonObject> *told)
{
    WriteContext watched = context();
    watched.written = [told](const QJsonObject &object) { told->append(object); };
    return watched;
}

void TestWriteSender::journalIsOnDiskBeforeTheRequestLeaves()
{
    QByteArray journalWhenRequestArrived;
    m_server->setHandler([&](const ScriptedHttpServer::Request &) {
        QFile file(m_journal->path());
        file.open(QIODevice::ReadOnly);
        journalWhenRequestArrived = file.readAll();
        return Response::json(200, R"({"id":"re_1","object":"refund"})").withHeader("Request-Id", "req_ok");
    });
    FakeRefund refund(context());
    QSignalSpy finished(&refund, &Write::finished);
    QVERIFY(refund.start());
    QVERIFY(finished.wait());
    const QByteArray key = m_server->requests().first().header("idempotency-key");
    QCOMPARE(QString::fromLatin1(key), refund.intentId());
    QVERIFY(journalWhenRequestArrived.contains("\"intent\":\"" + key + '"'));
    QVERIFY(journalWhenRequestArrived.contains("\"type\":\"intent\""));
    QVERIFY(!journalWhenRequestArrived.contains("\"type\":\"outcome\""));
    // The intent id is also in the created object's metadata, for Check after 24 hours.
    QVERIFY(m_server->requests().first().body.contains("metadata%5Bpaydesk_intent%5D=" + key));

    const auto entry = m_journal->entries().first();
    QCOMPARE(entry.outcome->status, WriteOutcome::Status::Succeeded);
    QCOMPARE(entry.outcome->objectId, QStringLiteral("re_1"));
    QCOMPARE(entry.outcome->requestId, QStringLiteral("req_ok"));
    QCOMPARE(entry.intent.user, writes::currentUserName());
    QCOMPARE(entry.intent.amount, std::optional<qint64>(1250));
}

void TestWriteSender::invalidInputSendsNothing()
{
    FakeRefund refund(context());
    refund.amountMinor = 0;
    QVERIFY(!refund.start());
    QCOMPARE(refund.errorText(), QStringLiteral("Enter an amount."));
    QTest::qWait(50); // nothing must happen: nothing is sent or journalled
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(m_journal->entries().isEmpty());
}

void TestWriteSender::unwritableJournalSendsNothing()
{
    WriteJournal broken(QStringLiteral("/proc/paydesk-no-journal/journal.jsonl"));
    FakeRefund refund(WriteContext {m_client.get(), &broken, QStringLiteral("acct_1"), accounts::Mode::Test});
    QVERIFY(!refund.start());
    QVERIFY(refund.errorText().contains(QStringLiteral("Nothing was sent")));
    QTest::qWait(50); // nothing must happen: nothing is sent
    QVERIFY(m_server->requests().isEmpty());
}

void TestWriteSender::doubleStartSendsOnce()
{
    m_server->setHandler([](const auto &) {
        Response response = Response::json(200, R"({"id":"re_1"})");
        response.delayMs = 100;
        return response;
    });
    FakeRefund refund(context());
    QSignalSpy finished(&refund, &Write::finished);
    QVERIFY(refund.start());
    QVERIFY(!refund.start()); // the second click of a double click
    QVERIFY(!refund.start());
    QVERIFY(finished.wait());
    QTest::qWait(150); // nothing more must happen: no second request, no second answer
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_journal->entries().size(), 1);
}

void TestWriteSender::unknownOutcomeThenRetryUsesTheSameKey()
{
    // Qt itself re-sends a request once or twice when a fresh connection drops before any answer
    // (with the same headers, so the same key); keep dropping until the client gives up.
    bool dropping = true;
    m_server->setHandler([&dropping](const auto &) {
        return dropping ? Response::drop()
                        : Response::json(200, R"({"id":"re_1"})").withHeader("Idempotent-Replayed", "true");
    });
    FakeRefund refund(context());
    QSignalSpy finished(&refund, &Write::finished);
    QVERIFY(refund.start());
    QVERIFY(finished.wait());
    auto result = finished.takeFirst().at(0).value<WriteResult>();
    QCOMPARE(result.status, WriteOutcome::Status::Unknown);
    QCOMPARE(m_journal->unfinished(QStringLiteral("acct_1")).size(), 1);
    const int attempts = int(m_server->requests().size());

    dropping = false;
    QVERIFY(refund.start()); // Retry
    QVERIFY(finished.wait());
    result = finished.takeFirst().at(0).value<WriteResult>();
    QCOMPARE(result.status, WriteOutcome::Status::Succeeded);
    QVERIFY(result.replayed);
    QCOMPARE(m_server->requests().size(), attempts + 1);
    for (const auto &request : m_server->requests()) {
        QCOMPARE(request.header("idempotency-key"), m_server->requests().first().header("idempotency-key"));
        QCOMPARE(request.body, m_server->requests().first().body);
    }
    QCOMPARE(m_journal->entries().size(), 1);
    QVERIFY(m_journal->unfinished(QStringLiteral("acct_1")).isEmpty());
}

void TestWriteSender::stripeRefusalIsFailedNotUnknown()
{
    m_server->enqueue(Response::stripeError(
        400, "invalid_request_error",
        "Refund amount (€50.00) is greater than unrefunded amount on charge (€40.00)", "amount_too_large"));
    FakeRefund refund(context());
    QSignalSpy finished(&refund, &Write::finished);
    QVERIFY(refund.start());
    QVERIFY(finished.wait());
    const auto result = finished.first().at(0).value<WriteResult>();
    QCOMPARE(result.status, WriteOutcome::Status::Failed);
    QVERIFY(result.message.contains(QStringLiteral("greater than unrefunded amount")));
    QVERIFY(m_journal->unfinished(QStringLiteral("acct_1")).isEmpty());
    QCOMPARE(m_journal->entries().first().outcome->status, WriteOutcome::Status::Failed);
}

void TestWriteSender::oldIntentIsNotRetriedBlind()
{
    WriteIntent intent;
    intent.id = QStringLiteral("old-intent");
    intent.createdAt = QDateTime::currentDateTimeUtc().addDays(-2);
    intent.accountId = QStringLiteral("acct_1");
    intent.request = stripe::Request::post(QStringLiteral("/v1/refunds"), {{"charge", "ch_1"}});
    WriteSender sender(context(), intent);
    QString error;
    QVERIFY(!sender.retry(&error));
    QVERIFY(error.contains(QStringLiteral("24 hours")));
    QTest::qWait(50); // nothing must happen: nothing is sent
    QVERIFY(m_server->requests().isEmpty());
}

void TestWriteSender::checkerFindsTheIntent()
{
    WriteIntent intent;
    intent.id = QStringLiteral("intent-42");
    intent.check.path = QStringLiteral("/v1/refunds");
    intent.check.params = {{"charge", "ch_1"}};
    m_server->enqueue(Response::json(200, R"({"object":"list","data":[{"id":"re_9","metadata":{}},
        {"id":"re_7","metadata":{"paydesk_intent":"intent-42"}}],"has_more":false})"));
    m_server->enqueue(
        Response::json(200, R"({"object":"list","data":[{"id":"re_9","metadata":{}}],"has_more":false})"));
    for (const auto expected : {WriteChecker::Verdict::Happened, WriteChecker::Verdict::DidNotHappen}) {
        WriteChecker checker(m_client.get(), intent);
        QSignalSpy finished(&checker, &WriteChecker::finished);
        checker.start();
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(0).value<WriteChecker::Verdict>(), expected);
        if (expected == WriteChecker::Verdict::Happened)
            QCOMPARE(finished.first().at(1).toJsonObject().value("id").toString(), QStringLiteral("re_7"));
    }
    QVERIFY(m_server->requests().first().query.contains("charge=ch_1"));
}

void TestWriteSender::successfulWriteTellsTheMirror()
{
    QList<QJsonObject> told;
    m_server->enqueue(Response::json(200, R"({"id":"re_1","object":"refund","amount":1250})"));
    m_server->enqueue(
        Response::stripeError(400, "invalid_request_error", "No such charge", "resource_missing"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        FakeRefund refund(watchedContext(&told));
        QSignalSpy finished(&refund, &Write::finished);
        QVERIFY(refund.start());
        QVERIFY(finished.wait());
    }
    // Stripe's answer to the write that succeeded, once; nothing for the one it refused.
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().value("id").toString(), QStringLiteral("re_1"));
    QCOMPARE(told.first().value("amount").toInteger(), 1250);
}

void TestWriteSender::writeAnsweredAfterItsDialogClosedTellsTheMirror()
{
    QList<QJsonObject> told;
    m_server->setHandler([](const auto &) {
        Response response = Response::json(200, R"({"id":"re_2","object":"refund"})");
        response.delayMs = 200;
        return response;
    });
    {
        FakeRefund refund(watchedContext(&told));
        QVERIFY(refund.start());
    } // the dialog closed while the write was on its way
    QVERIFY(QTest::qWaitFor([&] { return !told.isEmpty(); }, 5000));
    QCOMPARE(told.first().value("id").toString(), QStringLiteral("re_2"));
    QCOMPARE(m_journal->entries().first().outcome->status, WriteOutcome::Status::Succeeded);
}

void TestWriteSender::checkThatFindsTheWriteTellsTheMirror()
{
    QList<QJsonObject> told;
    WriteIntent intent;
    intent.id = QStringLiteral("intent-43");
    intent.accountId = QStringLiteral("acct_1");
    intent.target = QStringLiteral("ch_1");
    intent.check.path = QStringLiteral("/v1/refunds");
    intent.check.params = {{"charge", "ch_1"}};
    m_server->enqueue(Response::json(200, R"({"object":"list","data":[
        {"id":"re_8","object":"refund","metadata":{"paydesk_intent":"intent-43"}}],"has_more":false})"));
    WriteRecovery recovery(watchedContext(&told), intent);
    QSignalSpy checked(&recovery, &WriteRecovery::checked);
    recovery.check();
    QVERIFY(checked.wait());
    QCOMPARE(checked.first().at(0).value<WriteChecker::Verdict>(), WriteChecker::Verdict::Happened);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().value("id").toString(), QStringLiteral("re_8"));
}

PAYDESK_TEST_GUILESS_MAIN(TestWriteSender)
#include "tst_writesender.moc"
