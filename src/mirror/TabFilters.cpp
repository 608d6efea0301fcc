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
    const QStringList succeeded {QStringLiteral("succeeded"), QStringLiteral("partially_refunded"),
                                 QStringLiteral("refunded")};
    switch (Status(value(values, "status").toInt())) {
    case Status::Any:
        break;
    case Status::Succeeded:
        // Stripe's status stays "succeeded" when money goes back (its search and the tab's
        // Stripe list keep those); the mirror's column says "refunded" for them.
        filter.statuses = succeeded;
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
        // An authorisation: succeeded, not captured (a released one is refunded as well).
        filter.statuses = succeeded;
        filter.captured = false;
        break;
    case Status::Disputed:
        filter.disputed = true;
        break;
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

std::optional<Filter> invoicesFilter(const queries::InvoiceFilter &invoices,
                                     const queries::CreatedRange &created)
{
    Filter filter;
    filter.kind = objects::Kind::Invoice;
    if (!invoices.status.isEmpty())
        filter.statuses = {invoices.status};
    filter.customer = invoices.customer.trimmed();
    filter.currency = invoices.currency.toLower();
    filter.dueFrom = invoices.dueFrom;
    filter.dueUntil = invoices.dueUntil;
    filter.text = invoices.text;
    applyCreated(filter, created);
    return filter;
}

std::optional<Filter> ordersFilter(const queries::OrderFilter &orders, const queries::CreatedRange &created)
{
    Filter filter;
    filter.kind = objects::Kind::Order; // Paydesk's payment intents only (FilterSql)
    if (!orders.status.isEmpty())
        filter.statuses = {orders.status};
    filter.customer = orders.customer.trimmed();
    filter.text = orders.text;
    applyCreated(filter, created);
    return filter;
}

std::optional<Filter> refundsFilter(const queries::RefundFilter &refunds,
                                    const queries::CreatedRange &created)
{
    Filter filter;
    filter.kind = objects::Kind::Refund;
    filter.parent = refunds.payment.trimmed(); // a refund's charge
    if (!refunds.status.isEmpty())
        filter.statuses = {refunds.status};
    filter.currency = refunds.currency.toLower();
    filter.text = refunds.text;
    applyCreated(filter, created);
    return filter;
}

std::optional<Filter> productsFilter(const queries::ProductFilter &products,
                                     const queries::CreatedRange &created)
{
    Filter filter;
    filter.kind = objects::Kind::Product;
    if (products.active)
        filter.statuses = {*products.active ? QStringLiteral("active") : QStringLiteral("inactive")};
    filter.text = products.text;
    applyCreated(filter, created);
    return filter;
}

std::optional<Filter> promotionCodesFilter(const queries::PromotionCodeFilter &codes,
                                           const queries::CreatedRange &created)
{
    Filter filter;
    filter.kind = objects::Kind::PromotionCode;
    if (codes.active)
        filter.statuses = {*codes.active ? QStringLiteral("active") : QStringLiteral("inactive")};
    filter.parent = codes.coupon; // a code's coupon
    filter.codePart = codes.codePart.trimmed();
    filter.text = codes.text;
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
