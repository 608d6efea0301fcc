#pragma once

#include "src/accounts/VaultError.h"

#include <QObject>
#include <QString>

#include <chrono>

class QTimer;

namespace accounts {

struct KeychainAnswer;

// The outcome of one KeyVault operation.
struct VaultResult
{
    VaultError error;
    // The key, for a read that succeeded; empty otherwise. Use it and let it go: keep no copy
    // beyond what the HTTP client needs.
    QString key;

    bool isOk() const { return !error.isError(); }
};

// One KeyVault operation in flight, in the manner of QNetworkReply. The vault owns it and
// deletes it after finished(); connect to finished() straight after starting the operation,
// with a context object that may die first:
//
//     connect(vault->readKey(id), &VaultJob::finished, this, [this](const VaultResult &result) { ... });
//
// finished() comes exactly once: with the keychain's answer, or with TimedOut when the vault's
// timeout passes first (a later answer is then ignored). It never comes from inside the call
// that started the job, so connecting afterwards never misses it. If the vault is destroyed
// first, its jobs go with it and never emit.
class VaultJob final : public QObject
{
    Q_OBJECT

public:
    QString accountId() const { return m_accountId; }
    VaultError::Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }

signals:
    void finished(const accounts::VaultResult &result);

private:
    friend class KeyVault;
    VaultJob(VaultError::Operation operation, const QString &accountId, std::chrono::milliseconds timeout,
             QObject *vault);

    // The first call wins; later ones (an answer after the timeout) do nothing.
    void finish(const VaultResult &result);
    // finish() from the event loop, for answers the vault knows at once.
    void finishSoon(const VaultResult &result);
    // The backend's answer in the vault's terms.
    VaultResult resultFrom(const KeychainAnswer &answer) const;

    QString m_accountId;
    VaultError::Operation m_operation;
    std::chrono::milliseconds m_timeout;
    QTimer *m_timer;
    bool m_finished = false;
};

} // namespace accounts
