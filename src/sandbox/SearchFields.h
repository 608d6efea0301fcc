#pragma once

#include "src/sandbox/SearchQuery.h"

// The query fields Stripe documents for each resource the sandbox searches
// (docs.stripe.com/search#supported-query-fields-for-each-resource), with their types.
namespace sandbox::searchFields {

const SearchQuery::Resource &charges();
const SearchQuery::Resource &customers();
const SearchQuery::Resource &invoices();
const SearchQuery::Resource &paymentIntents();

} // namespace sandbox::searchFields
