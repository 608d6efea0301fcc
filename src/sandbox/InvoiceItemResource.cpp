#include "src/sandbox/InvoiceTotals.h"
#include "src/sandbox/Lists.h"
#include "src/sandbox/Resources.h"
#include "src/sandbox/Routes.h"

namespace sandbox {

namespace {

using namespace resources;
using invoicing::statusOf;

const QString invoices = QStringLiteral("invoices");
const QString items = QStringLiteral("invoiceitems");

Reply listItems(Call &call)
{
    lists::Predicate pending;
    if (const auto wanted = call.boolean(QStringLiteral("pending")))
        pending = [wanted](const QJsonObject &item) {
            return item.value(QLatin1String("invoice")).isNull() == *wanted;
        };
    return lists::page(
        call, call.store->collection(items), QStringLiteral("/v1/invoiceitems"),
        lists::all({lists::createdFilter(call), lists::fieldEquals(call, QStringLiteral("customer")),
                    lists::fieldEquals(call, QStringLiteral("invoice")), pending}));
}

// Applies amount, price, quantity and description from the call to an item.
std::optional<Reply> applyItemFields(Call &call, QJsonObject &item, const QJsonObject *invoice)
{
    const QString priceId = call.map(QStringLiteral("pricing")).value(QStringLiteral("price")).toString();
    // A new item's quantity is 1 unless given (createItem sets it); an update keeps the item's.
    // Stripe documents quantity as a non-negative integer.
    const qint64 quantity = call.integer(QStringLiteral("quantity"))
                                .value_or(item.value(QLatin1String("quantity")).toInteger());
    if (quantity < 0)
        return Reply::invalid(QStringLiteral("Invalid non-negative integer"), QStringLiteral("quantity"));
    if (call.has(QStringLiteral("amount")) && !priceId.isEmpty())
        return Reply::invalid(
            QStringLiteral("You may only specify one of these parameters: amount, pricing[price]."),
            QStringLiteral("amount"), QStringLiteral("parameters_exclusive"));
    QString currency = item.value(QLatin1String("currency")).toString();
    if (!priceId.isEmpty()) {
        const QJsonObject *price = findLive(call, QStringLiteral("prices"), priceId);
        if (!price)
            return Reply::missing(QStringLiteral("price"), priceId, QStringLiteral("pricing[price]"));
        currency = price->value(QLatin1String("currency")).toString();
        const qint64 unit = price->value(QLatin1String("unit_amount")).toInteger();
        item.insert(QStringLiteral("quantity"), quantity);
        item.insert(QStringLiteral("quantity_decimal"), QString::number(quantity));
        item.insert(QStringLiteral("amount"), unit * quantity);
        item.insert(
            QStringLiteral("pricing"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("price_details")},
                         {QStringLiteral("price_details"),
                          QJsonObject {{QStringLiteral("price"), priceId},
                                       {QStringLiteral("product"), price->value(QLatin1String("product"))}}},
                         {QStringLiteral("unit_amount_decimal"), QString::number(unit)}});
        if (!call.has(QStringLiteral("description")) && item.value(QLatin1String("description")).isNull())
            if (const QJsonObject *product
                = call.store->find(price->value(QLatin1String("product")).toString()))
                item.insert(QStringLiteral("description"), product->value(QLatin1String("name")));
    } else if (call.has(QStringLiteral("amount"))) {
        if (!call.has(QStringLiteral("currency")) && currency.isEmpty())
            return Reply::invalid(QStringLiteral("Missing required param: currency."),
                                  QStringLiteral("currency"), QStringLiteral("parameter_missing"));
        if (call.has(QStringLiteral("currency")))
            currency = call.string(QStringLiteral("currency")).toLower();
        item.insert(QStringLiteral("amount"), *call.integer(QStringLiteral("amount")));
        item.insert(QStringLiteral("quantity"), 1);
        item.insert(QStringLiteral("quantity_decimal"), QStringLiteral("1"));
    } else if (item.value(QLatin1String("amount")).isNull()) {
        return Reply::invalid(QStringLiteral("You must specify either `amount` or `pricing[price]`."),
                              QStringLiteral("amount"));
    }
    item.insert(QStringLiteral("currency"), currency);
    item.insert(QStringLiteral("net_amount"), item.value(QLatin1String("amount")));
    if (invoice && invoice->value(QLatin1String("currency")).toString() != currency)
        return Reply::invalid(
            QStringLiteral(
                "The currency of this invoice item (%1) must match the currency of the invoice (%2).")
                .arg(currency, invoice->value(QLatin1String("currency")).toString()),
            QStringLiteral("currency"));
    copyStrings(call, item, {QStringLiteral("description")});
    if (auto error = applyMetadata(call, item))
        return error;
    return std::nullopt;
}

// Adding, changing or deleting an item needs its invoice to be a draft.
std::optional<Reply> draftOnly(const QJsonObject *invoice)
{
    if (invoice && statusOf(*invoice) != QLatin1String("draft"))
        return Reply::invalid(
            QStringLiteral("You can only add or change items on a draft invoice; this invoice is %1.")
                .arg(statusOf(*invoice)),
            QStringLiteral("invoice"), QStringLiteral("invoice_not_editable"));
    return std::nullopt;
}

void refreshInvoice(Call &call, const QString &invoiceId)
{
    const QJsonObject *found = findLive(call, invoices, invoiceId);
    if (!found)
        return;
    QJsonObject invoice = *found;
    invoicing::recompute(call, invoice);
    call.store->collection(invoices).replace(invoice);
}

Reply createItem(Call &call)
{
    const QString customerId = call.string(QStringLiteral("customer"));
    if (customerId.isEmpty())
        return Reply::invalid(QStringLiteral("Missing required param: customer."), QStringLiteral("customer"),
                              QStringLiteral("parameter_missing"));
    if (!findLive(call, QStringLiteral("customers"), customerId))
        return Reply::missing(QStringLiteral("customer"), customerId, QStringLiteral("customer"));
    const QString invoiceId = call.string(QStringLiteral("invoice"));
    const QJsonObject *invoice = nullptr;
    if (!invoiceId.isEmpty()) {
        invoice = findLive(call, invoices, invoiceId);
        if (!invoice)
            return Reply::missing(QStringLiteral("invoice"), invoiceId, QStringLiteral("invoice"));
        if (auto error = draftOnly(invoice))
            return *error;
        if (invoice->value(QLatin1String("customer")).toString() != customerId)
            return Reply::invalid(QStringLiteral("The invoice belongs to another customer."),
                                  QStringLiteral("invoice"));
    }
    QJsonObject item = create(call, QStringLiteral("invoiceitem"), QStringLiteral("ii_"));
    item.insert(QStringLiteral("customer"), customerId);
    item.insert(QStringLiteral("invoice"),
                invoiceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(invoiceId));
    item.insert(QStringLiteral("date"), call.now);
    item.insert(QStringLiteral("amount"), QJsonValue(QJsonValue::Null));
    item.insert(QStringLiteral("description"), QJsonValue(QJsonValue::Null));
    item.insert(QStringLiteral("period"),
                QJsonObject {{QStringLiteral("start"), call.now}, {QStringLiteral("end"), call.now}});
    item.insert(QStringLiteral("proration"), false);
    // docs.stripe.com/api/invoiceitems/create: without a quantity, one unit of the price.
    item.insert(QStringLiteral("quantity"), 1);
    item.insert(QStringLiteral("quantity_decimal"), QStringLiteral("1"));
    if (auto error = applyItemFields(call, item, invoice))
        return *error;
    const Reply reply = save(call, items, item, true);
    if (!invoiceId.isEmpty())
        refreshInvoice(call, invoiceId);
    return reply;
}

Reply retrieveItem(Call &call)
{
    return retrieve(call, items, QStringLiteral("invoiceitem"), "invoiceitem");
}

Reply updateItem(Call &call)
{
    const QString id = call.pathParam("invoiceitem");
    const QJsonObject *found = findLive(call, items, id);
    if (!found)
        return Reply::missing(QStringLiteral("invoiceitem"), id, QStringLiteral("id"));
    QJsonObject item = *found;
    const QString invoiceId = item.value(QLatin1String("invoice")).toString();
    const QJsonObject *invoice = invoiceId.isEmpty() ? nullptr : findLive(call, invoices, invoiceId);
    if (auto error = draftOnly(invoice))
        return *error;
    if (auto error = applyItemFields(call, item, invoice))
        return *error;
    const Reply reply = save(call, items, item, false);
    if (!invoiceId.isEmpty())
        refreshInvoice(call, invoiceId);
    return reply;
}

Reply deleteItem(Call &call)
{
    const QString id = call.pathParam("invoiceitem");
    const QJsonObject *found = findLive(call, items, id);
    if (!found)
        return Reply::missing(QStringLiteral("invoiceitem"), id, QStringLiteral("id"));
    const QString invoiceId = found->value(QLatin1String("invoice")).toString();
    if (auto error = draftOnly(invoiceId.isEmpty() ? nullptr : findLive(call, invoices, invoiceId)))
        return *error;
    call.store->collection(items).markDeleted(id);
    if (!invoiceId.isEmpty())
        refreshInvoice(call, invoiceId);
    return Reply::ok({{QStringLiteral("id"), id},
                      {QStringLiteral("object"), QStringLiteral("invoiceitem")},
                      {QStringLiteral("deleted"), true}});
}

} // namespace

void addInvoiceItemRoutes(Routes &routes)
{
    const QString get = QStringLiteral("GET"), post = QStringLiteral("POST"), del = QStringLiteral("DELETE");
    routes.insert(routeKey(get, QStringLiteral("/v1/invoiceitems")), listItems);
    routes.insert(routeKey(post, QStringLiteral("/v1/invoiceitems")), createItem);
    routes.insert(routeKey(get, QStringLiteral("/v1/invoiceitems/{invoiceitem}")), retrieveItem);
    routes.insert(routeKey(post, QStringLiteral("/v1/invoiceitems/{invoiceitem}")), updateItem);
    routes.insert(routeKey(del, QStringLiteral("/v1/invoiceitems/{invoiceitem}")), deleteItem);
}

} // namespace sandbox
