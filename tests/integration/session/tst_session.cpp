#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/sandbox/Server.h"
#include "src/session/Session.h"
#include "src/writes/WriteJournal.h"
#include "tests/support/ScriptedKeychainBackend.h"
#include "tests/support/TestMain.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Behaviour = ScriptedKeychainBackend::Behaviour;
using session::Session;

namespace {

const accounts::Account acme {"acct_1AcmeLtd00000001", "Acme Ltd", accounts::Mode::Test,
                              accounts::KeyKind::Secret};
const accounts::Account bolt {"acct_1BoltGmbH0000001", "Bolt GmbH", accounts::Mode::Test,
                              accounts::KeyKind::Secret};

} // namespace

// The session without a window: which account opens at start, from the keychain or not, what a
// second start does, Forget, a key Stripe stops accepting and a sandbox that cannot start. Each
// test reads what a person would be told (the session's reports, in order) and what opened,
// against the real sandbox over HTTP and a keychain scripted to fail on cue.
class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsOnTheSandboxWithoutASavedAccount();
    void startsOnTheAccountUsedLastWithItsKeyFromTheKeychain();
    void sandboxOnTheCommandLineReadsNoKey();
    void unknownAccountOpensTheSandboxAndSaysWhy();
    void keychainFailureOpensTheSandboxAndSaysWhy_data();
    void keychainFailureOpensTheSandboxAndSaysWhy();
    void lateKeychainAnswerDoesNotUndoAChoice_data();
    void lateKeychainAnswerDoesNotUndoAChoice();
    void rejectedKeyIsSaidOnceAndNamesTheAccount();
    void secondStart_data();
    void secondStart();
    void forgetTheOpenAccountOpensTheNextThenTheSandbox();
    void forgetAnAccountNoLongerOpenLeavesTheOpenOne();
    void forgetRefusedByTheKeychainChangesNothing();
    void unreadableSandboxDataIsKeptAsideAndStartedAfresh();
    void sandboxThatCannotStartSaysWhy();
    void unfinishedWritesAreSaidForTheirAccountOnly();

private:
    // A session as the app makes it, on this test's keychain, settings and journal; its sandbox
    // starter answers `sandbox` (by default the real sandbox this test runs).
    std::unique_ptr<Session> makeSession(Session::SandboxStarter sandbox = {});
    Session::Options onTheSandboxUrl() const;
    // Every report of the session, one line each, as the person would get them.
    void listen(Session *session);
    bool told(const QString &part) const;
    int indexOfTold(const QString &part) const;
    bool waitUntilTold(const QString &part, int timeoutMs = 5000) const;
    // What the window's first table does: one page of customers with the session's client.
    // Empty when Stripe answered with them, else its error.
    static QString loadCustomers(Session *session);

    sandbox::Server m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<accounts::AccountStore> m_store;
    std::shared_ptr<ScriptedKeychainBackend::State> m_keychain;
    std::unique_ptr<accounts::KeyVault> m_vault;
    std::unique_ptr<writes::WriteJournal> m_journal;
    QStringList m_told;
    QStringList m_copy; // what the account's copy (the mirror's hooks) was told
};

void TestSession::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(sandbox::Options(), &error), qPrintable(error));
}

void TestSession::init()
{
    for (const QString &file : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(file));
    m_settings = std::make_unique<QSettings>(m_dir.filePath("accounts.ini"), QSettings::IniFormat);
    m_store = std::make_unique<accounts::AccountStore>(m_settings.get());
    m_keychain = std::make_shared<ScriptedKeychainBackend::State>();
    m_vault = std::make_unique<accounts::KeyVault>(std::make_unique<ScriptedKeychainBackend>(m_keychain));
    m_vault->setTimeout(std::chrono::milliseconds(500));
    m_journal = std::make_unique<writes::WriteJournal>(m_dir.filePath("journal.jsonl"));
    m_journal->waitUntilLoaded();
    m_told.clear();
    m_copy.clear();
}

void TestSession::cleanup()
{
    m_vault.reset();
    m_journal.reset();
    m_store.reset();
    m_settings.reset();
}

