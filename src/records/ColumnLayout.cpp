#include "src/records/ColumnLayout.h"

namespace records {

QList<int> ColumnLayout::orderIn(const QList<Column> &columns) const
{
    QList<int> indexes;
    for (const QString &id : order) {
        const int index = int(indexOfColumn(columns, id));
        if (index >= 0 && !indexes.contains(index))
            indexes.append(index);
    }
    for (int index = 0; index < columns.size(); ++index)
        if (!indexes.contains(index))
            indexes.append(index);
    return indexes;
}

bool ColumnLayout::hidesEverything(const QList<Column> &columns) const
{
    for (const Column &column : columns)
        if (!isHidden(column.id))
            return false;
    return true;
}

QVariantMap ColumnLayout::toVariant() const
{
    return {{QStringLiteral("order"), order}, {QStringLiteral("hidden"), hidden}};
}

ColumnLayout ColumnLayout::fromVariant(const QVariant &value)
{
    const QVariantMap map = value.toMap();
    return {map.value(QStringLiteral("order")).toStringList(),
            map.value(QStringLiteral("hidden")).toStringList()};
}

} // namespace records
