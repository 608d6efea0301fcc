#include "src/stripe/RequestLog.h"
#include "tests/support/TestMain.h"

#include <QSignalSpy>
#include <QTest>

using stripe::RequestLog;
using stripe::RequestLogEntry;

class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheLast500InOrder();
};

void TestRequestLog::keepsTheLast500InOrder()
{
    RequestLog log;
    QSignalSpy appended(&log, &RequestLog::appended);
    for (int i = 0; i < 1234; ++i) {
        RequestLogEntry entry;
        entry.path = QStringLiteral("/v1/customers/cus_%1").arg(i);
        log.append(entry);
    }
    QCOMPARE(appended.size(), 1234);
    const auto entries = log.entries();
    QCOMPARE(entries.size(), RequestLog::Capacity);
    QCOMPARE(entries.first().path, QStringLiteral("/v1/customers/cus_734"));
    QCOMPARE(entries.last().path, QStringLiteral("/v1/customers/cus_1233"));
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).path < entries.at(i).path
                || entries.at(i).path.size() > entries.at(i - 1).path.size());
}

PAYDESK_TEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
