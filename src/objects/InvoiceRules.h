#pragma once

#include <QJsonObject>

// What Stripe lets you do with an invoice in each state (docs.stripe.com/invoicing/overview):
// a draft can be edited, finalized or deleted; an open invoice can be paid, sent, voided or
// marked uncollectible; an uncollectible one can still be paid or voided; paid and void are
// final. Paydesk offers an action only where Stripe allows it.
namespace objects::invoices {

bool canAddItem(const QJsonObject &invoice);
bool canFinalize(const QJsonObject &invoice);
bool canDelete(const QJsonObject &invoice);
bool canSend(const QJsonObject &invoice);
bool canPay(const QJsonObject &invoice);
bool canVoid(const QJsonObject &invoice);
bool canMarkUncollectible(const QJsonObject &invoice);

// When payment is due, in Unix seconds: the due date, or for an invoice charged automatically
// (which has none) its creation. What the Overview ages receivables by and the Invoices tab's
// due dates filter.
qint64 paymentDue(const QJsonObject &invoice);

} // namespace objects::invoices
