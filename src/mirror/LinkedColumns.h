#pragma once

#include "src/mirror/StoreConfig.h"
#include "src/mirror/Table.h"

#include <QLatin1String>
#include <QList>
#include <QStringList>

#include <functional>

namespace mirror::linkedColumns {

// Columns a row keeps from the rows it names, so that a search or a sort by them reads one table
// and its own index instead of joining hundreds of thousands of rows (a refund found by its
// customer's name read 25,000 customers and 47,000 payments: 113 ms at a million objects):
//
//   linked          the search text of the rows it names: a refund's payment and that payment's
//                   customer; an order's customer and latest payment; a promotion code's coupon
//                   and customer. The full-text index covers it with the row's own text.
//   customer_label  what the Customer column shows, folded (Payments, Refunds, Orders, Invoices):
//                   the customer's name, else email, else id; a payment without a customer by
//                   its billing name or email.
//   coupon_label    a promotion code's coupon's name (the Coupon column).
//   currency,       a product's default price's currency and unit amount (the Default price column;
//   unit_amount     NULL for a tiered price, which has none), named as the price names them, so an
//                   amount sort groups them by currency as it does any table's own (CurrencySort).
//
// They are kept by the database: a row written computes them from the rows it names (valueSql),
// and triggers on customers, charges, coupons and prices compute them again on the rows that name
// one that is written, renamed or deleted, whichever order pages and events arrive in.
struct LinkedColumn
{
    Table table;
    QLatin1String name;
    bool sortable; // indexed as (column, id), like ObjectColumns' sorted columns
    int since; // the schema version that added it (a store at an older version has no such column)
};

// The linked columns of the table (none for most), and those a store at this schema version has.
QList<LinkedColumn> columnsOf(Table table);
QList<LinkedColumn> columnsAtVersion(Table table, int schemaVersion);
// Whether the table's rows have a currency at this schema version: their own, or (products) their
// default price's.
bool hasCurrency(Table table, int schemaVersion);
// Whether the table keeps a `linked` text column (searched with its own).
bool keepsText(Table table);
// The tables whose rows a table's linked columns are read from: a change to one of these can
// change what the table's rows show, match or sort by.
QList<Table> sourcesOf(Table table);

// The SQL for a linked column's value for one row. `own(column)` writes a reference to one of the
// row's own columns: "refunds.charge" in an UPDATE, or "?" in an INSERT whose values the caller
// binds in the order own() was asked for them.
using OwnColumn = std::function<QString(QLatin1String column)>;
QString valueSql(Table table, QLatin1String column, const OwnColumn &own);

// Migration to `version` (schema::linkedColumnsVersion or schema::defaultPriceVersion): the columns
// that version added, filled, their indexes, the triggers on the tables they are read from, and the
// full-text index over `linked` (SQLite: the table's FTS5 table made again over both columns;
// PostgreSQL: a pg_trgm index, when trigramIndexes says the store has them).
QStringList schemaStatements(Backend backend, bool trigramIndexes, int version);
// The columns a search of the table's rows reads at this schema version: search, and linked
// where the table keeps it.
QStringList searchedColumns(Table table, int schemaVersion);

} // namespace mirror::linkedColumns
