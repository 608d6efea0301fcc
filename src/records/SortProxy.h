#pragma once

#include "src/records/SortRequest.h"

#include <QSortFilterProxyModel>

namespace records {

class ListModel;

// Orders the rows a ListModel has loaded, for a SortRequest: by the column's sort key (dates by
// time, counts by number), money within its currency (moneyLessThan), ties and Stripe's order
// in the order Stripe sent them (newest first). It only reorders: Stripe's filters narrow.
class SortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SortProxy(ListModel *source, QObject *parent = nullptr);

    // Sorts by the request's column, or goes back to Stripe's order; a column the model does not
    // have is Stripe's order.
    void setRequest(const SortRequest &request);
    SortRequest request() const;
    // The column the request names; -1 for Stripe's order.
    int columnOf(const SortRequest &request) const;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ListModel *m_source;
};

} // namespace records
