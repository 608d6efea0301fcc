#include "src/accounts/KeyVault.h"

#include "src/accounts/Account.h"
#include "src/accounts/KeychainBackend.h"
#include "src/accounts/QtKeychainBackend.h"

#include <QPointer>

namespace accounts {

using Operation = VaultError::Operation;
using Kind = VaultError::Kind;

KeyVault::KeyVault(QObject *parent)
    : KeyVault(std::make_unique<QtKeychainBackend>(), parent)
{ }

KeyVault::KeyVault(std::unique_ptr<KeychainBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
    Q_ASSERT(m_backend);
}

KeyVault::~KeyVault()
{
    // Jobs are children and would otherwise outlive the backend and the session keys by the
    // time ~QObject deletes them; an answer in that window would find this vault half gone.
    const QList<VaultJob *> jobs = findChildren<VaultJob *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

QString KeyVault::serviceName()
{
    return QStringLiteral("Paydesk");
}

void KeyVault::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

template<typename OnAnswer>
auto KeyVault::whileWaiting(VaultJob *job, OnAnswer onAnswer)
{
    // The backend promises not to answer once the job (its context) is gone; the QPointer keeps
    // that promise even for a backend that breaks it. A job alive means this vault is alive too:
    // jobs are its children and go first in the destructor.
    return [job = QPointer<VaultJob>(job), onAnswer = std::move(onAnswer)](const KeychainAnswer &answer) {
        if (job && !job->isFinished())
            onAnswer(job.data(), answer);
    };
}

VaultJob *KeyVault::startJob(Operation operation, const QString &accountId)
{
    return new VaultJob(operation, accountId, m_timeout, this);
}

bool KeyVault::refusedId(VaultJob *job)
{
    if (Account::isValidId(job->accountId()))
        return false;
    // Refused before the keychain sees it: the id names the entry and is stored in clear, so a
    // key passed by mistake as the id must not get there.
    job->finishSoon(
        {VaultError(Kind::Other, job->operation(), QStringLiteral("not a valid account id")), {}});
    return true;
}

VaultJob *KeyVault::readKey(const QString &accountId)
{
    VaultJob *job = startJob(Operation::Read, accountId);
    if (refusedId(job))
        return job;
    if (const auto session = m_sessionKeys.constFind(accountId); session != m_sessionKeys.cend()) {
        job->finishSoon({VaultError(), *session});
        return job;
    }
    m_backend->read(serviceName(), accountId, job,
                    whileWaiting(job, [](VaultJob *waiting, const KeychainAnswer &answer) {
                        waiting->finish(waiting->resultFrom(answer));
                    }));
    return job;
}

VaultJob *KeyVault::storeKey(const QString &accountId, const QString &key)
{
    VaultJob *job = startJob(Operation::Store, accountId);
    if (refusedId(job))
        return job;
    if (key.isEmpty()) {
        job->finishSoon({VaultError(Kind::Other, Operation::Store, QStringLiteral("no key to store")), {}});
        return job;
    }
    m_backend->write(serviceName(), accountId, key, job,
                     whileWaiting(job, [this](VaultJob *waiting, const KeychainAnswer &answer) {
                         const VaultResult result = waiting->resultFrom(answer);
                         if (result.isOk())
                             m_sessionKeys.remove(waiting->accountId());
                         waiting->finish(result);
                     }));
    return job;
}

VaultJob *KeyVault::forgetKey(const QString &accountId)
{
    VaultJob *job = startJob(Operation::Forget, accountId);
    if (refusedId(job))
        return job;
    // At once, whatever the keychain says: "forget" must at least mean this process forgets.
    m_sessionKeys.remove(accountId);
    m_backend->remove(serviceName(), accountId, job,
                      whileWaiting(job, [](VaultJob *waiting, const KeychainAnswer &answer) {
                          waiting->finish(waiting->resultFrom(answer));
                      }));
    return job;
}

QString KeyVault::teamPasswordEntry(const QString &accountId)
{
    return accountId + QStringLiteral("/team-database");
}

VaultJob *KeyVault::readTeamPassword(const QString &accountId)
{
    VaultJob *job = startJob(Operation::Read, accountId);
    if (refusedId(job))
        return job;
    m_backend->read(serviceName(), teamPasswordEntry(accountId), job,
                    whileWaiting(job, [](VaultJob *waiting, const KeychainAnswer &answer) {
                        waiting->finish(waiting->resultFrom(answer));
                    }));
    return job;
}

VaultJob *KeyVault::storeTeamPassword(const QString &accountId, const QString &password)
{
    VaultJob *job = startJob(Operation::Store, accountId);
    if (refusedId(job))
        return job;
    if (password.isEmpty()) {
        job->finishSoon(
            {VaultError(Kind::Other, Operation::Store, QStringLiteral("no password to store")), {}});
        return job;
    }
    m_backend->write(serviceName(), teamPasswordEntry(accountId), password, job,
                     whileWaiting(job, [](VaultJob *waiting, const KeychainAnswer &answer) {
                         waiting->finish(waiting->resultFrom(answer));
                     }));
    return job;
}

VaultJob *KeyVault::forgetTeamPassword(const QString &accountId)
{
    VaultJob *job = startJob(Operation::Forget, accountId);
    if (refusedId(job))
        return job;
    m_backend->remove(serviceName(), teamPasswordEntry(accountId), job,
                      whileWaiting(job, [](VaultJob *waiting, const KeychainAnswer &answer) {
                          waiting->finish(waiting->resultFrom(answer));
                      }));
    return job;
}

void KeyVault::keepForSession(const QString &accountId, const QString &key)
{
    if (!Account::isValidId(accountId) || key.isEmpty())
        return;
    m_sessionKeys.insert(accountId, key);
}

bool KeyVault::isSessionOnly(const QString &accountId) const
{
    return m_sessionKeys.contains(accountId);
}

} // namespace accounts
