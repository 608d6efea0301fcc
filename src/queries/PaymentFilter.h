#pragma once

#include "src/queries/CreatedRange.h"
#include "src/records/ListQuery.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace queries {

// The statuses a clerk filters payments by, as the Stripe Dashboard names them.
enum class PaymentStatus { Any, Succeeded, Failed, Refunded, PartiallyRefunded, Uncaptured, Disputed };

// What the Payments tab is asked for, once the search box's text is understood (an email is
// already its customers' ids, a payment's id the moment it was made). When payments were made
// is every tab's created range (withCreated), applied on top.
struct PaymentFilter
{
    PaymentStatus status = PaymentStatus::Any;
    QString currency; // ISO code in any case; empty for any
    // In minor units of `currency`; without a currency, of any currency with amountDecimals
    // decimals (12.50 is 1250 in EUR and USD, never ¥1250).
    std::optional<qint64> minAmount;
    std::optional<qint64> maxAmount;
    int amountDecimals = 2;
    QStringList customers; // ids; at most ten are asked for
    QString last4; // the card's last four digits
    QString paymentIntent; // pi_…: its payments
    // One payment by its id (ch_/py_, or a refund's payment), and when it was made: an id wins
    // over every other filter.
    QString charge;
    qint64 chargeCreated = 0;
    // Said instead of asking Stripe anything ("No customer has the email …").
    QString nothingToAsk;
    // What the search box held, in words, for the empty text ("jane@example.com").
    QString described;
};

// Stripe's charges search where Stripe documents the field (amount, created, currency, customer,
// disputed, refunded, status, payment_method_details.card.last4:
// docs.stripe.com/search#query-fields-for-charges), the list and its filters (customer, created,
// payment_intent) when those are enough, since a list is never behind and search can be: Stripe
// says new payments may take a minute to be searchable. Uncaptured payments have no search field
// and no list filter: Paydesk keeps them from what Stripe returns, and the footer says so. A
// search falls back to the list (filtered here) where search is not available.
records::ListQuery paymentsQuery(const PaymentFilter &filter);

// Whether a charge passes every filter: what Paydesk checks itself where Stripe cannot.
bool paymentMatches(const PaymentFilter &filter, const QJsonObject &charge);

// The filter's choices in words for the empty text: "refunded in part, EUR, 12.50 – 20.00".
QString describe(const PaymentFilter &filter);

} // namespace queries
