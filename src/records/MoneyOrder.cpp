#include "src/records/MoneyOrder.h"

#include "src/objects/Json.h"

#include <optional>

namespace records {

namespace {

struct MoneyKey
{
    QString currency; // upper case; empty when the row has none
    std::optional<qint64> amount;

    bool isComplete() const { return amount && !currency.isEmpty(); }
};

MoneyKey keyOf(const Column &column, const QJsonObject &row)
{
    return {objects::json::string(row, column.currencyPath).toUpper(),
            objects::json::integer(row, column.amountPath)};
}

} // namespace

bool moneyLessThan(const Column &column, const QJsonObject &left, const QJsonObject &right,
                   Qt::SortOrder order)
{
    const MoneyKey a = keyOf(column, left);
    const MoneyKey b = keyOf(column, right);
    // A descending sort asks lessThan(right, left): answering the opposite here keeps these
    // orders the same both ways.
    const bool descending = order == Qt::DescendingOrder;
    if (a.isComplete() != b.isComplete())
        return descending ? !a.isComplete() : a.isComplete(); // blanks last
    if (!a.isComplete())
        return false; // two blanks: Stripe's order between them
    if (a.currency != b.currency)
        return descending ? a.currency > b.currency : a.currency < b.currency;
    return *a.amount < *b.amount;
}

} // namespace records
