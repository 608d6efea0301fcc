#pragma once

#include <QJsonObject>
#include <QStringList>

// Which of Stripe's events a change of an object is (docs.stripe.com/api/events/types), from
// the object before and after the change, so that no handler can make a change without its
// events.
namespace sandbox::eventRules {

// The event types Stripe lists for the objects the sandbox serves (resources/sandbox/events.json).
const QStringList &knownTypes();

// An object was made: "customer.created", "charge.succeeded", "payment_method.attached"...
QStringList created(const QJsonObject &object);
// An object changed: the specific events ("invoice.finalized", "charge.refunded",
// "payment_intent.succeeded"...) and "<object>.updated" where Stripe has one for the change.
QStringList updated(const QJsonObject &before, const QJsonObject &after);
// An object was deleted: "<object>.deleted" where Stripe has one.
QStringList deleted(const QJsonObject &before);

// The changed top-level fields with their old values (null for a field that was absent), the
// data.previous_attributes of an "*.updated" event.
QJsonObject previousAttributes(const QJsonObject &before, const QJsonObject &after);

} // namespace sandbox::eventRules
