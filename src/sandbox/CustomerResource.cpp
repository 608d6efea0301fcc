#include "src/sandbox/Lists.h"
#include "src/sandbox/Resources.h"
#include "src/sandbox/Routes.h"
#include "src/sandbox/SearchFields.h"

namespace sandbox {

namespace {

using namespace resources;

const QString customers = QStringLiteral("customers");
const QStringList customerStrings {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"),
                                   QStringLiteral("description"), QStringLiteral("invoice_prefix")};

Reply list(Call &call)
{
    // The email filter is exact and case-sensitive (docs.stripe.com/api/customers/list).
    return lists::page(
        call, call.store->collection(customers), QStringLiteral("/v1/customers"),
        lists::all({lists::createdFilter(call), lists::fieldEquals(call, QStringLiteral("email"))}));
}

Reply search(Call &call)
{
    return lists::search(call, call.store->collection(customers), QStringLiteral("/v1/customers/search"),
                         searchFields::customers());
}

Reply createCustomer(Call &call)
{
    QJsonObject customer = create(call, QStringLiteral("customer"), QStringLiteral("cus_"));
    copyStrings(call, customer, customerStrings);
    if (const auto balance = call.integer(QStringLiteral("balance")))
        customer.insert(QStringLiteral("balance"), *balance);
    if (auto error = applyMetadata(call, customer))
        return *error;
    if (customer.value(QLatin1String("invoice_prefix")).isNull())
        customer.insert(QStringLiteral("invoice_prefix"),
                        customer.value(QLatin1String("id")).toString().mid(4, 8).toUpper());
    const QString method = call.string(QStringLiteral("payment_method"));
    const QJsonObject *found = nullptr;
    if (call.has(QStringLiteral("payment_method"))) {
        found = findLive(call, QStringLiteral("payment_methods"), method);
        if (!found)
            return Reply::missing(QStringLiteral("PaymentMethod"), method, QStringLiteral("payment_method"));
    }
    const Reply reply = save(call, customers, customer, true);
    // Attached once the customer exists (customer.created, then payment_method.attached).
    if (found) {
        QJsonObject attached = *found;
        attached.insert(QStringLiteral("customer"), customer.value(QLatin1String("id")));
        call.store->collection(QStringLiteral("payment_methods")).replace(attached);
    }
    return reply;
}

Reply retrieveCustomer(Call &call)
{
    // A deleted customer is still returned, as Stripe's deleted stub.
    const QString id = call.pathParam("customer");
    const QJsonObject *customer = call.store->collection(customers).find(id);
    if (!customer)
        return Reply::missing(QStringLiteral("customer"), id, QStringLiteral("id"));
    return withExpansions(call, *customer);
}

Reply updateCustomer(Call &call)
{
    const QString id = call.pathParam("customer");
    const QJsonObject *found = findLive(call, customers, id);
    if (!found)
        return Reply::missing(QStringLiteral("customer"), id, QStringLiteral("id"));
    QJsonObject customer = *found;
    copyStrings(call, customer, customerStrings);
    if (const auto balance = call.integer(QStringLiteral("balance")))
        customer.insert(QStringLiteral("balance"), *balance);
    if (auto error = applyMetadata(call, customer))
        return *error;
    return save(call, customers, customer, false);
}

Reply deleteCustomer(Call &call)
{
    const QString id = call.pathParam("customer");
    if (!findLive(call, customers, id))
        return Reply::missing(QStringLiteral("customer"), id, QStringLiteral("id"));
    call.store->collection(customers).markDeleted(id);
    return Reply::ok(*call.store->collection(customers).find(id));
}

Reply paymentMethods(Call &call)
{
    const QString id = call.pathParam("customer");
    if (!findLive(call, customers, id))
        return Reply::missing(QStringLiteral("customer"), id, QStringLiteral("customer"));
    const auto ofCustomer = [id](const QJsonObject &method) {
        return method.value(QLatin1String("customer")).toString() == id;
    };
    return lists::page(call, call.store->collection(QStringLiteral("payment_methods")),
                       QStringLiteral("/v1/customers/%1/payment_methods").arg(id),
                       lists::all({ofCustomer, lists::fieldEquals(call, QStringLiteral("type"))}));
}

Reply retrievePaymentMethod(Call &call)
{
    const QString id = call.pathParam("payment_method");
    // A test token reads as the card it stands for, like Stripe's.
    if (const auto card = testCard(id))
        return Reply::ok(paymentMethodFor(call, card->brand, card->last4, card->funding, {}));
    return retrieve(call, QStringLiteral("payment_methods"), QStringLiteral("PaymentMethod"),
                    "payment_method");
}

Reply attachPaymentMethod(Call &call)
{
    const QString id = call.pathParam("payment_method");
    const QString customer = call.string(QStringLiteral("customer"));
    if (customer.isEmpty())
        return Reply::invalid(QStringLiteral("Missing required param: customer."), QStringLiteral("customer"),
                              QStringLiteral("parameter_missing"));
    if (!findLive(call, customers, customer))
        return Reply::missing(QStringLiteral("customer"), customer, QStringLiteral("customer"));
    // Stripe's test tokens become a new payment method of the customer.
    if (const auto card = testCard(id))
        return save(call, QStringLiteral("payment_methods"),
                    paymentMethodFor(call, card->brand, card->last4, card->funding, customer), true);
    const QJsonObject *found = findLive(call, QStringLiteral("payment_methods"), id);
    if (!found)
        return Reply::missing(QStringLiteral("PaymentMethod"), id, QStringLiteral("payment_method"));
    const QString owner = found->value(QLatin1String("customer")).toString();
    if (!owner.isEmpty() && owner != customer)
        return Reply::invalid(
            QStringLiteral("The payment method you provided has already been attached to a customer."),
            QStringLiteral("payment_method"), QStringLiteral("payment_method_unexpected_state"));
    QJsonObject method = *found;
    method.insert(QStringLiteral("customer"), customer);
    return save(call, QStringLiteral("payment_methods"), method, false);
}

} // namespace

void addCustomerRoutes(Routes &routes)
{
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/customers")), list);
    routes.insert(routeKey(QStringLiteral("POST"), QStringLiteral("/v1/customers")), createCustomer);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/customers/search")), search);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/customers/{customer}")),
                  retrieveCustomer);
    routes.insert(routeKey(QStringLiteral("POST"), QStringLiteral("/v1/customers/{customer}")),
                  updateCustomer);
    routes.insert(routeKey(QStringLiteral("DELETE"), QStringLiteral("/v1/customers/{customer}")),
                  deleteCustomer);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/customers/{customer}/payment_methods")),
                  paymentMethods);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/payment_methods/{payment_method}")),
                  retrievePaymentMethod);
    routes.insert(
        routeKey(QStringLiteral("POST"), QStringLiteral("/v1/payment_methods/{payment_method}/attach")),
        attachPaymentMethod);
}

} // namespace sandbox