std::unique_ptr<Session> TestSession::makeSession(Session::SandboxStarter sandbox)
{
    if (!sandbox) {
        const QUrl url = m_sandbox.url();
        sandbox = [url] { return Session::Sandbox {url, sandbox::keys::secret(), {}}; };
    }
    auto made = std::make_unique<Session>(m_vault.get(), m_store.get(), m_journal.get(), std::move(sandbox));
    Session::CopyHooks copy;
    copy.open = [this](const writes::WriteContext &context) { m_copy << "open " + context.accountId; };
    copy.forget = [this](const QString &accountId) { m_copy << "forget " + accountId; };
    made->setCopyHooks(std::move(copy));
    listen(made.get());
    return made;
}

Session::Options TestSession::onTheSandboxUrl() const
{
    Session::Options options;
    options.baseUrl = m_sandbox.url(); // --base-url: the sandbox in place of api.stripe.com
    return options;
}

void TestSession::listen(Session *session)
{
    connect(session, &Session::opened, this, [this, session] {
        m_told << QStringLiteral("opened: %1 (%2)")
                      .arg(session->displayName(), accounts::modeName(session->context().mode));
    });
    connect(session, &Session::openedSandboxInstead, this,
            [this](const QString &reason) { m_told << "instead: " + reason; });
    connect(session, &Session::keyRejected, this,
            [this](const QString &text) { m_told << "key rejected: " + text; });
    connect(session, &Session::keychainFailed, this,
            [this](const accounts::Account &account, const QString &message) {
                m_told << QStringLiteral("keychain failed for %1: %2").arg(account.displayName, message);
            });
    connect(session, &Session::sandboxUnreadable, this, [this](const QString &error, const QString &data) {
        m_told << QStringLiteral("sandbox unreadable: %1 [%2]").arg(error, data);
    });
    connect(session, &Session::problem, this, [this](const QString &title, const QString &text) {
        m_told << QStringLiteral("problem: %1: %2").arg(title, text);
    });
    connect(session, &Session::statusMessage, this,
            [this](const QString &text) { m_told << "status: " + text; });
    connect(session, &Session::journalProblem, this,
            [this](const QString &text) { m_told << "journal: " + text; });
    connect(session, &Session::unfinishedWrites, this,
            [this, session] { m_told << "unfinished writes of " + session->context().accountId; });
    connect(session, &Session::accountsChanged, this,
            [this] { m_told << QStringLiteral("accounts changed"); });
}

bool TestSession::told(const QString &part) const
{
    return indexOfTold(part) >= 0;
}

int TestSession::indexOfTold(const QString &part) const
{
    for (int i = 0; i < m_told.size(); ++i)
        if (m_told.at(i).contains(part))
            return i;
    return -1;
}

bool TestSession::waitUntilTold(const QString &part, int timeoutMs) const
{
    return QTest::qWaitFor([this, &part] { return told(part); }, timeoutMs);
}

