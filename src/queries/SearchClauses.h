#pragma once

#include <QString>

// What a query in Stripe's search language already holds, read with its quoting rules
// (docs.stripe.com/search#search-query-language): how many clauses, and whether they are joined
// with OR. Stripe allows at most ten clauses and one kind of joiner per query.
namespace queries::searchClauses {

constexpr int maximum = 10;

int count(const QString &query);
bool joinsWithOr(const QString &query);

} // namespace queries::searchClauses
