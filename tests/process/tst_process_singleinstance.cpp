#include "tests/process/RealProcess.h"

#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "src/accounts/VaultJob.h"
#include "src/sandbox/Server.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

// One Paydesk per user: two windows on one journal each took the other's write in flight for an
// unfinished one, and on the built-in sandbox the last to quit erased the other's data. A
// second start hands its arguments to the first, which comes to the front and acts on them, and
// ends at once with a line saying so; a first instance killed with SIGKILL does not block the
// next start, and of two starts at the same moment exactly one stays.
class TestProcessSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondStartHandsOverAndEnds();
    void argumentsThatCannotBeHonouredAreSaid();
    void secondStartSwitchesToASavedAccount();
    void twoStartsAtOnceLeaveOne();
    void aKilledInstanceDoesNotBlockTheNext();
    void helpAndVersionDoNotLookForAnInstance();

private:
    struct Ended
    {
        bool finished = false;
        int exitCode = -1;
        QByteArray output;
    };
    // A second start: it should hand over and end quickly.
    static Ended startAgain(const QString &home, const QStringList &arguments);
    static std::unique_ptr<RealProcess> startFirst(const QString &home, const QStringList &arguments = {});
};

TestProcessSingleInstance::Ended TestProcessSingleInstance::startAgain(const QString &home,
                                                                       const QStringList &arguments)
{
    QProcess second;
    second.setProcessEnvironment(RealProcess::environment(home));
    second.setProcessChannelMode(QProcess::MergedChannels);
    second.start(PAYDESK_APP_EXECUTABLE, arguments);
    Ended ended;
    ended.finished = second.waitForFinished(15000);
    if (!ended.finished) {
        second.kill();
        second.waitForFinished();
    }
    ended.exitCode = second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -1;
    ended.output = second.readAll();
    return ended;
}

std::unique_ptr<RealProcess> TestProcessSingleInstance::startFirst(const QString &home,
                                                                   const QStringList &arguments)
{
    auto app = std::make_unique<RealProcess>(home);
    app->start(PAYDESK_APP_EXECUTABLE, arguments);
    if (!app->waitForOutput("Opened Paydesk Sandbox")) {
        qWarning("%s", app->output().constData());
        return nullptr;
    }
    return app;
}

void TestProcessSingleInstance::secondStartHandsOverAndEnds()
{
    QTemporaryDir home;
    auto first = startFirst(home.path());
    QVERIFY(first);

    const Ended plain = startAgain(home.path(), {});
    QVERIFY2(plain.finished, "the second start opened a second window");
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.output.contains("Paydesk is already running; handed over to it: Paydesk was started "
                                   "again: this is the window already open."),
             plain.output.constData());

    const Ended unknown = startAgain(home.path(), {"--account", "acct_NotSavedHere"});
    QCOMPARE(unknown.exitCode, 0);
    QVERIFY2(unknown.output.contains("no saved account has that id"), unknown.output.constData());

    const Ended sandbox = startAgain(home.path(), {"--sandbox"});
    QCOMPARE(sandbox.exitCode, 0);
    QVERIFY2(sandbox.output.contains("it shows the sandbox"), sandbox.output.constData());

    // The first window got each of them (its status bar says the same; so does its log).
    QVERIFY(first->waitForOutput("Second start: Paydesk was started again with --sandbox"));
    QVERIFY(first->output().contains("Second start: Paydesk was started again: this is the window"));
    QVERIFY(first->output().contains("--account acct_NotSavedHere, but no saved account"));
    QCOMPARE(first->process().state(), QProcess::Running);
    first->terminate();
    QVERIFY(first->waitForEnd());
    QCOMPARE(first->process().exitCode(), 0);
}

