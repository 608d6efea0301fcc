#pragma once

#include "src/money/Currency.h"

#include <QLocale>
#include <QString>

namespace money {

// An amount as Stripe counts it: a 64-bit integer of the currency's minor unit (cents, yen,
// fils) and the ISO code. There is no floating point anywhere in money.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currencyCode);

    qint64 minorUnits() const { return m_minorUnits; }
    // Upper-case ISO code ("EUR"); Stripe itself sends lower case.
    QString currencyCode() const { return m_currency; }
    Currency currency() const { return Currency::byCode(m_currency); }
    bool isValid() const { return !m_currency.isEmpty(); }

    // "€12.50", "¥1,500", "KWD 1.500", in the locale's own pattern, grouping and digits.
    QString format(const QLocale &locale = QLocale()) const;
    // The number alone with the locale's separators: "12.50", "1.500,25".
    QString formatNumber(const QLocale &locale = QLocale()) const;
    // A locale-free decimal for files and machines: "12.50", "-0.05", "1500", "1.500" (KWD).
    QString toDecimalString() const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minorUnits = 0;
    QString m_currency;
};

// The symbol Paydesk shows for a currency, or its code where no symbol is unambiguous.
QString currencySymbol(const QString &currencyCode);

} // namespace money
