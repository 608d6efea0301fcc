#pragma once

#include "src/accounts/Mode.h"

#include <QString>

namespace accounts {

// Secret keys (sk_) may do everything; restricted keys (rk_) only what the Dashboard granted,
// which is why a restricted key may not even be allowed to read its own account id.
enum class KeyKind { Secret, Restricted };

// A Stripe account Paydesk can open. It has no field for the API key on purpose: the key lives
// in the KeyVault only, so nothing that stores, lists or shows an Account can leak it.
struct Account
{
    // "acct_..." from GET /v1/account, or "local_..." from generateLocalId() when the key may
    // only read /v1/balance. Also the key's entry name in the OS keychain.
    QString id;
    QString displayName;
    Mode mode = Mode::Test;
    KeyKind keyKind = KeyKind::Secret;

    bool isLive() const { return mode == Mode::Live; }
    bool isValid() const { return isValidId(id); }

    // Ids become QSettings group names and keychain entry names, so only "acct_" or "local_"
    // followed by letters and digits is accepted: no '/', no spaces, and never a pasted key.
    static bool isValidId(const QString &id);
    // A fresh "local_<32 hex digits>" for an account whose Stripe id cannot be read.
    static QString generateLocalId();

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace accounts
