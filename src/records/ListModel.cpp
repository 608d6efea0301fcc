#include "src/records/ListModel.h"

#include "src/objects/Json.h"
#include "src/stripe/Client.h"
#include "src/stripe/ListPager.h"

#include <algorithm>

namespace records {

namespace {
// A window of the mirror: as many rows as a page of Stripe's, so the view scrolls alike.
constexpr int PageSize = 100;
} // namespace

ListModel::ListModel(const QList<Column> &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{ }

ListModel::~ListModel()
{
    cancel();
}

void ListModel::setClient(stripe::Client *client)
{
    if (client == m_client)
        return;
    cancel();
    delete m_pager;
    m_pager = nullptr;
    clearRows();
    m_client = client;
    setState(State::Idle);
}

void ListModel::load(const ListQuery &query)
{
    m_query = query;
    start(query);
}

void ListModel::reload()
{
    if (m_query.isValid())
        start(m_query);
}

void ListModel::start(const ListQuery &query)
{
    cancel();
    delete m_pager;
    m_pager = nullptr;
    clearRows();
    m_active = query;
    m_error = {};
    if (!query.invalidReason.isEmpty()) {
        setState(State::Empty);
        return;
    }
    m_fromSource = m_source && m_source->answers();
    if (m_fromSource) {
        // The source applies every filter itself: nothing of Stripe's query is kept here, nor
        // its footnote about what Stripe cannot filter.
        m_active.keep = nullptr;
        m_active.footnote.clear();
        m_active.fallback.reset();
        m_active.needsCopy.clear();
        followSortToFilters();
        setState(State::Loading);
        onWindow(m_source->first(PageSize));
        return;
    }
    if (!query.needsCopy.isEmpty()) {
        setState(State::Empty);
        return;
    }
    if (!m_client || !query.isValid()) {
        setState(State::Idle);
        return;
    }
    m_pager = new stripe::ListPager(m_client, query.kind, query.path, query.params, this);
    connect(m_pager, &stripe::ListPager::pageLoaded, this, &ListModel::onPage);
    connect(m_pager, &stripe::ListPager::failed, this, &ListModel::onFailed);
    setState(State::Loading);
    m_pager->fetchNext();
}

void ListModel::setRowSource(std::shared_ptr<RowSource> source)
{
    if (source == m_source)
        return;
    cancel();
    delete m_pager;
    m_pager = nullptr;
    m_source = std::move(source);
    m_fromSource = false;
    m_sourceSorted = false;
    m_sourceHasMore = false;
}

bool ListModel::sortEveryRow(const SortRequest &request)
{
    m_sortRequest = request;
    // Stripe's lists come in one order; only the mirror can order every row.
    if (!m_source || !m_source->answers())
        return false;
    const bool taken = m_source->setSort(request);
    const bool wasSorted = m_sourceSorted;
    m_sourceSorted = taken && !request.isStripeOrder();
    // Declined (a column the source keeps no order of): the loaded rows are sorted here, and they
    // must be the newest, as from Stripe, not the first of an order the source took before.
    if (!taken && wasSorted)
        m_source->setSort(SortRequest());
    if (taken || wasSorted)
        reload();
    return taken;
}

void ListModel::followSortToFilters()
{
    if (m_sortRequest.isStripeOrder())
        return;
    // A sort the source took for other filters may not hold for these: it then lists as Stripe
    // does, the view sorts the loaded rows, and takes the sort back when it holds again.
    const bool taken = m_source->setSort(m_sortRequest);
    if (!taken)
        m_source->setSort(SortRequest());
    if (taken == m_sourceSorted)
        return;
    m_sourceSorted = taken;
    emit sortsEveryRowChanged(taken);
}

void ListModel::refreshFromSource()
{
    if (!m_fromSource || m_state == State::Loading)
        return;
    const RowSource::Window window = m_source->first(std::max(PageSize, int(m_rows.size())));
    if (!window.ok) {
        onWindow(window);
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    for (const stripe::ListObject &object : window.rows) {
        if (object.id().isEmpty() || m_rowOfId.contains(object.id()))
            continue;
        m_rowOfId.insert(object.id(), int(m_rows.size()));
        m_rows.append(object);
    }
    m_sourceHasMore = window.hasMore;
    endResetModel();
    const State before = m_state;
    setState(m_rows.isEmpty() ? State::Empty : State::Ready);
    if (m_state == before)
        emit stateChanged(m_state); // the footer's count and totals are new all the same
}

void ListModel::onWindow(const RowSource::Window &window)
{
    if (!window.ok) {
        m_error = stripe::Error();
        m_error.kind = stripe::Error::Kind::Network;
        m_error.message = tr("The copy of the account could not be read.");
        setState(State::Failed);
        return;
    }
    m_sourceHasMore = window.hasMore;
    onPage(window.rows, window.hasMore);
}

void ListModel::retry()
{
    if (m_fromSource && m_state == State::Failed) {
        reload();
        return;
    }
    if (!m_pager || m_state != State::Failed)
        return;
    if (!m_pager->hasMore()) {
        reload();
        return;
    }
    m_error = {};
    setState(m_rows.isEmpty() ? State::Loading : State::LoadingMore);
    m_pager->fetchNext();
}

void ListModel::cancel()
{
    if (m_pager)
        m_pager->cancel();
}

bool ListModel::hasMore() const
{
    if (m_fromSource)
        return m_sourceHasMore;
    return m_pager && m_pager->hasMore();
}

QString ListModel::cutShortReason() const
{
    return m_pager ? m_pager->cutShortReason() : QString();
}

void ListModel::clearRows()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    endResetModel();
}

void ListModel::onPage(const QList<stripe::ListObject> &objects, bool hasMore)
{
    QList<stripe::ListObject> fresh;
    fresh.reserve(objects.size());
    QSet<QString> seenInPage;
    for (const stripe::ListObject &object : objects) {
        const QString &id = object.id();
        // A server that repeats ids across pages (or inside one) must not duplicate rows.
        if (id.isEmpty() || m_rowOfId.contains(id) || seenInPage.contains(id))
            continue;
        if (m_active.keep && !m_active.keep(object.object()))
            continue;
        seenInPage.insert(id);
        fresh.append(object);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const stripe::ListObject &object : std::as_const(fresh)) {
            m_rowOfId.insert(object.id(), int(m_rows.size()));
            m_rows.append(object);
        }
        endInsertRows();
    }
    emit pageAppended(int(fresh.size()));

    // A client-side filter can drop a whole page; keep going until there is something to show.
    if (m_rows.isEmpty() && hasMore && m_pager) {
        m_pager->fetchNext();
        return;
    }
    setState(m_rows.isEmpty() ? State::Empty : State::Ready);
}

void ListModel::onFailed(const stripe::Error &error)
{
    // Search is not available to every account (Stripe: not in India): a first page refused as
    // an invalid request falls back to the list filter that asks the same question.
    const bool firstPage = m_rows.isEmpty() && m_pager && m_pager->pagesLoaded() == 0;
    if (firstPage && m_active.fallback && error.kind == stripe::Error::Kind::Api && error.httpStatus == 400) {
        const ListQuery fallback = *m_active.fallback;
        start(fallback);
        return;
    }
    m_error = error;
    setState(State::Failed);
}

void ListModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QJsonObject ListModel::objectAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).object() : QJsonObject();
}

