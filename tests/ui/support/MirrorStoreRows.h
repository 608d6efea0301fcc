#pragma once

#include "src/sandbox/Server.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/ui/support/UiFixture.h"

#include <QTest>

#include <memory>

// The two stores the window's mirror tests run on, one data row each ("storeKind"): the desk's
// own SQLite file, and a fresh database on the private PostgreSQL cluster of CTest's fixture,
// used as a team's (Account → Team database…). Both open in test mode: the sandbox as a Stripe
// account of its own, which may have a team database.
class MirrorStoreRows
{
public:
    static void addRows() { StoreUnderTest::addRows(); }

    // Opens the window with the account's copy in this store; null when the row cannot run here
    // (PostgreSQL without the fixture, run by hand).
    MainWindow *open(UiFixture &fixture, const QString &storeKind, int pollMs = 1000)
    {
        m_place.reset();
        if (storeKind == QLatin1String("postgres")) {
            if (qEnvironmentVariableIsEmpty("PAYDESK_TEST_PG"))
                return nullptr;
            m_place
                = std::make_unique<StoreUnderTest>(QStringLiteral("postgres"), sandbox::Server::accountId());
            if (!m_place->isReady())
                return nullptr;
            fixture.useTeamDatabase(m_place->config().postgres, m_place->password());
        } else {
            fixture.useTeamDatabase({}, {});
        }
        MainWindow *window = fixture.openWithMirror(accounts::Mode::Test, pollMs);
        const mirror::Backend wanted
            = storeKind == QLatin1String("postgres") ? mirror::Backend::Postgres : mirror::Backend::Sqlite;
        const bool onIt = QTest::qWaitFor(
            [&] {
                return fixture.mirror()->mirror() && fixture.mirror()->mirror()->config().backend == wanted;
            },
            10000);
        return onIt ? window : nullptr;
    }

    // After each test: the copy stops before its database goes.
    void close(UiFixture &fixture)
    {
        if (fixture.mirror())
            fixture.mirror()->close();
        m_place.reset();
    }

private:
    std::unique_ptr<StoreUnderTest> m_place;
};

// Opens the window on the account's copy in the row's store, once the copy is complete.
#define OPEN_WINDOW_ON_ROW_STORE(rows, fixture, window, ...)                                                 \
    QFETCH(QString, storeKind);                                                                              \
    MainWindow *window = (rows).open((fixture), storeKind, ##__VA_ARGS__);                                   \
    if (!window && storeKind == QLatin1String("postgres") && qEnvironmentVariableIsEmpty("PAYDESK_TEST_PG")) \
        QSKIP("no PostgreSQL: run through ctest, whose fixture starts one");                                 \
    QVERIFY2(window, "the window's copy is not on the row's store");                                         \
    QVERIFY((fixture).waitForMirror(90000))
