#include "src/queries/PickerLists.h"

#include "src/objects/IdCheck.h"
#include "src/stripe/ApiPath.h"

#include <QCoreApplication>

namespace queries {

// Written unqualified where a function returns one: lupdate loses the namespace of a definition
// whose return type names another, and would file the strings below under no context.
using records::ListQuery;

namespace {

// lupdate files a string under the class its tr() is called through: one context for this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(queries::PickerLists)
};

} // namespace

ListQuery oneTimePrices(const QString &currency)
{
    records::ListQuery prices;
    prices.path = QStringLiteral("/v1/prices");
    prices.params = {{QStringLiteral("active"), true},
                     {QStringLiteral("type"), QStringLiteral("one_time")},
                     {QStringLiteral("expand"), QStringList {QStringLiteral("data.product")}}};
    if (currency.isEmpty()) {
        prices.emptyText = Text::tr("No active prices: create a product and a price first");
    } else {
        prices.params.insert(QStringLiteral("currency"), currency.toLower());
        prices.emptyText = Text::tr("No active prices in %1").arg(currency.toUpper());
    }
    return prices;
}

ListQuery savedCards(const QString &customerId)
{
    records::ListQuery methods;
    methods.path = stripe::apiPath(u"/v1/customers/%1/payment_methods", {customerId});
    methods.params = {{QStringLiteral("type"), QStringLiteral("card")}};
    methods.emptyText = Text::tr("This customer has no saved cards");
    if (methods.path.isEmpty())
        methods.invalidReason = objects::checkId(customerId, objects::Kind::Customer);
    return methods;
}

ListQuery coupons()
{
    records::ListQuery coupons;
    coupons.path = QStringLiteral("/v1/coupons");
    coupons.emptyText = Text::tr("No coupons: create one in the Stripe Dashboard first");
    return coupons;
}

} // namespace queries
