#pragma once

#include "src/objects/Kind.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace mirror {

// The mirror's tables, one per kind of Stripe object it keeps. The UI speaks objects::Kind;
// Order and PaymentIntent are the same table (an order is a PaymentIntent), a Payment is a
// Charge.
enum class Table {
    Customers,
    Invoices,
    InvoiceLines,
    InvoiceItems,
    Charges,
    Refunds,
    PaymentIntents,
    Products,
    Prices,
    Coupons,
    PromotionCodes,
    PaymentMethods,
};

// Every table, in the order a fresh mirror lists them: what people open first comes first.
const QList<Table> &allTables();
// The tables the backfill lists from Stripe's top-level list endpoints (not lines or saved
// payment methods, which hang off invoices and customers).
const QList<Table> &listedTables();

QString tableName(Table table); // "customers": the SQL table
// The list endpoint ("/v1/customers"); empty for invoice lines and payment methods.
QString listPath(Table table);

std::optional<Table> tableFor(objects::Kind kind);
objects::Kind kindOf(Table table);
// The kinds a tab shows from these tables (payment_intents are both Orders and PaymentIntents).
QList<objects::Kind> kindsOf(const QSet<Table> &chosen);
// The table that keeps objects whose "object" field is this ("customer", "invoiceitem").
std::optional<Table> tableForObject(QStringView stripeObject);

} // namespace mirror
