#pragma once

#include "src/sandbox/Api.h"
#include "src/sandbox/SearchQuery.h"
#include "src/sandbox/Store.h"

#include <functional>

// Stripe's lists (newest first; limit, starting_after, ending_before, created ranges) and
// searches (query, page = next_page), and expansion of ids into objects.
namespace sandbox::lists {

using Predicate = std::function<bool(const QJsonObject &)>;

// created=N or created[gt|gte|lt|lte]=N from the call; null when the call has none.
Predicate createdFilter(const Call &call);
// Keeps objects whose field equals the call's parameter of the same name, when given.
Predicate fieldEquals(const Call &call, const QString &param, const QString &field = {});
Predicate all(const QList<Predicate> &predicates);

Reply page(const Call &call, const Collection &collection, const QString &url, const Predicate &keep);
Reply search(const Call &call, const Collection &collection, const QString &url,
             const SearchQuery::Resource &resource);

// Replaces the ids at the given paths ("customer", "promotion.coupon") with their objects; an
// error reply for a path that cannot be expanded.
std::optional<Reply> expand(const Store &store, QJsonObject &object, const QStringList &paths);

} // namespace sandbox::lists
