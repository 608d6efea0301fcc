#include "src/money/Money.h"

#include <QHash>

namespace money {

namespace {

// The decimal places shown for an amount: the currency's, and never hide a fraction that is
// really there (an ISK amount of 550 from the API shows as 5.50, not 5 or 6).
int decimalsToShow(const Currency &currency, qint64 minorUnits)
{
    if (currency.shownDecimals < currency.decimals && minorUnits % currency.smallestTypedStep() != 0)
        return currency.decimals;
    return currency.shownDecimals;
}

// |value| without overflow for the most negative qint64.
quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

// The unsigned number in the locale's digits and separators; the sign is the caller's.
QString formatMagnitude(quint64 abs, const Currency &cur, qint64 minorUnits, const QLocale &locale)
{
    const quint64 perMajor = quint64(cur.minorPerMajor());
    const int shown = decimalsToShow(cur, minorUnits);
    QString text = locale.toString(qulonglong(abs / perMajor));
    if (shown > 0) {
        // The fraction in minor units, cut to the shown digits (ISK 500 -> "5", never "5.00").
        quint64 fraction = abs % perMajor;
        for (int i = shown; i < cur.decimals; ++i)
            fraction /= 10;
        QString digits = locale.toString(qulonglong(fraction));
        while (digits.size() < shown)
            digits.prepend(locale.zeroDigit());
        text += locale.decimalPoint() + digits;
    }
    return text;
}

} // namespace

Money::Money(qint64 minorUnits, const QString &currencyCode)
    : m_minorUnits(minorUnits)
    , m_currency(currencyCode.trimmed().toUpper())
{ }

QString Money::formatNumber(const QLocale &locale) const
{
    const QString number = formatMagnitude(magnitude(m_minorUnits), currency(), m_minorUnits, locale);
    return m_minorUnits < 0 ? locale.negativeSign() + number : number;
}

QString Money::format(const QLocale &locale) const
{
    // Let QLocale place the symbol (before or after, with or without a space, where the minus
    // goes) by formatting the integer 1 with it, then put our exact number in its place. This
    // keeps the locale's pattern without ever passing money through a double.
    const QString symbol = currencySymbol(m_currency);
    // The C locale (LANG=C, as on servers and in CI) has no currency pattern of its own: write
    // amounts the international way, symbol first.
    if (locale.language() == QLocale::C) {
        const QString number = formatMagnitude(magnitude(m_minorUnits), currency(), m_minorUnits, locale);
        const QString gap = symbol.at(symbol.size() - 1).isLetter() ? QStringLiteral("\u00A0") : QString();
        return (m_minorUnits < 0 ? QStringLiteral("-") : QString()) + symbol + gap + number;
    }
    const QString one = locale.toString(1);
    QString pattern = locale.toCurrencyString(qlonglong(m_minorUnits < 0 ? -1 : 1), symbol);
    const QString number = formatMagnitude(magnitude(m_minorUnits), currency(), m_minorUnits, locale);
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0) // a locale pattern without the digit: never seen, but never lose the amount
        return (m_minorUnits < 0 ? locale.negativeSign() : QString()) + symbol + QChar(0x00A0) + number;
    // Locales write "$5" but a code needs a gap: "ISK 5", not "ISK5".
    const QChar before = at > 0 ? pattern.at(at - 1) : QChar();
    const QChar after = at + one.size() < pattern.size() ? pattern.at(at + one.size()) : QChar();
    const QString gap(QChar(0x00A0));
    return pattern.replace(at, one.size(),
                           (before.isLetter() ? gap : QString()) + number
                               + (after.isLetter() ? gap : QString()));
}

QString Money::toDecimalString() const
{
    // The C locale has no grouping and '.' as its decimal point.
    const QString number = formatMagnitude(magnitude(m_minorUnits), currency(), m_minorUnits, QLocale::c());
    return m_minorUnits < 0 ? QLatin1Char('-') + number : number;
}

QString currencySymbol(const QString &currencyCode)
{
    // CLDR's English symbols, chosen so that no two currencies a user may hold share one
    // ("$" is only USD; Canadian dollars are "CA$").
    static const QHash<QString, QString> symbols {
        {QStringLiteral("USD"), QStringLiteral("$")},         {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},         {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("CNY"), QStringLiteral("CN¥")},       {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("KRW"), QStringLiteral("₩")},         {QStringLiteral("CAD"), QStringLiteral("CA$")},
        {QStringLiteral("AUD"), QStringLiteral("A$")},        {QStringLiteral("NZD"), QStringLiteral("NZ$")},
        {QStringLiteral("HKD"), QStringLiteral("HK$")},       {QStringLiteral("MXN"), QStringLiteral("MX$")},
        {QStringLiteral("BRL"), QStringLiteral("R$")},        {QStringLiteral("ILS"), QStringLiteral("₪")},
        {QStringLiteral("TWD"), QStringLiteral("NT$")},       {QStringLiteral("VND"), QStringLiteral("₫")},
        {QStringLiteral("PHP"), QStringLiteral("₱")},         {QStringLiteral("XAF"), QStringLiteral("FCFA")},
        {QStringLiteral("XOF"), QStringLiteral("F\u202FCFA")}};
    const QString code = currencyCode.trimmed().toUpper();
    return symbols.value(code, code);
}

} // namespace money
