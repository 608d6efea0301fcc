#pragma once

#include "src/mirror/Table.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace mirror {

enum class ColumnType {
    Id, // Stripe ids, statuses, currencies: compared exactly
    Words, // names, emails, numbers: kept case-folded, so every store sorts and matches alike
    Integer, // amounts in minor units, Unix seconds
    Real, // percent_off: not money
};

// One column a person filters, sorts or totals on, read from the object's JSON. Every table
// also has id, created, version (which state wrote the row), json and search.
struct ColumnSpec
{
    QLatin1String name;
    ColumnType type;
    QVariant (*read)(const QJsonObject &object); // a null QVariant is SQL NULL
    // Indexed as (column, id): a sort over a million rows reads an index instead of sorting.
    bool sortable = false;
    // The schema version that added the column (schema::migrate adds it to older stores and
    // fills it from the rows' JSON); a store at an older version has no such column.
    int since = 1;
};

struct TableSpec
{
    Table table;
    QList<ColumnSpec> columns;
    // The amount an amount-range filter compares (empty: the kind has none).
    QLatin1String amount;
    // The amounts a footer totals per currency.
    QList<QLatin1String> totals;
    // What Filter::parent matches: the invoice of a line or item, the product of a price, the
    // charge of a refund, the coupon of a promotion code (empty: none).
    QLatin1String parent;

    bool has(QStringView name) const;
    const ColumnSpec *column(QStringView name) const;
};

const TableSpec &specOf(Table table);
// The table's columns a store at this schema version has.
QList<ColumnSpec> columnsAt(Table table, int schemaVersion);

// The object's creation time in Unix seconds (an invoice item's is its "date"); 0 for an
// invoice line, which the caller dates with its invoice.
qint64 createdOf(Table table, const QJsonObject &object);

// Case-folded text the search box finds: ids (the object's and those it points to), names,
// emails, descriptions, invoice numbers, codes, card last 4 and metadata values, one per line.
QString searchTextOf(Table table, const QJsonObject &object);

// The search box's text split into what must all appear: words, or "quoted phrases", folded
// like the stored text.
QStringList searchTerms(const QString &text);

} // namespace mirror
