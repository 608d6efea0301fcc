#include "tests/support/ScriptedKeychainBackend.h"

#include "src/accounts/KeyVault.h"
#include "tests/support/TestMain.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using accounts::KeyVault;
using accounts::VaultError;
using accounts::VaultJob;
using accounts::VaultResult;
using Behaviour = ScriptedKeychainBackend::Behaviour;
using Kind = VaultError::Kind;
using Operation = VaultError::Operation;

namespace {

const QString accountId = QStringLiteral("acct_1TestVault");
const QString key = QStringLiteral("sk_test_51HxYzAbCdEfGhIjKlMnOpQrStUv4242");

// Everything a test needs to know about how a job ended.
struct Outcome
{
    int finishedCount = 0;
    VaultResult result;
};

std::shared_ptr<Outcome> watch(VaultJob *job)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &VaultJob::finished, job, [outcome](const VaultResult &result) {
        ++outcome->finishedCount;
        outcome->result = result;
    });
    return outcome;
}

} // namespace

class TestKeyVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void storesReadsAndForgetsAKey();
    void readingAMissingKeyIsNotFound();
    void forgettingAMissingKeyIsNotAnError();
    void keychainFailuresBecomeMessages_data();
    void keychainFailuresBecomeMessages();
    void aSilentKeychainTimesOutOnce_data();
    void aSilentKeychainTimesOutOnce();
    void finishedNeverComesFromInsideTheCall_data();
    void finishedNeverComesFromInsideTheCall();
    void sessionOnlyKeyIsReadFromMemory();
    void sessionOnlyKeyWritesNothingToDisk();
    void forgetDropsTheSessionKeyAtOnce();
    void storingInTheKeychainEndsSessionOnly();
    void refusesIdsThatAreNotAccountIds_data();
    void refusesIdsThatAreNotAccountIds();
    void deletingTheVaultWithAJobInFlight_data();
    void deletingTheVaultWithAJobInFlight();
    void deletingTheVaultFromFinished_data();
    void deletingTheVaultFromFinished();
    void waitsFifteenSecondsByDefault();
    void teamPasswordHasAnEntryOfItsOwn();

private:
    // HOME and the XDG directories, so a test can see whether anything was written.
    QTemporaryDir m_home;
    std::shared_ptr<ScriptedKeychainBackend::State> m_keychain;
    std::unique_ptr<KeyVault> m_vault;
};

void TestKeyVault::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".cache"))));
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/state"))));
}

void TestKeyVault::init()
{
    m_keychain = std::make_shared<ScriptedKeychainBackend::State>();
    m_vault = std::make_unique<KeyVault>(std::make_unique<ScriptedKeychainBackend>(m_keychain));
    // Short enough to keep the suite fast, long enough for a loaded CI machine to answer.
    m_vault->setTimeout(300ms);
}

void TestKeyVault::cleanup()
{
    m_vault.reset();
    m_keychain.reset();
}

void TestKeyVault::storesReadsAndForgetsAKey()
{
    auto stored = watch(m_vault->storeKey(accountId, key));
    QTRY_COMPARE(stored->finishedCount, 1);
    QVERIFY(stored->result.isOk());
    QCOMPARE(m_keychain->entries.value(accountId), key);
    QVERIFY(!m_vault->isSessionOnly(accountId));

    auto read = watch(m_vault->readKey(accountId));
    QTRY_COMPARE(read->finishedCount, 1);
    QVERIFY(read->result.isOk());
    QCOMPARE(read->result.key, key);

    auto forgotten = watch(m_vault->forgetKey(accountId));
    QTRY_COMPARE(forgotten->finishedCount, 1);
    QVERIFY(forgotten->result.isOk());
    QVERIFY(m_keychain->entries.isEmpty());
}

