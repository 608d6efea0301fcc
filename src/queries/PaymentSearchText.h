#pragma once

#include "src/queries/CreatedRange.h"

#include <QLocale>
#include <QString>

namespace queries {

// What a person typed into the Payments search box, understood as the Stripe Dashboard would:
// an email (that customer's payments), four digits (a card's last four), an amount ("12.50",
// "12.50 EUR", "€12.50", "¥1500", in the user's locale), a day, a month or a range of them
// ("2026-11-03", "3 Nov 2026", "Nov 2026", "2026-11-01..2026-11-30"), a payment (ch_, py_),
// PaymentIntent (pi_) or refund (re_) id, or else part of a customer's name or email.
struct PaymentSearchTerm
{
    enum class Kind {
        Empty,
        Email,
        Last4,
        Amount,
        Dates,
        PaymentId,
        IntentId,
        RefundId,
        CustomerId,
        Words, // part of a customer's name or email
        TooShort, // words of fewer than three characters: Stripe cannot search for them
        Unclear, // looks like an amount or a date but is not a valid one; problem says why
    };
    Kind kind = Kind::Empty;
    QString text; // trimmed
    qint64 amount = 0; // minor units
    QString currency; // ISO code, upper case; empty when none was typed
    int decimals = 2; // of the amount's currency (the locale's when none was typed)
    CreatedRange dates;
    QString problem;
};

PaymentSearchTerm parsePaymentSearch(const QString &input, const QLocale &locale = QLocale());

// One day, or the days of a month, from "2026-11-03", "3 Nov 2026", "11/3/26" (the locale's
// short date), "Nov 2026", "2026-11"; an invalid range when the text is none of them.
CreatedRange parseDay(const QString &text, const QLocale &locale = QLocale());

} // namespace queries
