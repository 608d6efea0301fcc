#pragma once

#include "src/sandbox/Api.h"

#include <QJsonObject>

// Taking a payment, shared by PaymentIntent confirmation and paying an invoice: the payment
// method (saved, or a Stripe test token) decides success or a decline, and a charge records it.
namespace sandbox::payments {

// "$12.50" in the amounts of Stripe's error messages.
QString moneyText(qint64 amount, const QString &currency);

// Confirms the intent. Success: a succeeded charge, the intent succeeded. Decline: a failed
// charge, the intent back to requires_payment_method with last_payment_error, and Stripe's
// 402 card_error. saveCard attaches a test card's new payment method to the intent's customer.
Reply confirm(Call &call, QJsonObject intent, const QString &paymentMethod, bool saveCard);

} // namespace sandbox::payments
