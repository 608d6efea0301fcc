#pragma once

#include "src/mirror/Filter.h"
#include "src/queries/CreatedRange.h"

#include <QLocale>
#include <QVariantMap>

#include <optional>

namespace mirror {

// What a tab's filters ask of the mirror, one function per tab. Each takes the tab's filter
// values as the tab says them (RecordTab::filterValues(), the keys a saved view keeps) and the
// created range every tab has, so the mapping lives here, tested without widgets, and no tab
// knows the mirror's columns. nullopt: a filter the mirror cannot answer (a payment's dispute,
// an amount that does not parse); the tab then reads Stripe as before.

// Payments: status (queries::PaymentStatus as a number), currency, minimum and maximum amount
// (text in the locale, in the chosen currency), customer (cus_…) and the search box, whose text
// the mirror finds across every payment's text (ids, email, card last 4, description…); an
// amount typed there is the amount.
std::optional<Filter> paymentsFilter(const QVariantMap &values, const queries::CreatedRange &created,
                                     const QLocale &locale = QLocale());
// Invoices: status (Stripe's) and customer.
std::optional<Filter> invoicesFilter(const QVariantMap &values, const queries::CreatedRange &created);
// Customers: the search box, across names, emails, ids, descriptions and metadata.
std::optional<Filter> customersFilter(const QVariantMap &values, const queries::CreatedRange &created);

} // namespace mirror