void TestKeyVault::teamPasswordHasAnEntryOfItsOwn()
{
    // The team database's password sits beside the Stripe key in the keychain, never in it.
    auto keyStored = watch(m_vault->storeKey(accountId, key));
    QTRY_COMPARE(keyStored->finishedCount, 1);
    auto noPassword = watch(m_vault->readTeamPassword(accountId));
    QTRY_COMPARE(noPassword->finishedCount, 1);
    QCOMPARE(noPassword->result.error.kind(), Kind::NotFound);

    auto stored = watch(m_vault->storeTeamPassword(accountId, QStringLiteral("team secret")));
    QTRY_COMPARE(stored->finishedCount, 1);
    QVERIFY(stored->result.isOk());
    QCOMPARE(KeyVault::teamPasswordEntry(accountId), accountId + QStringLiteral("/team-database"));
    QCOMPARE(m_keychain->entries.value(KeyVault::teamPasswordEntry(accountId)),
             QStringLiteral("team secret"));
    QCOMPARE(m_keychain->entries.value(accountId), key);
    auto read = watch(m_vault->readTeamPassword(accountId));
    QTRY_COMPARE(read->finishedCount, 1);
    QCOMPARE(read->result.key, QStringLiteral("team secret"));

    auto forgotten = watch(m_vault->forgetTeamPassword(accountId));
    QTRY_COMPARE(forgotten->finishedCount, 1);
    QVERIFY(forgotten->result.isOk());
    QVERIFY(!m_keychain->entries.contains(KeyVault::teamPasswordEntry(accountId)));
    QCOMPARE(m_keychain->entries.value(accountId), key);

    // An id that is not an account's never names an entry.
    auto refused = watch(m_vault->storeTeamPassword(QStringLiteral("../x"), QStringLiteral("p")));
    QTRY_COMPARE(refused->finishedCount, 1);
    QVERIFY(refused->result.error.isError());
}

void TestKeyVault::readingAMissingKeyIsNotFound()
{
    auto read = watch(m_vault->readKey(accountId));
    QTRY_COMPARE(read->finishedCount, 1);
    QCOMPARE(read->result.error.kind(), Kind::NotFound);
    QVERIFY(read->result.key.isEmpty());
    QCOMPARE(
        read->result.error.userMessage(),
        QStringLiteral("The system keychain has no key saved for this account. Connect the account again "
                       "with its key."));
    QVERIFY(!read->result.error.canKeepForSession());
}

void TestKeyVault::forgettingAMissingKeyIsNotAnError()
{
    auto forgotten = watch(m_vault->forgetKey(accountId));
    QTRY_COMPARE(forgotten->finishedCount, 1);
    QVERIFY(forgotten->result.isOk());
    QCOMPARE(m_keychain->calls, 1);
}

void TestKeyVault::keychainFailuresBecomeMessages_data()
{
    QTest::addColumn<Kind>("failure");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<Operation>("operation");

    // The sentences themselves are tst_vaulterror's; here: every failure reaches the caller.
    QTest::newRow("no service, store")
        << Kind::NoService << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
        << Operation::Store;
    QTest::newRow("no service, read") << Kind::NoService << QString() << Operation::Read;
    QTest::newRow("no service, forget") << Kind::NoService << QString() << Operation::Forget;
    QTest::newRow("locked, store") << Kind::Locked
                                   << QStringLiteral("Cannot create an item in a locked collection")
                                   << Operation::Store;
    QTest::newRow("locked, read") << Kind::Locked << QString() << Operation::Read;
    QTest::newRow("other, store") << Kind::Other << QStringLiteral("Could not connect: broken pipe")
                                  << Operation::Store;
    QTest::newRow("other, forget") << Kind::Other << QString() << Operation::Forget;
}

void TestKeyVault::keychainFailuresBecomeMessages()
{
    QFETCH(Kind, failure);
    QFETCH(QString, detail);
    QFETCH(Operation, operation);

    m_keychain->behaviour = Behaviour::Fail;
    m_keychain->failure = failure;
    m_keychain->failureDetail = detail;
    VaultJob *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = m_vault->readKey(accountId);
        break;
    case Operation::Store:
        job = m_vault->storeKey(accountId, key);
        break;
    case Operation::Forget:
        job = m_vault->forgetKey(accountId);
        break;
    }
    QCOMPARE(job->operation(), operation);
    QCOMPARE(job->accountId(), accountId);
    auto outcome = watch(job);
    QTRY_COMPARE(outcome->finishedCount, 1);

    const VaultError &error = outcome->result.error;
    QCOMPARE(error.kind(), failure);
    QCOMPARE(error.operation(), operation);
    QCOMPARE(error.detail(), detail);
    QCOMPARE(error.userMessage(), VaultError(failure, operation, detail).userMessage());
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(outcome->result.key.isEmpty());
    QVERIFY(!m_vault->isSessionOnly(accountId)); // nothing is kept until the user says so
}

