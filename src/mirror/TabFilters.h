#pragma once

#include "src/mirror/Filter.h"
#include "src/queries/CreatedRange.h"
#include "src/queries/PromotionCodesQuery.h"
#include "src/queries/TabQueries.h"

#include <QLocale>
#include <QVariantMap>

#include <optional>

namespace mirror {

// What a tab's filters ask of the mirror, one function per tab. Each takes what the tab asks
// Stripe for — its named query's filter (queries/TabQueries), or for Payments, whose search box
// is understood by asking Stripe, the tab's filter values (RecordTab::filterValues(), the keys a
// saved view keeps) — and the created range every tab has, so the mapping lives here, tested
// without widgets, and no tab knows the mirror's columns. The rows are those the tab's Stripe
// list gives for the same filters. nullopt: a filter the mirror cannot answer (an amount that
// does not parse); the tab then reads Stripe as before.

// Payments: status (queries::PaymentStatus as a number), currency, minimum and maximum amount
// (text in the locale, in the chosen currency), customer (cus_…) and the search box, whose text
// the mirror finds across every payment's text (ids, email, card last 4, description…); an
// amount typed there is the amount. The statuses are Stripe's search's: a succeeded payment is
// one whether or not money went back since; disputed and uncaptured are Stripe's own fields.
std::optional<Filter> paymentsFilter(const QVariantMap &values, const queries::CreatedRange &created,
                                     const QLocale &locale = QLocale());
// Invoices: status (Stripe's), customer, currency, when payment is due, and the search box
// (number, customer's name and email, description, metadata, ID).
std::optional<Filter> invoicesFilter(const queries::InvoiceFilter &invoices,
                                     const queries::CreatedRange &created);
// Orders (Paydesk's payment intents): status, customer and the search box, which also finds an
// order by its customer's name or email and its card's last 4 (FilterSql).
std::optional<Filter> ordersFilter(const queries::OrderFilter &orders, const queries::CreatedRange &created);
// Refunds: of one payment, status, currency and the search box, which also finds a refund by
// its payment's email, card and customer.
std::optional<Filter> refundsFilter(const queries::RefundFilter &refunds,
                                    const queries::CreatedRange &created);
// Products: active or archived, and the search box (name, description, metadata, ID).
std::optional<Filter> productsFilter(const queries::ProductFilter &products,
                                     const queries::CreatedRange &created);
// Promotion codes: active or not, the coupon, part of the code in any case, and the search box,
// which also finds a code by its coupon's name and its customer.
std::optional<Filter> promotionCodesFilter(const queries::PromotionCodeFilter &codes,
                                           const queries::CreatedRange &created);
// Customers: the search box, across names, emails, ids, descriptions and metadata.
std::optional<Filter> customersFilter(const QVariantMap &values, const queries::CreatedRange &created);

} // namespace mirror