QString TestSession::loadCustomers(Session *session)
{
    bool done = false;
    QString error;
    stripe::Reply *reply = session->client()->send(stripe::Request::get(QStringLiteral("/v1/customers")));
    connect(reply, &stripe::Reply::finished, reply, [&done, &error, reply] {
        done = true;
        error = reply->isOk() ? QString() : reply->error().message;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        return QStringLiteral("no answer");
    return error;
}

void TestSession::startsOnTheSandboxWithoutASavedAccount()
{
    auto session = makeSession();
    session->start({});
    QVERIFY(session->isSandbox());
    QCOMPARE(m_told.first(), QStringLiteral("opened: Paydesk Sandbox (sandbox)"));
    QVERIFY(told("status: Opened Paydesk Sandbox"));
    QCOMPARE(m_keychain->calls, 0); // no keychain prompt for made-up data
    QCOMPARE(loadCustomers(session.get()), QString());
    QVERIFY(!session->canForget());
}

void TestSession::startsOnTheAccountUsedLastWithItsKeyFromTheKeychain()
{
    QVERIFY(m_store->save(bolt));
    QVERIFY(m_store->save(acme));
    m_store->setCurrentAccountId(acme.id);
    m_keychain->entries.insert(acme.id, sandbox::keys::secret());
    auto session = makeSession();
    session->start(onTheSandboxUrl());
    QCOMPARE(m_told.value(0),
             QStringLiteral("status: Reading the key for Acme Ltd from the system keychain…"));
    QVERIFY(waitUntilTold("opened: Acme Ltd (test)"));
    QVERIFY(!session->isSandbox());
    QCOMPARE(session->currentAccount(), acme);
    QCOMPARE(session->context().accountId, acme.id);
    QVERIFY(!told("Paydesk Sandbox")); // the sandbox never showed on the way
    QCOMPARE(m_copy, QStringList {"open " + acme.id});
    QCOMPARE(loadCustomers(session.get()), QString()); // the keychain's key is the one sent
    QVERIFY(session->canForget());
}

void TestSession::sandboxOnTheCommandLineReadsNoKey()
{
    QVERIFY(m_store->save(acme));
    m_store->setCurrentAccountId(acme.id);
    m_keychain->entries.insert(acme.id, sandbox::keys::secret());
    auto session = makeSession();
    Session::Options options = onTheSandboxUrl();
    options.sandbox = true;
    session->start(options);
    QVERIFY(session->isSandbox());
    QCOMPARE(m_keychain->calls, 0);
    QCOMPARE(m_store->currentAccountId(), acme.id); // the next plain start opens Acme again
}

void TestSession::unknownAccountOpensTheSandboxAndSaysWhy()
{
    QVERIFY(m_store->save(acme));
    m_store->setCurrentAccountId(acme.id);
    auto session = makeSession();
    Session::Options options = onTheSandboxUrl();
    options.accountId = QStringLiteral("acct_1NoSuchAccount01");
    session->start(options);
    QVERIFY(session->isSandbox());
    const int opened = indexOfTold("opened: Paydesk Sandbox");
    const int why = indexOfTold("instead: No saved account has the id acct_1NoSuchAccount01. Paydesk opened "
                                "the sandbox.");
    QVERIFY2(opened >= 0 && why > opened, qPrintable(m_told.join('\n'))); // said over the open sandbox
    QCOMPARE(m_keychain->calls, 0);
}

void TestSession::keychainFailureOpensTheSandboxAndSaysWhy_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<accounts::VaultError::Kind>("failure");
    QTest::addColumn<bool>("hasEntry");
    QTest::addColumn<QString>("says");
    using Kind = accounts::VaultError::Kind;
    QTest::newRow("no keychain") << Behaviour::Fail << Kind::NoService << true
                                 << "could not reach the system keychain";
    QTest::newRow("locked") << Behaviour::Fail << Kind::Locked << true << "The system keychain is locked";
    QTest::newRow("a prompt nobody answers") << Behaviour::Hang << Kind::None << true << "did not answer";
    QTest::newRow("no key saved") << Behaviour::Answer << Kind::None << false << "has no key saved";
}

void TestSession::keychainFailureOpensTheSandboxAndSaysWhy()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(accounts::VaultError::Kind, failure);
    QFETCH(bool, hasEntry);
    QFETCH(QString, says);
    QVERIFY(m_store->save(acme));
    m_store->setCurrentAccountId(acme.id);
    if (hasEntry)
        m_keychain->entries.insert(acme.id, sandbox::keys::secret());
    m_keychain->behaviour = behaviour;
    m_keychain->failure = failure;
    auto session = makeSession();
    session->start(onTheSandboxUrl());
    QVERIFY(waitUntilTold("keychain failed for Acme Ltd: "));
    QVERIFY2(m_told.at(indexOfTold("keychain failed")).contains(says), qPrintable(m_told.join('\n')));
    // Never a dead end: the sandbox is open behind what is said.
    QVERIFY(session->isSandbox());
    QVERIFY(indexOfTold("opened: Paydesk Sandbox") < indexOfTold("keychain failed"));
    QVERIFY(!told("opened: Acme"));
    // The person may enter the key: the account opens with it.
    session->openAccount(acme, sandbox::keys::secret());
    QVERIFY(told("opened: Acme Ltd (test)"));
    QCOMPARE(loadCustomers(session.get()), QString());
}

void TestSession::lateKeychainAnswerDoesNotUndoAChoice_data()
{
    QTest::addColumn<bool>("answersWithTheKey");
    QTest::newRow("the key, late") << true;
    QTest::newRow("a failure, late") << false;
}

