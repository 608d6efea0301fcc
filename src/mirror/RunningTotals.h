#pragma once

#include "src/mirror/StoreConfig.h"
#include "src/mirror/Table.h"

#include <QLatin1String>
#include <QStringList>

namespace mirror {

// Totals kept up to date as rows change, so that a footer's totals and the Overview's figures
// read a few thousand rows of totals instead of every row: at a million objects, the totals of
// every invoice took a third of a second, and the Overview's figures up to a quarter.
//
// The database keeps them itself, with triggers on the rows' tables, in the same transaction as
// the rows: every path that changes a row — a listing's pages, the rows a finished listing
// removes, events, Paydesk's own writes, a deletion — and any added later moves the totals with
// it, with no code of its own to forget. SQLite has row triggers only (each skips updates that
// change nothing the totals read); PostgreSQL's run once per statement, over the statement's
// changed rows (transition tables), so a page of a hundred rows updates each total it touches
// once.
//
//   daily_totals (tbl, clock, day, status, currency, row_count, sum_1 .. sum_4)
//       the rows of a table per UTC day (Unix seconds / 86400) of their creation (clock
//       'created'; invoices also of their due date, 'due'), status and currency: how many, and
//       the sums of the table's totals (TableSpec::totals, in order). A range of times whose
//       ends fall inside a day is read as the whole days here and that day's rows
//       (DailyTotals).
//   open_balances (currency, customer, row_count, amount)
//       what each customer owes on open invoices (amount_remaining).
//
// A total whose count falls to zero is removed.
namespace runningTotals {

enum class Clock { Created, Due };

// Whether the table's rows are totalled per day: customers, invoices, invoice items, charges,
// refunds and payment intents (every kind with a status, a currency and amounts).
bool isKept(Table table);
// The time column a clock reads ("created", "due_at").
QString timeColumn(Clock clock);
QString clockName(Clock clock);
// The sums kept: sum_1 .. sum_4 hold TableSpec::totals in order.
constexpr int sumCount = 4;

// The day a row's time counts on; column is the time column, qualified as the caller needs.
// Rows without a time count on day -1.
QString dayOf(const QString &column);

// Makes the tables and triggers, and fills the tables from the rows already there (schema
// version 4, runningTotalsVersion). Inside the migration's transaction.
QStringList schemaStatements(Backend backend);

} // namespace runningTotals

} // namespace mirror
