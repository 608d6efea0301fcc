#pragma once

#include "src/mirror/Filter.h"
#include "src/mirror/StoreConfig.h"
#include "src/mirror/Table.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace mirror {

// A Filter and a Sort as SQL for one table, with the values to bind in order. Column names come
// only from ObjectColumns, never from the caller's text.
struct SqlFilter
{
    Table table = Table::Customers;
    QString where; // "WHERE ..." or empty
    QVariantList values;
    QString problem; // set when the filter cannot be asked (an unknown kind)
};

// For a store at schemaVersion: a filter needing a column it does not have yet is a problem.
SqlFilter sqlFilter(Backend backend, const Filter &filter, int schemaVersion);

// SQLite's full-text query for search terms of three characters or more: every one, as a phrase.
QString ftsMatch(const QStringList &terms);
// The full-text query, when SQLite's index of the table's own text answers the filter's search
// whole (whatever else the filter asks).
std::optional<QString> ownSearch(Backend backend, const Filter &filter, int schemaVersion);
// The full-text query, when the filter is a search and nothing else and SQLite's index answers
// it whole: then its count is the index's, without visiting the rows.
std::optional<QString> searchOnly(Backend backend, const Filter &filter, int schemaVersion);

// Whether the kind can be sorted by the column (created, id, and its sortable columns).
bool isSortColumn(Table table, const QString &column);
// "ORDER BY key ASC NULLS FIRST, id ASC" (or the reverse); key and id name the sort column
// and the id where the query calls them something else.
QString orderBy(const Sort &sort, const QString &key, const QString &id = QStringLiteral("id"));
// The condition for rows after `key` in the sort (before it, when reversed); appended to a
// WHERE with "AND". Its values are appended to `values`.
QString keyset(const Sort &sort, const RowKey &key, bool reversed, QVariantList &values);

} // namespace mirror
