#include "ui/Workspace.h"

#include "src/accounts/AccountStore.h"
#include "src/mirror/AccountMirror.h"
#include "src/session/Session.h"
#include "ui/MainWindow.h"
#include "ui/accounts/ConnectDialog.h"
#include "ui/widgets/NoticeBar.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

Workspace::Workspace(MainWindow *window, session::Session *session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
{
    using session::Session;
    NoticeBar *notice = m_window->noticeBar();
    // Its one action is "Connect to Stripe…" or "Replace key…": both are the Connect dialog.
    connect(notice, &NoticeBar::actionTriggered, this, &Workspace::connectToStripe);
    connect(m_session, &Session::opened, this, &Workspace::showOpened);
    connect(m_session, &Session::openedSandboxInstead, notice,
            [notice](const QString &reason) { notice->showNotice(reason, tr("Connect to Stripe…")); });
    connect(m_session, &Session::keyRejected, notice,
            [notice](const QString &text) { notice->showNotice(text, tr("Replace key…")); });
    // A journal line that could not be written (a full disk) is said where it cannot be missed.
    connect(m_session, &Session::journalProblem, notice,
            [notice](const QString &text) { notice->showNotice(text, {}); });
    connect(m_session, &Session::keychainFailed, this, &Workspace::showKeychainProblem);
    connect(m_session, &Session::sandboxUnreadable, this, &Workspace::offerFreshSandbox);
    connect(m_session, &Session::problem, this, &Workspace::showProblem);
    connect(m_session, &Session::statusMessage, m_window->statusBar(), &QStatusBar::showMessage);
    connect(m_session, &Session::unfinishedWrites, m_window, [this] { m_window->showActivity(true); });
    connect(m_session, &Session::accountsChanged, this, &Workspace::rebuildAccountMenu);
    rebuildAccountMenu();
}

Workspace::~Workspace() = default;

void Workspace::setMirror(mirror::AccountMirror *mirror)
{
    m_mirror = mirror;
    session::Session::CopyHooks hooks;
    if (mirror) {
        // The mirror may go first (a test's, a window's): then there is no copy to tell.
        const QPointer<mirror::AccountMirror> copy(mirror);
        hooks.writeHook = [copy](const QString &accountId) {
            return copy ? copy->writeHook(accountId) : std::function<void(const QJsonObject &)>();
        };
        hooks.open = [copy](const writes::WriteContext &context) {
            if (copy)
                copy->open(context);
        };
        hooks.forget = [copy](const QString &accountId) {
            if (copy)
                copy->forget(accountId);
        };
    }
    m_session->setCopyHooks(std::move(hooks));
    rebuildAccountMenu();
}

void Workspace::showOpened()
{
    m_window->noticeBar()->hide();
    m_window->setConnection(m_session->context(), m_session->displayName());
    rebuildAccountMenu();
}

void Workspace::showKeychainProblem(const accounts::Account &account, const QString &message)
{
    // The sandbox is already open behind it: never a dead end and never a file. Enter the key for
    // this session, or go on with the sandbox.
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("The key for %1 could not be read").arg(account.displayName), message,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("keychainProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *enterKey = box->addButton(tr("Enter the key…"), QMessageBox::AcceptRole);
    // Enter stays where the person already is (the sandbox); the key is a choice of its own.
    box->setDefaultButton(box->addButton(tr("Use the sandbox"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::finished, this, [this, box, enterKey] {
        if (box->clickedButton() == enterKey)
            connectToStripe();
    });
    box->open();
}

void Workspace::offerFreshSandbox(const QString &error, const QString &unreadableData)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The sandbox's saved data cannot be read"),
                                tr("%1\n\nPaydesk can start the sandbox afresh, with new made-up data. The "
                                   "file it cannot read is kept, renamed, in the same folder: nothing is "
                                   "deleted.")
                                    .arg(error),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("sandboxDataUnreadable"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *fresh = box->addButton(tr("Start the sandbox afresh"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel)); // Enter throws no data aside
    connect(box, &QMessageBox::finished, this, [this, box, fresh, unreadableData] {
        if (box->clickedButton() == fresh)
            m_session->startSandboxAfresh(unreadableData);
    });
    box->open();
}

void Workspace::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("workspaceProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Workspace::connectToStripe()
{
    // One at a time: the notice bar and the menu both lead here.
    if (m_connect) {
        m_connect->raise();
        m_connect->activateWindow();
        return;
    }
    auto *dialog
        = new ConnectDialog(m_session->vault(), m_session->store(), m_session->stripeBaseUrl(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connect = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_session->openAccount(dialog->account(), dialog->key()); });
    dialog->open();
}

void Workspace::forgetCurrentAccount()
{
    if (!m_session->canForget())
        return;
    const accounts::Account account = m_session->currentAccount();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Forget %1?").arg(account.displayName),
                                tr("Paydesk deletes the key for %1 from the system keychain, forgets the "
                                   "account's settings and deletes its copy on this desk. Nothing "
                                   "changes at Stripe; you can connect again with the key at any time.")
                                    .arg(account.displayName),
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("forgetAccountQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    // The account asked about, even if another one opened while the question was up.
    connect(box, &QMessageBox::finished, this, [this, box, id = account.id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            m_session->forget(id);
    });
    box->open();
}

void Workspace::rebuildAccountMenu()
{
    QMenu *menu = m_window->accountMenu();
    menu->clear();
    QAction *connectAction = menu->addAction(tr("&Connect to Stripe…"), this, &Workspace::connectToStripe);
    connectAction->setObjectName(QStringLiteral("connectToStripe"));
    menu->addSeparator();
    auto *group = new QActionGroup(menu);
    const bool sandboxOpen = m_session->isSandbox();
    const QString openId = m_session->currentAccount().id;
    const auto accountsList = m_session->store()->accounts();
    for (const accounts::Account &account : accountsList) {
        QAction *action = menu->addAction(account.isLive() ? tr("%1 — LIVE").arg(account.displayName)
                                                           : tr("%1 — test").arg(account.displayName));
        action->setObjectName(QStringLiteral("account:") + account.id);
        action->setCheckable(true);
        action->setChecked(!sandboxOpen && openId == account.id);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = account.id] {
            if (m_session->currentAccount().id != id || m_session->isSandbox())
                m_session->openSaved(id);
        });
    }
    QAction *sandbox = menu->addAction(tr("Sandbox (made-up data)"));
    sandbox->setObjectName(QStringLiteral("openSandbox"));
    sandbox->setCheckable(true);
    sandbox->setChecked(sandboxOpen);
    group->addAction(sandbox);
    connect(sandbox, &QAction::triggered, m_session, &session::Session::openSandbox);
    menu->addSeparator();
    if (QAction *team = m_window->action(QStringLiteral("teamDatabase")); team && m_mirror) {
        menu->addAction(team);
        // The sandbox's made-up data is no team's business.
        team->setEnabled(!sandboxOpen);
    }
    QAction *forget = menu->addAction(tr("&Forget this account…"), this, &Workspace::forgetCurrentAccount);
    forget->setObjectName(QStringLiteral("forgetAccount"));
    forget->setEnabled(m_session->canForget());
}
