#pragma once

#include <QStandardPaths>
#include <QTest>

// Every Paydesk test's main (scripts/lint checks that tests use these, not QTEST_MAIN): Qt's test
// paths are on before the application object exists, so QStandardPaths answers ~/.qttest/… and
// QSettings writes there. A test run by hand, outside the test command's throw-away HOME, never
// reads or clears the developer's own settings, journal, sandbox data or mirror.
namespace paydesk_test {
struct TestPaths
{
    TestPaths() { QStandardPaths::setTestModeEnabled(true); }
};
} // namespace paydesk_test

#define PAYDESK_TEST_MAIN(TestObject)                                                                        \
    static const paydesk_test::TestPaths paydeskTestPaths;                                                   \
    QTEST_MAIN(TestObject)

#define PAYDESK_TEST_GUILESS_MAIN(TestObject)                                                                \
    static const paydesk_test::TestPaths paydeskTestPaths;                                                   \
    QTEST_GUILESS_MAIN(TestObject)
