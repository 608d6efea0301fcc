#include "src/money/AmountParser.h"

#include <QCoreApplication>
#include <QStringList>

namespace money {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(money::AmountParser)
};

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F);
}

// Removes the currency's own code or symbol before or after the number ("€12.50", "12,50 €",
// "KWD 1.500"); a person often pastes amounts like that.
QString stripCurrency(QString text, const QString &code)
{
    const QString symbol = currencySymbol(code);
    for (const QString &marker : {symbol, code}) {
        if (text.startsWith(marker, Qt::CaseInsensitive))
            return text.mid(marker.size()).trimmed();
        if (text.endsWith(marker, Qt::CaseInsensitive))
            return text.left(text.size() - marker.size()).trimmed();
    }
    return text;
}

// A digit in the locale's script or ASCII, as its value; -1 when not a digit.
int digitValue(QChar c, QChar zero)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    const int offset = int(c.unicode()) - int(zero.unicode());
    return offset >= 0 && offset <= 9 ? offset : -1;
}

// Digit grouping as people write it: a first group of 1-3 digits, then groups of 3 (or of 2
// before the last, as in Indian grouping "1,00,000").
bool isWellGrouped(const QStringList &groups)
{
    if (groups.size() < 2)
        return true;
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        const qsizetype size = groups.at(i).size();
        const bool last = i == groups.size() - 1;
        if (last ? size != 3 : (size != 2 && size != 3))
            return false;
    }
    return true;
}

} // namespace

AmountParser::AmountParser(const QLocale &locale, Options options)
    : m_locale(locale)
    , m_options(options)
{ }

AmountParser::Result AmountParser::parse(const QString &input, const QString &currencyCode) const
{
    const Currency currency = Currency::byCode(currencyCode);
    const QString example = Money(currency.minorPerMajor() * 12 + currency.minorPerMajor() / 2, currency.code)
                                .formatNumber(m_locale);
    Result result;
    auto fail = [&result](const QString &message) {
        result.error = message;
        return result;
    };

    QString text = stripCurrency(input.trimmed(), currency.code);
    if (text.isEmpty())
        return fail(Text::tr("Enter an amount."));

    bool negative = false;
    const QString minus = m_locale.negativeSign();
    if (text.startsWith(minus) || text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text = text.mid(text.startsWith(minus) ? minus.size() : 1).trimmed();
    } else if (text.startsWith(QLatin1Char('+'))) {
        text = text.mid(1).trimmed();
    }
    if (negative && !(m_options & AllowNegative))
        return fail(Text::tr("The amount cannot be negative."));

    const QString decimalPoint = m_locale.decimalPoint();
    const QString group = m_locale.groupSeparator();
    const QChar zero = m_locale.zeroDigit().at(0);

    // Split into the integer groups and the fraction, checking every character on the way.
    QStringList groups {QString()};
    QString fraction;
    bool inFraction = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const int digit = digitValue(c, zero);
        if (digit >= 0) {
            (inFraction ? fraction : groups.last()) += QChar(u'0' + digit);
        } else if (!inFraction && QStringView(text).mid(i).startsWith(decimalPoint)) {
            inFraction = true;
            i += decimalPoint.size() - 1;
        } else if (!inFraction
                   && (QStringView(text).mid(i).startsWith(group)
                       || (isSpaceLike(c) && (group.isEmpty() || isSpaceLike(group.at(0)))))) {
            groups.append(QString());
            i += isSpaceLike(c) ? 0 : group.size() - 1;
        } else if (c == QLatin1Char('e') || c == QLatin1Char('E')) {
            return fail(Text::tr("Type the amount in plain digits, like %1, not in scientific notation.")
                            .arg(example));
        } else if (inFraction
                   && (QStringView(text).mid(i).startsWith(decimalPoint) || c == QLatin1Char('.')
                       || c == QLatin1Char(','))) {
            return fail(
                Text::tr("The amount has more than one decimal separator; type it like %1.").arg(example));
        } else {
            return fail(Text::tr("“%1” is not an amount; type it like %2.").arg(input.trimmed(), example));
        }
    }

    if (!isWellGrouped(groups))
        return fail(Text::tr("“%1” is not an amount: the digit groups look wrong. Type it like %2.")
                        .arg(input.trimmed(), example));
    const QString whole = groups.join(QString());
    if (whole.isEmpty() && fraction.isEmpty())
        return fail(Text::tr("“%1” is not an amount; type it like %2.").arg(input.trimmed(), example));
    if (inFraction && fraction.isEmpty())
        return fail(Text::tr("Type the digits after the decimal separator, like %1.").arg(example));

    if (fraction.size() > currency.shownDecimals) {
        if (currency.shownDecimals == 0)
            return fail(
                Text::tr("%1 amounts have no decimal places; type a whole number.").arg(currency.code));
        return fail(Text::tr("%1 amounts have at most %2 decimal places.")
                        .arg(currency.code)
                        .arg(currency.shownDecimals));
    }

    // Whole units and fraction into minor units, refusing anything beyond the maximum before
    // it could overflow: the loop stops once past the maximum, so no product exceeds 10x it.
    const qint64 limit = m_maximum;
    qint64 minor = 0;
    for (const QChar c : whole) {
        minor = minor * 10 + (c.unicode() - '0');
        if (minor > limit)
            break;
    }
    const Money maximum(limit, currency.code);
    if (minor > limit / currency.minorPerMajor() + 1)
        return fail(Text::tr("The amount is too large: the most Stripe accepts is %1.")
                        .arg(maximum.format(m_locale)));
    minor *= currency.minorPerMajor();
    qint64 fractionUnits = 0;
    for (const QChar c : fraction)
        fractionUnits = fractionUnits * 10 + (c.unicode() - '0');
    for (qsizetype i = fraction.size(); i < currency.decimals; ++i)
        fractionUnits *= 10;
    minor += fractionUnits;
    if (minor > limit)
        return fail(Text::tr("The amount is too large: the most Stripe accepts is %1.")
                        .arg(maximum.format(m_locale)));

    if (minor == 0 && !(m_options & AllowZero))
        return fail(Text::tr("Enter an amount greater than zero."));
    if ((m_options & ForPayment) && currency.paymentsEndInZero && minor % 10 != 0)
        return fail(
            Text::tr("Stripe takes %1 payments in steps of 0.010: the last of the three decimals must be 0.")
                .arg(currency.code));

    result.money = Money(negative ? -minor : minor, currency.code);
    return result;
}

} // namespace money
