#include "src/sandbox/EventRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sandbox::eventRules {

namespace {

QString kindOf(const QJsonObject &object)
{
    return object.value(QLatin1String("object")).toString();
}

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

qint64 number(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toInteger();
}

// "customer" -> "customer.updated" when Stripe has that type.
void addIfKnown(QStringList &types, const QString &type)
{
    if (knownTypes().contains(type))
        types << type;
}

QStringList invoiceUpdated(const QJsonObject &before, const QJsonObject &after)
{
    QStringList types;
    const QString was = text(before, "status"), is = text(after, "status");
    const bool attempted = number(after, "attempt_count") > number(before, "attempt_count");
    // A zero invoice is finalized and paid in one step: both events.
    if (was == QLatin1String("draft") && is != QLatin1String("draft"))
        types << QStringLiteral("invoice.finalized");
    if (was != is) {
        if (is == QLatin1String("paid")) {
            types << QStringLiteral("invoice.paid");
            // docs: payment_succeeded is a payment attempt that succeeded; paying out of band
            // or finalizing a zero invoice is not one.
            if (attempted)
                types << QStringLiteral("invoice.payment_succeeded");
        } else if (is == QLatin1String("void")) {
            types << QStringLiteral("invoice.voided");
        } else if (is == QLatin1String("uncollectible")) {
            types << QStringLiteral("invoice.marked_uncollectible");
        }
    } else if (attempted) {
        types << QStringLiteral("invoice.payment_failed");
    }
    types << QStringLiteral("invoice.updated");
    return types;
}

// Stripe has no payment_intent.updated: each state the intent reaches is an event of its own.
QStringList intentUpdated(const QJsonObject &before, const QJsonObject &after)
{
    QStringList types;
    const QString was = text(before, "status"), is = text(after, "status");
    if (after.value(QLatin1String("last_payment_error")).isObject()
        && after.value(QLatin1String("last_payment_error"))
            != before.value(QLatin1String("last_payment_error")))
        types << QStringLiteral("payment_intent.payment_failed");
    if (was != is) {
        if (is == QLatin1String("succeeded"))
            types << QStringLiteral("payment_intent.succeeded");
        else if (is == QLatin1String("canceled"))
            types << QStringLiteral("payment_intent.canceled");
        else if (is == QLatin1String("processing"))
            types << QStringLiteral("payment_intent.processing");
        else if (is == QLatin1String("requires_action"))
            types << QStringLiteral("payment_intent.requires_action");
    }
    if (number(after, "amount_capturable") > 0
        && number(after, "amount_capturable") != number(before, "amount_capturable"))
        types << QStringLiteral("payment_intent.amount_capturable_updated");
    return types;
}

QStringList chargeUpdated(const QJsonObject &before, const QJsonObject &after)
{
    QStringList types;
    // docs: charge.refunded "occurs whenever a charge is refunded, including partial refunds".
    if (number(after, "amount_refunded") > number(before, "amount_refunded"))
        types << QStringLiteral("charge.refunded");
    if (!before.value(QLatin1String("captured")).toBool() && after.value(QLatin1String("captured")).toBool())
        types << QStringLiteral("charge.captured");
    // charge.updated is for other changes ("a charge description or metadata is updated").
    static const QSet<QString> movements {
        QStringLiteral("amount_refunded"), QStringLiteral("refunded"),
        QStringLiteral("refunds"),         QStringLiteral("captured"),
        QStringLiteral("amount_captured"), QStringLiteral("balance_transaction")};
    for (const QString &field : previousAttributes(before, after).keys()) {
        if (!movements.contains(field)) {
            types << QStringLiteral("charge.updated");
            break;
        }
    }
    return types;
}

QStringList methodUpdated(const QJsonObject &before, const QJsonObject &after)
{
    const bool had = !text(before, "customer").isEmpty(), has = !text(after, "customer").isEmpty();
    if (!had && has)
        return {QStringLiteral("payment_method.attached")};
    if (had && !has)
        return {QStringLiteral("payment_method.detached")};
    return {QStringLiteral("payment_method.updated")};
}

} // namespace

const QStringList &knownTypes()
{
    static const QStringList types = [] {
        QFile file(QStringLiteral(":/sandbox/events.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The sandbox's event types (events.json) are missing from the build");
        QStringList list;
        const QJsonArray listed
            = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("event_types")).toArray();
        for (const QJsonValue &type : listed)
            list << type.toString();
        return list;
    }();
    return types;
}

QStringList created(const QJsonObject &object)
{
    const QString kind = kindOf(object);
    if (kind == QLatin1String("charge")) {
        // charge.succeeded, charge.failed, charge.pending: an authorised, uncaptured charge succeeded.
        QStringList types;
        addIfKnown(types, QStringLiteral("charge.") + text(object, "status"));
        return types;
    }
    if (kind == QLatin1String("payment_method")) {
        // A payment method made without a customer has no event; one made for a customer is attached.
        if (text(object, "customer").isEmpty())
            return {};
        return {QStringLiteral("payment_method.attached")};
    }
    QStringList types;
    addIfKnown(types, kind + QStringLiteral(".created"));
    return types;
}

QStringList updated(const QJsonObject &before, const QJsonObject &after)
{
    if (previousAttributes(before, after).isEmpty())
        return {};
    const QString kind = kindOf(after);
    if (kind == QLatin1String("invoice"))
        return invoiceUpdated(before, after);
    if (kind == QLatin1String("payment_intent"))
        return intentUpdated(before, after);
    if (kind == QLatin1String("charge"))
        return chargeUpdated(before, after);
    if (kind == QLatin1String("payment_method"))
        return methodUpdated(before, after);
    QStringList types;
    if (kind == QLatin1String("refund") && text(after, "status") == QLatin1String("failed")
        && text(before, "status") != QLatin1String("failed"))
        types << QStringLiteral("refund.failed");
    // No invoiceitem.updated in this API version: an item's change shows in its invoice's event.
    addIfKnown(types, kind + QStringLiteral(".updated"));
    return types;
}

QStringList deleted(const QJsonObject &before)
{
    QStringList types;
    addIfKnown(types, kindOf(before) + QStringLiteral(".deleted"));
    return types;
}

QJsonObject previousAttributes(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject previous;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        if (before.value(it.key()) != it.value())
            previous.insert(
                it.key(), before.contains(it.key()) ? before.value(it.key()) : QJsonValue(QJsonValue::Null));
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (!after.contains(it.key()))
            previous.insert(it.key(), it.value());
    return previous;
}

} // namespace sandbox::eventRules
