#include "src/mirror/TabFilters.h"

#include "src/money/AmountParser.h"
#include "src/money/Currency.h"
#include "src/queries/PaymentFilter.h"
#include "src/queries/PaymentSearchText.h"

namespace mirror {

namespace {

QString value(const QVariantMap &values, const char *key)
{
    return values.value(QLatin1String(key)).toString().trimmed();
}

void applyCreated(Filter &filter, const queries::CreatedRange &created)
{
    filter.createdFrom = created.firstSecond();
    // The range's last second is inclusive; the mirror's end is exclusive.
    if (const auto last = created.lastSecond())
        filter.createdUntil = *last + 1;
}

} // namespace

std::optional<Filter> paymentsFilter(const QVariantMap &values, const queries::CreatedRange &created,
                                     const QLocale &locale)
{
    Filter filter;
    filter.kind = objects::Kind::Payment;
    using Status = queries::PaymentStatus;
    switch (Status(value(values, "status").toInt())) {
    case Status::Any:
        break;
    case Status::Succeeded:
        // The mirror says "refunded" once money went back, as the Payments tab's statuses do.
        filter.statuses = {QStringLiteral("succeeded")};
        break;
    case Status::Failed:
        filter.statuses = {QStringLiteral("failed")};
        break;
    case Status::Refunded:
        filter.statuses = {QStringLiteral("refunded")};
        break;
    case Status::PartiallyRefunded:
        filter.statuses = {QStringLiteral("partially_refunded")};
        break;
    case Status::Uncaptured:
    case Status::Disputed:
        return std::nullopt; // no column of the mirror's says so
    }
    filter.currency = value(values, "currency").toLower();
    filter.customer = value(values, "customer");
    applyCreated(filter, created);

    // Amounts in the chosen currency, else the locale's (for its decimals), as the tab reads them.
    QString code = filter.currency.toUpper();
    if (code.isEmpty()) {
        code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        if (!money::Currency::isKnown(code))
            code = QStringLiteral("USD");
    }
    const money::AmountParser amounts(locale, money::AmountParser::AllowZero);
    for (const auto &[key, bound] :
         {std::pair {"minimum", &filter.minAmount}, std::pair {"maximum", &filter.maxAmount}}) {
        const QString text = value(values, key);
        if (text.isEmpty())
            continue;
        const auto parsed = amounts.parse(text, code);
        if (!parsed.isOk())
            return std::nullopt; // the tab says what is wrong with it
        *bound = parsed.money.minorUnits();
    }

    const QString search = value(values, "search");
    const queries::PaymentSearchTerm term = queries::parsePaymentSearch(search, locale);
    using Term = queries::PaymentSearchTerm::Kind;
    switch (term.kind) {
    case Term::Empty:
    case Term::Dates: // the tab moves a typed day into the created range
        break;
    case Term::Amount:
        filter.minAmount = term.amount;
        filter.maxAmount = term.amount;
        if (!term.currency.isEmpty())
            filter.currency = term.currency.toLower();
        break;
    case Term::Unclear:
        return std::nullopt;
    default:
        // An email, last 4, an id or words: all in the mirror's text of the payment.
        filter.text = search;
        break;
    }
    return filter;
}

std::optional<Filter> invoicesFilter(const QVariantMap &values, const queries::CreatedRange &created)
{
    Filter filter;
    filter.kind = objects::Kind::Invoice;
    if (const QString status = value(values, "status"); !status.isEmpty())
        filter.statuses = {status};
    filter.customer = value(values, "customer");
    applyCreated(filter, created);
    return filter;
}

std::optional<Filter> customersFilter(const QVariantMap &values, const queries::CreatedRange &created)
{
    Filter filter;
    filter.kind = objects::Kind::Customer;
    filter.text = value(values, "search");
    applyCreated(filter, created);
    return filter;
}

} // namespace mirror
