#include "src/sandbox/Lists.h"
#include "src/sandbox/Payments.h"
#include "src/sandbox/Resources.h"
#include "src/sandbox/Routes.h"
#include "src/sandbox/SearchFields.h"

#include <QJsonArray>

namespace sandbox {

namespace {

using namespace resources;

const QString charges = QStringLiteral("charges");
const QString intents = QStringLiteral("payment_intents");
const QString refunds = QStringLiteral("refunds");

Reply listCharges(Call &call)
{
    return lists::page(
        call, call.store->collection(charges), QStringLiteral("/v1/charges"),
        lists::all({lists::createdFilter(call), lists::fieldEquals(call, QStringLiteral("customer")),
                    lists::fieldEquals(call, QStringLiteral("payment_intent"))}));
}

Reply searchCharges(Call &call)
{
    return lists::search(call, call.store->collection(charges), QStringLiteral("/v1/charges/search"),
                         searchFields::charges());
}

Reply retrieveCharge(Call &call)
{
    return retrieve(call, charges, QStringLiteral("charge"), "charge");
}

Reply listIntents(Call &call)
{
    return lists::page(
        call, call.store->collection(intents), QStringLiteral("/v1/payment_intents"),
        lists::all({lists::createdFilter(call), lists::fieldEquals(call, QStringLiteral("customer"))}));
}

Reply searchIntents(Call &call)
{
    return lists::search(call, call.store->collection(intents), QStringLiteral("/v1/payment_intents/search"),
                         searchFields::paymentIntents());
}

Reply retrieveIntent(Call &call)
{
    return retrieve(call, intents, QStringLiteral("payment_intent"), "intent");
}

Reply createIntent(Call &call)
{
    const qint64 amount = call.integer(QStringLiteral("amount")).value_or(0);
    if (amount < 50)
        return Reply::invalid(QStringLiteral("Amount must be at least 50 cents"), QStringLiteral("amount"),
                              QStringLiteral("amount_too_small"));
    if (amount > 99999999)
        return Reply::invalid(QStringLiteral("Amount must be no more than 99999999"),
                              QStringLiteral("amount"), QStringLiteral("amount_too_large"));
    QJsonObject intent = create(call, QStringLiteral("payment_intent"), QStringLiteral("pi_"));
    intent.insert(QStringLiteral("amount"), amount);
    intent.insert(QStringLiteral("currency"), call.string(QStringLiteral("currency")).toLower());
    intent.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
    intent.insert(QStringLiteral("client_secret"),
                  intent.value(QLatin1String("id")).toString() + QStringLiteral("_secret_")
                      + newId(QString()).left(24));
    for (const char *field : {"amount_received", "amount_capturable"})
        intent.insert(QLatin1String(field), 0);
    for (const char *field :
         {"latest_charge", "last_payment_error", "canceled_at", "cancellation_reason", "next_action"})
        intent.insert(QLatin1String(field), QJsonValue(QJsonValue::Null));
    copyStrings(call, intent, {QStringLiteral("description"), QStringLiteral("receipt_email")});
    // Without redirects only cards remain, as in Stripe's default payment method configuration.
    const QVariantMap automatic = call.map(QStringLiteral("automatic_payment_methods"));
    intent.insert(
        QStringLiteral("automatic_payment_methods"),
        QJsonObject {
            {QStringLiteral("enabled"),
             automatic.value(QStringLiteral("enabled")).toString() != QLatin1String("false")},
            {QStringLiteral("allow_redirects"),
             automatic.value(QStringLiteral("allow_redirects"), QStringLiteral("always")).toString()}});
    intent.insert(QStringLiteral("payment_method_types"), QJsonArray {QStringLiteral("card")});
    // manual: confirming only authorises (requires_capture); automatic_async captures at once too.
    intent.insert(QStringLiteral("capture_method"),
                  call.has(QStringLiteral("capture_method")) ? call.string(QStringLiteral("capture_method"))
                                                             : QStringLiteral("automatic"));
    if (call.has(QStringLiteral("customer"))) {
        const QString customer = call.string(QStringLiteral("customer"));
        if (!findLive(call, QStringLiteral("customers"), customer))
            return Reply::missing(QStringLiteral("customer"), customer, QStringLiteral("customer"));
        intent.insert(QStringLiteral("customer"), customer);
    }
    if (auto error = applyMetadata(call, intent))
        return *error;
    if (call.has(QStringLiteral("payment_method"))) {
        const QString method = call.string(QStringLiteral("payment_method"));
        if (!testCard(method) && !findLive(call, QStringLiteral("payment_methods"), method))
            return Reply::missing(QStringLiteral("PaymentMethod"), method, QStringLiteral("payment_method"));
        intent.insert(QStringLiteral("payment_method"), method);
        intent.insert(QStringLiteral("status"), QStringLiteral("requires_confirmation"));
    }
    if (call.boolean(QStringLiteral("confirm")).value_or(false)) {
        call.store->collection(intents).insert(intent);
        return payments::confirm(call, intent, intent.value(QLatin1String("payment_method")).toString(),
                                 false);
    }
    return save(call, intents, intent, true);
}

Reply confirmIntent(Call &call)
{
    const QString id = call.pathParam("intent");
    const QJsonObject *found = findLive(call, intents, id);
    if (!found)
        return Reply::missing(QStringLiteral("payment_intent"), id, QStringLiteral("intent"));
    const QString method = call.has(QStringLiteral("payment_method"))
        ? call.string(QStringLiteral("payment_method"))
        : found->value(QLatin1String("payment_method")).toString();
    return payments::confirm(call, *found, method,
                             call.string(QStringLiteral("setup_future_usage")) == QLatin1String("off_session")
                                 || call.string(QStringLiteral("setup_future_usage"))
                                     == QLatin1String("on_session"));
}

Reply cancelIntent(Call &call)
{
    const QString id = call.pathParam("intent");
    const QJsonObject *found = findLive(call, intents, id);
    if (!found)
        return Reply::missing(QStringLiteral("payment_intent"), id, QStringLiteral("intent"));
    QJsonObject intent = *found;
    const QString status = intent.value(QLatin1String("status")).toString();
    // docs.stripe.com/api/payment_intents/cancel
    static const QStringList cancellable {QStringLiteral("requires_payment_method"),
                                          QStringLiteral("requires_capture"),
                                          QStringLiteral("requires_confirmation"),
                                          QStringLiteral("requires_action"), QStringLiteral("processing")};
    if (!cancellable.contains(status))
        return Reply::error(
            400, QStringLiteral("invalid_request_error"),
            QStringLiteral("You cannot cancel this PaymentIntent because it has a status of %1. Only a "
                           "PaymentIntent with one of the following statuses may be canceled: %2.")
                .arg(status, cancellable.join(QStringLiteral(", "))),
            {}, QStringLiteral("payment_intent_unexpected_state"),
            {{QStringLiteral("payment_intent"), intent}});
    // An authorisation is released, not refunded: since 2025-03-31.basil no Refund is made and
    // the charge keeps amount_refunded and refunded as they were
    // (docs.stripe.com/changelog/basil/2025-03-31/remove-refund-from-partial-capture-and-payment-cancellation-flow).
    intent.insert(QStringLiteral("status"), QStringLiteral("canceled"));
    intent.insert(QStringLiteral("amount_capturable"), 0);
    intent.insert(QStringLiteral("canceled_at"), call.now);
    intent.insert(QStringLiteral("cancellation_reason"),
                  call.has(QStringLiteral("cancellation_reason"))
                      ? QJsonValue(call.string(QStringLiteral("cancellation_reason")))
                      : QJsonValue(QJsonValue::Null));
    return save(call, intents, intent, false);
}

Reply listRefunds(Call &call)
{
    return lists::page(
        call, call.store->collection(refunds), QStringLiteral("/v1/refunds"),
        lists::all({lists::createdFilter(call), lists::fieldEquals(call, QStringLiteral("charge")),
                    lists::fieldEquals(call, QStringLiteral("payment_intent"))}));
}

Reply retrieveRefund(Call &call)
{
    return retrieve(call, refunds, QStringLiteral("refund"), "refund");
}

// The charge a refund is for: the charge named, or the PaymentIntent's latest one.
std::optional<Reply> refundedCharge(Call &call, QJsonObject *charge)
{
    QString chargeId = call.string(QStringLiteral("charge"));
    const QString intentId = call.string(QStringLiteral("payment_intent"));
    if (chargeId.isEmpty() && intentId.isEmpty())
        return Reply::invalid(
            QStringLiteral("One of the following params should be provided for this request: "
                           "payment_intent or charge."));
    if (!intentId.isEmpty()) {
        const QJsonObject *intent = findLive(call, intents, intentId);
        if (!intent)
            return Reply::missing(QStringLiteral("payment_intent"), intentId,
                                  QStringLiteral("payment_intent"));
        const QString latest = intent->value(QLatin1String("latest_charge")).toString();
        if (!chargeId.isEmpty() && chargeId != latest)
            return Reply::invalid(QStringLiteral("The charge and payment_intent do not match."),
                                  QStringLiteral("charge"));
        const QString status = intent->value(QLatin1String("status")).toString();
        if (latest.isEmpty()
            || (status != QLatin1String("succeeded") && status != QLatin1String("requires_capture")))
            return Reply::invalid(
                QStringLiteral("This PaymentIntent does not have a successful charge to refund."),
                QStringLiteral("payment_intent"));
        chargeId = latest;
    }
    const QJsonObject *found = findLive(call, charges, chargeId);
    if (!found)
        return Reply::missing(QStringLiteral("charge"), chargeId, QStringLiteral("charge"));
    if (found->value(QLatin1String("status")).toString() != QLatin1String("succeeded"))
        return Reply::invalid(
            QStringLiteral("Charge %1 has not succeeded and cannot be refunded.").arg(chargeId),
            QStringLiteral("charge"), QStringLiteral("charge_not_refundable"));
    *charge = *found;
    return std::nullopt;
}

// Refunding an uncaptured charge releases its authorisation (docs.stripe.com/charges/placing-a-hold:
// "you can release it by refunding the relevant Charge object"): always the whole authorised
// amount, nothing moves, and its PaymentIntent can no longer be captured.
std::optional<Reply> releaseAuthorisation(Call &call, QJsonObject &charge, QJsonObject &refund)
{
    const QString chargeId = charge.value(QLatin1String("id")).toString();
    const qint64 amount = charge.value(QLatin1String("amount")).toInteger();
    const QString intentId = charge.value(QLatin1String("payment_intent")).toString();
    const QJsonObject *intent = intentId.isEmpty() ? nullptr : findLive(call, intents, intentId);
    // Canceling the PaymentIntent released it already, without a refund (basil).
    if (charge.value(QLatin1String("refunded")).toBool()
        || (intent && intent->value(QLatin1String("status")).toString() == QLatin1String("canceled")))
        return Reply::invalid(QStringLiteral("Charge %1 has already been refunded.").arg(chargeId),
                              QStringLiteral("charge"), QStringLiteral("charge_already_refunded"));
    if (call.integer(QStringLiteral("amount")).value_or(amount) != amount)
        return Reply::invalid(
            QStringLiteral("You cannot partially refund an uncaptured charge. Instead, "
                           "capture the charge for an amount less than the original amount"),
            QStringLiteral("amount"));
    refund.insert(QStringLiteral("amount"), amount);
    refund.insert(QStringLiteral("balance_transaction"), QJsonValue(QJsonValue::Null));
    charge.insert(QStringLiteral("amount_refunded"), amount);
    charge.insert(QStringLiteral("refunded"), true);
    if (intent) {
        QJsonObject canceled = *intent;
        canceled.insert(QStringLiteral("status"), QStringLiteral("canceled"));
        canceled.insert(QStringLiteral("amount_capturable"), 0);
        canceled.insert(QStringLiteral("canceled_at"), call.now);
        call.store->collection(intents).replace(canceled);
    }
    return std::nullopt;
}

// A captured charge gives back at most what was captured and not yet refunded
// (docs.stripe.com/api/refunds/create); without an amount, all of that.
std::optional<Reply> refundCaptured(Call &call, QJsonObject &charge, QJsonObject &refund)
{
    const QString chargeId = charge.value(QLatin1String("id")).toString();
    const qint64 captured = charge.value(QLatin1String("amount_captured")).toInteger();
    const qint64 refunded = charge.value(QLatin1String("amount_refunded")).toInteger();
    const qint64 left = captured - refunded;
    if (left <= 0)
        return Reply::invalid(QStringLiteral("Charge %1 has already been refunded.").arg(chargeId),
                              QStringLiteral("charge"), QStringLiteral("charge_already_refunded"));
    const qint64 amount = call.integer(QStringLiteral("amount")).value_or(left);
    const QString currency = charge.value(QLatin1String("currency")).toString();
    if (amount <= 0)
        return Reply::invalid(QStringLiteral("Invalid positive integer"), QStringLiteral("amount"),
                              QStringLiteral("amount_too_small"));
    if (amount > left)
        return Reply::invalid(
            QStringLiteral("Refund amount (%1) is greater than unrefunded amount on charge (%2)")
                .arg(payments::moneyText(amount, currency), payments::moneyText(left, currency)),
            QStringLiteral("amount"), QStringLiteral("amount_too_large"));
    refund.insert(QStringLiteral("amount"), amount);
    refund.insert(QStringLiteral("balance_transaction"), newId(QStringLiteral("txn_")));
    charge.insert(QStringLiteral("amount_refunded"), refunded + amount);
    // "Whether the charge has been fully refunded": all that was captured came back.
    charge.insert(QStringLiteral("refunded"), refunded + amount == captured);
    return std::nullopt;
}

Reply createRefund(Call &call)
{
    QJsonObject charge;
    if (auto error = refundedCharge(call, &charge))
        return *error;
    QJsonObject refund = create(call, QStringLiteral("refund"), QStringLiteral("re_"));
    refund.insert(QStringLiteral("currency"), charge.value(QLatin1String("currency")));
    refund.insert(QStringLiteral("charge"), charge.value(QLatin1String("id")));
    refund.insert(QStringLiteral("payment_intent"), charge.value(QLatin1String("payment_intent")));
    refund.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
    refund.insert(QStringLiteral("reason"),
                  call.has(QStringLiteral("reason")) ? QJsonValue(call.string(QStringLiteral("reason")))
                                                     : QJsonValue(QJsonValue::Null));
    if (auto error = applyMetadata(call, refund))
        return *error;
    if (auto error = charge.value(QLatin1String("captured")).toBool()
            ? refundCaptured(call, charge, refund)
            : releaseAuthorisation(call, charge, refund))
        return *error;
    call.store->collection(charges).replace(charge);
    return save(call, refunds, refund, true);
}

} // namespace

void addPaymentRoutes(Routes &routes)
{
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/charges")), listCharges);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/charges/search")), searchCharges);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/charges/{charge}")), retrieveCharge);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/payment_intents")), listIntents);
    routes.insert(routeKey(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents")), createIntent);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/payment_intents/search")),
                  searchIntents);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/payment_intents/{intent}")),
                  retrieveIntent);
    routes.insert(routeKey(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents/{intent}/confirm")),
                  confirmIntent);
    routes.insert(routeKey(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents/{intent}/cancel")),
                  cancelIntent);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/refunds")), listRefunds);
    routes.insert(routeKey(QStringLiteral("POST"), QStringLiteral("/v1/refunds")), createRefund);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/refunds/{refund}")), retrieveRefund);
}

} // namespace sandbox
