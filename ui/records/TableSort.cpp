#include "ui/records/TableSort.h"

#include "src/records/ListModel.h"
#include "src/records/SortProxy.h"

#include <QHeaderView>
#include <QTableView>

TableSort::TableSort(QTableView *table, records::ListModel *model, records::SortProxy *proxy, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
    , m_proxy(proxy)
{
    // The view's own sorting would send every click to the proxy; the request goes through here
    // instead, so that a model that sorts every row can take it.
    m_table->setSortingEnabled(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    // Ascending, descending, then no sort at all: Stripe's order.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableSort::onIndicatorChanged);
    connect(m_model, &records::ListModel::sortsEveryRowChanged, this, [this](bool everyRow) {
        if (m_request.isStripeOrder() || everyRow == m_sortedByModel)
            return;
        m_sortedByModel = everyRow;
        m_proxy->setRequest(everyRow ? records::SortRequest() : m_request);
        emit changed(m_request);
    });
}

void TableSort::onIndicatorChanged(int section, Qt::SortOrder order)
{
    if (m_applying)
        return;
    const QList<records::Column> &columns = m_model->columns();
    if (section < 0 || section >= columns.size())
        apply({});
    else
        apply({columns.at(section).id, order});
}

void TableSort::setRequest(const records::SortRequest &request)
{
    apply(request);
}

void TableSort::apply(const records::SortRequest &wanted)
{
    const int column = m_proxy->columnOf(wanted);
    const records::SortRequest request = column < 0 ? records::SortRequest() : wanted;
    auto *everyRow = dynamic_cast<records::SortsEveryRow *>(m_model);
    m_sortedByModel = everyRow && everyRow->sortEveryRow(request);
    // The model's order is the sort when it took it; else the loaded rows are sorted here.
    m_proxy->setRequest(m_sortedByModel ? records::SortRequest() : request);
    m_request = request;
    m_applying = true;
    m_table->horizontalHeader()->setSortIndicator(column, request.order);
    m_applying = false;
    emit changed(m_request);
}

bool TableSort::coversLoadedRowsOnly() const
{
    return !m_request.isStripeOrder() && !m_sortedByModel && m_model->hasMore();
}

bool TableSort::sortsMoney() const
{
    const int column = m_proxy->columnOf(m_request);
    return column >= 0 && m_model->columns().at(column).isMoney();
}
