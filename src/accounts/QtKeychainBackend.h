#pragma once

#include "src/accounts/KeychainBackend.h"

namespace accounts {

// The real OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on Linux,
// the Keychain on macOS, the Credential Manager on Windows. Never a file: the insecure
// fallback, which would write the key into a QSettings file, is switched off on every job.
class QtKeychainBackend final : public KeychainBackend
{
public:
    QtKeychainBackend() = default;

    void read(const QString &service, const QString &accountId, const QObject *context,
              Completion done) override;
    void write(const QString &service, const QString &accountId, const QString &key, const QObject *context,
               Completion done) override;
    void remove(const QString &service, const QString &accountId, const QObject *context,
                Completion done) override;
};

} // namespace accounts
