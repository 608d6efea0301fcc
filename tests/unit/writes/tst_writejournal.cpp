#include "src/writes/JournalFile.h"
#include "src/writes/WriteChecker.h"
#include "src/writes/WriteJournal.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using writes::WriteIntent;
using writes::WriteJournal;
using writes::WriteOutcome;

namespace {

WriteIntent refundIntent(const QString &id, const QString &account = QStringLiteral("acct_1"))
{
    WriteIntent intent;
    intent.id = id;
    intent.createdAt = QDateTime::currentDateTimeUtc();
    intent.user = QStringLiteral("alice");
    intent.accountId = account;
    intent.mode = accounts::Mode::Test;
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
    intent.check.kind = writes::WriteCheck::Kind::ListHasIntent;
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
    void readOffTheGuiThread();
    void settledWritesMoveToTheArchive();
    void filesAreForTheUserAlone();
    void metadataKeysWithDotsAreReadWhole();
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

void TestWriteJournal::readOffTheGuiThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    {
        WriteJournal writer(path);
        for (int i = 0; i < 50; ++i)
            QVERIFY(writer.recordIntent(refundIntent(QStringLiteral("w%1").arg(i))));
    }
    // The file is read by a worker; the journal says so once the event loop delivers it.
    WriteJournal journal(path);
    QVERIFY(!journal.isLoaded());
    QSignalSpy loaded(&journal, &WriteJournal::loaded);
    bool called = false;
    journal.whenLoaded(this, [&called] { called = true; });
    QVERIFY(loaded.wait(5000));
    QVERIFY(journal.isLoaded());
    QVERIFY(called);
    QCOMPARE(journal.unfinished(QStringLiteral("acct_1")).size(), 50);
    // A write recorded while the file is still being read is not lost.
    WriteJournal early(path);
    QVERIFY(early.recordIntent(refundIntent(QStringLiteral("early"))));
    QCOMPARE(early.unfinished(QStringLiteral("acct_1")).size(), 51);
}

void TestWriteJournal::settledWritesMoveToTheArchive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    const int settled = writes::journalfile::keepSettledAtMost + 100;
    {
        // Written as the journal writes them, without a sync per line (which would take seconds).
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        WriteOutcome done;
        done.status = WriteOutcome::Status::Succeeded;
        done.at = QDateTime::currentDateTimeUtc();
        auto settle = [&file, &done](const WriteIntent &intent) {
            file.write(writes::journalfile::line(intent.toJson()));
            file.write(writes::journalfile::line(done.toJson(intent.id)));
        };
        // Three days old and settled, recent and settled, and unfinished.
        for (int i = 0; i < 10; ++i) {
            WriteIntent old = refundIntent(QStringLiteral("old%1").arg(i));
            old.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
            settle(old);
        }
        WriteIntent oldUnfinished = refundIntent(QStringLiteral("old-unfinished"));
        oldUnfinished.createdAt = QDateTime::currentDateTimeUtc().addDays(-40);
        file.write(writes::journalfile::line(oldUnfinished.toJson()));
        for (int i = 0; i < settled; ++i)
            settle(refundIntent(QStringLiteral("s%1").arg(i)));
        file.write(writes::journalfile::line(refundIntent(QStringLiteral("open")).toJson()));
    }
    WriteJournal journal(path);
    journal.waitUntilLoaded();
    QVERIFY2(journal.loadProblem().isEmpty(), qPrintable(journal.loadProblem()));
    // A start keeps what it needs: every unfinished write and the newest settled ones.
    const auto kept = journal.entries();
    QCOMPARE(kept.size(), writes::journalfile::keepSettledAtMost + 2);
    QCOMPARE(journal.unfinished(QStringLiteral("acct_1")).size(), 2);
    QVERIFY(journal.entry(QStringLiteral("old-unfinished")));
    QVERIFY(journal.entry(QStringLiteral("s%1").arg(settled - 1)));
    QVERIFY(!journal.entry(QStringLiteral("s0")));
    QVERIFY(!journal.entry(QStringLiteral("old0")));
    // Nothing is lost: the archive keeps the rest, and the history has every write once.
    QVERIFY(QFile::exists(journal.archivePath()));
    const auto history = WriteJournal::readHistory(path);
    QCOMPARE(history.size(), 10 + 1 + settled + 1);
    QSet<QString> ids;
    for (const auto &entry : history)
        ids.insert(entry.intent.id);
    QCOMPARE(ids.size(), history.size());
    // A second start finds nothing more to move, and the journal file stays small.
    const qint64 size = QFileInfo(path).size();
    WriteJournal again(path);
    again.waitUntilLoaded();
    QCOMPARE(again.entries().size(), kept.size());
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(WriteJournal::readHistory(path).size(), history.size());
}

void TestWriteJournal::filesAreForTheUserAlone()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Paydesk"));
    const QString path = folder + QStringLiteral("/journal.jsonl");
    WriteJournal journal(path);
    QVERIFY(journal.recordIntent(refundIntent(QStringLiteral("a"))));
    const auto userOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), userOnly);
    const auto folderPermissions = QFileInfo(folder).permissions()
        & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QCOMPARE(folderPermissions, userOnly | QFileDevice::ExeOwner);
}

void TestWriteJournal::metadataKeysWithDotsAreReadWhole()
{
    writes::WriteCheck check;
    check.kind = writes::WriteCheck::Kind::FieldEquals;
    check.field = QStringLiteral("metadata.order.id");
    check.value = QStringLiteral("A-17");
    const QJsonObject customer {
        {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("order.id"), "A-17"}}}};
    QCOMPARE(writes::WriteChecker::fieldValue(customer, check).toString(), QStringLiteral("A-17"));
    // Other fields still walk their dots.
    check.field = QStringLiteral("invoice_settings.default_payment_method");
    const QJsonObject other {{QStringLiteral("invoice_settings"),
                              QJsonObject {{QStringLiteral("default_payment_method"), "pm_1"}}}};
    QCOMPARE(writes::WriteChecker::fieldValue(other, check).toString(), QStringLiteral("pm_1"));
    // And the check survives the journal.
    QCOMPARE(writes::WriteCheck::fromJson(check.toJson()).fieldPath(),
             QStringList({QStringLiteral("invoice_settings"), QStringLiteral("default_payment_method")}));
}

PAYDESK_TEST_GUILESS_MAIN(TestWriteJournal)
#include "tst_writejournal.moc"
