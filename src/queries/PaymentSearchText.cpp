#include "src/queries/PaymentSearchText.h"

#include "src/money/AmountParser.h"
#include "src/money/Currency.h"
#include "src/objects/Kind.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace queries {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(queries::PaymentSearchText)
};

bool isEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

// Two-digit years ("11/3/26") are read by Qt 6.4 as 19xx; nobody searches payments before Stripe.
QDate recent(QDate date)
{
    return date.isValid() && date.year() < 1970 ? date.addYears(100) : date;
}

QDate dayIn(const QString &text, const QLocale &locale)
{
    if (const QDate iso = QDate::fromString(text, Qt::ISODate); iso.isValid())
        return iso;
    for (const QLocale &in : {locale, QLocale::c()}) {
        for (const QLocale::FormatType format : {QLocale::ShortFormat, QLocale::LongFormat})
            if (const QDate date = recent(in.toDate(text, format)); date.isValid())
                return date;
        for (const char *format : {"d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "MMM d, yyyy",
                                   "MMMM d, yyyy", "d. MMM yyyy", "d. MMMM yyyy", "d.M.yyyy"})
            if (const QDate date = in.toDate(text, QLatin1String(format)); date.isValid())
                return date;
    }
    return {};
}

QDate monthIn(const QString &text, const QLocale &locale)
{
    for (const QLocale &in : {locale, QLocale::c()})
        for (const char *format : {"MMM yyyy", "MMMM yyyy", "yyyy-MM", "MMM. yyyy"})
            if (const QDate date = in.toDate(text, QLatin1String(format)); date.isValid())
                return date;
    return {};
}

// The currency a symbol or code beside the number names: "€", "EUR", "eur", "¥".
QString currencyOf(const QString &token, const QLocale &locale)
{
    if (token.isEmpty())
        return {};
    if (token.size() == 3 && money::Currency::isKnown(token))
        return token.toUpper();
    const QString localCode = locale.currencySymbol(QLocale::CurrencyIsoCode);
    if (!localCode.isEmpty() && token == locale.currencySymbol(QLocale::CurrencySymbol))
        return localCode;
    static const QHash<QString, QString> symbols {
        {QStringLiteral("€"), QStringLiteral("EUR")},   {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("¥"), QStringLiteral("JPY")},   {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("US$"), QStringLiteral("USD")}, {QStringLiteral("₹"), QStringLiteral("INR")},
        {QStringLiteral("₩"), QStringLiteral("KRW")},   {QStringLiteral("CHF"), QStringLiteral("CHF")}};
    return symbols.value(token);
}

bool readAmount(const QString &text, const QLocale &locale, PaymentSearchTerm *term)
{
    // A number with a currency symbol or code before or after it, or neither.
    static const QRegularExpression shape(
        QStringLiteral("^(?<pre>[^\\d\\s.,'\\-]+)?\\s*(?<number>-?\\d[\\d.,'\\s\\x{00A0}\\x{202F}]*)\\s*"
                       "(?<post>[^\\d\\s.,'\\-]+)?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return false;
    const QString pre = match.captured(QStringLiteral("pre"));
    const QString post = match.captured(QStringLiteral("post"));
    if (!pre.isEmpty() && !post.isEmpty())
        return false;
    const QString token = pre.isEmpty() ? post : pre;
    const QString currency = currencyOf(token, locale);
    if (!token.isEmpty() && currency.isEmpty())
        return false;
    QString code = currency;
    if (code.isEmpty()) {
        code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        if (!money::Currency::isKnown(code))
            code = QStringLiteral("USD");
    }
    term->kind = PaymentSearchTerm::Kind::Amount;
    term->currency = currency;
    term->decimals = money::Currency::byCode(code).decimals;
    // The number alone when no currency was typed: the parser need not see the locale's symbol.
    const auto parsed
        = money::AmountParser(locale, money::AmountParser::AllowZero)
              .parse(currency.isEmpty() ? match.captured(QStringLiteral("number")).trimmed() : text, code);
    if (!parsed.isOk()) {
        term->kind = PaymentSearchTerm::Kind::Unclear;
        term->problem = Text::tr("“%1” is not an amount: %2").arg(text, parsed.error);
        return true;
    }
    term->amount = parsed.money.minorUnits();
    return true;
}

bool readDates(const QString &text, const QLocale &locale, PaymentSearchTerm *term)
{
    static const QRegularExpression separator(
        QStringLiteral("\\s*\\.\\.\\s*|\\s*–\\s*|\\s+-\\s+|\\s+to\\s+"));
    const QStringList sides = text.split(separator);
    if (sides.size() > 2)
        return false;
    const CreatedRange first = parseDay(sides.first().trimmed(), locale);
    if (sides.size() == 1) {
        if (first.isEmpty())
            return false;
        term->kind = PaymentSearchTerm::Kind::Dates;
        term->dates = first;
        return true;
    }
    const CreatedRange last = parseDay(sides.last().trimmed(), locale);
    if (first.isEmpty() && last.isEmpty())
        return false;
    if (first.isEmpty() || last.isEmpty()) {
        term->kind = PaymentSearchTerm::Kind::Unclear;
        term->problem = Text::tr("“%1” is not a date: write days as 2026-11-03 or 3 Nov 2026.")
                            .arg((first.isEmpty() ? sides.first() : sides.last()).trimmed());
        return true;
    }
    term->kind = PaymentSearchTerm::Kind::Dates;
    term->dates = {first.from, last.to};
    if (term->dates.from > term->dates.to) {
        term->kind = PaymentSearchTerm::Kind::Unclear;
        term->problem = Text::tr("The range ends before it starts.");
    }
    return true;
}

} // namespace

CreatedRange parseDay(const QString &text, const QLocale &locale)
{
    if (text.isEmpty())
        return {};
    if (const QDate day = dayIn(text, locale); day.isValid())
        return {day, day};
    if (const QDate month = monthIn(text, locale); month.isValid()) {
        const QDate first(month.year(), month.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    return {};
}

PaymentSearchTerm parsePaymentSearch(const QString &input, const QLocale &locale)
{
    using Kind = PaymentSearchTerm::Kind;
    PaymentSearchTerm term;
    term.text = input.simplified();
    const QString &text = term.text;
    if (text.isEmpty())
        return term;
    if (const auto kind = objects::kindOfId(text); kind && objects::looksLikeStripeId(text)) {
        switch (*kind) {
        case objects::Kind::Payment:
            term.kind = Kind::PaymentId;
            return term;
        case objects::Kind::PaymentIntent:
            term.kind = Kind::IntentId;
            return term;
        case objects::Kind::Refund:
            term.kind = Kind::RefundId;
            return term;
        case objects::Kind::Customer:
            term.kind = Kind::CustomerId;
            return term;
        default:
            break;
        }
    }
    if (isEmail(text)) {
        term.kind = Kind::Email;
        return term;
    }
    static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
    if (fourDigits.match(text).hasMatch()) {
        term.kind = Kind::Last4;
        return term;
    }
    if (readDates(text, locale, &term))
        return term;
    if (readAmount(text, locale, &term))
        return term;
    term.kind = text.size() < 3 ? Kind::TooShort : Kind::Words;
    return term;
}

} // namespace queries
