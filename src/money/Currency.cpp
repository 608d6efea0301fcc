#include "src/money/Currency.h"

#include <QSet>
#include <QStringList>

namespace money {

namespace {

// docs.stripe.com/currencies, "Zero-decimal currencies".
const QSet<QString> &zeroDecimal()
{
    static const QSet<QString> codes {QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
                                      QStringLiteral("GNF"), QStringLiteral("JPY"), QStringLiteral("KMF"),
                                      QStringLiteral("KRW"), QStringLiteral("MGA"), QStringLiteral("PYG"),
                                      QStringLiteral("RWF"), QStringLiteral("VND"), QStringLiteral("VUV"),
                                      QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    return codes;
}

// docs.stripe.com/currencies, "Three-decimal currencies".
const QSet<QString> &threeDecimal()
{
    static const QSet<QString> codes {QStringLiteral("BHD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
                                      QStringLiteral("OMR"), QStringLiteral("TND")};
    return codes;
}

// Listed as zero-decimal in practice but sent with two decimals ("5 ISK = 500"): UGX is in
// Stripe's zero-decimal list yet follows the same rule for amounts.
const QSet<QString> &twoDecimalWithoutFractions()
{
    static const QSet<QString> codes {QStringLiteral("ISK"), QStringLiteral("UGX")};
    return codes;
}

// The currencies Stripe settles or presents that Paydesk users meet; not exhaustive, but wide
// enough to catch typos. Anything else Stripe adds still formats as two-decimal.
const QStringList &knownCodes()
{
    static const QStringList codes = [] {
        QStringList list {
            QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("JPY"),
            QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("CHF"), QStringLiteral("SEK"),
            QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"), QStringLiteral("CZK"),
            QStringLiteral("HUF"), QStringLiteral("NZD"), QStringLiteral("SGD"), QStringLiteral("HKD"),
            QStringLiteral("MXN"), QStringLiteral("BRL"), QStringLiteral("INR"), QStringLiteral("KWD"),
            QStringLiteral("BHD"), QStringLiteral("JOD"), QStringLiteral("OMR"), QStringLiteral("TND"),
            QStringLiteral("KRW"), QStringLiteral("ISK"), QStringLiteral("UGX"), QStringLiteral("TWD"),
            QStringLiteral("ZAR"), QStringLiteral("AED"), QStringLiteral("SAR"), QStringLiteral("ILS"),
            QStringLiteral("TRY"), QStringLiteral("THB"), QStringLiteral("MYR"), QStringLiteral("PHP"),
            QStringLiteral("IDR"), QStringLiteral("CNY"), QStringLiteral("RON"), QStringLiteral("BGN"),
            QStringLiteral("EGP"), QStringLiteral("NGN"), QStringLiteral("KES"), QStringLiteral("COP"),
            QStringLiteral("PEN"), QStringLiteral("ARS"), QStringLiteral("UAH"), QStringLiteral("QAR")};
        for (const QString &code : zeroDecimal())
            if (!list.contains(code))
                list.append(code);
        return list;
    }();
    return codes;
}

} // namespace

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < decimals; ++i)
        factor *= 10;
    return factor;
}

qint64 Currency::smallestTypedStep() const
{
    qint64 step = 1;
    for (int i = shownDecimals; i < decimals; ++i)
        step *= 10;
    return step;
}

Currency Currency::byCode(const QString &code)
{
    Currency currency;
    currency.code = code.trimmed().toUpper();
    if (twoDecimalWithoutFractions().contains(currency.code)) {
        currency.decimals = 2;
        currency.shownDecimals = 0;
    } else if (zeroDecimal().contains(currency.code)) {
        currency.decimals = currency.shownDecimals = 0;
    } else if (threeDecimal().contains(currency.code)) {
        currency.decimals = currency.shownDecimals = 3;
        currency.paymentsEndInZero = true;
    }
    return currency;
}

bool Currency::isKnown(const QString &code)
{
    return knownCodes().contains(code.trimmed().toUpper());
}

QStringList Currency::commonCodes()
{
    return knownCodes();
}

} // namespace money
