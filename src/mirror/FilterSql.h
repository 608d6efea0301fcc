#pragma once

#include "src/mirror/Filter.h"
#include "src/mirror/StoreConfig.h"
#include "src/mirror/Table.h"

#include <QString>
#include <QVariantList>

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

// Whether the kind can be sorted by the column (created, id, and its sortable columns).
bool isSortColumn(Table table, const QString &column);
// "ORDER BY key ASC NULLS FIRST, id ASC" (or the reverse); key and id name the sort column
// and the id where the query calls them something else.
QString orderBy(const Sort &sort, const QString &key, const QString &id = QStringLiteral("id"));
// The condition for rows after `key` in the sort (before it, when reversed); appended to a
// WHERE with "AND". Its values are appended to `values`.
QString keyset(const Sort &sort, const RowKey &key, bool reversed, QVariantList &values);

} // namespace mirror
