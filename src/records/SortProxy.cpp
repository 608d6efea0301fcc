#include "src/records/SortProxy.h"

#include "src/records/ListModel.h"
#include "src/records/MoneyOrder.h"

namespace records {

SortProxy::SortProxy(ListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(ListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Names with accents sort where a reader looks for them ("Zoë" with the Zs).
    setSortLocaleAware(true);
}

int SortProxy::columnOf(const SortRequest &request) const
{
    return request.isStripeOrder() ? -1 : int(indexOfColumn(m_source->columns(), request.column));
}

void SortProxy::setRequest(const SortRequest &request)
{
    const int column = columnOf(request);
    // Column -1 gives the rows back in the source's order: Stripe's.
    sort(column, column < 0 ? Qt::AscendingOrder : request.order);
}

SortRequest SortProxy::request() const
{
    const int column = sortColumn();
    if (column < 0 || column >= m_source->columns().size())
        return {};
    return {m_source->columns().at(column).id, sortOrder()};
}

bool SortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QList<Column> &columns = m_source->columns();
    if (left.column() < 0 || left.column() >= columns.size() || !columns.at(left.column()).isMoney())
        return QSortFilterProxyModel::lessThan(left, right);
    return moneyLessThan(columns.at(left.column()), m_source->objectAt(left.row()),
                         m_source->objectAt(right.row()), sortOrder());
}

} // namespace records
