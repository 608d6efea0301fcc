#include "tests/integration/mirror/support/AccountDesk.h"
#include "tests/integration/mirror/support/PrivateCluster.h"
#include "tests/integration/mirror/support/SandboxTruth.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include "src/mirror/OverviewFeed.h"
#include "src/mirror/SourceStatus.h"
#include "src/writes/CustomerWrites.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

using mirror::AccountMirror;
using mirror::Mirror;
using mirror::SourceStatus;

// The mirror's life in the app, per account: on by default on the sandbox and in test mode,
// offered once in live mode, stopped when another account opens, paused and resumed, its file
// deleted by Forget; Paydesk's own writes in it at once; a damaged file rebuilt, saying so; a
// team database that goes away and comes back. On both stores where it applies.
class TestMirrorAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onByDefaultOnTheSandboxAndInTestMode();
    void anotherAccountStopsTheFirst();
    void liveModeOffersOnceAndRemembersTheAnswer();
    void ownWriteIsInTheMirrorAtOnce_data() { StoreUnderTest::addRows(); }
    void ownWriteIsInTheMirrorAtOnce();
    void pauseKeepsTheCopyAndResumeGoesOn();
    void deleteCopyAndForgetRemoveTheFile();
    void damagedFileIsRebuiltSayingSo();
    void teamDatabaseGoesAwayAndComesBack();
    void teamPasswordMissingSaysSo();

private:
    std::unique_ptr<sandbox::EmbeddedServer> m_sandbox;
};

void TestMirrorAccount::initTestCase()
{
    m_sandbox = std::make_unique<sandbox::EmbeddedServer>();
    QString error;
    QVERIFY2(m_sandbox->start(sandboxTruth::smallAccount(), &error), qPrintable(error));
}

void TestMirrorAccount::onByDefaultOnTheSandboxAndInTestMode()
{
    for (const accounts::Mode mode : {accounts::Mode::Sandbox, accounts::Mode::Test}) {
        AccountDesk desk(m_sandbox->url());
        QSignalSpy offers(desk.account.get(), &AccountMirror::offerWanted);
        desk.account->open(desk.context(mode));
        QVERIFY(desk.account->isOn());
        QVERIFY(desk.ready());
        QVERIFY(offers.isEmpty());
        // Its own file, private, in the account's data folder; never the key.
        const QString file = desk.account->sqlitePath();
        QCOMPARE(file, mirror::sqliteFileFor(desk.dataDir(), desk.account->accountId()));
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QVERIFY(!bytes.readAll().contains(sandbox::keys::secret().toUtf8()));
        const SourceStatus status = SourceStatus::of(*desk.account, QDateTime::currentDateTime(), {}, true);
        QCOMPARE(status.source, SourceStatus::Source::Mirror);
        QVERIFY2(status.text.startsWith("Synced ") && status.text.endsWith(" ago"), qPrintable(status.text));
        QVERIFY2(status.detail.contains(file), qPrintable(status.detail));
        // Its client is its own: the app's stays free for the tabs.
        QCOMPARE(desk.client.requestLog()->entries().size(), 0);
    }
}

void TestMirrorAccount::anotherAccountStopsTheFirst()
{
    AccountDesk desk(m_sandbox->url());
    desk.account->open(desk.context(accounts::Mode::Sandbox));
    QVERIFY(desk.ready());
    QPointer<Mirror> first = desk.account->mirror();
    QSignalSpy changed(desk.account.get(), &AccountMirror::mirrorChanged);
    desk.account->open(desk.context(accounts::Mode::Test));
    QVERIFY(QTest::qWaitFor([&] { return !first; }, 5000)); // stopped and gone
    QVERIFY(desk.account->mirror());
    QCOMPARE(desk.account->accountId(), sandbox::Server::accountId());
    QVERIFY(desk.ready());
    desk.account->close();
    QVERIFY(!desk.account->mirror());
    QCOMPARE(SourceStatus::of(*desk.account, QDateTime::currentDateTime(), {}, true).text,
             QStringLiteral("From Stripe"));
}

