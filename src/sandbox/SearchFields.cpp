#include "src/sandbox/SearchFields.h"

namespace sandbox::searchFields {

namespace {

using Type = SearchQuery::Type;
using Rule = SearchQuery::Rule;

SearchQuery::Field field(const char *path, Type type, Rule rule = Rule::Plain)
{
    return {QLatin1String(path), type, rule};
}

} // namespace

const SearchQuery::Resource &charges()
{
    static const SearchQuery::Resource resource = [] {
        SearchQuery::Resource charges {
            QStringLiteral("charges"), QStringLiteral("query-fields-for-charges"), {}};
        auto &fields = charges.fields;
        fields.insert(QStringLiteral("amount"), field("amount", Type::Numeric));
        fields.insert(QStringLiteral("billing_details.address.postal_code"),
                      field("billing_details.address.postal_code", Type::Token));
        fields.insert(QStringLiteral("created"), field("created", Type::Numeric));
        fields.insert(QStringLiteral("currency"), field("currency", Type::Token));
        fields.insert(QStringLiteral("customer"), field("customer", Type::Token));
        fields.insert(QStringLiteral("disputed"), field("disputed", Type::Token, Rule::TrueOrFalse));
        // payment_method_details.{{SOURCE}}.x for the sources card, card_present and interac_present.
        for (const char *source : {"card", "card_present", "interac_present"}) {
            for (const char *detail : {"last4", "exp_month", "exp_year", "brand", "fingerprint"}) {
                const QString path = QStringLiteral("payment_method_details.%1.%2")
                                         .arg(QLatin1String(source), QLatin1String(detail));
                fields.insert(path, {path, Type::Token, Rule::Plain});
            }
        }
        fields.insert(QStringLiteral("refunded"), field("refunded", Type::Token, Rule::Refunded));
        fields.insert(QStringLiteral("status"), field("status", Type::Token));
        return charges;
    }();
    return resource;
}

const SearchQuery::Resource &customers()
{
    static const SearchQuery::Resource resource {
        QStringLiteral("customers"),
        QStringLiteral("query-fields-for-customers"),
        {{QStringLiteral("created"), field("created", Type::Numeric)},
         {QStringLiteral("email"), field("email", Type::String)},
         {QStringLiteral("name"), field("name", Type::String)},
         {QStringLiteral("phone"), field("phone", Type::String)}}};
    return resource;
}

const SearchQuery::Resource &invoices()
{
    static const SearchQuery::Resource resource {
        QStringLiteral("invoices"),
        QStringLiteral("query-fields-for-invoices"),
        {{QStringLiteral("created"), field("created", Type::Numeric)},
         {QStringLiteral("currency"), field("currency", Type::Token)},
         {QStringLiteral("customer"), field("customer", Type::Token)},
         {QStringLiteral("number"), field("number", Type::String)},
         {QStringLiteral("receipt_number"), field("receipt_number", Type::String)},
         {QStringLiteral("status"), field("status", Type::String)},
         // Since 2025-03-31.basil an invoice names its subscription under parent.
         {QStringLiteral("subscription"), field("parent.subscription_details.subscription", Type::String)},
         {QStringLiteral("total"), field("total", Type::Numeric)}}};
    return resource;
}

const SearchQuery::Resource &paymentIntents()
{
    // The documentation's anchor for PaymentIntents is "payment-intents".
    static const SearchQuery::Resource resource {
        QStringLiteral("payment_intents"),
        QStringLiteral("query-fields-for-payment-intents"),
        {{QStringLiteral("amount"), field("amount", Type::Numeric)},
         {QStringLiteral("created"), field("created", Type::Numeric)},
         {QStringLiteral("currency"), field("currency", Type::Token)},
         {QStringLiteral("customer"), field("customer", Type::Token)},
         {QStringLiteral("status"), field("status", Type::Token)}}};
    return resource;
}

} // namespace sandbox::searchFields
