#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Stripe-shaped objects for the mirror's tests: the fields the mirror reads, as Stripe sends
// them (a customer's id in an invoice, a card's last 4 in a charge's payment_method_details).
namespace objects {

inline QJsonObject customer(const QString &id, const QString &name, const QString &email, qint64 created,
                            const QJsonObject &extra = {})
{
    QJsonObject object {{"id", id},          {"object", "customer"},      {"name", name},
                        {"email", email},    {"created", created},        {"balance", 0},
                        {"currency", "usd"}, {"metadata", QJsonObject {}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

inline QJsonObject line(const QString &id, const QString &invoice, qint64 amount, const QString &description)
{
    return {{"id", id},         {"object", "line_item"}, {"invoice", invoice},
            {"amount", amount}, {"currency", "usd"},     {"description", description}};
}

inline QJsonObject invoice(const QString &id, const QString &customer, const QString &status,
                           qint64 amountDue, qint64 created, const QJsonValue &dueDate = QJsonValue::Null,
                           const QString &currency = "usd", const QJsonArray &lines = {},
                           bool moreLines = false)
{
    const qint64 paid = status == "paid" ? amountDue : 0;
    return {{"id", id},
            {"object", "invoice"},
            {"customer", customer},
            {"customer_name", "Name of " + customer},
            {"number", id.toUpper() + "-0001"},
            {"status", status},
            {"currency", currency},
            {"total", amountDue},
            {"amount_due", amountDue},
            {"amount_paid", paid},
            {"amount_remaining", amountDue - paid},
            {"created", created},
            {"due_date", dueDate},
            {"collection_method", dueDate.isNull() ? "charge_automatically" : "send_invoice"},
            {"lines", QJsonObject {{"object", "list"}, {"data", lines}, {"has_more", moreLines}}},
            {"metadata", QJsonObject {}}};
}

inline QJsonObject charge(const QString &id, const QString &customer, qint64 amount, qint64 created,
                          const QString &last4 = "4242", const QString &currency = "usd", qint64 refunded = 0,
                          const QString &status = "succeeded")
{
    return {
        {"id", id},
        {"object", "charge"},
        {"customer", customer.isEmpty() ? QJsonValue() : QJsonValue(customer)},
        {"amount", amount},
        {"amount_captured", amount},
        {"amount_refunded", refunded},
        {"refunded", refunded == amount && amount > 0},
        {"currency", currency},
        {"status", status},
        {"created", created},
        {"billing_details",
         QJsonObject {{"email", customer + "@example.com"}, {"name", "Holder " + customer}}},
        {"payment_method", "pm_" + id},
        {"payment_method_details", QJsonObject {{"card", QJsonObject {{"brand", "visa"}, {"last4", last4}}}}},
        {"metadata", QJsonObject {}}};
}

inline QJsonObject refund(const QString &id, const QString &charge, qint64 amount, qint64 created,
                          const QString &currency = "usd", const QString &status = "succeeded")
{
    return {{"id", id},           {"object", "refund"},        {"charge", charge},
            {"amount", amount},   {"currency", currency},      {"status", status},
            {"created", created}, {"metadata", QJsonObject {}}};
}

inline QJsonObject paymentMethod(const QString &id, const QJsonValue &customer, const QString &last4,
                                 qint64 created)
{
    return {{"id", id},
            {"object", "payment_method"},
            {"type", "card"},
            {"customer", customer},
            {"created", created},
            {"card",
             QJsonObject {{"brand", "mastercard"}, {"last4", last4}, {"exp_month", 4}, {"exp_year", 2031}}},
            {"billing_details", QJsonObject {}},
            {"metadata", QJsonObject {}}};
}

inline QJsonObject product(const QString &id, const QJsonValue &defaultPrice, qint64 created)
{
    return {{"id", id},           {"object", "product"},           {"name", "Product " + id},
            {"active", true},     {"default_price", defaultPrice}, {"created", created},
            {"updated", created}, {"metadata", QJsonObject {}}};
}

// A one-off price; without an amount, a tiered one (its tiers hold the amounts).
inline QJsonObject price(const QString &id, const QString &product, const QString &currency,
                         const QJsonValue &unitAmount, qint64 created)
{
    return {{"id", id},
            {"object", "price"},
            {"product", product},
            {"currency", currency},
            {"unit_amount", unitAmount},
            {"billing_scheme", unitAmount.isNull() ? "tiered" : "per_unit"},
            {"type", "one_time"},
            {"active", true},
            {"created", created},
            {"metadata", QJsonObject {}}};
}

inline QJsonObject deleted(const QString &id, const QString &object)
{
    return {{"id", id}, {"object", object}, {"deleted", true}};
}

} // namespace objects
