#pragma once

#include "src/objects/Kind.h"
#include "src/records/Status.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace records {

// One column of a record table: what it is called and how a cell is read from a Stripe object.
// A tab is a list of these, not a model of its own.
struct Column
{
    QString id; // stable, for saved widths and sort order
    QString title;
    std::function<QString(const QJsonObject &)> text;
    // What the column sorts by when not its text (amounts by minor units, dates by time).
    std::function<QVariant(const QJsonObject &)> sortKey;
    // Set for status columns, which the UI shows as coloured labels.
    std::function<Status(const QJsonObject &)> status;
    // When the cell needs more words than it shows ("?" for a count that failed); else the text.
    std::function<QString(const QJsonObject &)> toolTip;
    bool alignRight = false;
    // For money columns: the amount's and currency's paths, so an export can write a plain
    // decimal amount and a currency column instead of "€12.50".
    QString amountPath;
    QString currencyPath;

    bool isMoney() const { return !amountPath.isEmpty(); }
};

// The columns finance staff look at for each kind of record.
QList<Column> columnsFor(objects::Kind kind);
// Where the column with this id is in the list; -1 when it is not.
qsizetype indexOfColumn(const QList<Column> &columns, QStringView id);
// One column with a record's one-line label, for pickers (a price, a saved card, a coupon).
QList<Column> choiceColumns();

} // namespace records
