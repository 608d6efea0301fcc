#pragma once

#include "src/mirror/StoreConfig.h"
#include "src/mirror/Table.h"

#include <QString>

namespace mirror {

class Connection;

// The store's tables and how they change between Paydesk versions. schema_version holds one
// row per migration applied; each migration runs in one transaction, so a store is always at a
// version, never between two. On PostgreSQL a transaction-scoped advisory lock makes two desks
// that open an old store at once migrate it once.
//
//   1  one table per kind (id, created, version and the columns of ObjectColumns, with an index
//      for every sort and covering indexes for totals and the Overview) and its JSON (SQLite:
//      <kind>_json; PostgreSQL: a json column kept out of line), sync_state, tombstones,
//      pending_lines, payment_method_owners, applied_events
//   2  full-text search: a search column on every table; SQLite indexes it with an FTS5
//      trigram table kept by triggers, PostgreSQL with pg_trgm's GIN index (both find any
//      substring of three characters or more, so both stores give the same answers)
//   3  what the Payments and Orders tabs filter by that no column said: a charge's disputed and
//      captured, and whether a payment intent is one of Paydesk's orders (ObjectColumns'
//      columns added at paymentFlagsVersion), filled from the rows' JSON
//   4  the Overview's and footers' running totals, kept by triggers (RunningTotals.h), and
//      indexes for filters that are also sorted
//   5  columns rows keep from the rows they name, kept by triggers (LinkedColumns.h): the text
//      a refund, order or promotion code is searched by, and the customer's and coupon's names
//      the tabs sort by
//   6  an index of invoices by status, currency and amount paid: the unpaid ones sorted by what
//      was paid read past every paid invoice without it (250 ms at a million objects)
//   7  a product's default price's currency and unit amount on the product's row, kept by
//      triggers on prices (LinkedColumns.h), and indexed: the Default price column sorts every
//      product
//   8  SQLite: an index of customers by row number holding their currency and balance, which
//      the footer of a search reads for every customer it finds
namespace schema {

constexpr int paymentFlagsVersion = 3;
constexpr int runningTotalsVersion = 4;
constexpr int linkedColumnsVersion = 5;
constexpr int paidByStatusVersion = 6;
constexpr int defaultPriceVersion = 7;
constexpr int searchTotalsVersion = 8;
constexpr int latestVersion = 8;

// The version the store is at; 0 for an empty database, -1 when it cannot be read.
int versionOf(Connection &connection);
// Migrates up to target (latestVersion unless a test asks for an older one). False with the
// reason when a step fails (the store stays at the last version that succeeded).
bool migrate(Connection &connection, int target, QString *error);

// Whether PostgreSQL's search has its trigram index (pg_trgm may not be installable by the
// team's user; search then still works, by reading every row).
bool hasSearchIndex(Connection &connection);

QString ftsTable(Table table); // "customers_fts" (SQLite)
// SQLite's full-text index of the table over these columns (FTS5 trigrams, external content, kept
// by triggers), filled from the rows there are; and the statements that drop it.
QStringList fullTextIndex(Table table, const QStringList &columns);
QStringList dropFullTextIndex(Table table);
QString jsonTable(Table table); // "customers_json" (SQLite)
// The SQL for the JSON of the row `alias` of the table: SQLite keeps it in a table of its own,
// PostgreSQL in the row (where TOAST moves it out of line).
QString jsonOf(Backend backend, Table table, const QString &alias);

} // namespace schema

} // namespace mirror
