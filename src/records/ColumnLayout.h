#pragma once

#include "src/records/Column.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace records {

// Which of a table's columns show, and in what order, by Column::id: what the column chooser
// changes, what a tab keeps in its settings and what a saved view carries. Ids rather than
// positions, so a layout saved before Paydesk added or dropped a column still reads right.
struct ColumnLayout
{
    QStringList order; // column ids, left to right
    QStringList hidden;

    bool isEmpty() const { return order.isEmpty(); }
    bool isHidden(const QString &id) const { return hidden.contains(id); }

    // Every column's index into `columns`, left to right: those the layout names in its order,
    // then any it does not know (a column added later), which show. Ids no column has are dropped.
    QList<int> orderIn(const QList<Column> &columns) const;
    // Whether this layout would show no column of `columns`; a table always shows one.
    bool hidesEverything(const QList<Column> &columns) const;

    QVariantMap toVariant() const;
    static ColumnLayout fromVariant(const QVariant &value);

    friend bool operator==(const ColumnLayout &, const ColumnLayout &) = default;
};

} // namespace records
