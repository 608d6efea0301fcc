#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace mirror {

class Mirror;

// The Products tab's Prices column from the copy (records::PriceCounts::CopyCounts): every
// product's number of prices, archived ones too, once the copy is complete for prices; nullopt
// otherwise (the column then counts from Stripe's list). A failed read is told to the mirror,
// which checks whether its database went away.
std::optional<QHash<QString, int>> pricesPerProduct(Mirror *mirror);

} // namespace mirror
