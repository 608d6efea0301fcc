#pragma once

#include "src/accounts/Account.h"

#include <QString>

namespace accounts {

// What a pasted API key turned out to be, before any request is sent.
enum class KeyVerdict {
    Usable, // a secret or restricted key, test or live
    Empty,
    Publishable, // pk_: safe to publish, so it can read almost nothing
    WebhookSecret, // whsec_: signs webhooks, not an API key
    InnerWhitespace, // a key broken by a space or line break, usually a wrapped paste
    Damaged, // the right prefix, but cut short or with characters Stripe never uses
    Unknown,
};

struct KeyCheck
{
    KeyVerdict verdict = KeyVerdict::Empty;
    // The paste without surrounding whitespace: the string to validate and store when usable.
    QString key;
    // Meaningful when usable.
    KeyKind kind = KeyKind::Secret;
    Mode mode = Mode::Test;
    // What to tell the user; empty when usable.
    QString message;

    bool isUsable() const { return verdict == KeyVerdict::Usable; }
};

// Classifies a pasted key (https://docs.stripe.com/keys): sk_test_/sk_live_ secret keys and
// rk_test_/rk_live_ restricted keys are usable; everything else gets a sentence saying why not.
// Pure: no network, no state.
KeyCheck checkKeyFormat(const QString &pasted);

// The form a person may see: "sk_test_••••4242". Only the last four characters, and none of
// them when the key is too short to spare four.
QString maskKey(const QString &key);

// Whether text contains something shaped like a secret or restricted key, anywhere in it.
bool containsSecretKey(const QString &text);
// The text with every secret or restricted key in it masked, for names and messages that may
// have been pasted carelessly.
QString redactSecretKeys(const QString &text);

} // namespace accounts
