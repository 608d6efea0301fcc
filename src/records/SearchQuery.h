#pragma once

#include "src/records/ListQuery.h"

#include <QString>

// Stripe's search query language (docs.stripe.com/search#search-query-language): clauses like
// email:'jane@example.com' or name~'jane', joined with AND / OR. Values are quoted, with quotes
// and backslashes escaped, so whatever a person types is searched for literally.
namespace records::search {

QString quote(const QString &value);
QString exact(const QString &field, const QString &value); // field:'value'
QString contains(const QString &field, const QString &value); // field~'value'
QString metadataExact(const QString &key, const QString &value); // metadata['key']:'value'

// The Customers filter: an email (exact, through the list's email filter), or part of a name or
// email (Stripe's search first; where an account has no search, a scan of the list).
ListQuery customersMatching(const QString &input);

} // namespace records::search
