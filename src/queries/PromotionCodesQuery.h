#pragma once

#include "src/records/ListQuery.h"

#include <QString>

#include <optional>

namespace queries {

// The promotion codes of the Promo codes tab. Stripe's `code` filter matches a whole code only
// (and case-sensitively); a clerk remembers part of one ("summer"), and codes are few, so the
// listed codes are matched here, in any case.
struct PromotionCodeFilter
{
    std::optional<bool> active;
    QString coupon; // id
    QString codePart;
    QString text; // the search box: only the copy of the account searches (CopySearch.h)
};

records::ListQuery promotionCodesQuery(const PromotionCodeFilter &filter);

} // namespace queries
