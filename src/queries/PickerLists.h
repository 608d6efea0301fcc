#pragma once

#include "src/records/ListQuery.h"

#include <QString>

namespace queries {

// The lists dialogs choose from: a price for a line, a saved card to pay with, a coupon for a code.

// Active one-time prices, each with its product's name; in one currency when one is given.
records::ListQuery oneTimePrices(const QString &currency = {});
// A customer's saved cards.
records::ListQuery savedCards(const QString &customerId);
records::ListQuery coupons();

} // namespace queries
