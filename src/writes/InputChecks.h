#pragma once

#include "src/objects/Kind.h"

#include <QString>
#include <QVariantMap>

// Checks of what people type into write dialogs, against Stripe's documented limits, so that a
// bad value is refused with a sentence before anything is sent. Each returns an empty string
// when the value is fine.
namespace writes::checks {

QString email(const QString &input, bool required);
QString name(const QString &name, int maxLength = 256);
QString phone(const QString &input);
QString longText(const QString &label, const QString &text, int maxLength);
// Stripe: at most 50 keys, keys up to 40 characters without square brackets, values up to
// 500 characters (docs.stripe.com/metadata).
QString metadata(const QVariantMap &metadata);
// A Stripe id of the expected kind (a customer's "cus_…"), by the one table of id prefixes.
QString id(const QString &input, objects::Kind expected);
// A promotion code as Stripe takes it: ASCII letters, digits and dashes, at most 500 characters
// (Stripe's API reference for promotion_codes.create, "code").
QString promotionCode(const QString &input);

} // namespace writes::checks
