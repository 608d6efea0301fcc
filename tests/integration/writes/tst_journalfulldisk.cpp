#include "src/money/Money.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/sandbox/Server.h"
#include "src/writes/RefundWrite.h"
#include "src/writes/WriteJournal.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace writes;

// The disk fills up after a refund's intent is journaled and before its answer comes: the
// refund happens, and its outcome line cannot be written whole. The kernel's file-size limit
// (RLIMIT_FSIZE) makes the very write fail the way a full disk does, with a torn line.
class TestJournalFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { setFileSizeLimit(RLIM_INFINITY); }
    void outcomeThatCannotBeWrittenIsSaidAndKept();

private:
    static void setFileSizeLimit(rlim_t bytes)
    {
        rlimit limit {};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = std::min(bytes, limit.rlim_max);
        setrlimit(RLIMIT_FSIZE, &limit);
    }

    sandbox::Server m_sandbox;
};

void TestJournalFullDisk::initTestCase()
{
    // Past the limit a write fails with EFBIG instead of the process being killed.
    std::signal(SIGXFSZ, SIG_IGN);
    QString error;
    sandbox::Options options;
    options.latencyMs = 300; // the answer comes after the disk is "full"
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
}

void TestJournalFullDisk::outcomeThatCannotBeWrittenIsSaidAndKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    stripe::Client client;
    QVERIFY(client.setBaseUrl(m_sandbox.url()));
    client.setApiKey(sandbox::keys::secret());
    WriteJournal journal(path);
    journal.waitUntilLoaded();
    const WriteContext context {&client, &journal, QStringLiteral("acct_sandbox"), accounts::Mode::Sandbox};

    QJsonObject charge;
    const auto &charges = m_sandbox.store().collection(QStringLiteral("charges"));
    for (int i = 0; i < charges.size() && charge.isEmpty(); ++i)
        if (charges.at(i).value("status").toString() == "succeeded"
            && charges.at(i).value("amount_refunded").toInteger() == 0
            && charges.at(i).value("captured").toBool(true)
            && charges.at(i).value("amount").toInteger() >= 1000)
            charge = charges.at(i);
    QVERIFY(!charge.isEmpty());
    RefundWrite refund(context, charge);
    refund.setAmount(money::Money(500, charge.value("currency").toString()));
    // As soon as the intent is on disk, the disk has room for a few more bytes only.
    connect(
        &journal, &WriteJournal::changed, this,
        [&path] { setFileSizeLimit(rlim_t(QFileInfo(path).size() + 20)); }, Qt::SingleShotConnection);
    QSignalSpy problems(&journal, &WriteJournal::problem);
    QSignalSpy finished(&refund, &Write::finished);
    QVERIFY(refund.start());
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<WriteResult>();

    // The refund happened, and the user is told that the journal could not record it.
    QCOMPARE(result.status, WriteOutcome::Status::Succeeded);
    QVERIFY2(result.journalProblem.contains(QStringLiteral("could not be saved")),
             qPrintable(result.journalProblem));
    QVERIFY2(result.journalProblem.contains(QStringLiteral("File too large.")),
             qPrintable(result.journalProblem));
    QCOMPARE(problems.size(), 1);
    // What is known is not lost: this run does not ask about it again.
    QVERIFY(journal.unfinished(QStringLiteral("acct_sandbox")).isEmpty());
    QVERIFY(journal.hasUnsavedOutcomes());
    QCOMPARE(journal.entry(refund.intentId())->outcome->status, WriteOutcome::Status::Succeeded);

    // When the disk has room again, the outcome is written, and a new start knows it.
    setFileSizeLimit(RLIM_INFINITY);
    QVERIFY(journal.flush());
    QVERIFY(!journal.hasUnsavedOutcomes());
    WriteJournal restarted(path);
    QVERIFY(restarted.unfinished(QStringLiteral("acct_sandbox")).isEmpty());
    const auto entry = restarted.entry(refund.intentId());
    QVERIFY(entry && entry->outcome);
    QCOMPARE(entry->outcome->status, WriteOutcome::Status::Succeeded);
    QVERIFY(entry->outcome->objectId.startsWith(QStringLiteral("re_")));
}

PAYDESK_TEST_GUILESS_MAIN(TestJournalFullDisk)
#include "tst_journalfulldisk.moc"
