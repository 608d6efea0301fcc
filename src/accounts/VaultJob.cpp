#include "src/accounts/VaultJob.h"

#include "src/accounts/KeychainBackend.h"

#include <QTimer>

namespace accounts {

VaultJob::VaultJob(VaultError::Operation operation, const QString &accountId,
                   std::chrono::milliseconds timeout, QObject *vault)
    : QObject(vault)
    , m_accountId(accountId)
    , m_operation(operation)
    , m_timeout(timeout)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(VaultResult {VaultError::timedOut(m_operation, m_timeout), QString()});
    });
    // Counting starts now, not when the keychain starts the work: time spent queued behind
    // another keychain job is time the user waits too.
    m_timer->start(m_timeout);
}

void VaultJob::finish(const VaultResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    deleteLater();
    // Last statement: a slot may delete the vault, and this job with it, so the result is a copy
    // owned by the caller's frame and nothing here is touched after the emission.
    emit finished(result);
}

void VaultJob::finishSoon(const VaultResult &result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

VaultResult VaultJob::resultFrom(const KeychainAnswer &answer) const
{
    using Kind = VaultError::Kind;
    VaultResult result;
    switch (answer.kind) {
    case Kind::None:
        // An entry holding an empty string is of no use; treat it as no entry.
        if (m_operation == VaultError::Operation::Read && answer.key.isEmpty())
            result.error = VaultError(Kind::NotFound, m_operation, QStringLiteral("the entry is empty"));
        else
            result.key = answer.key;
        break;
    case Kind::NotFound:
        // Forgetting a key that is not there leaves the keychain as the user wants it.
        if (m_operation != VaultError::Operation::Forget)
            result.error = VaultError(Kind::NotFound, m_operation, answer.detail);
        break;
    case Kind::TimedOut: // only the vault times out; a backend saying so is some other failure
        result.error = VaultError(Kind::Other, m_operation, answer.detail);
        break;
    case Kind::NoService:
    case Kind::Locked:
    case Kind::Other:
        result.error = VaultError(answer.kind, m_operation, answer.detail);
        break;
    }
    return result;
}

} // namespace accounts
