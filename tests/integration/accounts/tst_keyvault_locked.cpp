#include "src/accounts/KeyVault.h"
#include "tests/support/TestMain.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using accounts::KeyVault;
using accounts::VaultError;
using accounts::VaultJob;
using accounts::VaultResult;

// A locked keyring whose unlock prompt is cancelled: QtKeychain 0.13.2 calls that "not found",
// and Paydesk used to say "The system keychain has no key saved for this account". Here the
// real QtKeychain and gnome-keyring, on a D-Bus session and keyring of the test's own (so that
// locking it disturbs no other test), with no display: the unlock prompt cannot be shown and
// ends dismissed, exactly as a cancelled one does.
class TestKeyVaultLocked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void lockedKeyringSaysLockedNotMissing();

private:
    VaultResult waitFor(VaultJob *job);
    bool callSecretService(const QString &method, const QList<QVariant> &arguments);

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    const QString m_accountId = QStringLiteral("acct_LockedKeyring01");
    const QString m_key = QStringLiteral("sk_test_LockedKeyringKey0123456789abcdef");
};

VaultResult TestKeyVaultLocked::waitFor(VaultJob *job)
{
    QSignalSpy finished(job, &VaultJob::finished);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<VaultResult>();
}

bool TestKeyVaultLocked::callSecretService(const QString &method, const QList<QVariant> &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), method);
    call.setArguments(arguments);
    return QDBusConnection::sessionBus().call(call).type() == QDBusMessage::ReplyMessage;
}

void TestKeyVaultLocked::initTestCase()
{
    const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (busDaemon.isEmpty() || keyringDaemon.isEmpty())
        QSKIP("needs dbus-daemon and gnome-keyring-daemon (scripts/setup test installs them)");

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    QDir().mkpath(m_home.filePath(QStringLiteral("run")));
    QFile::setPermissions(m_home.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // No display: the unlock prompt (gcr-prompter, started by the bus) cannot appear.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_bus.setProcessEnvironment(environment);
    m_bus.start(
        busDaemon,
        {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    QVERIFY(m_bus.waitForReadyRead(10000));
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(!address.isEmpty());

    // This process's session bus too: set before its first use.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(address));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.start(
        keyringDaemon,
        {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    QVERIFY(m_keyring.waitForStarted());
    m_keyring.write("throw-away password");
    m_keyring.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(QDBusConnection::sessionBus().interface()->isServiceRegistered(
                                 QStringLiteral("org.freedesktop.secrets")),
                             10000);
}

void TestKeyVaultLocked::cleanupTestCase()
{
    for (QProcess *process : {&m_keyring, &m_bus}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
        }
    }
}

void TestKeyVaultLocked::lockedKeyringSaysLockedNotMissing()
{
    KeyVault vault;
    vault.setTimeout(30s);
    QVERIFY(waitFor(vault.storeKey(m_accountId, m_key)).isOk());
    const VaultResult unlocked = waitFor(vault.readKey(m_accountId));
    QVERIFY(unlocked.isOk());
    QCOMPARE(unlocked.key, m_key);

    QVERIFY(callSecretService(QStringLiteral("Lock"),
                              {QVariant::fromValue(QList<QDBusObjectPath> {QDBusObjectPath(
                                  QStringLiteral("/org/freedesktop/secrets/aliases/default"))})}));

    const VaultResult locked = waitFor(vault.readKey(m_accountId));
    QVERIFY(!locked.isOk());
    QCOMPARE(locked.error.kind(), VaultError::Kind::Locked);
    const QString message = locked.error.userMessage();
    QVERIFY2(message.contains(QLatin1String("keychain is locked")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Unlock it")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("no key saved")));
    QVERIFY(locked.error.canKeepForSession()); // the key can still be entered for this session

    // A key that is not there at all is still "not found", locked keyring or not.
    const VaultResult missing = waitFor(vault.readKey(QStringLiteral("acct_NeverSavedHere01")));
    QCOMPARE(missing.error.kind(), VaultError::Kind::NotFound);
}

PAYDESK_TEST_GUILESS_MAIN(TestKeyVaultLocked)
#include "tst_keyvault_locked.moc"
