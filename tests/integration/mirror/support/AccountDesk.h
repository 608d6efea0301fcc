#pragma once

#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/support/ScriptedKeychainBackend.h"

#include "src/accounts/KeyVault.h"
#include "src/mirror/AccountMirror.h"
#include "src/mirror/Reader.h"
#include "src/sandbox/EmbeddedServer.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/sandbox/Server.h"
#include "src/stripe/Client.h"
#include "src/writes/WriteJournal.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The app's side of the mirror as the window drives it: an AccountMirror for a data folder, the
// account's client (the app's, on the sandbox), a scripted keychain for the team database's
// password, and settings of the test's own.
class AccountDesk
{
public:
    explicit AccountDesk(const QUrl &sandbox, int pollMs = 300)
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("settings"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
        QSettings().clear();
        client.setBaseUrl(sandbox);
        client.setApiKey(sandbox::keys::secret());
        keychain = std::make_shared<ScriptedKeychainBackend::State>();
        vault = std::make_unique<accounts::KeyVault>(std::make_unique<ScriptedKeychainBackend>(keychain));
        journal = std::make_unique<writes::WriteJournal>(m_dir.filePath("journal.jsonl"));
        account = std::make_unique<mirror::AccountMirror>(m_dir.filePath("data"));
        account->setVault(vault.get());
        mirror::Mirror::Options options;
        options.pollInterval = std::chrono::milliseconds(pollMs);
        options.teamInterval = std::chrono::milliseconds(300);
        options.reconnectInterval = std::chrono::milliseconds(500);
        account->setMirrorOptions(options);
    }
    ~AccountDesk() { account.reset(); }

    QString dataDir() const { return m_dir.filePath("data"); }
    writes::WriteContext context(accounts::Mode mode, const QString &id = sandbox::Server::accountId())
    {
        writes::WriteContext context {&client, journal.get(),
                                      mode == accounts::Mode::Sandbox ? QStringLiteral("sandbox") : id, mode};
        context.written = account->writeHook(context.accountId);
        return context;
    }
    // Opens the account on the store of the test's row: its own file, or the team's PostgreSQL
    // (connection saved, password in the keychain, as the Team database dialog leaves them).
    void openOn(const StoreUnderTest &place, accounts::Mode mode = accounts::Mode::Test)
    {
        if (place.backend() == mirror::Backend::Postgres) {
            mirror::MirrorSettings().setTeamConnection(sandbox::Server::accountId(), place.config().postgres);
            keychain->entries.insert(accounts::KeyVault::teamPasswordEntry(sandbox::Server::accountId()),
                                     place.password());
        }
        account->open(context(mode));
    }
    bool ready(int timeoutMs = 30000)
    {
        return QTest::qWaitFor(
            [&] {
                return account->mirror() && account->mirror()->state() == mirror::Mirror::State::Ready
                    && account->mirror()->lastSynced().isValid();
            },
            timeoutMs);
    }
    QJsonObject object(objects::Kind kind, const QString &id)
    {
        if (!account->mirror() || !account->mirror()->store())
            return {};
        const auto found = mirror::Reader(*account->mirror()->store()).object(kind, id);
        return found ? found->object() : QJsonObject();
    }

    stripe::Client client;
    std::shared_ptr<ScriptedKeychainBackend::State> keychain;
    std::unique_ptr<accounts::KeyVault> vault;
    std::unique_ptr<writes::WriteJournal> journal;
    std::unique_ptr<mirror::AccountMirror> account;

private:
    QTemporaryDir m_dir;
};