void TestMirrorAccount::liveModeOffersOnceAndRemembersTheAnswer()
{
    AccountDesk desk(m_sandbox->url());
    {
        QSignalSpy offers(desk.account.get(), &AccountMirror::offerWanted);
        desk.account->open(desk.context(accounts::Mode::Live));
        QVERIFY(offers.wait(2000));
        QVERIFY(!desk.account->mirror()); // nothing is copied before the answer
        QVERIFY(!QFileInfo::exists(desk.account->sqlitePath()));
        QCOMPARE(SourceStatus::of(*desk.account, QDateTime::currentDateTime(), {}, true).text, "From Stripe");
        desk.account->setOn(false); // "Not now"
    }
    // Asked once: not at the next opening, nor after a restart.
    for (int start = 0; start < 2; ++start) {
        if (start == 1) {
            desk.account = std::make_unique<AccountMirror>(desk.dataDir());
            desk.account->setVault(desk.vault.get());
        }
        QSignalSpy offers(desk.account.get(), &AccountMirror::offerWanted);
        desk.account->open(desk.context(accounts::Mode::Live));
        QVERIFY(!offers.wait(500));
        QVERIFY(!desk.account->mirror());
    }
    // Turned on later, from the status bar's menu: it starts, and stays on next time.
    desk.account->setOn(true);
    QVERIFY(desk.ready());
    desk.account->open(desk.context(accounts::Mode::Live));
    QVERIFY(desk.account->mirror());
    QCOMPARE(mirror::MirrorSettings().choice(sandbox::Server::accountId()),
             mirror::MirrorSettings::Choice::On);
}

void TestMirrorAccount::ownWriteIsInTheMirrorAtOnce()
{
    OPEN_TEST_STORE(place);
    // Events are read every minute only: what arrives sooner came from the write's own answer.
    AccountDesk desk(m_sandbox->url(), 60000);
    desk.openOn(place);
    QVERIFY(desk.ready());
    QCOMPARE(desk.account->mirror()->config().backend, place.backend());
    if (place.backend() == mirror::Backend::Postgres)
        QVERIFY(desk.account->storeLocation().contains("team database"));

    writes::CustomerFields fields;
    fields.name = "Written Here";
    fields.email = "written@example.com";
    writes::CreateCustomerWrite create(desk.context(accounts::Mode::Test), fields);
    QSignalSpy finished(&create, &writes::Write::finished);
    QVERIFY(create.start());
    QVERIFY(finished.wait());
    const QString id = finished.first().first().value<writes::WriteResult>().object.value("id").toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return !desk.object(objects::Kind::Customer, id).isEmpty(); }, 3000));
    QCOMPARE(desk.object(objects::Kind::Customer, id).value("name").toString(),
             QStringLiteral("Written Here"));

    // A deletion too.
    writes::DeleteCustomerWrite remove(desk.context(accounts::Mode::Test),
                                       desk.object(objects::Kind::Customer, id));
    QSignalSpy removed(&remove, &writes::Write::finished);
    QVERIFY(remove.start());
    QVERIFY(removed.wait());
    QVERIFY(QTest::qWaitFor([&] { return desk.object(objects::Kind::Customer, id).isEmpty(); }, 3000));
}

void TestMirrorAccount::pauseKeepsTheCopyAndResumeGoesOn()
{
    AccountDesk desk(m_sandbox->url());
    desk.account->open(desk.context(accounts::Mode::Sandbox));
    QVERIFY(desk.ready());
    desk.account->pause();
    QVERIFY(desk.account->isPaused());
    QVERIFY(!desk.account->mirror());
    QVERIFY(QFileInfo::exists(desk.account->sqlitePath()));
    QCOMPARE(SourceStatus::of(*desk.account, QDateTime::currentDateTime(), {}, true).text,
             QStringLiteral("Sync paused — from Stripe"));
    // A change made meanwhile arrives once it resumes, from where it stopped.
    SandboxHttp http(m_sandbox->url());
    const auto created = http.post("/v1/customers", "name=While%20Paused");
    QCOMPARE(created.status, 200);
    desk.account->resume();
    QVERIFY(desk.ready());
    const QString id = created.json.value("id").toString();
    QVERIFY(QTest::qWaitFor([&] { return !desk.object(objects::Kind::Customer, id).isEmpty(); }, 10000));
}

