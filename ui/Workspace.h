#pragma once

#include "src/accounts/Account.h"
#include "src/stripe/Client.h"
#include "src/writes/WriteContext.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class MainWindow;

namespace accounts {
class AccountStore;
class KeyVault;
} // namespace accounts
namespace mirror {
class AccountMirror;
}
namespace writes {
class WriteJournal;
}

// Which account the window shows, and how it got there: at start-up the saved account's key
// from the keychain (or the built-in sandbox when there is none), later Connect, switching
// and Forget from the Account menu. It owns the account's client; switching accounts deletes
// the old client, which abandons everything the old account had in flight.
class Workspace : public QObject
{
    Q_OBJECT

public:
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
        // not a sandbox). The window offers to keep it aside and start the sandbox afresh.
        QString unreadableData = {};
    };
    using SandboxStarter = std::function<Sandbox()>;

    Workspace(MainWindow *window, accounts::KeyVault *vault, accounts::AccountStore *store,
              writes::WriteJournal *journal, SandboxStarter startSandbox, QObject *parent = nullptr);
    ~Workspace() override;

    // The accounts' mirror: started for each account the window opens, told of its writes,
    // its file deleted by Forget. Optional (without one, Paydesk reads from Stripe only).
    void setMirror(mirror::AccountMirror *mirror) { m_mirror = mirror; }

    void start(const Options &options);
    // Paydesk was started again with these options while this window runs: does what they ask
    // where it can (open the sandbox, switch to a saved account), says so in the status bar and
    // answers the same sentence for the second start to print. A different --base-url cannot be
    // honoured by a running window: the sentence says so.
    QString followSecondStart(const Options &options);

    void openSandbox();
    void openAccount(const accounts::Account &account, const QString &key);
    // The Connect dialog, against Stripe (or the --base-url / sandbox URL in use).
    void connectToStripe();
    void forgetCurrentAccount();

    bool isSandbox() const { return m_sandboxOpen; }
    accounts::Account currentAccount() const { return m_account; }
    stripe::Client *client() const { return m_client.get(); }
    const writes::WriteContext &context() const { return m_context; }
    QUrl stripeBaseUrl() const;

signals:
    // The window shows another account (or the sandbox).
    void opened();

private:
    void openSaved(const QString &accountId);
    void offerFreshSandbox(const QString &error, const QString &unreadableData);
    void showProblem(const QString &title, const QString &text);
    void keychainFailed(const accounts::Account &account, const QString &message, bool canEnterKey);
    void show(std::unique_ptr<stripe::Client> client, accounts::Mode mode, const QString &accountId,
              const QString &name);
    void onKeyRejected(const stripe::Error &error);
    void rebuildAccountMenu();

    MainWindow *m_window;
    accounts::KeyVault *m_vault;
    accounts::AccountStore *m_store;
    writes::WriteJournal *m_journal;
    mirror::AccountMirror *m_mirror = nullptr;
    SandboxStarter m_startSandbox;
    Options m_options;
    std::unique_ptr<stripe::Client> m_client;
    writes::WriteContext m_context;
    accounts::Account m_account;
    bool m_sandboxOpen = false;
};
