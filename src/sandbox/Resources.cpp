#include "src/sandbox/Resources.h"

#include "src/sandbox/Lists.h"
#include "src/sandbox/Shapes.h"

#include <QHash>

namespace sandbox::resources {

const QJsonObject *findLive(const Call &call, const QString &collection, const QString &id)
{
    const Collection &c = call.store->collection(collection);
    const int index = c.indexOf(id);
    if (index < 0 || c.isDeleted(index))
        return nullptr;
    return &c.at(index);
}

Reply withExpansions(const Call &call, QJsonObject object)
{
    if (auto error = lists::expand(*call.store, object, call.expand()))
        return *error;
    return Reply::ok(object);
}

Reply retrieve(const Call &call, const QString &collection, const QString &what, const char *pathParam)
{
    const QString id = call.pathParam(pathParam);
    const QJsonObject *object = findLive(call, collection, id);
    if (!object)
        return Reply::missing(what, id, QStringLiteral("id"));
    return withExpansions(call, *object);
}

QJsonObject create(const Call &call, const QString &object, const QString &idPrefix)
{
    QJsonObject value = Shapes::blank(object);
    value.insert(QStringLiteral("id"), newId(idPrefix));
    value.insert(QStringLiteral("object"), object);
    if (value.contains(QLatin1String("created")))
        value.insert(QStringLiteral("created"), call.now);
    if (value.contains(QLatin1String("livemode")))
        value.insert(QStringLiteral("livemode"), false);
    if (value.contains(QLatin1String("metadata")))
        value.insert(QStringLiteral("metadata"), QJsonObject());
    return value;
}

Reply save(Call &call, const QString &collection, const QJsonObject &object, bool isNew)
{
    Collection &c = call.store->collection(collection);
    if (isNew)
        c.insert(object);
    else
        c.replace(object);
    return withExpansions(call, object);
}

void copyStrings(const Call &call, QJsonObject &object, const QStringList &names)
{
    for (const QString &name : names) {
        if (!call.has(name))
            continue;
        const QString value = call.string(name);
        object.insert(name, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
    }
}

std::optional<Reply> applyMetadata(const Call &call, QJsonObject &object)
{
    if (!call.has(QStringLiteral("metadata")))
        return std::nullopt;
    const QVariant update = call.params.value(QStringLiteral("metadata"));
    const QJsonObject merged = mergedMetadata(object.value(QLatin1String("metadata")).toObject(), update);
    if (auto error = checkMetadata(merged.toVariantMap()))
        return error;
    object.insert(QStringLiteral("metadata"), merged);
    return std::nullopt;
}

std::optional<TestCard> testCard(const QString &paymentMethod)
{
    static const QHash<QString, TestCard> cards {
        {QStringLiteral("pm_card_visa"),
         {QStringLiteral("visa"), QStringLiteral("4242"), QStringLiteral("credit"), {}, {}, {}}},
        {QStringLiteral("pm_card_visa_debit"),
         {QStringLiteral("visa"), QStringLiteral("5556"), QStringLiteral("debit"), {}, {}, {}}},
        {QStringLiteral("pm_card_mastercard"),
         {QStringLiteral("mastercard"), QStringLiteral("4444"), QStringLiteral("credit"), {}, {}, {}}},
        {QStringLiteral("pm_card_amex"),
         {QStringLiteral("amex"), QStringLiteral("8431"), QStringLiteral("credit"), {}, {}, {}}},
        {QStringLiteral("pm_card_chargeDeclined"),
         {QStringLiteral("visa"), QStringLiteral("0002"), QStringLiteral("credit"),
          QStringLiteral("generic_decline"), QStringLiteral("card_declined"),
          QStringLiteral("Your card was declined.")}},
        {QStringLiteral("pm_card_chargeDeclinedInsufficientFunds"),
         {QStringLiteral("visa"), QStringLiteral("9995"), QStringLiteral("credit"),
          QStringLiteral("insufficient_funds"), QStringLiteral("card_declined"),
          QStringLiteral("Your card has insufficient funds.")}},
        {QStringLiteral("pm_card_chargeDeclinedFraudulent"),
         {QStringLiteral("visa"), QStringLiteral("0019"), QStringLiteral("credit"),
          QStringLiteral("fraudulent"), QStringLiteral("card_declined"),
          QStringLiteral("Your card was declined.")}},
        {QStringLiteral("pm_card_chargeDeclinedExpiredCard"),
         {QStringLiteral("visa"), QStringLiteral("0069"), QStringLiteral("credit"),
          QStringLiteral("expired_card"), QStringLiteral("expired_card"),
          QStringLiteral("Your card has expired.")}},
        {QStringLiteral("pm_card_chargeDeclinedIncorrectCvc"),
         {QStringLiteral("visa"), QStringLiteral("0127"), QStringLiteral("credit"),
          QStringLiteral("incorrect_cvc"), QStringLiteral("incorrect_cvc"),
          QStringLiteral("Your card's security code is incorrect.")}}};
    const auto it = cards.constFind(paymentMethod);
    if (it == cards.constEnd())
        return std::nullopt;
    return *it;
}

QJsonObject chargeOutcome(bool succeeded, const QString &declineCode)
{
    if (succeeded)
        return {{QStringLiteral("network_status"), QStringLiteral("approved_by_network")},
                {QStringLiteral("reason"), QJsonValue::Null},
                {QStringLiteral("risk_level"), QStringLiteral("normal")},
                {QStringLiteral("risk_score"), 12},
                {QStringLiteral("seller_message"), QStringLiteral("Payment complete.")},
                {QStringLiteral("type"), QStringLiteral("authorized")}};
    return {
        {QStringLiteral("network_status"), QStringLiteral("declined_by_network")},
        {QStringLiteral("reason"), declineCode.isEmpty() ? QStringLiteral("generic_decline") : declineCode},
        {QStringLiteral("risk_level"), QStringLiteral("normal")},
        {QStringLiteral("risk_score"), 23},
        {QStringLiteral("seller_message"),
         QStringLiteral("The bank did not return any further details with this decline.")},
        {QStringLiteral("type"), QStringLiteral("issuer_declined")}};
}

std::optional<TestCard> behaviourOf(const QJsonObject &paymentMethod)
{
    const QString last4
        = paymentMethod.value(QLatin1String("card")).toObject().value(QLatin1String("last4")).toString();
    for (const char *token : {"pm_card_chargeDeclined", "pm_card_chargeDeclinedInsufficientFunds",
                              "pm_card_chargeDeclinedFraudulent", "pm_card_chargeDeclinedExpiredCard",
                              "pm_card_chargeDeclinedIncorrectCvc"}) {
        const auto card = testCard(QLatin1String(token));
        if (card && card->last4 == last4)
            return card;
    }
    return TestCard {};
}

QJsonObject paymentMethodFor(const Call &call, const QString &brand, const QString &last4,
                             const QString &funding, const QString &customer)
{
    QJsonObject method = create(call, QStringLiteral("payment_method"), QStringLiteral("pm_"));
    QJsonObject card = method.value(QLatin1String("card")).toObject();
    card.insert(QStringLiteral("brand"), brand);
    card.insert(QStringLiteral("display_brand"), brand);
    card.insert(QStringLiteral("last4"), last4);
    card.insert(QStringLiteral("funding"), funding);
    card.insert(QStringLiteral("exp_month"), 12);
    card.insert(QStringLiteral("exp_year"), 2030);
    card.insert(QStringLiteral("fingerprint"), newId(QString()).left(16));
    method.insert(QStringLiteral("card"), card);
    method.insert(QStringLiteral("type"), QStringLiteral("card"));
    method.insert(QStringLiteral("customer"),
                  customer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customer));
    return method;
}

Reply cardDecline(const TestCard &card, const QJsonObject &paymentIntent, const QString &chargeId)
{
    QJsonObject extra {{QStringLiteral("charge"), chargeId},
                       {QStringLiteral("decline_code"), card.declineCode},
                       {QStringLiteral("advice_code"), QStringLiteral("try_again_later")}};
    if (!paymentIntent.isEmpty())
        extra.insert(QStringLiteral("payment_intent"), paymentIntent);
    return Reply::error(402, QStringLiteral("card_error"), card.message, QStringLiteral("payment_method"),
                        card.errorCode, extra);
}

} // namespace sandbox::resources
