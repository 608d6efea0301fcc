#include "src/accounts/KeyVault.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using accounts::KeyVault;
using accounts::VaultError;
using accounts::VaultJob;
using accounts::VaultResult;

// The real QtKeychain on a session with no D-Bus at all, like a bare SSH or container login:
// checks that its "Cannot autolaunch D-Bus…" OtherError reaches the user as NoService, with the
// session-only offer, rather than as an unexplained error.
class TestKeyVaultNoService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainWithoutDBusIsNoService_data();
    void keychainWithoutDBusIsNoService();

private:
    QTemporaryDir m_runtimeDir;
};

void TestKeyVaultNoService::initTestCase()
{
    QVERIFY(m_runtimeDir.isValid());
    // Before anything in this process talks to D-Bus. GLib would otherwise find a bus through
    // the address variable, $XDG_RUNTIME_DIR/bus, or by autolaunching one on $DISPLAY.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
}

void TestKeyVaultNoService::keychainWithoutDBusIsNoService_data()
{
    QTest::addColumn<VaultError::Operation>("operation");
    QTest::newRow("store") << VaultError::Operation::Store;
    QTest::newRow("read") << VaultError::Operation::Read;
}

void TestKeyVaultNoService::keychainWithoutDBusIsNoService()
{
    QFETCH(VaultError::Operation, operation);
    KeyVault vault;
    vault.setTimeout(20s);
    const QString accountId = QStringLiteral("acct_1NoService");
    VaultJob *job = operation == VaultError::Operation::Store
        ? vault.storeKey(accountId, QStringLiteral("sk_test_51HxYzAbCdEfGhIjKlMnOpQrStUv4242"))
        : vault.readKey(accountId);

    int finishedCount = 0;
    VaultResult result;
    connect(job, &VaultJob::finished, this, [&](const VaultResult &outcome) {
        ++finishedCount;
        result = outcome;
    });
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 30000);

    QCOMPARE(result.error.kind(), VaultError::Kind::NoService);
    QVERIFY2(!result.error.detail().isEmpty(), "the keychain's own words are kept for the details");
    QVERIFY(result.error.canKeepForSession());
    QVERIFY(
        result.error.userMessage().startsWith(QStringLiteral("Paydesk could not reach the system keychain")));
}

PAYDESK_TEST_GUILESS_MAIN(TestKeyVaultNoService)
#include "tst_keyvault_noservice.moc"
