#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "tests/support/TestMain.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace std::chrono_literals;
using accounts::Account;
using accounts::AccountStore;
using accounts::KeyKind;
using accounts::KeyVault;
using accounts::Mode;
using accounts::VaultError;
using accounts::VaultJob;
using accounts::VaultResult;

// The real OS keychain through QtKeychain. `scripts/setup test` runs it inside its own D-Bus
// session with an unlocked, throw-away gnome-keyring and HOME (scripts/with-test-keyring).
class TestKeyVaultSystem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTripThroughTheKeychain();
    void keyIsInNoFileButTheKeyring();

private:
    // Waits for the job's one finished(); fails the test if it never comes.
    VaultResult waitFor(VaultJob *job);

    KeyVault m_vault;
    // Unique per run, so parallel or aborted runs never see each other's entries.
    const QString m_accountId = QStringLiteral("acct_") + QUuid::createUuid().toString(QUuid::Id128);
    const QString m_key = QStringLiteral("sk_test_") + QUuid::createUuid().toString(QUuid::Id128)
        + QUuid::createUuid().toString(QUuid::Id128);
};

void TestKeyVaultSystem::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with an unlocked keyring: run scripts/setup test");
    // A prompt nobody answers fails this test in 20 s rather than hitting CTest's 60.
    m_vault.setTimeout(20s);
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyvault_system"));
}

void TestKeyVaultSystem::cleanupTestCase()
{
    // Leaves no entry behind if a check failed half-way.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        waitFor(m_vault.forgetKey(m_accountId));
    QSettings().clear();
}

VaultResult TestKeyVaultSystem::waitFor(VaultJob *job)
{
    int finishedCount = 0;
    // Stays a failure if no answer comes.
    VaultResult result {VaultError(VaultError::Kind::Other, job->operation(), QStringLiteral("no answer")),
                        {}};
    // Cuts the connection when this function returns, so a very late answer finds no dead locals.
    QObject receiver;
    connect(job, &VaultJob::finished, &receiver, [&](const VaultResult &outcome) {
        ++finishedCount;
        result = outcome;
    });
    // The vault's own timeout guarantees an answer; this only guards against a vault bug.
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 30000); }();
    return result;
}

void TestKeyVaultSystem::roundTripThroughTheKeychain()
{
    const VaultResult stored = waitFor(m_vault.storeKey(m_accountId, m_key));
    QVERIFY2(stored.isOk(),
             qPrintable(stored.error.userMessage() + QLatin1String(" / ") + stored.error.detail()));
    QVERIFY(!m_vault.isSessionOnly(m_accountId));

    // A second vault, as after a restart: the key comes from the keychain, not from memory.
    KeyVault restarted;
    restarted.setTimeout(20s);
    const VaultResult read = waitFor(restarted.readKey(m_accountId));
    QVERIFY2(read.isOk(), qPrintable(read.error.userMessage() + QLatin1String(" / ") + read.error.detail()));
    QCOMPARE(read.key, m_key);

    const VaultResult forgotten = waitFor(m_vault.forgetKey(m_accountId));
    QVERIFY2(forgotten.isOk(), qPrintable(forgotten.error.userMessage()));

    const VaultResult readAgain = waitFor(restarted.readKey(m_accountId));
    QCOMPARE(readAgain.error.kind(), VaultError::Kind::NotFound);
    QVERIFY(readAgain.key.isEmpty());

    // Forgetting twice is still success: libsecret deletes nothing without complaint.
    QVERIFY(waitFor(m_vault.forgetKey(m_accountId)).isOk());
}

void TestKeyVaultSystem::keyIsInNoFileButTheKeyring()
{
    // What the app does on connecting: key into the vault, account into the settings.
    AccountStore store;
    QVERIFY(store.save({m_accountId, QStringLiteral("Integration ") + m_key, Mode::Test, KeyKind::Secret}));
    QVERIFY(store.setCurrentAccountId(m_accountId));
    const VaultResult stored = waitFor(m_vault.storeKey(m_accountId, m_key));
    QVERIFY2(stored.isOk(), qPrintable(stored.error.userMessage()));
    QSettings settings;
    settings.sync();

    const QByteArray needle = m_key.toUtf8();
    const QString settingsFile = settings.fileName();
    QFile file(settingsFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settingsFile));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains(m_accountId.toUtf8()));
    QVERIFY2(!contents.contains(needle), contents.constData());

    // Under scripts/setup test HOME is a throw-away directory: search all of it. The keyring's
    // own store is the one place the key may be (and gnome-keyring encrypts it).
    const QString home = QDir::homePath();
    if (!home.startsWith(QDir::tempPath()))
        QSKIP("HOME is a real home directory; checked only the settings file");
    // gnome-keyring's own folder, which Qt's test paths (on in every test) do not name.
    const QString keyrings = qEnvironmentVariable("XDG_DATA_HOME", home + QStringLiteral("/.local/share"))
        + QStringLiteral("/keyrings/");
    QDirIterator files(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    int searched = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.startsWith(keyrings) || files.fileInfo().size() > 16 * 1024 * 1024)
            continue;
        QFile candidate(path);
        if (!candidate.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        ++searched;
        QVERIFY2(!candidate.readAll().contains(needle), qPrintable(path));
    }
    QVERIFY(searched > 0); // at least the settings file was there to search
}

PAYDESK_TEST_GUILESS_MAIN(TestKeyVaultSystem)
#include "tst_keyvault_system.moc"
