#include "src/sandbox/Lists.h"
#include "src/sandbox/Resources.h"
#include "src/sandbox/Routes.h"

#include <QJsonArray>

namespace sandbox {

namespace {

using namespace resources;

const QString products = QStringLiteral("products");
const QString prices = QStringLiteral("prices");

Reply listProducts(Call &call)
{
    lists::Predicate ids;
    if (call.has(QStringLiteral("ids"))) {
        QStringList wanted;
        for (const QVariant &id : call.params.value(QStringLiteral("ids")).toList())
            wanted << id.toString();
        ids = [wanted](const QJsonObject &p) {
            return wanted.contains(p.value(QLatin1String("id")).toString());
        };
    }
    return lists::page(
        call, call.store->collection(products), QStringLiteral("/v1/products"),
        lists::all({lists::createdFilter(call), lists::fieldEquals(call, QStringLiteral("active")),
                    lists::fieldEquals(call, QStringLiteral("shippable")),
                    lists::fieldEquals(call, QStringLiteral("type")), ids}));
}

QJsonObject newPrice(Call &call, const QString &productId, qint64 unitAmount, const QString &currency)
{
    QJsonObject price = create(call, QStringLiteral("price"), QStringLiteral("price_"));
    price.insert(QStringLiteral("product"), productId);
    price.insert(QStringLiteral("unit_amount"), unitAmount);
    price.insert(QStringLiteral("unit_amount_decimal"), QString::number(unitAmount));
    price.insert(QStringLiteral("currency"), currency.toLower());
    price.insert(QStringLiteral("active"), true);
    price.insert(QStringLiteral("type"), QStringLiteral("one_time"));
    price.insert(QStringLiteral("recurring"), QJsonValue(QJsonValue::Null));
    price.insert(QStringLiteral("billing_scheme"), QStringLiteral("per_unit"));
    price.insert(QStringLiteral("nickname"), QJsonValue(QJsonValue::Null));
    price.insert(QStringLiteral("lookup_key"), QJsonValue(QJsonValue::Null));
    return price;
}

Reply createProduct(Call &call)
{
    QJsonObject product = create(call, QStringLiteral("product"), QStringLiteral("prod_"));
    if (call.has(QStringLiteral("id"))) {
        const QString id = call.string(QStringLiteral("id"));
        if (call.store->collection(products).find(id))
            return Reply::invalid(QStringLiteral("Product already exists."), QStringLiteral("id"),
                                  QStringLiteral("resource_already_exists"));
        product.insert(QStringLiteral("id"), id);
    }
    product.insert(QStringLiteral("name"), call.string(QStringLiteral("name")));
    product.insert(QStringLiteral("active"), call.boolean(QStringLiteral("active")).value_or(true));
    product.insert(QStringLiteral("updated"), call.now);
    product.insert(QStringLiteral("images"), QJsonArray());
    product.insert(QStringLiteral("default_price"), QJsonValue(QJsonValue::Null));
    copyStrings(call, product,
                {QStringLiteral("description"), QStringLiteral("unit_label"),
                 QStringLiteral("statement_descriptor"), QStringLiteral("url")});
    if (auto error = applyMetadata(call, product))
        return *error;
    const QVariantMap priceData = call.map(QStringLiteral("default_price_data"));
    if (priceData.isEmpty())
        return save(call, products, product, true);
    // The product exists before its price (product.created, then price.created).
    const QJsonObject price = newPrice(call, product.value(QLatin1String("id")).toString(),
                                       priceData.value(QStringLiteral("unit_amount")).toString().toLongLong(),
                                       priceData.value(QStringLiteral("currency")).toString());
    product.insert(QStringLiteral("default_price"), price.value(QLatin1String("id")));
    call.store->collection(products).insert(product);
    call.store->collection(prices).insert(price);
    return withExpansions(call, product);
}

Reply retrieveProduct(Call &call)
{
    return retrieve(call, products, QStringLiteral("product"), "id");
}

Reply updateProduct(Call &call)
{
    const QString id = call.pathParam("id");
    const QJsonObject *found = findLive(call, products, id);
    if (!found)
        return Reply::missing(QStringLiteral("product"), id, QStringLiteral("id"));
    QJsonObject product = *found;
    if (call.has(QStringLiteral("name")))
        product.insert(QStringLiteral("name"), call.string(QStringLiteral("name")));
    if (const auto active = call.boolean(QStringLiteral("active")))
        product.insert(QStringLiteral("active"), *active);
    copyStrings(call, product,
                {QStringLiteral("description"), QStringLiteral("unit_label"), QStringLiteral("url")});
    if (call.has(QStringLiteral("default_price"))) {
        const QString priceId = call.string(QStringLiteral("default_price"));
        const QJsonObject *price = findLive(call, prices, priceId);
        if (!price)
            return Reply::missing(QStringLiteral("price"), priceId, QStringLiteral("default_price"));
        if (price->value(QLatin1String("product")).toString() != id)
            return Reply::invalid(QStringLiteral("The price %1 belongs to another product.").arg(priceId),
                                  QStringLiteral("default_price"));
        product.insert(QStringLiteral("default_price"), priceId);
    }
    if (auto error = applyMetadata(call, product))
        return *error;
    product.insert(QStringLiteral("updated"), call.now);
    return save(call, products, product, false);
}

Reply listPrices(Call &call)
{
    lists::Predicate recurring;
    if (call.has(QStringLiteral("type")))
        recurring = lists::fieldEquals(call, QStringLiteral("type"));
    return lists::page(
        call, call.store->collection(prices), QStringLiteral("/v1/prices"),
        lists::all({lists::createdFilter(call), lists::fieldEquals(call, QStringLiteral("active")),
                    lists::fieldEquals(call, QStringLiteral("product")),
                    lists::fieldEquals(call, QStringLiteral("currency")), recurring}));
}

Reply createPrice(Call &call)
{
    QString productId = call.string(QStringLiteral("product"));
    const QVariantMap productData = call.map(QStringLiteral("product_data"));
    if (productId.isEmpty() && productData.isEmpty())
        return Reply::invalid(
            QStringLiteral("You must specify either `product` or `product_data` when creating a price."),
            QStringLiteral("product"));
    if (!productId.isEmpty() && !productData.isEmpty())
        return Reply::invalid(
            QStringLiteral("You may only specify one of these parameters: product, product_data."),
            QStringLiteral("product"), QStringLiteral("parameters_exclusive"));
    if (!productId.isEmpty() && !findLive(call, products, productId))
        return Reply::missing(QStringLiteral("product"), productId, QStringLiteral("product"));
    qint64 unitAmount = 0;
    if (const auto amount = call.integer(QStringLiteral("unit_amount")))
        unitAmount = *amount;
    else if (call.has(QStringLiteral("unit_amount_decimal")))
        unitAmount
            = call.string(QStringLiteral("unit_amount_decimal")).section(QLatin1Char('.'), 0, 0).toLongLong();
    else
        return Reply::invalid(QStringLiteral("Missing required param: unit_amount."),
                              QStringLiteral("unit_amount"), QStringLiteral("parameter_missing"));
    if (unitAmount < 0)
        return Reply::invalid(QStringLiteral("Invalid non-negative integer"), QStringLiteral("unit_amount"));
    QJsonObject newProduct;
    if (productId.isEmpty()) {
        newProduct = create(call, QStringLiteral("product"), QStringLiteral("prod_"));
        newProduct.insert(QStringLiteral("name"), productData.value(QStringLiteral("name")).toString());
        newProduct.insert(QStringLiteral("active"), true);
        newProduct.insert(QStringLiteral("updated"), call.now);
        productId = newProduct.value(QLatin1String("id")).toString();
    }
    QJsonObject price = newPrice(call, productId, unitAmount, call.string(QStringLiteral("currency")));
    if (const auto active = call.boolean(QStringLiteral("active")))
        price.insert(QStringLiteral("active"), *active);
    copyStrings(call, price, {QStringLiteral("nickname"), QStringLiteral("lookup_key")});
    const QVariantMap recurring = call.map(QStringLiteral("recurring"));
    if (!recurring.isEmpty()) {
        price.insert(QStringLiteral("type"), QStringLiteral("recurring"));
        price.insert(
            QStringLiteral("recurring"),
            QJsonObject {{QStringLiteral("interval"), recurring.value(QStringLiteral("interval")).toString()},
                         {QStringLiteral("interval_count"),
                          recurring.value(QStringLiteral("interval_count"), QStringLiteral("1"))
                              .toString()
                              .toLongLong()},
                         {QStringLiteral("usage_type"), QStringLiteral("licensed")},
                         {QStringLiteral("meter"), QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("trial_period_days"), QJsonValue(QJsonValue::Null)}});
    }
    if (auto error = applyMetadata(call, price))
        return *error;
    // Made only once the request is known to succeed: a refused price leaves no product behind.
    if (!newProduct.isEmpty())
        call.store->collection(products).insert(newProduct);
    return save(call, prices, price, true);
}

Reply retrievePrice(Call &call)
{
    return retrieve(call, prices, QStringLiteral("price"), "price");
}

} // namespace

void addProductRoutes(Routes &routes)
{
    const QString get = QStringLiteral("GET"), post = QStringLiteral("POST");
    routes.insert(routeKey(get, QStringLiteral("/v1/products")), listProducts);
    routes.insert(routeKey(post, QStringLiteral("/v1/products")), createProduct);
    routes.insert(routeKey(get, QStringLiteral("/v1/products/{id}")), retrieveProduct);
    routes.insert(routeKey(post, QStringLiteral("/v1/products/{id}")), updateProduct);
    routes.insert(routeKey(get, QStringLiteral("/v1/prices")), listPrices);
    routes.insert(routeKey(post, QStringLiteral("/v1/prices")), createPrice);
    routes.insert(routeKey(get, QStringLiteral("/v1/prices/{price}")), retrievePrice);
}

} // namespace sandbox
