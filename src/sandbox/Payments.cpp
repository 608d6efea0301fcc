#include "src/sandbox/Payments.h"

#include "src/money/Money.h"
#include "src/sandbox/Resources.h"
#include "src/sandbox/Store.h"

#include <QLocale>

namespace sandbox::payments {

using namespace resources;

QString moneyText(qint64 amount, const QString &currency)
{
    return money::Money(amount, currency).format(QLocale(QStringLiteral("en_US")));
}

namespace {

// How long a card authorisation holds before it expires (docs.stripe.com/charges/placing-a-hold:
// "usually, up to 7 days").
constexpr qint64 authorisationSeconds = 7 * 86400;

bool capturesLater(const QJsonObject &intent)
{
    return intent.value(QLatin1String("capture_method")).toString() == QLatin1String("manual");
}

QJsonObject chargeOf(const Call &call, const QJsonObject &intent, const QJsonObject &method, bool succeeded)
{
    QJsonObject charge = create(call, QStringLiteral("charge"), QStringLiteral("ch_"));
    const qint64 amount = intent.value(QLatin1String("amount")).toInteger();
    // An authorised card payment of a manual-capture intent "succeeds" uncaptured: the money is
    // held on the card, nothing is collected yet.
    const bool captured = succeeded && !capturesLater(intent);
    charge.insert(QStringLiteral("amount"), amount);
    charge.insert(QStringLiteral("amount_captured"), captured ? amount : 0);
    charge.insert(QStringLiteral("amount_refunded"), 0);
    charge.insert(QStringLiteral("refunded"), false);
    charge.insert(QStringLiteral("captured"), captured);
    charge.insert(QStringLiteral("paid"), succeeded);
    charge.insert(QStringLiteral("status"),
                  succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"));
    charge.insert(QStringLiteral("currency"), intent.value(QLatin1String("currency")));
    charge.insert(QStringLiteral("customer"), intent.value(QLatin1String("customer")));
    charge.insert(QStringLiteral("description"), intent.value(QLatin1String("description")));
    charge.insert(QStringLiteral("payment_intent"), intent.value(QLatin1String("id")));
    charge.insert(QStringLiteral("payment_method"), method.value(QLatin1String("id")));
    charge.insert(QStringLiteral("metadata"), intent.value(QLatin1String("metadata")));
    charge.insert(QStringLiteral("balance_transaction"),
                  captured ? QJsonValue(newId(QStringLiteral("txn_"))) : QJsonValue(QJsonValue::Null));
    QJsonObject details = charge.value(QLatin1String("payment_method_details")).toObject();
    QJsonObject card = details.value(QLatin1String("card")).toObject();
    const QJsonObject methodCard = method.value(QLatin1String("card")).toObject();
    for (const char *field : {"brand", "last4", "exp_month", "exp_year", "funding", "fingerprint"})
        card.insert(QLatin1String(field), methodCard.value(QLatin1String(field)));
    card.insert(QStringLiteral("network"), methodCard.value(QLatin1String("brand")));
    card.insert(QStringLiteral("amount_authorized"),
                succeeded ? QJsonValue(amount) : QJsonValue(QJsonValue::Null));
    if (succeeded && !captured)
        card.insert(QStringLiteral("capture_before"), call.now + authorisationSeconds);
    details.insert(QStringLiteral("card"), card);
    details.insert(QStringLiteral("type"), QStringLiteral("card"));
    charge.insert(QStringLiteral("payment_method_details"), details);
    QJsonObject billing = charge.value(QLatin1String("billing_details")).toObject();
    if (const QJsonObject *customer = call.store->find(intent.value(QLatin1String("customer")).toString())) {
        billing.insert(QStringLiteral("name"), customer->value(QLatin1String("name")));
        billing.insert(QStringLiteral("email"), customer->value(QLatin1String("email")));
    }
    charge.insert(QStringLiteral("billing_details"), billing);
    charge.insert(QStringLiteral("outcome"),
                  chargeOutcome(succeeded, behaviourOf(method).value_or(TestCard {}).declineCode));
    charge.insert(QStringLiteral("receipt_url"),
                  succeeded ? QJsonValue(QStringLiteral("https://pay.stripe.com/receipts/sandbox/%1")
                                             .arg(charge.value(QLatin1String("id")).toString()))
                            : QJsonValue(QJsonValue::Null));
    return charge;
}

} // namespace

Reply confirm(Call &call, QJsonObject intent, const QString &paymentMethod, bool saveCard)
{
    const QString status = intent.value(QLatin1String("status")).toString();
    if (status != QLatin1String("requires_payment_method")
        && status != QLatin1String("requires_confirmation"))
        return Reply::error(
            400, QStringLiteral("invalid_request_error"),
            QStringLiteral("You cannot confirm this PaymentIntent because it has a status of %1.")
                .arg(status),
            {}, QStringLiteral("payment_intent_unexpected_state"),
            {{QStringLiteral("payment_intent"), intent}});
    if (paymentMethod.isEmpty())
        return Reply::invalid(
            QStringLiteral("You cannot confirm this PaymentIntent because it's missing a payment method. "
                           "To confirm the PaymentIntent with %1, specify a payment method attached to "
                           "this customer along with the customer ID.")
                .arg(intent.value(QLatin1String("customer")).toString()),
            QStringLiteral("payment_method"), QStringLiteral("payment_intent_unexpected_state"));

    QJsonObject method;
    std::optional<TestCard> behaviour;
    const QString customer = intent.value(QLatin1String("customer")).toString();
    if (const auto card = testCard(paymentMethod)) {
        // A test token becomes a payment method of its own, as in Stripe's test mode.
        method = paymentMethodFor(call, card->brand, card->last4, card->funding,
                                  saveCard ? customer : QString());
        call.store->collection(QStringLiteral("payment_methods")).insert(method);
        behaviour = card;
    } else {
        const QJsonObject *found = findLive(call, QStringLiteral("payment_methods"), paymentMethod);
        if (!found)
            return Reply::missing(QStringLiteral("PaymentMethod"), paymentMethod,
                                  QStringLiteral("payment_method"));
        const QString owner = found->value(QLatin1String("customer")).toString();
        if (!customer.isEmpty() && owner != customer)
            return Reply::invalid(
                QStringLiteral("The provided PaymentMethod belongs to another customer, or to none; "
                               "attach it to %1 first.")
                    .arg(customer),
                QStringLiteral("payment_method"));
        method = *found;
        behaviour = behaviourOf(method);
    }

    const bool declined = behaviour && !behaviour->declineCode.isEmpty();
    const QJsonObject charge = chargeOf(call, intent, method, !declined);
    call.store->collection(QStringLiteral("charges")).insert(charge);
    intent.insert(QStringLiteral("payment_method"), method.value(QLatin1String("id")));
    intent.insert(QStringLiteral("latest_charge"), charge.value(QLatin1String("id")));
    Collection &intents = call.store->collection(QStringLiteral("payment_intents"));
    if (declined) {
        intent.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
        QJsonObject error {{QStringLiteral("type"), QStringLiteral("card_error")},
                           {QStringLiteral("code"), behaviour->errorCode},
                           {QStringLiteral("decline_code"), behaviour->declineCode},
                           {QStringLiteral("message"), behaviour->message},
                           {QStringLiteral("charge"), charge.value(QLatin1String("id"))},
                           {QStringLiteral("payment_method"), method}};
        intent.insert(QStringLiteral("last_payment_error"), error);
        intents.replace(intent);
        return cardDecline(*behaviour, intent, charge.value(QLatin1String("id")).toString());
    }
    if (capturesLater(intent)) {
        intent.insert(QStringLiteral("status"), QStringLiteral("requires_capture"));
        intent.insert(QStringLiteral("amount_capturable"), intent.value(QLatin1String("amount")));
    } else {
        intent.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        intent.insert(QStringLiteral("amount_received"), intent.value(QLatin1String("amount")));
    }
    intent.insert(QStringLiteral("last_payment_error"), QJsonValue(QJsonValue::Null));
    intents.replace(intent);
    return withExpansions(call, intent);
}

} // namespace sandbox::payments
