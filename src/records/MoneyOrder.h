#pragma once

#include "src/records/Column.h"

#include <QJsonObject>

namespace records {

// The order of two rows in a money column, as QSortFilterProxyModel::lessThan answers it for a
// sort in `order`. Amounts are only comparable within a currency: rows of one currency stay
// together, each currency's rows by amount, so €5 never sits between $4 and $6. What must not
// turn round with a descending sort — currencies A to Z, rows without an amount or currency last
// — is turned beforehand, since the proxy reverses whatever this answers.
bool moneyLessThan(const Column &column, const QJsonObject &left, const QJsonObject &right,
                   Qt::SortOrder order);

} // namespace records
