#pragma once

#include <QObject>
#include <QPointer>

class ConnectDialog;
class MainWindow;
class QString;

namespace accounts {
struct Account;
}
namespace mirror {
class AccountMirror;
}
namespace session {
class Session;
}

// The session (src/session/Session) in the window: what it reports goes to the status bar, the
// notice bar, the Account menu and dialogs; what the person answers goes back to it. Every
// dialog here is opened with open() and answered in its finished signal, never exec(): the
// reports come from keychain jobs, replies and start-up callbacks, where a nested event loop
// would let other events (another account opening, a second start) run underneath.
class Workspace : public QObject
{
    Q_OBJECT

public:
    Workspace(MainWindow *window, session::Session *session, QObject *parent = nullptr);
    ~Workspace() override;

    // The accounts' mirror: started for each account the session opens, told of its writes, its
    // file deleted by Forget. Optional (without one, Paydesk reads from Stripe only).
    void setMirror(mirror::AccountMirror *mirror);

    // The Connect dialog, against Stripe (or the --base-url / sandbox URL in use).
    void connectToStripe();
    // Asks, then forgets the open account.
    void forgetCurrentAccount();

private:
    void showOpened();
    void showKeychainProblem(const accounts::Account &account, const QString &message);
    void offerFreshSandbox(const QString &error, const QString &unreadableData);
    void showProblem(const QString &title, const QString &text);
    void rebuildAccountMenu();

    MainWindow *m_window;
    session::Session *m_session;
    QPointer<mirror::AccountMirror> m_mirror;
    QPointer<ConnectDialog> m_connect;
};