void TestSession::lateKeychainAnswerDoesNotUndoAChoice()
{
    QFETCH(bool, answersWithTheKey);
    QVERIFY(m_store->save(acme));
    m_store->setCurrentAccountId(acme.id);
    m_keychain->behaviour = Behaviour::Hang; // a desktop prompt, answered after a while
    m_vault->setTimeout(std::chrono::seconds(30));
    auto session = makeSession();
    session->start(onTheSandboxUrl());
    QVERIFY(told("Reading the key for Acme Ltd"));
    // Meanwhile the person chose the sandbox from the Account menu.
    session->openSandbox();
    QVERIFY(session->isSandbox());
    QCOMPARE(m_keychain->hung.size(), 1);
    m_keychain->answerHung(
        answersWithTheKey
            ? accounts::KeychainAnswer {accounts::VaultError::Kind::None, sandbox::keys::secret(), {}}
            : accounts::KeychainAnswer {accounts::VaultError::Kind::Locked, {}, {}});
    QCoreApplication::processEvents();
    QVERIFY(session->isSandbox());
    QVERIFY2(!told("opened: Acme") && !told("keychain failed"), qPrintable(m_told.join('\n')));
}

void TestSession::rejectedKeyIsSaidOnceAndNamesTheAccount()
{
    QVERIFY(m_store->save(acme));
    m_store->setCurrentAccountId(acme.id);
    m_keychain->entries.insert(acme.id, sandbox::keys::expired()); // Stripe no longer takes it
    auto session = makeSession();
    session->start(onTheSandboxUrl());
    QVERIFY(waitUntilTold("opened: Acme Ltd"));
    QVERIFY(!session->isKeyRejected());
    QVERIFY(loadCustomers(session.get()).contains("expired", Qt::CaseInsensitive));
    QVERIFY(session->isKeyRejected());
    QCOMPARE(m_told.filter("key rejected").size(), 1);
    const QString said = m_told.filter("key rejected").first();
    QVERIFY2(said.contains("This API key has expired") && said.contains("(Acme Ltd)"), qPrintable(said));
    QCOMPARE(session->keyRejectedText(), said.mid(QStringLiteral("key rejected: ").size()));
    // Every further request fails at once, and is not said again.
    QVERIFY(!loadCustomers(session.get()).isEmpty());
    QCOMPARE(m_told.filter("key rejected").size(), 1);
    // Another key (here the sandbox's) clears it.
    session->openSandbox();
    QVERIFY(!session->isKeyRejected());
    QCOMPARE(loadCustomers(session.get()), QString());
}

void TestSession::secondStart_data()
{
    QTest::addColumn<bool>("fromAcme"); // else from the sandbox
    QTest::addColumn<bool>("sandbox"); // the second start's command line: --sandbox,
    QTest::addColumn<QString>("accountId"); // --account
    QTest::addColumn<QString>("baseUrl"); // --base-url
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("shows");
    QTest::newRow("no arguments") << true << false << QString() << QString()
                                  << "Paydesk was started again: this is the window already open."
                                  << "Acme Ltd";
    QTest::newRow("--sandbox") << true << true << QString() << QString()
                               << "Paydesk was started again with --sandbox: it shows the sandbox."
                               << "Paydesk Sandbox";
    QTest::newRow("--account of a saved one")
        << false << false << bolt.id << QString()
        << QStringLiteral("Paydesk was started again with --account %1: it shows Bolt GmbH.").arg(bolt.id)
        << "Bolt GmbH";
    QTest::newRow("--account of the open one")
        << true << false << acme.id << QString()
        << QStringLiteral("Paydesk was started again with --account %1: it shows Acme Ltd.").arg(acme.id)
        << "Acme Ltd";
    QTest::newRow("--account nobody saved")
        << true << false << "acct_1NoSuchAccount01" << QString()
        << "Paydesk was started again with --account acct_1NoSuchAccount01, but no saved account has that id."
        << "Acme Ltd";
    QTest::newRow("another --base-url")
        << false << false << QString() << "https://proxy.example.com"
        << "cannot switch to https://proxy.example.com. Quit Paydesk and start it again with --base-url"
        << "Paydesk Sandbox";
}

