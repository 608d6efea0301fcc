#pragma once

#include "src/accounts/Account.h"
#include "src/stripe/Client.h"
#include "src/writes/WriteContext.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace accounts {
class AccountStore;
class KeyVault;
} // namespace accounts
namespace writes {
class WriteJournal;
}

namespace session {

// Which account Paydesk works on, and how it got there: at start the saved account's key from
// the keychain (or the built-in sandbox when there is none), later Connect, switching, a second
// start and Forget. It owns the account's client; opening another account deletes the old
// client, which abandons everything the old account had in flight.
//
// Headless, like the rest of src/: it decides and reports (the signals), a view shows the
// reports (ui/Workspace) and asks the person what only they can answer. Nothing here waits for
// a person: every question is a signal, every answer a call.
class Session : public QObject
{
    Q_OBJECT

public:
    // What the command line asks for; a second start's arguments too.
    struct Options
    {
        bool sandbox = false; // --sandbox
        QUrl baseUrl; // --base-url: instead of https://api.stripe.com
        QString accountId; // --account
    };

    // Starts the built-in sandbox (once) and answers its URL and key, or an error.
    struct Sandbox
    {
        QUrl url;
        QString key;
        QString error;
        // With an error: the sandbox's saved data, which it could not read (cut short, not JSON,
        // not a sandbox). It can be kept aside and the sandbox started afresh (startSandboxAfresh).
        QString unreadableData = {};
    };
    using SandboxStarter = std::function<Sandbox()>;

    // The account's local copy (mirror::AccountMirror, in a library above this one): told of
    // each account that opens and of its writes, and asked to delete a forgotten account's copy.
    // Every hook is optional.
    struct CopyHooks
    {
        std::function<std::function<void(const QJsonObject &)>(const QString &accountId)> writeHook;
        std::function<void(const writes::WriteContext &context)> open;
        std::function<void(const QString &accountId)> forget;
    };

    Session(accounts::KeyVault *vault, accounts::AccountStore *store, writes::WriteJournal *journal,
            SandboxStarter startSandbox, QObject *parent = nullptr);
    ~Session() override;

    void setCopyHooks(CopyHooks hooks) { m_copy = std::move(hooks); }

    // Opens what the command line asks for, else the account used last, else the sandbox. An
    // account that cannot be opened (unknown id, unreadable key) leaves the sandbox open and
    // says why. Call it once the view listens: the journal's problems are reported from here.
    void start(const Options &options);
    // Paydesk was started again with these options while this one runs: does what they ask
    // where it can (open the sandbox, switch to a saved account) and answers the sentence for
    // the status bar and for the second start to print. A different --base-url cannot be
    // honoured by a running session: the sentence says so.
    QString followSecondStart(const Options &options);

    // Each of these replaces whatever was asked to open before it: a keychain that answers after
    // the person chose something else opens nothing.
    void openSandbox();
    // A saved account, with its key from the keychain (asynchronous).
    void openSaved(const QString &accountId);
    // An account and its key, just entered (Connect).
    void openAccount(const accounts::Account &account, const QString &key);

    // After sandboxUnreadable: renames the unreadable file aside (kept, never deleted) and starts
    // the sandbox with new made-up data.
    void startSandboxAfresh(const QString &unreadableData);

    // Deletes the account's key from the keychain, then its settings and its local copy; if it
    // is the one open, the next saved account (or the sandbox) opens. A keychain that refuses
    // leaves everything as it was and says so (problem).
    void forget(const QString &accountId);

    bool isOpen() const { return m_client != nullptr; }
    bool isSandbox() const { return m_sandboxOpen; }
    accounts::Account currentAccount() const { return m_account; }
    // What is open, as the window names it ("Paydesk Sandbox", "Acme Ltd").
    QString displayName() const { return m_name; }
    bool canForget() const;
    stripe::Client *client() const { return m_client.get(); }
    const writes::WriteContext &context() const { return m_context; }
    QUrl stripeBaseUrl() const;
    // Stripe refused the open account's key (revoked, expired): every request fails until
    // another key is entered. What the person is told is keyRejectedText().
    bool isKeyRejected() const { return !m_keyRejected.isEmpty(); }
    QString keyRejectedText() const { return m_keyRejected; }

    accounts::KeyVault *vault() const { return m_vault; }
    accounts::AccountStore *store() const { return m_store; }

signals:
    // Another account (or the sandbox) is open: client(), context() and displayName() are new.
    void opened();
    // --account named no saved account; the sandbox opened instead.
    void openedSandboxInstead(const QString &reason);
    // Stripe refused the open account's key; sent once per key.
    void keyRejected(const QString &text);
    // The saved account's key could not be read; the sandbox opened instead. The person may
    // enter the key (openAccount) or stay on the sandbox.
    void keychainFailed(const accounts::Account &account, const QString &message);
    // The sandbox's saved data cannot be read; nothing opened. The person may start it afresh.
    void sandboxUnreadable(const QString &error, const QString &unreadableData);
    // Something could not be done; nothing changed.
    void problem(const QString &title, const QString &text);
    // A line for the status bar; timeoutMs 0 keeps it until the next one.
    void statusMessage(const QString &text, int timeoutMs);
    // The journal could not be read or written (a full disk): said where it cannot be missed.
    void journalProblem(const QString &text);
    // The open account has writes that never got an answer (Paydesk was closed or killed while
    // one was on its way): they are to be settled before anything else.
    void unfinishedWrites();
    // The saved accounts changed (one was forgotten).
    void accountsChanged();

private:
    void openWithKey(const accounts::Account &account, const QString &key);
    void readFailed(const accounts::Account &account, const QString &message);
    void show(std::unique_ptr<stripe::Client> client, accounts::Mode mode, const QString &accountId,
              const QString &name);
    void onKeyRejected(const stripe::Error &error);
    void forgotten(const QString &accountId);

    accounts::KeyVault *m_vault;
    accounts::AccountStore *m_store;
    writes::WriteJournal *m_journal;
    SandboxStarter m_startSandbox;
    CopyHooks m_copy;
    Options m_options;
    std::unique_ptr<stripe::Client> m_client;
    writes::WriteContext m_context;
    accounts::Account m_account;
    QString m_name;
    bool m_sandboxOpen = false;
    QString m_keyRejected;
    // Which request to open something is the latest: a keychain read answers for its own only.
    quint64 m_openRequest = 0;
};

} // namespace session
