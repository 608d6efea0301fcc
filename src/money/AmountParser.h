#pragma once

#include "src/money/Money.h"

#include <QFlags>
#include <QLocale>
#include <QString>

#include <algorithm>

namespace money {

// What a person typed into an amount field, read strictly: a wrong amount is refused with a
// sentence that says what is wrong, never guessed at.
class AmountParser
{
public:
    enum Option {
        NoOptions = 0,
        AllowNegative = 0x1, // a customer balance adjustment may be negative; a refund never
        AllowZero = 0x2,
        // Three-decimal currencies: Stripe wants a payment's last digit to be 0 (5.120 KWD).
        ForPayment = 0x4,
    };
    Q_DECLARE_FLAGS(Options, Option)

    // Stripe's ceiling for an amount: eight digits ($999,999.99, ¥99,999,999).
    static constexpr qint64 StripeMaximum = 99'999'999;

    struct Result
    {
        Money money;
        QString error; // empty when the text is a valid amount
        bool isOk() const { return error.isEmpty(); }
    };

    explicit AmountParser(const QLocale &locale = QLocale(), Options options = NoOptions);

    // At most 10^15 so that no intermediate step can overflow 64 bits.
    void setMaximum(qint64 minorUnits)
    {
        m_maximum = std::clamp<qint64>(minorUnits, 0, 1'000'000'000'000'000);
    }

    // Accepts the locale's decimal point and digit grouping ("1,234.50"; "1.234,50" in German),
    // a leading minus where allowed, and the currency's own code or symbol around the number.
    // Refuses exponents, letters, more decimals than the currency has, misplaced grouping,
    // amounts above the maximum and empty text.
    Result parse(const QString &input, const QString &currencyCode) const;

private:
    QLocale m_locale;
    Options m_options;
    qint64 m_maximum = StripeMaximum;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(AmountParser::Options)

} // namespace money