void TestKeyVault::aSilentKeychainTimesOutOnce_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::newRow("read") << Operation::Read;
    QTest::newRow("store") << Operation::Store;
    QTest::newRow("forget") << Operation::Forget;
}

void TestKeyVault::aSilentKeychainTimesOutOnce()
{
    QFETCH(Operation, operation);
    m_keychain->behaviour = Behaviour::Hang;
    m_vault->setTimeout(100ms);

    VaultJob *job = operation == Operation::Read ? m_vault->readKey(accountId)
        : operation == Operation::Store          ? m_vault->storeKey(accountId, key)
                                                 : m_vault->forgetKey(accountId);
    auto outcome = watch(job);
    // The moment it times out the prompt gets answered: that answer must change nothing.
    QObject::connect(job, &VaultJob::finished, job, [this] {
        m_keychain->answerHung({Kind::None, key, QString()});
    });

    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 5000);
    QVERIFY2(clock.elapsed() >= 90, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(outcome->result.error.kind(), Kind::TimedOut);
    QVERIFY(outcome->result.key.isEmpty());
    QVERIFY(m_keychain->hung.isEmpty()); // the late answer was delivered, and ignored

    // Nor later, once the job is gone.
    QTest::qWait(150); // nothing must happen: no second answer
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->result.error.kind(), Kind::TimedOut);
}

void TestKeyVault::finishedNeverComesFromInsideTheCall_data()
{
    QTest::addColumn<int>("path");
    QTest::newRow("keychain answer") << 0;
    QTest::newRow("session-only key") << 1;
    QTest::newRow("invalid account id") << 2;
}

void TestKeyVault::finishedNeverComesFromInsideTheCall()
{
    QFETCH(int, path);
    if (path == 1)
        m_vault->keepForSession(accountId, key);
    m_keychain->entries.insert(accountId, key);

    // Connect late, after the call returned, as every caller does: nothing may have been missed.
    VaultJob *job = m_vault->readKey(path == 2 ? QString() : accountId);
    QVERIFY(!job->isFinished());
    auto outcome = watch(job);
    QCOMPARE(outcome->finishedCount, 0);
    QTRY_COMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->result.isOk(), path != 2);
}

void TestKeyVault::sessionOnlyKeyIsReadFromMemory()
{
    m_keychain->behaviour = Behaviour::Fail;
    m_keychain->failure = Kind::NoService;
    auto stored = watch(m_vault->storeKey(accountId, key));
    QTRY_COMPARE(stored->finishedCount, 1);
    QVERIFY(stored->result.error.canKeepForSession());

    // The user chose "keep for this session only".
    m_vault->keepForSession(accountId, key);
    QVERIFY(m_vault->isSessionOnly(accountId));
    QVERIFY(!m_vault->isSessionOnly(QStringLiteral("acct_1Other")));
    const int callsBefore = m_keychain->calls;

    auto read = watch(m_vault->readKey(accountId));
    QTRY_COMPARE(read->finishedCount, 1);
    QVERIFY(read->result.isOk());
    QCOMPARE(read->result.key, key);
    QCOMPARE(m_keychain->calls, callsBefore); // the broken keychain was not even asked
    QVERIFY(m_keychain->entries.isEmpty());
}

void TestKeyVault::sessionOnlyKeyWritesNothingToDisk()
{
    m_keychain->behaviour = Behaviour::Hang;
    auto stored = watch(m_vault->storeKey(accountId, key));
    QTRY_COMPARE_WITH_TIMEOUT(stored->finishedCount, 1, 5000);
    m_vault->keepForSession(accountId, key);
    auto read = watch(m_vault->readKey(accountId));
    QTRY_COMPARE(read->finishedCount, 1);
    QCOMPARE(read->result.key, key);
    m_vault.reset();

    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    QStringList written;
    while (files.hasNext())
        written.append(files.next());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(QLatin1Char(' '))));
}

void TestKeyVault::forgetDropsTheSessionKeyAtOnce()
{
    m_vault->keepForSession(accountId, key);
    m_keychain->behaviour = Behaviour::Hang; // even if the keychain never answers

    auto forgotten = watch(m_vault->forgetKey(accountId));
    QVERIFY(!m_vault->isSessionOnly(accountId));

    m_keychain->behaviour = Behaviour::Answer;
    auto read = watch(m_vault->readKey(accountId));
    QTRY_COMPARE(read->finishedCount, 1);
    QCOMPARE(read->result.error.kind(), Kind::NotFound);
    QVERIFY(read->result.key.isEmpty());
}

