#include "src/session/Session.h"

#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "src/platform/PrivateFiles.h"
#include "src/records/ErrorText.h"
#include "src/writes/WriteJournal.h"

#include <QLoggingCategory>

// Which account opened, for IT looking at a terminal or a journal (off by default:
// QT_LOGGING_RULES="paydesk.workspace.info=true"). Names and URLs only, never a key. The name is
// older than this class: scripts and the package check turn it on by that name.
Q_LOGGING_CATEGORY(lcWorkspace, "paydesk.workspace", QtWarningMsg)

namespace session {

Session::Session(accounts::KeyVault *vault, accounts::AccountStore *store, writes::WriteJournal *journal,
                 SandboxStarter startSandbox, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_store(store)
    , m_journal(journal)
    , m_startSandbox(std::move(startSandbox))
{
    if (m_journal)
        connect(m_journal, &writes::WriteJournal::problem, this, &Session::journalProblem);
}

Session::~Session() = default;

QUrl Session::stripeBaseUrl() const
{
    return m_options.baseUrl.isValid() && !m_options.baseUrl.isEmpty() ? m_options.baseUrl
                                                                       : stripe::Client::defaultBaseUrl;
}

bool Session::canForget() const
{
    return !m_sandboxOpen && m_client && m_store->contains(m_account.id);
}

void Session::start(const Options &options)
{
    m_options = options;
    if (m_journal)
        m_journal->whenLoaded(this, [this] {
            if (!m_journal->loadProblem().isEmpty())
                emit journalProblem(m_journal->loadProblem());
        });
    const QString accountId = options.accountId.isEmpty() ? m_store->currentAccountId() : options.accountId;
    if (options.sandbox || accountId.isEmpty()) {
        openSandbox();
        return;
    }
    if (!m_store->contains(accountId)) {
        openSandbox();
        emit openedSandboxInstead(
            tr("No saved account has the id %1. Paydesk opened the sandbox.").arg(accountId));
        return;
    }
    openSaved(accountId);
}

QString Session::followSecondStart(const Options &options)
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
    emit statusMessage(done, 0);
    qCInfo(lcWorkspace).noquote() << "Second start:" << done;
    return done;
}

void Session::openSandbox()
{
    ++m_openRequest;
    if (m_sandboxOpen && m_client)
        return;
    const Sandbox sandbox
        = m_startSandbox ? m_startSandbox() : Sandbox {{}, {}, tr("No sandbox is built in.")};
    if (!sandbox.unreadableData.isEmpty()) {
        emit sandboxUnreadable(sandbox.error, sandbox.unreadableData);
        return;
    }
    if (!sandbox.error.isEmpty() || !sandbox.url.isValid()) {
        emit problem(tr("The sandbox could not start"), sandbox.error);
        return;
    }
    auto client = std::make_unique<stripe::Client>();
    QString whyNot;
    if (!client->setBaseUrl(sandbox.url, &whyNot)) {
        emit problem(tr("The sandbox could not start"), whyNot);
        return;
    }
    client->setApiKey(sandbox.key);
    m_account = {};
    m_sandboxOpen = true;
    show(std::move(client), accounts::Mode::Sandbox, QStringLiteral("sandbox"), tr("Paydesk Sandbox"));
}

void Session::startSandboxAfresh(const QString &unreadableData)
{
    QString why;
    const QString keptAs = platform::keepAside(unreadableData, QStringLiteral("unreadable"), &why);
    if (keptAs.isEmpty()) {
        emit problem(tr("The sandbox could not start"), why);
        return;
    }
    openSandbox();
    if (m_sandboxOpen)
        emit statusMessage(tr("The sandbox started afresh. Its old data is kept in %1.").arg(keptAs), 0);
}

void Session::openSaved(const QString &accountId)
{
    const std::optional<accounts::Account> saved = m_store->account(accountId);
    if (!saved) {
        emit problem(tr("The account could not be opened"),
                     tr("No saved account has the id %1.").arg(accountId));
        return;
    }
    const accounts::Account &account = *saved;
    const quint64 request = ++m_openRequest;
    emit statusMessage(tr("Reading the key for %1 from the system keychain…").arg(account.displayName), 0);
    connect(m_vault->readKey(accountId), &accounts::VaultJob::finished, this,
            [this, account, request](const accounts::VaultResult &result) {
                // The person opened something else while the keychain thought (a prompt, a slow
                // keyring): that choice stands, and this answer neither opens nor complains.
                if (request != m_openRequest)
                    return;
                if (result.isOk())
                    openWithKey(account, result.key);
                else
                    readFailed(account, result.error.userMessage());
            });
}

void Session::readFailed(const accounts::Account &account, const QString &message)
{
    // Never a dead end: the sandbox opens, and the person may still enter the key.
    openSandbox();
    emit keychainFailed(account, message);
}

void Session::openAccount(const accounts::Account &account, const QString &key)
{
    ++m_openRequest;
    openWithKey(account, key);
}

void Session::openWithKey(const accounts::Account &account, const QString &key)
{
    auto client = std::make_unique<stripe::Client>();
    QString whyNot;
    if (!client->setBaseUrl(stripeBaseUrl(), &whyNot)) {
        emit problem(tr("Cannot connect"), whyNot);
        return;
    }
    client->setApiKey(key);
    m_account = account;
    m_sandboxOpen = false;
    if (m_store->contains(account.id))
        m_store->setCurrentAccountId(account.id);
    show(std::move(client), account.mode, account.id, account.displayName);
}

void Session::show(std::unique_ptr<stripe::Client> client, accounts::Mode mode, const QString &accountId,
                   const QString &name)
{
    // The old client goes after the view lets go of it: its requests are abandoned, and no
    // answer for the old account (a 401 included) can land on the new one.
    std::unique_ptr<stripe::Client> old = std::move(m_client);
    if (old)
        disconnect(old.get(), nullptr, this, nullptr);
    m_client = std::move(client);
    connect(m_client.get(), &stripe::Client::keyRejected, this, &Session::onKeyRejected);
    m_keyRejected.clear();
    m_name = name;
    m_context = writes::WriteContext {m_client.get(), m_journal, accountId, mode};
    if (m_copy.writeHook)
        m_context.written = m_copy.writeHook(accountId);
    emit opened();
    if (m_copy.open)
        m_copy.open(m_context);
    if (old)
        old.release()->deleteLater();
    emit statusMessage(tr("Opened %1").arg(name), 5000);
    qCInfo(lcWorkspace).noquote() << "Opened" << name << "in" << accounts::modeName(mode) << "mode at"
                                  << m_client->baseUrl().toString();
    // Writes of this account that never got an answer are settled before anything else, once
    // the journal has been read.
    if (m_journal)
        m_journal->whenLoaded(this, [this, accountId] {
            if (m_context.accountId == accountId && !m_journal->unfinished(accountId).isEmpty())
                emit unfinishedWrites();
        });
}

void Session::onKeyRejected(const stripe::Error &error)
{
    const records::ErrorText text = records::listErrorText(objects::Kind::Customer, error);
    const QString who = m_sandboxOpen ? tr("the sandbox") : m_account.displayName;
    m_keyRejected = tr("%1 (%2) %3").arg(text.headline, who, text.detail);
    emit keyRejected(m_keyRejected);
}

void Session::forget(const QString &accountId)
{
    if (!accounts::Account::isValidId(accountId))
        return;
    connect(m_vault->forgetKey(accountId), &accounts::VaultJob::finished, this,
            [this, accountId](const accounts::VaultResult &result) {
                if (!result.isOk()) {
                    emit problem(tr("The key could not be deleted"), result.error.userMessage());
                    return;
                }
                forgotten(accountId);
            });
}

void Session::forgotten(const QString &accountId)
{
    m_store->remove(accountId);
    if (m_copy.forget)
        m_copy.forget(accountId);
    emit accountsChanged();
    // Forgotten while another account was open (a second start switched while the person was
    // asked): that one stays.
    if (m_sandboxOpen || m_account.id != accountId)
        return;
    const auto remaining = m_store->accounts();
    if (remaining.isEmpty())
        openSandbox();
    else
        openSaved(remaining.first().id);
}

} // namespace session
