#pragma once

#include <QString>

namespace money {

// How Stripe counts a currency's minor units (docs.stripe.com/currencies).
struct Currency
{
    QString code; // ISO 4217, upper case ("USD")
    // Digits Stripe puts after the decimal point in an amount: 0 (JPY), 2 (USD), 3 (KWD).
    int decimals = 2;
    // Digits a person may type and sees. ISK and UGX are sent with two decimals but have no
    // fractions in practice (5 ISK = 500), so they show none.
    int shownDecimals = 2;
    // Three-decimal currencies: Stripe wants a payment's last digit to be 0 (5.124 KWD -> 5.120).
    bool paymentsEndInZero = false;

    // The minor units in one major unit: 1, 100 or 1000.
    qint64 minorPerMajor() const;
    // The minor units a person can address: 100 for ISK (only whole krónur), 10 for KWD payments.
    qint64 smallestTypedStep() const;

    // The table entry for an ISO code in any case; unknown codes are two-decimal, as Stripe's
    // default is. Never fails.
    static Currency byCode(const QString &code);
    // True for codes Paydesk knows Stripe supports (used to reject typos like "EUE").
    static bool isKnown(const QString &code);
    // The codes Paydesk offers in currency pickers, most used first.
    static QStringList commonCodes();
};

} // namespace money
