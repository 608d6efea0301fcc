#include "src/platform/TerminationSignals.h"
#include "tests/support/TestMain.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

// SIGTERM, SIGINT and SIGHUP reach the event loop as a Qt signal, even when they arrive before
// the loop runs; the process itself lives on until the program decides.
class TestTerminationSignals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signalsArriveOnTheEventLoop_data();
    void signalsArriveOnTheEventLoop();
    void onlyOneInstanceHandlesThem();
};

void TestTerminationSignals::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix signals");
#endif
}

void TestTerminationSignals::signalsArriveOnTheEventLoop_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
#ifdef SIGHUP
    QTest::newRow("SIGHUP") << int(SIGHUP);
#endif
}

void TestTerminationSignals::signalsArriveOnTheEventLoop()
{
    QFETCH(int, signalNumber);
    platform::TerminationSignals termination;
    QVERIFY(termination.isActive());
    QSignalSpy requested(&termination, &platform::TerminationSignals::terminationRequested);
    QCOMPARE(std::raise(signalNumber), 0); // the default action would end this test here
    QCOMPARE(requested.count(), 0); // not inside the handler: on the event loop
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toInt(), signalNumber);
}

void TestTerminationSignals::onlyOneInstanceHandlesThem()
{
    platform::TerminationSignals first;
    platform::TerminationSignals second;
    QVERIFY(first.isActive());
    QVERIFY(!second.isActive());
}

PAYDESK_TEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
