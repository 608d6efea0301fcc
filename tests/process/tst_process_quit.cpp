#include "src/writes/WriteJournal.h"
#include "tests/support/TestMain.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// A logout's SIGTERM while a refund is on its way: Paydesk asks nobody anything, waits a bounded
// time for the answer (which the journal records), and ends; a write still unanswered then stays
// journaled as unfinished, for the next start to settle. Before, a message box appeared and the
// process lived on.
class TestProcessQuit : public QObject
{
    Q_OBJECT

private slots:
    void answerInTimeIsJournaledThenQuits();
    void noAnswerQuitsWithinTheBoundAndLeavesItUnfinished();

private:
    struct Ended
    {
        bool started = false;
        bool finished = false;
        int exitCode = -1;
        qint64 afterSignalMs = 0;
        QString output;
    };
    static Ended refundThenTerminate(const QString &journal, int answerDelayMs, int longestWaitMs);
};

TestProcessQuit::Ended TestProcessQuit::refundThenTerminate(const QString &journal, int answerDelayMs,
                                                            int longestWaitMs)
{
    Ended ended;
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    probe.setProcessEnvironment(environment);
    probe.start(PAYDESK_QUIT_PROBE,
                {journal, QString::number(answerDelayMs), QString::number(longestWaitMs)});
    if (!probe.waitForStarted(10000))
        return ended;
    QByteArray output;
    ended.started = QTest::qWaitFor(
                        [&] {
                            output += probe.readAllStandardOutput();
                            return output.contains("sending") || probe.state() == QProcess::NotRunning;
                        },
                        30000)
        && output.contains("sending");
    if (!ended.started) {
        ended.output = QString::fromUtf8(output + probe.readAllStandardError());
        return ended;
    }
    QElapsedTimer clock;
    clock.start();
    probe.terminate(); // SIGTERM
    ended.finished = probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit;
    ended.afterSignalMs = clock.elapsed();
    ended.exitCode = probe.exitCode();
    ended.output = QString::fromUtf8(probe.readAllStandardError());
    if (!ended.finished) {
        probe.kill();
        probe.waitForFinished(5000);
    }
    return ended;
}

void TestProcessQuit::answerInTimeIsJournaledThenQuits()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.jsonl");
    const Ended ended = refundThenTerminate(journal, 1500, 20000);
    QVERIFY2(ended.started, qPrintable(ended.output));
    QVERIFY2(ended.finished, "Paydesk did not end after SIGTERM");
    QCOMPARE(ended.exitCode, 0);
    // It waited for the answer (1.5 s), not for the bound (20 s).
    QVERIFY2(ended.afterSignalMs < 15000, qPrintable(QString::number(ended.afterSignalMs)));
    writes::WriteJournal read(journal);
    QVERIFY(read.unfinished("sandbox").isEmpty());
    const auto entries = read.entries();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().outcome);
    QCOMPARE(entries.first().outcome->status, writes::WriteOutcome::Status::Succeeded);
}

void TestProcessQuit::noAnswerQuitsWithinTheBoundAndLeavesItUnfinished()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.jsonl");
    const Ended ended = refundThenTerminate(journal, 60000, 2000);
    QVERIFY2(ended.started, qPrintable(ended.output));
    QVERIFY2(ended.finished, "Paydesk did not end after SIGTERM");
    QCOMPARE(ended.exitCode, 0);
    QVERIFY2(ended.afterSignalMs < 20000, qPrintable(QString::number(ended.afterSignalMs)));
    QVERIFY2(ended.output.contains("listed as unfinished"), qPrintable(ended.output));
    // Journaled, not lost: the next start lists it, to be checked.
    writes::WriteJournal read(journal);
    QCOMPARE(read.unfinished("sandbox").size(), 1);
}

PAYDESK_TEST_GUILESS_MAIN(TestProcessQuit)
#include "tst_process_quit.moc"