void TestSession::secondStart()
{
    QFETCH(bool, fromAcme);
    QFETCH(bool, sandbox);
    QFETCH(QString, accountId);
    QFETCH(QString, baseUrl);
    QFETCH(QString, answer);
    QFETCH(QString, shows);
    QVERIFY(m_store->save(acme));
    QVERIFY(m_store->save(bolt));
    m_keychain->entries.insert(acme.id, sandbox::keys::secret());
    m_keychain->entries.insert(bolt.id, sandbox::keys::secret());
    auto session = makeSession();
    Session::Options first = onTheSandboxUrl();
    first.accountId = fromAcme ? acme.id : QString();
    first.sandbox = !fromAcme;
    session->start(first);
    const QString before = fromAcme ? QStringLiteral("Acme Ltd") : QStringLiteral("Paydesk Sandbox");
    QVERIFY(QTest::qWaitFor([&] { return session->displayName() == before; }, 5000));
    const int openedBefore = int(m_told.filter("opened:").size());

    const QString said = session->followSecondStart({sandbox, QUrl(baseUrl), accountId});
    QVERIFY2(said.contains(answer), qPrintable(said));
    QVERIFY(told("status: " + said)); // the running window says it too
    QVERIFY(QTest::qWaitFor([&] { return session->displayName() == shows; }, 5000));
    if (shows == before) // nothing opened again that was already open
        QCOMPARE(int(m_told.filter("opened:").size()), openedBefore);
}

void TestSession::forgetTheOpenAccountOpensTheNextThenTheSandbox()
{
    QVERIFY(m_store->save(acme));
    QVERIFY(m_store->save(bolt));
    m_store->setCurrentAccountId(acme.id);
    m_keychain->entries.insert(acme.id, sandbox::keys::secret());
    m_keychain->entries.insert(bolt.id, sandbox::keys::secret());
    auto session = makeSession();
    session->start(onTheSandboxUrl());
    QVERIFY(waitUntilTold("opened: Acme Ltd"));

    session->forget(acme.id);
    QVERIFY(waitUntilTold("opened: Bolt GmbH (test)"));
    QVERIFY(!m_keychain->entries.contains(acme.id));
    QVERIFY(!m_store->contains(acme.id));
    QVERIFY(!m_settings->allKeys().join(' ').contains(acme.id));
    QVERIFY(m_copy.contains("forget " + acme.id)); // its copy on this desk goes too
    QVERIFY(indexOfTold("accounts changed") < indexOfTold("opened: Bolt GmbH"));
    QCOMPARE(session->currentAccount(), bolt);

    session->forget(bolt.id);
    QVERIFY(waitUntilTold("opened: Paydesk Sandbox"));
    QVERIFY(session->isSandbox());
    QVERIFY(m_store->accounts().isEmpty());
    QVERIFY(m_keychain->entries.isEmpty());
    QVERIFY(m_store->currentAccountId().isEmpty()); // the next start opens the sandbox
}

void TestSession::forgetAnAccountNoLongerOpenLeavesTheOpenOne()
{
    // Forget was asked about Acme; before the answer, a second start opened Bolt.
    QVERIFY(m_store->save(acme));
    QVERIFY(m_store->save(bolt));
    m_keychain->entries.insert(acme.id, sandbox::keys::secret());
    m_keychain->entries.insert(bolt.id, sandbox::keys::secret());
    auto session = makeSession();
    Session::Options options = onTheSandboxUrl();
    options.accountId = bolt.id;
    session->start(options);
    QVERIFY(waitUntilTold("opened: Bolt GmbH"));
    const int openedBefore = int(m_told.filter("opened:").size());
    session->forget(acme.id);
    QVERIFY(waitUntilTold("accounts changed"));
    QVERIFY(!m_store->contains(acme.id));
    QVERIFY(!m_keychain->entries.contains(acme.id));
    QCOMPARE(session->currentAccount(), bolt);
    QCOMPARE(int(m_told.filter("opened:").size()), openedBefore);
    QCOMPARE(loadCustomers(session.get()), QString()); // Bolt's client still works
}

