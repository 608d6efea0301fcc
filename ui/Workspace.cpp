#include "ui/Workspace.h"

#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyFormat.h"
#include "src/accounts/KeyVault.h"
#include "src/mirror/AccountMirror.h"
#include "src/platform/PrivateFiles.h"
#include "src/records/ErrorText.h"
#include "src/writes/WriteJournal.h"
#include "ui/MainWindow.h"
#include "ui/accounts/ConnectDialog.h"
#include "ui/widgets/NoticeBar.h"

#include <QAction>
#include <QActionGroup>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

// Which account the window opened, for IT looking at a terminal or a journal (off by default:
// QT_LOGGING_RULES="paydesk.workspace.info=true"). Names and URLs only, never a key.
Q_LOGGING_CATEGORY(lcWorkspace, "paydesk.workspace", QtWarningMsg)

Workspace::Workspace(MainWindow *window, accounts::KeyVault *vault, accounts::AccountStore *store,
                     writes::WriteJournal *journal, SandboxStarter startSandbox, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_vault(vault)
    , m_store(store)
    , m_journal(journal)
    , m_startSandbox(std::move(startSandbox))
{
    connect(m_window->noticeBar(), &NoticeBar::actionTriggered, this, &Workspace::connectToStripe);
    if (m_journal) {
        // A journal line that could not be written (a full disk) is said where it cannot be missed.
        connect(m_journal, &writes::WriteJournal::problem, this,
                [this](const QString &message) { m_window->noticeBar()->showNotice(message, {}); });
        m_journal->whenLoaded(this, [this] {
            if (!m_journal->loadProblem().isEmpty())
                m_window->noticeBar()->showNotice(m_journal->loadProblem(), {});
        });
    }
}

Workspace::~Workspace() = default;

QUrl Workspace::stripeBaseUrl() const
{
    return m_options.baseUrl.isValid() && !m_options.baseUrl.isEmpty() ? m_options.baseUrl
                                                                       : stripe::Client::defaultBaseUrl;
}

void Workspace::start(const Options &options)
{
    m_options = options;
    rebuildAccountMenu();
    const QString accountId = options.accountId.isEmpty() ? m_store->currentAccountId() : options.accountId;
    if (options.sandbox || accountId.isEmpty()) {
        openSandbox();
        return;
    }
    if (!m_store->contains(accountId)) {
        openSandbox();
        m_window->noticeBar()->showNotice(
            tr("No saved account has the id %1. Paydesk opened the sandbox.").arg(accountId),
            tr("Connect to Stripe…"));
        return;
    }
    openSaved(accountId);
}

QString Workspace::followSecondStart(const Options &options)
{
    QString done;
    const bool otherBaseUrl = options.baseUrl.isValid() && !options.baseUrl.isEmpty()
        && options.baseUrl.adjusted(QUrl::StripTrailingSlash)
            != stripeBaseUrl().adjusted(QUrl::StripTrailingSlash);
    if (otherBaseUrl) {
        done = tr("Paydesk is already running with %1 and cannot switch to %2. Quit Paydesk and start it "
                  "again with --base-url to use it.")
                   .arg(stripeBaseUrl().toString(), options.baseUrl.toString());
    } else if (options.sandbox) {
        openSandbox();
        done = m_sandboxOpen
            ? tr("Paydesk was started again with --sandbox: it shows the sandbox.")
            : tr("Paydesk was started again with --sandbox, but the sandbox could not start.");
    } else if (!options.accountId.isEmpty()) {
        if (!m_store->contains(options.accountId)) {
            done = tr("Paydesk was started again with --account %1, but no saved account has that id.")
                       .arg(options.accountId);
        } else {
            const QString name = m_store->account(options.accountId)->displayName;
            if (m_sandboxOpen || m_account.id != options.accountId)
                openSaved(options.accountId);
            done = tr("Paydesk was started again with --account %1: it shows %2.")
                       .arg(options.accountId, name);
        }
    } else {
        done = tr("Paydesk was started again: this is the window already open.");
    }
    m_window->statusBar()->showMessage(done);
    qCInfo(lcWorkspace).noquote() << "Second start:" << done;
    return done;
}

void Workspace::openSaved(const QString &accountId)
{
    const accounts::Account account = *m_store->account(accountId);
    m_window->statusBar()->showMessage(
        tr("Reading the key for %1 from the system keychain…").arg(account.displayName));
    accounts::VaultJob *job = m_vault->readKey(accountId);
    connect(job, &accounts::VaultJob::finished, this, [this, account](const accounts::VaultResult &result) {
        if (result.isOk()) {
            openAccount(account, result.key);
            return;
        }
        keychainFailed(account, result.error.userMessage(), true);
    });
}

void Workspace::keychainFailed(const accounts::Account &account, const QString &message, bool canEnterKey)
{
    // Never a dead end and never a file: enter the key for this session, or use the sandbox.
    openSandbox();
    QMessageBox box(QMessageBox::Warning, tr("The key for %1 could not be read").arg(account.displayName),
                    message, QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("keychainProblem"));
    QPushButton *enterKey
        = canEnterKey ? box.addButton(tr("Enter the key…"), QMessageBox::AcceptRole) : nullptr;
    box.addButton(tr("Use the sandbox"), QMessageBox::RejectRole);
    box.exec();
    if (enterKey && box.clickedButton() == enterKey)
        connectToStripe();
}

void Workspace::openSandbox()
{
    if (m_sandboxOpen && m_client)
        return;
    const Sandbox sandbox
        = m_startSandbox ? m_startSandbox() : Sandbox {{}, {}, tr("No sandbox is built in.")};
    if (!sandbox.unreadableData.isEmpty()) {
        offerFreshSandbox(sandbox.error, sandbox.unreadableData);
        return;
    }
    if (!sandbox.error.isEmpty() || !sandbox.url.isValid()) {
        showProblem(tr("The sandbox could not start"), sandbox.error);
        return;
    }
    auto client = std::make_unique<stripe::Client>();
    QString whyNot;
    if (!client->setBaseUrl(sandbox.url, &whyNot)) {
        showProblem(tr("The sandbox could not start"), whyNot);
        return;
    }
    client->setApiKey(sandbox.key);
    m_account = {};
    m_sandboxOpen = true;
    show(std::move(client), accounts::Mode::Sandbox, QStringLiteral("sandbox"), tr("Paydesk Sandbox"));
}

void Workspace::offerFreshSandbox(const QString &error, const QString &unreadableData)
{
    // Opened with open(), answered in finished: this runs inside start-up and menu callbacks,
    // where a nested event loop (exec()) would let other events run underneath.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The sandbox's saved data cannot be read"),
                                tr("%1\n\nPaydesk can start the sandbox afresh, with new made-up data. The "
                                   "file it cannot read is kept, renamed, in the same folder: nothing is "
                                   "deleted.")
                                    .arg(error),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("sandboxDataUnreadable"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *fresh = box->addButton(tr("Start the sandbox afresh"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [this, box, fresh, unreadableData] {
        if (box->clickedButton() != fresh)
            return;
        QString why;
        const QString keptAs = platform::keepAside(unreadableData, QStringLiteral("unreadable"), &why);
        if (keptAs.isEmpty()) {
            showProblem(tr("The sandbox could not start"), why);
            return;
        }
        openSandbox();
        if (m_sandboxOpen)
            m_window->statusBar()->showMessage(
                tr("The sandbox started afresh. Its old data is kept in %1.").arg(keptAs));
    });
    box->open();
}

void Workspace::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Workspace::openAccount(const accounts::Account &account, const QString &key)
{
    auto client = std::make_unique<stripe::Client>();
    QString whyNot;
    if (!client->setBaseUrl(stripeBaseUrl(), &whyNot)) {
        QMessageBox::critical(m_window, tr("Cannot connect"), whyNot);
        return;
    }
    client->setApiKey(key);
    m_account = account;
    m_sandboxOpen = false;
    if (m_store->contains(account.id))
        m_store->setCurrentAccountId(account.id);
    show(std::move(client), account.mode, account.id, account.displayName);
}

void Workspace::show(std::unique_ptr<stripe::Client> client, accounts::Mode mode, const QString &accountId,
                     const QString &name)
{
    // The old client goes after the window lets go of it: its requests are abandoned, and no
    // answer for the old account can land in the new one's tables.
    std::unique_ptr<stripe::Client> old = std::move(m_client);
    m_client = std::move(client);
    connect(m_client.get(), &stripe::Client::keyRejected, this, &Workspace::onKeyRejected);
    m_context = writes::WriteContext {m_client.get(), m_journal, accountId, mode};
    if (m_mirror)
        m_context.written = m_mirror->writeHook(accountId);
    m_window->noticeBar()->hide();
    m_window->setConnection(m_context, name);
    if (m_mirror)
        m_mirror->open(m_context);
    if (old)
        old.release()->deleteLater();
    rebuildAccountMenu();
    m_window->statusBar()->showMessage(tr("Opened %1").arg(name), 5000);
    qCInfo(lcWorkspace).noquote() << "Opened" << name << "in" << accounts::modeName(mode) << "mode at"
                                  << m_client->baseUrl().toString();
    // Writes of this account that never got an answer (the app was closed or killed while
    // one was on its way) are settled before anything else, once the journal has been read.
    if (m_journal)
        m_journal->whenLoaded(this, [this, accountId] {
            if (m_context.accountId == accountId && !m_journal->unfinished(accountId).isEmpty())
                m_window->showActivity(true);
        });
    emit opened();
}

void Workspace::onKeyRejected(const stripe::Error &error)
{
    const records::ErrorText text = records::listErrorText(objects::Kind::Customer, error);
    const QString who = m_sandboxOpen ? tr("the sandbox") : m_account.displayName;
    m_window->noticeBar()->showNotice(tr("%1 (%2) %3").arg(text.headline, who, text.detail),
                                      tr("Replace key…"));
}

void Workspace::connectToStripe()
{
    ConnectDialog dialog(m_vault, m_store, stripeBaseUrl(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openAccount(dialog.account(), dialog.key());
}

void Workspace::forgetCurrentAccount()
{
    if (m_sandboxOpen || !m_account.isValid())
        return;
    const accounts::Account account = m_account;
    const auto answer
        = QMessageBox::question(m_window, tr("Forget %1?").arg(account.displayName),
                                tr("Paydesk deletes the key for %1 from the system keychain, forgets the "
                                   "account's settings and deletes its copy on this desk. Nothing "
                                   "changes at Stripe; you can connect again with the key at any time.")
                                    .arg(account.displayName),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    accounts::VaultJob *job = m_vault->forgetKey(account.id);
    connect(job, &accounts::VaultJob::finished, this, [this, account](const accounts::VaultResult &result) {
        if (!result.isOk()) {
            QMessageBox::warning(m_window, tr("The key could not be deleted"), result.error.userMessage());
            return;
        }
        m_store->remove(account.id);
        if (m_mirror)
            m_mirror->forget(account.id);
        const auto remaining = m_store->accounts();
        if (remaining.isEmpty())
            openSandbox();
        else
            openSaved(remaining.first().id);
        rebuildAccountMenu();
    });
}

void Workspace::rebuildAccountMenu()
{
    QMenu *menu = m_window->accountMenu();
    menu->clear();
    QAction *connectAction = menu->addAction(tr("&Connect to Stripe…"), this, &Workspace::connectToStripe);
    connectAction->setObjectName(QStringLiteral("connectToStripe"));
    menu->addSeparator();
    auto *group = new QActionGroup(menu);
    const auto accountsList = m_store->accounts();
    for (const accounts::Account &account : accountsList) {
        QAction *action = menu->addAction(account.isLive() ? tr("%1 — LIVE").arg(account.displayName)
                                                           : tr("%1 — test").arg(account.displayName));
        action->setObjectName(QStringLiteral("account:") + account.id);
        action->setCheckable(true);
        action->setChecked(!m_sandboxOpen && m_account.id == account.id);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = account.id] {
            if (m_account.id != id || m_sandboxOpen)
                openSaved(id);
        });
    }
    QAction *sandbox = menu->addAction(tr("Sandbox (made-up data)"));
    sandbox->setObjectName(QStringLiteral("openSandbox"));
    sandbox->setCheckable(true);
    sandbox->setChecked(m_sandboxOpen);
    group->addAction(sandbox);
    connect(sandbox, &QAction::triggered, this, &Workspace::openSandbox);
    menu->addSeparator();
    if (QAction *team = m_window->action(QStringLiteral("teamDatabase")); team && m_mirror) {
        menu->addAction(team);
        // The sandbox's made-up data is no team's business.
        team->setEnabled(!m_sandboxOpen);
    }
    QAction *forget = menu->addAction(tr("&Forget this account…"), this, &Workspace::forgetCurrentAccount);
    forget->setObjectName(QStringLiteral("forgetAccount"));
    forget->setEnabled(!m_sandboxOpen && m_store->contains(m_account.id));
}
