#pragma once

#include <QString>

// The API keys the sandbox accepts. They are made up and only ever work here; Paydesk itself uses
// the full key for its built-in sandbox, and the others let tests (and curious users) see how
// Paydesk handles restricted and expired keys.
namespace sandbox::keys {

// Everything allowed.
inline QString secret()
{
    return QStringLiteral("sk_test_PaydeskSandbox0001");
}
// Everything but invoices (and invoice items and lines), and not the account: like a key
// made for a support team, which has to fall back to /v1/balance to prove itself.
inline QString noInvoices()
{
    return QStringLiteral("rk_test_PaydeskNoInvoices1");
}
// Every read, no write.
inline QString readOnly()
{
    return QStringLiteral("rk_test_PaydeskReadOnly001");
}
// Answered with Stripe's api_key_expired error.
inline QString expired()
{
    return QStringLiteral("sk_test_PaydeskExpired0001");
}

} // namespace sandbox::keys