void TestMirrorAccount::deleteCopyAndForgetRemoveTheFile()
{
    AccountDesk desk(m_sandbox->url());
    desk.account->open(desk.context(accounts::Mode::Test));
    QVERIFY(desk.ready());
    const QString file = desk.account->sqlitePath();
    QVERIFY(QFileInfo::exists(file));
    QString error;
    QVERIFY2(desk.account->deleteCopy(&error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(file + "-wal"));
    QVERIFY(!desk.account->isOn()); // deleted means off, until turned on again
    QVERIFY(!desk.account->mirror());

    desk.account->setOn(true);
    QVERIFY(desk.ready());
    mirror::MirrorSettings().setTeamConnection(sandbox::Server::accountId(), "host=/nowhere dbname=team");
    desk.keychain->entries.insert(accounts::KeyVault::teamPasswordEntry(sandbox::Server::accountId()), "pw");
    // Forget this account: the file, the settings and the team's password go.
    desk.account->forget(sandbox::Server::accountId());
    QVERIFY(!desk.account->isOpen());
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(mirror::MirrorSettings().choice(sandbox::Server::accountId()),
             mirror::MirrorSettings::Choice::Undecided);
    QVERIFY(mirror::MirrorSettings().teamConnection(sandbox::Server::accountId()).isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !desk.keychain->entries.contains(
                accounts::KeyVault::teamPasswordEntry(sandbox::Server::accountId()));
        },
        3000));
}

void TestMirrorAccount::damagedFileIsRebuiltSayingSo()
{
    AccountDesk desk(m_sandbox->url());
    desk.account->open(desk.context(accounts::Mode::Sandbox));
    QVERIFY(desk.ready());
    const QString file = desk.account->sqlitePath();
    desk.account->close();
    {
        // Pages of the file overwritten with noise, past its header.
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        QVERIFY(damaged.size() > 16 * 4096);
        damaged.seek(4096);
        damaged.write(QByteArray(12 * 4096, '\x5a'));
    }
    QSignalSpy notices(desk.account.get(), &AccountMirror::noticeRaised);
    desk.account->open(desk.context(accounts::Mode::Sandbox));
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &notice : notices)
                if (notice.first().toString().contains("damaged"))
                    return true;
            return false;
        },
        15000));
    QVERIFY(desk.ready());
    QVERIFY(QTest::qWaitFor([&] { return desk.account->mirror()->isComplete(); }, 20000));
}

void TestMirrorAccount::teamDatabaseGoesAwayAndComesBack()
{
    PrivateCluster cluster;
    if (!cluster.isStarted())
        QSKIP("no PostgreSQL of the test's own could start here");
    AccountDesk desk(m_sandbox->url());
    const auto config = cluster.config(sandbox::Server::accountId());
    mirror::MirrorSettings().setTeamConnection(sandbox::Server::accountId(), config.postgres);
    desk.keychain->entries.insert(accounts::KeyVault::teamPasswordEntry(sandbox::Server::accountId()),
                                  cluster.password());
    desk.account->open(desk.context(accounts::Mode::Test));
    QVERIFY(desk.ready());
    QVERIFY(desk.account->storeLocation().contains("dbname=postgres"));
    QVERIFY(!desk.account->storeLocation().contains(cluster.password()));

    QSignalSpy notices(desk.account.get(), &AccountMirror::noticeRaised);
    QVERIFY(cluster.pause());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return SourceStatus::of(*desk.account, QDateTime::currentDateTime(), {}, true).source
                == SourceStatus::Source::TeamUnavailable;
        },
        20000));
    QCOMPARE(SourceStatus::of(*desk.account, QDateTime::currentDateTime(), {}, true).text,
             QStringLiteral("Team database unavailable — from Stripe"));
    QVERIFY(!notices.isEmpty());
    QVERIFY2(notices.last().first().toString().contains("cannot be reached"),
             qPrintable(notices.last().first().toString()));

    QVERIFY(cluster.resume());
    QVERIFY(desk.ready(30000));
    QVERIFY(QTest::qWaitFor([&] { return notices.last().first().toString().isEmpty(); }, 5000));
    QCOMPARE(SourceStatus::of(*desk.account, QDateTime::currentDateTime(), {}, true).source,
             SourceStatus::Source::Mirror);
}

void TestMirrorAccount::teamPasswordMissingSaysSo()
{
    AccountDesk desk(m_sandbox->url());
    mirror::MirrorSettings().setTeamConnection(sandbox::Server::accountId(), "host=/nowhere dbname=team");
    QSignalSpy notices(desk.account.get(), &AccountMirror::noticeRaised);
    desk.account->open(desk.context(accounts::Mode::Test));
    QVERIFY(QTest::qWaitFor([&] { return !desk.account->teamProblem().isEmpty(); }, 5000));
    QVERIFY(!desk.account->mirror());
    QVERIFY2(desk.account->teamProblem().contains("password could not be read"),
             qPrintable(desk.account->teamProblem()));
    QCOMPARE(SourceStatus::of(*desk.account, QDateTime::currentDateTime(), {}, true).text,
             QStringLiteral("Team database unavailable — from Stripe"));
    QVERIFY(!notices.isEmpty());
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorAccount)
#include "tst_mirror_account.moc"
