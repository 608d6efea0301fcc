#pragma once

#include "src/sandbox/Api.h"
#include "src/sandbox/Store.h"

#include <QJsonObject>

// What the resource handlers share: finding objects, expanding them, making new ones.
namespace sandbox::resources {

// A live (not deleted) object of a collection, or null.
const QJsonObject *findLive(const Call &call, const QString &collection, const QString &id);
// The object, with the call's expand[] applied.
Reply withExpansions(const Call &call, QJsonObject object);
// GET /v1/<collection>/{id}: 404 resource_missing naming `what` when absent or deleted.
Reply retrieve(const Call &call, const QString &collection, const QString &what, const char *pathParam);
// A complete new object of the contract's shape, with a fresh id and the creation time.
QJsonObject create(const Call &call, const QString &object, const QString &idPrefix);
// Stores a change and answers with it.
Reply save(Call &call, const QString &collection, const QJsonObject &object, bool isNew);
// Copies string parameters onto the object ("email", "name"...); an empty value clears a
// nullable field.
void copyStrings(const Call &call, QJsonObject &object, const QStringList &names);
// Metadata from the call, checked against Stripe's limits and merged; an error reply if over.
std::optional<Reply> applyMetadata(const Call &call, QJsonObject &object);

// Stripe's test payment methods (docs.stripe.com/testing#cards) and what they do.
struct TestCard
{
    QString brand;
    QString last4;
    QString funding;
    QString declineCode; // empty: succeeds
    QString errorCode; // card_declined, expired_card, incorrect_cvc
    QString message;
};
std::optional<TestCard> testCard(const QString &paymentMethod);
// A payment method object for a card (a saved card, or one made from a test token).
QJsonObject paymentMethodFor(const Call &call, const QString &brand, const QString &last4,
                             const QString &funding, const QString &customer);
// The card error Stripe answers for a decline (402 card_error), with the related objects.
Reply cardDecline(const TestCard &card, const QJsonObject &paymentIntent, const QString &chargeId);
// A charge's outcome as Stripe's Radar and the card network report it.
QJsonObject chargeOutcome(bool succeeded, const QString &declineCode = {});
// Which test card a saved payment method behaves as (by its last 4 digits).
std::optional<TestCard> behaviourOf(const QJsonObject &paymentMethod);

} // namespace sandbox::resources
