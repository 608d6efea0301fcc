#pragma once

#include "src/records/SortRequest.h"

#include <QObject>
#include <QPointer>

class QTableView;

namespace records {
class ListModel;
class SortProxy;
} // namespace records

// A record table's sort as a person meets it: a click on a header sorts by that column, a
// second the other way, a third goes back to Stripe's order (newest first). The request goes
// to a model that orders every row itself (records::SortsEveryRow: the local mirror) when it
// takes it, else to the proxy over the loaded rows; then, while Stripe has more pages, the sort
// covers only what is loaded and the tab's footer says so.
class TableSort : public QObject
{
    Q_OBJECT

public:
    TableSort(QTableView *table, records::ListModel *model, records::SortProxy *proxy,
              QObject *parent = nullptr);

    records::SortRequest request() const { return m_request; }
    // Sorts as asked (Stripe's order for an empty request), and shows it on the header.
    void setRequest(const records::SortRequest &request);

    // Sorted here, over the loaded rows, while the list has more: the order is not the whole
    // list's, and the footer must not let it look so.
    bool coversLoadedRowsOnly() const;
    // Sorted by a money column: the footer says amounts are in order within each currency.
    bool sortsMoney() const;

signals:
    void changed(const records::SortRequest &request);

private:
    void onIndicatorChanged(int section, Qt::SortOrder order);
    void apply(const records::SortRequest &wanted);

    QTableView *m_table;
    records::ListModel *m_model;
    records::SortProxy *m_proxy;
    records::SortRequest m_request;
    bool m_sortedByModel = false;
    bool m_applying = false;
};
