#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "src/accounts/VaultJob.h"
#include "src/sandbox/Server.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// The real Paydesk process, opened on a saved account whose recognisable key is in the real
// keychain (the test command's gnome-keyring), with every log category turned on: after it has
// shown rows and quit, the key is in none of its output, its command line, its environment, or
// any file it wrote (settings, journal, sandbox data).
class TestAppSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyAppearsNowhere();

private:
    static bool waitFor(accounts::VaultJob *job);

    QTemporaryDir m_home;
    sandbox::Server m_sandbox;
    const QString m_accountId = QStringLiteral("acct_LeakCanary01");
    // Unlike any other string: found anywhere means leaked from here.
    const QString m_key = QStringLiteral("sk_test_LeakCanary7Qz4Hw9Kp2Vt6Rb8Xn3Jm5Yd1Gs0Fc");
};

bool TestAppSecrets::waitFor(accounts::VaultJob *job)
{
    QSignalSpy finished(job, &accounts::VaultJob::finished);
    return finished.wait(20000) && finished.first().first().value<accounts::VaultResult>().isOk();
}

void TestAppSecrets::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the test command's D-Bus session and keychain (scripts/setup test)");
    // The app's own settings location, in a home of our own.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Paydesk"));
    accounts::Account account;
    account.id = m_accountId;
    account.displayName = QStringLiteral("Canary Ltd");
    account.mode = accounts::Mode::Test;
    accounts::AccountStore store;
    QVERIFY(store.save(account));
    accounts::KeyVault vault;
    QVERIFY2(waitFor(vault.storeKey(m_accountId, m_key)), "the keychain did not take the key");

    sandbox::Options options;
    options.extraKeys = {m_key};
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
}

void TestAppSecrets::cleanupTestCase()
{
    accounts::KeyVault vault;
    waitFor(vault.forgetKey(m_accountId));
}

void TestAppSecrets::keyAppearsNowhere()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Everything Qt and Paydesk can say, network included.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;*.info=true"));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray output;
    connect(&app, &QProcess::readyRead, this, [&] { output += app.readAll(); });
    app.start(
        QStringLiteral(PAYDESK_APP_EXECUTABLE),
        {QStringLiteral("--account"), m_accountId, QStringLiteral("--base-url"), m_sandbox.url().toString()});
    QVERIFY(app.waitForStarted());

    // The key was read from the keychain and used: rows came from the sandbox.
    QTRY_VERIFY2_WITH_TIMEOUT(output.contains("first rows painted"), output.right(3000).constData(), 30000);
    QVERIFY(output.contains("Opened Canary Ltd in test mode"));

    const QByteArray key = m_key.toLatin1();
    const QByteArray keyBody = key.mid(8); // a key without its prefix is still the key
    const QString proc = QStringLiteral("/proc/%1/").arg(app.processId());
    for (const char *file : {"cmdline", "environ"}) {
        QFile f(proc + QLatin1String(file));
        if (!f.open(QIODevice::ReadOnly)) {
#ifdef Q_OS_UNIX
            // Paydesk is not dumpable (issue 15.14): its environment is root's to read, not ours.
            QVERIFY2(qstrcmp(file, "environ") == 0 && ::geteuid() != 0, file);
            continue;
#endif
            QFAIL(file);
        }
        QVERIFY2(!f.readAll().contains(keyBody), file);
    }

    app.terminate();
    QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, 20000);
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    output += app.readAll();
    QVERIFY(output.size() > 1000); // the logging really was on
    QVERIFY2(!output.contains(keyBody), "the key is in Paydesk's output");

    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(keyBody), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 1); // at least the settings file was searched
}

// Real standard paths: this test writes the account where the app process it starts reads it
// (XDG_CONFIG_HOME in a home of its own), so Qt's test paths stay off here.
QTEST_GUILESS_MAIN(TestAppSecrets)
#include "tst_app_secrets.moc"
