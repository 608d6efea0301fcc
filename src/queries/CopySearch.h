#pragma once

#include "src/objects/Kind.h"
#include "src/records/ListQuery.h"

#include <QString>

namespace queries {

// Stripe searches customers, invoices, payments, payment intents and products by fields only,
// and refunds and promotion codes not at all; the search box of the Invoices, Orders, Refunds,
// Products and Promo codes tabs finds words anywhere in their text, and in the text of what
// they name (a refund's payment and customer), which only the copy of the account can do. A
// query with such text is answered by the copy when it is complete; asked of Stripe, it says why
// not instead of listing rows that ignore the search.
void searchInCopyOnly(records::ListQuery &query, objects::Kind kind, const QString &text);

} // namespace queries
