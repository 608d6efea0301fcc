#pragma once

#include "src/sandbox/Api.h"

#include <QJsonObject>

// What invoices and their items share: an invoice's status, and its lines and totals, which
// follow its items.
namespace sandbox::invoicing {

QString statusOf(const QJsonObject &invoice);
// Rebuilds the invoice's lines from its items, and subtotal, total, amount due and remaining.
void recompute(Call &call, QJsonObject &invoice);

} // namespace sandbox::invoicing