int ListModel::rowOfId(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

void ListModel::upsert(const QJsonObject &object)
{
    const QString id = objects::json::string(object, u"id");
    if (id.isEmpty())
        return;
    if (const int row = rowOfId(id); row >= 0) {
        m_rows[row] = stripe::ListObject(object);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(stripe::ListObject(object));
    for (auto it = m_rowOfId.begin(); it != m_rowOfId.end(); ++it)
        ++it.value();
    m_rowOfId.insert(id, 0);
    endInsertRows();
    if (m_state == State::Empty || m_state == State::Idle)
        setState(State::Ready);
}

void ListModel::removeId(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOfId.remove(id);
    for (auto it = m_rowOfId.begin(); it != m_rowOfId.end(); ++it)
        if (it.value() > row)
            --it.value();
    endRemoveRows();
    if (m_rows.isEmpty() && !hasMore())
        setState(State::Empty);
}

void ListModel::columnChanged(int column)
{
    if (column >= 0 && column < m_columns.size() && !m_rows.isEmpty())
        emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

int ListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const stripe::ListObject &row = m_rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    // Answered without building the row.
    if (role == IdRole)
        return row.id();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(column.alignRight ? Qt::AlignRight | Qt::AlignVCenter
                                                                   : Qt::AlignLeft | Qt::AlignVCenter));
    // The row is built from its text here, the first time it is shown.
    const QJsonObject &object = row.object();
    switch (role) {
    case Qt::ToolTipRole:
        if (column.toolTip) {
            if (QString tip = column.toolTip(object); !tip.isEmpty())
                return tip;
        }
        return column.text ? column.text(object) : QString();
    case Qt::DisplayRole:
        return column.text ? column.text(object) : QString();
    case SortRole:
        if (column.sortKey)
            return column.sortKey(object);
        return column.text ? column.text(object) : QString();
    case StatusToneRole:
        return column.status ? QVariant(int(column.status(object).tone)) : QVariant();
    case ObjectRole:
        return object;
    default:
        return {};
    }
}

QVariant ListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(m_columns.at(section).alignRight
                                                     ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter));
    return {};
}

bool ListModel::canFetchMore(const QModelIndex &parent) const
{
    if (m_fromSource)
        return !parent.isValid() && m_sourceHasMore && m_state != State::Failed;
    return !parent.isValid() && m_pager && m_pager->hasMore() && !m_pager->isLoading()
        && m_state != State::Failed;
}

void ListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_fromSource) {
        onWindow(m_source->next(PageSize));
        return;
    }
    setState(State::LoadingMore);
    m_pager->fetchNext();
}

} // namespace records
