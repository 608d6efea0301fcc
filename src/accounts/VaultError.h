#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace accounts {

// Why a keychain operation did not do what was asked, as a value the UI can show and test.
class VaultError
{
    Q_DECLARE_TR_FUNCTIONS(accounts::VaultError)

public:
    enum class Kind {
        None,
        NotFound, // no key saved for this account
        NoService, // no keychain to talk to: no Secret Service, no D-Bus, no default keyring
        // The keychain is locked, or it (or the user) refused Paydesk access. On Linux a read from
        // a locked keyring whose unlock prompt was cancelled arrives here too, although
        // QtKeychain calls it "not found" (see LockedEntryProbe.h).
        Locked,
        TimedOut, // no answer in time: most likely a password prompt nobody has answered
        Other,
    };
    enum class Operation { Read, Store, Forget };

    VaultError() = default;
    // detail: the keychain's own words, for a "Details" line; it must never contain the key.
    VaultError(Kind kind, Operation operation, const QString &detail = QString());
    static VaultError timedOut(Operation operation, std::chrono::milliseconds after);

    Kind kind() const { return m_kind; }
    Operation operation() const { return m_operation; }
    QString detail() const { return m_detail; }
    bool isError() const { return m_kind != Kind::None; }

    // What happened and what the person can do, in one or two sentences. Empty for None.
    QString userMessage() const;
    // Whether offering "keep the key for this session only" makes sense: the keychain failed
    // while Paydesk has (Store) or can ask for (Read) the key. NotFound is not a failure of
    // the keychain, so the answer there is to connect again.
    bool canKeepForSession() const;

private:
    QString cause() const;
    QString remedy() const;
    QString unlockAdvice() const;

    Kind m_kind = Kind::None;
    Operation m_operation = Operation::Read;
    QString m_detail;
    std::chrono::milliseconds m_timeout {0};
};

} // namespace accounts
