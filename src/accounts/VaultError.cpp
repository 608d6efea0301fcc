#include "src/accounts/VaultError.h"

#include "src/accounts/KeyFormat.h"

namespace accounts {

VaultError::VaultError(Kind kind, Operation operation, const QString &detail)
    : m_kind(kind)
    , m_operation(operation)
    // Defence in depth: a backend that echoed its input into an error must not leak the key.
    , m_detail(redactSecretKeys(detail.trimmed()))
{
    // The detail is shown inside a sentence that brings its own full stop.
    while (m_detail.endsWith(QLatin1Char('.')))
        m_detail.chop(1);
}

VaultError VaultError::timedOut(Operation operation, std::chrono::milliseconds after)
{
    VaultError error(Kind::TimedOut, operation);
    error.m_timeout = after;
    return error;
}

QString VaultError::userMessage() const
{
    if (m_kind == Kind::None)
        return QString();
    const QString remedyText = remedy();
    return remedyText.isEmpty() ? cause() : cause() + QLatin1Char(' ') + remedyText;
}

bool VaultError::canKeepForSession() const
{
    switch (m_kind) {
    case Kind::NoService:
    case Kind::Locked:
    case Kind::TimedOut:
    case Kind::Other:
        return m_operation != Operation::Forget;
    case Kind::None:
    case Kind::NotFound:
        break;
    }
    return false;
}

QString VaultError::cause() const
{
    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::NotFound:
        return tr("The system keychain has no key saved for this account.");
    case Kind::NoService:
        return tr("Paydesk could not reach the system keychain (no Secret Service is running, or it has "
                  "no default keyring).");
    case Kind::Locked:
        switch (m_operation) {
        case Operation::Read:
            return tr("The system keychain is locked, so Paydesk could not read the key for this account "
                      "(the request to unlock it was cancelled, or could not be shown).");
        case Operation::Store:
            return tr("The system keychain is locked, or did not allow Paydesk to use it, so the key was "
                      "not saved.");
        case Operation::Forget:
            return tr("The system keychain is locked, or did not allow Paydesk to use it, so the key was "
                      "not deleted.");
        }
        break;
    case Kind::TimedOut: {
        // Round up: a 100 ms test timeout must not read "within 0 seconds".
        const auto seconds = qMax<qint64>(1, (m_timeout.count() + 999) / 1000);
        const QString within = seconds == 1 ? tr("within 1 second") : tr("within %1 seconds").arg(seconds);
        return tr("The keychain did not answer %1 — a password prompt may be waiting on your desktop.")
            .arg(within);
    }
    case Kind::Other:
        if (m_detail.isEmpty())
            return tr("The system keychain reported an error.");
        return tr("The system keychain reported an error: %1.").arg(m_detail);
    }
    return QString();
}

QString VaultError::remedy() const
{
    if (m_kind == Kind::NotFound)
        return m_operation == Operation::Read ? tr("Connect the account again with its key.") : QString();
    if (m_kind == Kind::Locked)
        return unlockAdvice();
    switch (m_operation) {
    case Operation::Store:
        return tr("You can keep the key for this session only; Paydesk will forget it when it closes.");
    case Operation::Read:
        return tr("You can enter the key again and keep it for this session only.");
    case Operation::Forget:
        return tr("The key may still be saved in the keychain; try again once the keychain answers.");
    }
    return QString();
}

QString VaultError::unlockAdvice() const
{
#ifdef Q_OS_MACOS
    const QString unlock = tr("Unlock it in Keychain Access (with your login password)");
#elif defined(Q_OS_WIN)
    const QString unlock = tr("Sign in to Windows again, or allow Paydesk in Credential Manager");
#else
    const QString unlock = tr("Unlock it with your login password, when your desktop asks or in its "
                              "passwords app (Passwords and Keys, KWalletManager)");
#endif
    switch (m_operation) {
    case Operation::Read:
        return tr("%1, then choose the account again in the Account menu; or enter the key again and keep "
                  "it for this session only.")
            .arg(unlock);
    case Operation::Store:
        return tr("%1 and save again; or keep the key for this session only, and Paydesk will forget it "
                  "when it closes.")
            .arg(unlock);
    case Operation::Forget:
        return tr("The key may still be saved in the keychain. %1 and forget the account again.").arg(unlock);
    }
    return QString();
}

} // namespace accounts