void TestProcessSingleInstance::argumentsThatCannotBeHonouredAreSaid()
{
    QTemporaryDir home;
    auto first = startFirst(home.path());
    QVERIFY(first);
    // A running window keeps its server: a different --base-url needs a new start.
    const Ended other = startAgain(home.path(), {"--base-url", "http://127.0.0.1:9"});
    QCOMPARE(other.exitCode, 0);
    QVERIFY2(other.output.contains("Paydesk is already running with https://api.stripe.com and cannot "
                                   "switch to http://127.0.0.1:9"),
             other.output.constData());
    QVERIFY(first->waitForOutput("cannot switch to http://127.0.0.1:9"));
    // An unacceptable one is refused by the second start itself, as before.
    const Ended refused = startAgain(home.path(), {"--base-url", "http://example.com"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(!refused.output.contains("handed over"));
}

void TestProcessSingleInstance::secondStartSwitchesToASavedAccount()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the test command's D-Bus session and keychain (scripts/setup test)");
    QTemporaryDir home;
    // The account, saved in that home's settings, and its key in the real keychain.
    const QString accountId = QStringLiteral("acct_SecondStart01");
    const QString key = QStringLiteral("sk_test_SecondStartKey4Hw9Kp2Vt6Rb8Xn3");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Paydesk"));
    accounts::Account account;
    account.id = accountId;
    account.displayName = QStringLiteral("Second Start Ltd");
    account.mode = accounts::Mode::Test;
    QVERIFY(accounts::AccountStore().save(account));
    accounts::KeyVault vault;
    QSignalSpy stored(vault.storeKey(accountId, key), &accounts::VaultJob::finished);
    QVERIFY(stored.wait(20000));
    sandbox::Server server;
    sandbox::Options options;
    options.extraKeys = {key};
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));

    auto first = startFirst(home.path(), {"--sandbox", "--base-url", server.url().toString()});
    QVERIFY(first);
    const Ended second = startAgain(home.path(), {"--account", accountId});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.output.contains("it shows Second Start Ltd"), second.output.constData());
    // The first window read the key from the keychain and opened the account.
    QVERIFY2(first->waitForOutput("Opened Second Start Ltd in test mode"), first->output().constData());

    QSignalSpy forgotten(vault.forgetKey(accountId), &accounts::VaultJob::finished);
    forgotten.wait(20000);
}

void TestProcessSingleInstance::twoStartsAtOnceLeaveOne()
{
    for (int round = 0; round < 3; ++round) {
        QTemporaryDir home;
        RealProcess a(home.path());
        RealProcess b(home.path());
        a.start(PAYDESK_APP_EXECUTABLE, {});
        b.start(PAYDESK_APP_EXECUTABLE, {});
        QVERIFY(QTest::qWaitFor(
            [&] {
                return a.process().state() == QProcess::NotRunning
                    || b.process().state() == QProcess::NotRunning;
            },
            20000));
        RealProcess &ended = a.process().state() == QProcess::NotRunning ? a : b;
        RealProcess &stayed = &ended == &a ? b : a;
        QCOMPARE(ended.process().exitCode(), 0);
        QVERIFY2(ended.output().contains("handed over"), ended.output().constData());
        QVERIFY2(stayed.waitForOutput("Opened Paydesk Sandbox"), stayed.output().constData());
        QCOMPARE(stayed.process().state(), QProcess::Running);
        stayed.terminate();
        QVERIFY(stayed.waitForEnd());
    }
}

void TestProcessSingleInstance::aKilledInstanceDoesNotBlockTheNext()
{
    QTemporaryDir home;
    auto first = startFirst(home.path());
    QVERIFY(first);
    first->process().kill(); // SIGKILL: nothing is cleaned up
    QVERIFY(first->waitForEnd());
    QStringList leftOver = QDir(home.filePath("run")).entryList({"paydesk-*"}, QDir::Files | QDir::System);
    QVERIFY2(leftOver.size() == 2, qPrintable(leftOver.join(' '))); // its lock and its socket

    auto next = startFirst(home.path());
    QVERIFY2(next, "the stale socket or lock blocked the next start");
    QCOMPARE(next->process().state(), QProcess::Running);
    const Ended third = startAgain(home.path(), {});
    QCOMPARE(third.exitCode, 0);
    QVERIFY(third.output.contains("handed over"));
    next->terminate();
    QVERIFY(next->waitForEnd());
}

void TestProcessSingleInstance::helpAndVersionDoNotLookForAnInstance()
{
    QTemporaryDir home;
    auto first = startFirst(home.path());
    QVERIFY(first);
    const Ended version = startAgain(home.path(), {"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.output.startsWith("Paydesk "));
    const Ended help = startAgain(home.path(), {"--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.output.contains("--base-url"));
    QTest::qWait(200); // nothing must happen: the running Paydesk hears of no second start
    QVERIFY(!first->output().contains("Second start"));
}

// Real standard paths: this test saves the account where the Paydesk processes it starts read it
// (XDG_CONFIG_HOME in a home of its own), so Qt's test paths stay off here.
QTEST_GUILESS_MAIN(TestProcessSingleInstance)
#include "tst_process_singleinstance.moc"