void TestKeyVault::storingInTheKeychainEndsSessionOnly()
{
    m_vault->keepForSession(accountId, key);
    auto stored = watch(m_vault->storeKey(accountId, key));
    QTRY_COMPARE(stored->finishedCount, 1);
    QVERIFY(stored->result.isOk());
    QVERIFY(!m_vault->isSessionOnly(accountId));
    QCOMPARE(m_keychain->entries.value(accountId), key);
}

void TestKeyVault::refusesIdsThatAreNotAccountIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("the key passed as the id") << key;
    QTest::newRow("a path") << QStringLiteral("acct_1/x");
}

void TestKeyVault::refusesIdsThatAreNotAccountIds()
{
    QFETCH(QString, id);
    auto read = watch(m_vault->readKey(id));
    auto stored = watch(m_vault->storeKey(id, key));
    auto forgotten = watch(m_vault->forgetKey(id));
    m_vault->keepForSession(id, key);
    QTRY_COMPARE(forgotten->finishedCount, 1);
    QCOMPARE(read->result.error.kind(), Kind::Other);
    QCOMPARE(stored->result.error.kind(), Kind::Other);
    QCOMPARE(forgotten->result.error.kind(), Kind::Other);
    QCOMPARE(m_keychain->calls, 0);
    QVERIFY(!m_vault->isSessionOnly(id));
}

void TestKeyVault::deletingTheVaultWithAJobInFlight_data()
{
    QTest::addColumn<bool>("backendIgnoresContext");
    QTest::newRow("backend keeps its promise") << false;
    QTest::newRow("careless backend") << true;
}

void TestKeyVault::deletingTheVaultWithAJobInFlight()
{
    QFETCH(bool, backendIgnoresContext);
    m_keychain->behaviour = Behaviour::Hang;
    m_keychain->ignoresContext = backendIgnoresContext;
    m_vault->setTimeout(100ms);

    auto read = watch(m_vault->readKey(accountId));
    auto stored = watch(m_vault->storeKey(accountId, key));
    QPointer<VaultJob> job = m_vault->forgetKey(accountId);
    QCOMPARE(m_keychain->hung.size(), 3);

    m_vault.reset();
    QVERIFY(job.isNull());
    // The prompt is answered after the vault is gone, then the timeouts would have passed.
    m_keychain->answerHung({Kind::None, key, QString()});
    QTest::qWait(200); // nothing must happen: no answer reaches a job whose vault is gone
    QCOMPARE(read->finishedCount, 0);
    QCOMPARE(stored->finishedCount, 0);
}

void TestKeyVault::deletingTheVaultFromFinished_data()
{
    QTest::addColumn<int>("path");
    QTest::newRow("keychain answer") << 0;
    QTest::newRow("timeout") << 1;
    QTest::newRow("session-only key") << 2;
}

void TestKeyVault::deletingTheVaultFromFinished()
{
    // Like a window that closes, and takes the vault with it, when the key arrives.
    QFETCH(int, path);
    m_keychain->entries.insert(accountId, key);
    if (path == 1)
        m_keychain->behaviour = Behaviour::Hang;
    if (path == 2)
        m_vault->keepForSession(accountId, key);
    m_vault->setTimeout(100ms);

    VaultJob *job = m_vault->readKey(accountId);
    int finishedCount = 0;
    QObject::connect(job, &VaultJob::finished, job, [&] {
        ++finishedCount;
        m_vault.reset();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!m_vault, 5000);
    QTest::qWait(50); // nothing more must happen: finished only once
    QCOMPARE(finishedCount, 1);
    m_keychain->answerHung({Kind::None, key, QString()});
}

void TestKeyVault::waitsFifteenSecondsByDefault()
{
    KeyVault vault(std::make_unique<ScriptedKeychainBackend>(m_keychain));
    QCOMPARE(vault.timeout(), std::chrono::milliseconds(15000));
    QCOMPARE(KeyVault::serviceName(), QStringLiteral("Paydesk"));
}

PAYDESK_TEST_GUILESS_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
