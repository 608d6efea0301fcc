#include "src/records/SortRequest.h"

namespace records {

namespace {

const QString ColumnKey = QStringLiteral("column");
const QString OrderKey = QStringLiteral("order");
const QString Ascending = QStringLiteral("ascending");
const QString Descending = QStringLiteral("descending");

} // namespace

QVariantMap SortRequest::toVariant() const
{
    if (isStripeOrder())
        return {};
    // Words, not Qt's enum values, so the settings read the same to a person and to a later Qt.
    return {{ColumnKey, column}, {OrderKey, order == Qt::DescendingOrder ? Descending : Ascending}};
}

SortRequest SortRequest::fromVariant(const QVariant &value)
{
    const QVariantMap map = value.toMap();
    const QString column = map.value(ColumnKey).toString();
    const QString order = map.value(OrderKey).toString();
    if (column.isEmpty() || (order != Ascending && order != Descending))
        return {};
    return {column, order == Descending ? Qt::DescendingOrder : Qt::AscendingOrder};
}

} // namespace records
