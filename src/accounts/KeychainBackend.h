#pragma once

#include "src/accounts/VaultError.h"

#include <QString>

#include <functional>

class QObject;

namespace accounts {

// What a keychain said about one request.
struct KeychainAnswer
{
    // Never TimedOut: a backend cannot know how long is too long; the KeyVault decides that.
    VaultError::Kind kind = VaultError::Kind::None;
    QString key; // the stored key, for a read that succeeded
    QString detail; // the keychain's own words, when it failed

    bool isOk() const { return kind == VaultError::Kind::None; }
};

// The OS keychain as the KeyVault needs it: read, write and delete one secret by (service,
// account id). An interface so tests can play a keychain that is missing, locked or silent.
//
// Each call answers `done` at most once and never from inside the call itself. It never answers
// once `context` has been destroyed. It may also never answer at all (a desktop prompt nobody
// answers), which is why the KeyVault keeps its own timeout.
class KeychainBackend
{
public:
    using Completion = std::function<void(const KeychainAnswer &)>;

    KeychainBackend() = default;
    virtual ~KeychainBackend() = default;
    Q_DISABLE_COPY_MOVE(KeychainBackend)

    virtual void read(const QString &service, const QString &accountId, const QObject *context,
                      Completion done)
        = 0;
    virtual void write(const QString &service, const QString &accountId, const QString &key,
                       const QObject *context, Completion done)
        = 0;
    // Deleting an entry that does not exist may answer None or NotFound, depending on the OS.
    virtual void remove(const QString &service, const QString &accountId, const QObject *context,
                        Completion done)
        = 0;
};

} // namespace accounts
