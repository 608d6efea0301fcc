#include "operations/WriteJournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using operations::WriteIntent;
using operations::WriteJournal;
using operations::WriteOutcome;

namespace {

WriteIntent refundIntent(const QString &id, const QString &account = QStringLiteral("acct_1"))
{
    WriteIntent intent;
    intent.id = id;
    intent.createdAt = QDateTime::currentDateTimeUtc();
    intent.user = QStringLiteral("alice");
    intent.accountId = account;
    intent.mode = QStringLiteral("test");
    intent.operation = QStringLiteral("refund");
    intent.target = QStringLiteral("ch_1");
    intent.amount = 1250;
    intent.currency = QStringLiteral("eur");
    intent.note = QStringLiteral("Customer changed their mind — «dup»");
    intent.summary = QStringLiteral("Refund €12.50 of €40.00 to Jane Doe");
    intent.request = stripe::Request::post(QStringLiteral("/v1/refunds"),
                                           {{"charge", "ch_1"},
                                            {"amount", qint64(1250)},
                                            {"refund_application_fee", false},
                                            {"expand", QStringList {"charge"}},
                                            {"metadata", QVariantMap {{"paydesk_intent", id}}}});
    intent.check.kind = operations::WriteCheck::Kind::ListHasIntent;
    intent.check.path = QStringLiteral("/v1/refunds");
    intent.check.params = {{"charge", "ch_1"}};
    return intent;
}

} // namespace

class TestWriteJournal : public QObject
{
    Q_OBJECT

private slots:
    void intentRoundTrips();
    void unfinishedUntilOutcome();
    void unknownOutcomeStaysUnfinished();
    void survivesATornLastLine();
    void unwritablePathIsReported();
    void idempotencyWindow();
};

void TestWriteJournal::intentRoundTrips()
{
    QTemporaryDir dir;
    WriteJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    const WriteIntent written = refundIntent(QStringLiteral("intent-1"));
    QVERIFY(journal.recordIntent(written));
    const auto entries = journal.entries();
    QCOMPARE(entries.size(), 1);
    const WriteIntent &read = entries.first().intent;
    QCOMPARE(read.id, written.id);
    QCOMPARE(read.createdAt, written.createdAt);
    QCOMPARE(read.note, written.note);
    QCOMPARE(read.amount, written.amount);
    QCOMPARE(read.currency, written.currency);
    QCOMPARE(read.request.path, written.request.path);
    QCOMPARE(read.request.idempotencyKey, written.id);
    // The request can be sent again byte for byte: Stripe refuses a key reused with other params.
    QCOMPARE(stripe::encodeForm(read.request.params), stripe::encodeForm(written.request.params));
    QCOMPARE(read.check.path, written.check.path);
    QCOMPARE(stripe::encodeForm(read.check.params), stripe::encodeForm(written.check.params));
}

void TestWriteJournal::unfinishedUntilOutcome()
{
    QTemporaryDir dir;
    WriteJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(journal.recordIntent(refundIntent(QStringLiteral("a"))));
    QVERIFY(journal.recordIntent(refundIntent(QStringLiteral("b"))));
    QVERIFY(journal.recordIntent(refundIntent(QStringLiteral("other"), QStringLiteral("acct_2"))));
    QCOMPARE(journal.unfinished(QStringLiteral("acct_1")).size(), 2);
    WriteOutcome done;
    done.status = WriteOutcome::Status::Succeeded;
    done.at = QDateTime::currentDateTimeUtc();
    done.objectId = QStringLiteral("re_1");
    done.requestId = QStringLiteral("req_1");
    QVERIFY(journal.recordOutcome(QStringLiteral("a"), done));
    const auto unfinished = journal.unfinished(QStringLiteral("acct_1"));
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().intent.id, QStringLiteral("b"));
    const auto entries = journal.entries();
    QCOMPARE(entries.first().outcome->objectId, QStringLiteral("re_1"));
    QCOMPARE(entries.first().outcome->requestId, QStringLiteral("req_1"));
}

void TestWriteJournal::unknownOutcomeStaysUnfinished()
{
    QTemporaryDir dir;
    WriteJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(journal.recordIntent(refundIntent(QStringLiteral("a"))));
    WriteOutcome unknown;
    unknown.status = WriteOutcome::Status::Unknown;
    unknown.at = QDateTime::currentDateTimeUtc();
    QVERIFY(journal.recordOutcome(QStringLiteral("a"), unknown));
    QCOMPARE(journal.unfinished(QStringLiteral("acct_1")).size(), 1);
    WriteOutcome dismissed = unknown;
    dismissed.status = WriteOutcome::Status::Dismissed;
    QVERIFY(journal.recordOutcome(QStringLiteral("a"), dismissed));
    QCOMPARE(journal.unfinished(QStringLiteral("acct_1")).size(), 0);
}

void TestWriteJournal::survivesATornLastLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    WriteJournal journal(path);
    QVERIFY(journal.recordIntent(refundIntent(QStringLiteral("a"))));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"type\":\"intent\",\"intent\":\"torn\",\"at\":\"2026-");
    }
    QCOMPARE(journal.entries().size(), 1);
    // The next intent starts on a line of its own, so it is not lost with the torn one.
    QVERIFY(journal.recordIntent(refundIntent(QStringLiteral("c"))));
    const auto entries = journal.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().intent.id, QStringLiteral("c"));
}

void TestWriteJournal::unwritablePathIsReported()
{
    WriteJournal journal(QStringLiteral("/proc/paydesk-cannot-write-here/journal.jsonl"));
    QString error;
    QVERIFY(!journal.recordIntent(refundIntent(QStringLiteral("a")), &error));
    QVERIFY2(error.contains(QStringLiteral("journal")), qPrintable(error));
}

void TestWriteJournal::idempotencyWindow()
{
    WriteIntent intent = refundIntent(QStringLiteral("a"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    intent.createdAt = now.addSecs(-23 * 3600);
    QVERIFY(!intent.isOlderThanIdempotencyWindow(now));
    intent.createdAt = now.addSecs(-24 * 3600 - 1);
    QVERIFY(intent.isOlderThanIdempotencyWindow(now));
}

QTEST_GUILESS_MAIN(TestWriteJournal)
#include "tst_writejournal.moc"