void TestSession::forgetRefusedByTheKeychainChangesNothing()
{
    QVERIFY(m_store->save(acme));
    m_store->setCurrentAccountId(acme.id);
    m_keychain->entries.insert(acme.id, sandbox::keys::secret());
    auto session = makeSession();
    session->start(onTheSandboxUrl());
    QVERIFY(waitUntilTold("opened: Acme Ltd"));
    m_keychain->behaviour = Behaviour::Fail;
    m_keychain->failure = accounts::VaultError::Kind::Locked;
    session->forget(acme.id);
    QVERIFY(waitUntilTold("problem: The key could not be deleted: "));
    QVERIFY2(told("so the key was not deleted"), qPrintable(m_told.join('\n')));
    QVERIFY(m_store->contains(acme.id));
    QVERIFY(m_keychain->entries.contains(acme.id));
    QCOMPARE(session->currentAccount(), acme);
    QVERIFY(!m_copy.contains("forget " + acme.id)); // its copy is kept too
    QVERIFY(!told("accounts changed"));
}

void TestSession::unreadableSandboxDataIsKeptAsideAndStartedAfresh()
{
    // As app/main.cpp's starter: the saved data that cannot be read is named, and kept.
    QTemporaryDir data;
    const QString file = data.filePath("sandbox.json");
    QFile cut(file);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write("{\"customers\": [{\"id\": \"cus_");
    cut.close();
    const QUrl url = m_sandbox.url();
    auto session = makeSession([file, url] {
        if (QFile::exists(file))
            return Session::Sandbox {{}, {}, "The sandbox could not start: " + file + " is cut short", file};
        return Session::Sandbox {url, sandbox::keys::secret(), {}};
    });
    session->start({});
    QVERIFY(told(
        QStringLiteral("sandbox unreadable: The sandbox could not start: %1 is cut short [%1]").arg(file)));
    QVERIFY(!session->isOpen()); // nothing is thrown aside until the person says so

    session->startSandboxAfresh(file);
    QVERIFY(session->isSandbox());
    const QStringList kept = QDir(data.path()).entryList({"sandbox.json.unreadable-*"});
    QCOMPARE(kept.size(), 1);
    QFile keptFile(data.filePath(kept.first()));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), QByteArray("{\"customers\": [{\"id\": \"cus_"));
    QVERIFY2(
        told("status: The sandbox started afresh. Its old data is kept in " + data.filePath(kept.first())),
        qPrintable(m_told.join('\n')));
}

void TestSession::sandboxThatCannotStartSaysWhy()
{
    auto session = makeSession([] {
        return Session::Sandbox {{}, {}, QStringLiteral("The sandbox could not start: no free port")};
    });
    session->start({});
    QVERIFY(!session->isOpen());
    QVERIFY2(told("problem: The sandbox could not start: The sandbox could not start: no free port"),
             qPrintable(m_told.join('\n')));
    QCOMPARE(session->followSecondStart({true, {}, {}}),
             QStringLiteral("Paydesk was started again with --sandbox, but the sandbox could not start."));
}

void TestSession::unfinishedWritesAreSaidForTheirAccountOnly()
{
    // A refund of Acme's that never got an answer (Paydesk was killed while it was on its way).
    writes::WriteIntent intent;
    intent.id = QStringLiteral("5f0c4c0e-1111-4222-8333-444455556666");
    intent.createdAt = QDateTime::currentDateTimeUtc();
    intent.accountId = acme.id;
    intent.mode = acme.mode;
    intent.operation = QStringLiteral("refund");
    intent.target = QStringLiteral("ch_1Unfinished000001");
    intent.summary = QStringLiteral("Refund $20.00");
    QString error;
    QVERIFY2(m_journal->recordIntent(intent, &error), qPrintable(error));
    QVERIFY(m_store->save(acme));
    m_keychain->entries.insert(acme.id, sandbox::keys::secret());
    auto session = makeSession();
    session->start(onTheSandboxUrl());
    QVERIFY(session->isSandbox());
    QVERIFY(!told("unfinished writes"));
    session->openSaved(acme.id);
    QVERIFY(waitUntilTold("unfinished writes of " + acme.id));
    QVERIFY(indexOfTold("opened: Acme Ltd") < indexOfTold("unfinished writes"));
}

PAYDESK_TEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
