#include "src/mirror/CopyPriceCounts.h"

#include "src/mirror/Mirror.h"
#include "src/mirror/Reader.h"

namespace mirror {

std::optional<QHash<QString, int>> pricesPerProduct(Mirror *mirror)
{
    if (!mirror || !mirror->store() || !mirror->canServe(objects::Kind::Price))
        return std::nullopt;
    Reader reader(*mirror->store());
    Filter prices;
    prices.kind = objects::Kind::Price;
    auto counts = reader.countPerParent(prices);
    if (!counts)
        mirror->readFailed(reader.lastError());
    return counts;
}

} // namespace mirror
