#pragma once

#include <QByteArray>

namespace stripe {

// The Stripe API version Paydesk is written and tested against, sent as Stripe-Version on every
// request so that an account's default version can never change what Paydesk receives.
// Pinned here and nowhere else.
inline const QByteArray apiVersion = QByteArrayLiteral("2026-10-28.endive");

} // namespace stripe
