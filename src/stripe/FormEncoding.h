#pragma once

#include <QByteArray>
#include <QVariantMap>

namespace stripe {

// The parameters of a Stripe request as a tree: strings, integers, booleans, nested maps
// (metadata[k]=v), lists (expand[0]=..., items[0][price]=...). A null QVariant or a null QString
// is sent as "key=" — Stripe's way to unset a field.
using Params = QVariantMap;

// Encodes params the way Stripe's own libraries do (stripe-node's stringifyRequestData):
// nested keys in brackets, lists by index, booleans as true/false, empty lists and maps
// dropped. Every byte outside RFC 3986's unreserved set is percent-encoded, in keys as in
// values, so a metadata key or an email with '&', '=' or '+' cannot change the request.
QByteArray encodeForm(const Params &params);

} // namespace stripe
