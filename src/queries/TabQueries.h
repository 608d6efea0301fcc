#pragma once

#include "src/records/ListQuery.h"

#include <QString>

#include <optional>

namespace queries {

// What the Invoices, Orders, Products and Refunds tabs list, from the filters they show. The
// tabs map their widgets to these; what Stripe is asked (paths, parameters, expansions, search
// clauses and the fallback when search is unavailable) is decided here, without widgets.

struct InvoiceFilter
{
    QString status; // Stripe's: draft, open, paid, uncollectible, void; empty for every status
    QString customer; // cus_…, or empty
    QString currency; // "usd" in any case, or empty
    // When payment is due (objects::invoices::paymentDue: the due date, or the creation of an
    // invoice charged automatically, as the Overview ages them), in Unix seconds: from
    // inclusive, until exclusive.
    std::optional<qint64> dueFrom;
    std::optional<qint64> dueUntil;
    QString text; // the search box: only the copy of the account searches (CopySearch.h)
};
records::ListQuery invoicesQuery(const InvoiceFilter &filter);

// An order is a PaymentIntent Paydesk made (metadata paydesk_order=1).
struct OrderFilter
{
    QString status; // the PaymentIntent's: requires_payment_method, succeeded, canceled; or empty
    QString customer;
    QString text; // the search box: only the copy of the account searches (CopySearch.h)
};
records::ListQuery ordersQuery(const OrderFilter &filter);

struct ProductFilter
{
    std::optional<bool> active; // empty for every product
    QString text; // the search box: only the copy of the account searches (CopySearch.h)
};
records::ListQuery productsQuery(const ProductFilter &filter);

struct RefundFilter
{
    QString payment; // ch_…, or empty
    QString status; // Stripe's: succeeded, pending, failed, canceled, requires_action; or empty
    QString currency; // "usd" in any case, or empty
    QString text; // the search box: only the copy of the account searches (CopySearch.h)
};
records::ListQuery refundsQuery(const RefundFilter &filter);

} // namespace queries
