#pragma once

#include <QString>

// The API keys the sandbox accepts. They are made up and only ever work here; Paydesk itself uses
// the full key for its built-in sandbox, and the others let tests (and curious users) see how
// Paydesk handles restricted and expired keys.
namespace sandbox::keys {

// Everything allowed.
inline QString secret()
{
    return QStringLiteral("sk_test_paydesk_sandbox");
}
// Everything but invoices (and invoice items and lines), and not the account: like a key
// made for a support team, which has to fall back to /v1/balance to prove itself.
inline QString noInvoices()
{
    return QStringLiteral("rk_test_paydesk_no_invoices");
}
// Every read, no write.
inline QString readOnly()
{
    return QStringLiteral("rk_test_paydesk_read_only");
}
// Answered with Stripe's api_key_expired error.
inline QString expired()
{
    return QStringLiteral("sk_test_paydesk_expired");
}

} // namespace sandbox::keys
