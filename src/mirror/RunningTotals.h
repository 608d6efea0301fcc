#pragma once

#include "mirror/StoreConfig.h"
#include "mirror/Table.h"

#include <QLatin1String>
#include <QStringList>

namespace mirror {

// The Overview's figures kept up to date as rows change, so that it reads a few hundred rows of
// totals instead of every invoice and payment (at a million objects the sums took a quarter of a
// second).
//
// The database keeps them itself, with triggers on the rows' tables, in the same transaction as
// the rows: every path that changes a row — a listing's pages, the rows a finished listing
// removes, events, Paydesk's own writes, a deletion — and any added later moves the totals with
// it, with no code of its own to forget. SQLite has row triggers only (each skips rows that do
// not count and updates that change nothing the totals read); PostgreSQL's are per statement,
// over the statement's changed rows (transition tables), so a page of a hundred rows updates
// each total it touches once.
//
//   overview_days (figure, day, currency, row_count, amount)
//       per UTC day (Unix seconds / 86400): open invoices by the day they are due
//       ('receivable'), succeeded charges ('revenue') and succeeded refunds ('refunds') by the day
//       they were made. Ages and months have their bounds at any second (now; midnight in the
//       user's time zone), so the Overview sums whole days here and reads the rows of the day a
//       bound falls in.
//   open_balances (currency, customer, row_count, amount)
//       what each customer owes on open invoices.
//
// Rows whose count falls to zero are removed.
namespace runningTotals {

// The figures kept per day.
struct DailyFigure
{
    QLatin1String name; // overview_days.figure
    Table table;
    QLatin1String condition; // which rows count: SQL over the table's columns
    QLatin1String time; // the column whose day a row counts on
    QLatin1String amount; // the column summed
};

const DailyFigure &receivables();
const DailyFigure &revenue();
const DailyFigure &refunds();

// The day a row's time counts on ("due_at / 86400"); column is the time column, qualified as
// the caller needs. Rows without a time count on day -1.
QString dayOf(const QString &column);

// Makes the tables and triggers, and fills the tables from the rows already there (schema
// version 3). Inside the migration's transaction.
QStringList schemaStatements(Backend backend);

} // namespace runningTotals

} // namespace mirror
