#pragma once

#include "src/records/Column.h"
#include "src/records/ListQuery.h"
#include "src/records/RowSource.h"
#include "src/records/SortRequest.h"
#include "src/stripe/Client.h"
#include "src/stripe/Error.h"
#include "src/stripe/ListObject.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <memory>

namespace stripe {
class ListPager;
} // namespace stripe

namespace records {

// The one table model of Paydesk: rows are Stripe objects from a list endpoint, paged in as the
// view scrolls (canFetchMore/fetchMore), columns come from a Column list. Every tab and related
// list uses it; none has a model of its own.
class ListModel
    : public QAbstractTableModel
    , public SortsEveryRow
{
    Q_OBJECT

public:
    enum Role {
        ObjectRole = Qt::UserRole + 1, // the row's QJsonObject
        IdRole,
        SortRole,
        StatusToneRole, // int(Status::Tone) for status columns
    };

    enum class State {
        Idle, // nothing asked yet
        Loading, // the first page is on its way
        LoadingMore, // rows are shown and the next page is on its way
        Ready, // rows are shown
        Empty, // the list has no rows
        Failed, // the last page failed; rows already loaded stay
    };
    Q_ENUM(State)

    explicit ListModel(const QList<Column> &columns, QObject *parent = nullptr);
    ~ListModel() override;

    // Rows from this source (the local mirror) rather than Stripe, from the next load; null:
    // Stripe again. A sort over every row goes to it.
    void setRowSource(std::shared_ptr<RowSource> source);
    RowSource *rowSource() const { return m_source.get(); }
    // The source the rows on show came from; null when they came from Stripe.
    RowSource *activeRowSource() const { return m_fromSource ? m_source.get() : nullptr; }
    bool sortEveryRow(const SortRequest &request) override;
    // The source changed (another program wrote): the rows on show are read again, as many as
    // are loaded, so the list neither shrinks to its first window nor loses its place.
    void refreshFromSource();

    // The account's client; switching accounts clears the rows.
    void setClient(stripe::Client *client);
    stripe::Client *client() const { return m_client; }

    // Shows another list (a filter changed): the previous load is abandoned, rows cleared and the
    // first page requested.
    void load(const ListQuery &query);
    const ListQuery &query() const { return m_query; }
    // What is being paged: the query, or its fallback once search was refused.
    const ListQuery &activeQuery() const { return m_active; }
    // The same list again from its first page (F5).
    void reload();
    // After Failed: asks for the page that failed once more.
    void retry();
    // Abandons the page in flight (the view is closing).
    void cancel();

    State state() const { return m_state; }
    const stripe::Error &error() const { return m_error; }
    bool hasMore() const;
    // Why the list stopped although the server said there was more (ListPager), in words;
    // empty when the list really ended. The table says so rather than look complete.
    QString cutShortReason() const;
    const QList<Column> &columns() const { return m_columns; }

    QJsonObject objectAt(int row) const;
    int rowOfId(const QString &id) const;
    // After a write: replaces the row with the same id, or inserts the object at the top.
    void upsert(const QJsonObject &object);
    void removeId(const QString &id);
    // A column reads something besides the row (a count kept elsewhere) and that changed.
    void columnChanged(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void stateChanged(records::ListModel::State state);
    // A page arrived with this many new rows (after duplicates and filtered rows were dropped).
    void pageAppended(int rows);
    // The source now sorts every row by the requested column, or no longer does (its filters
    // changed): the view sorts the loaded rows when it does not.
    void sortsEveryRowChanged(bool everyRow);

private:
    void start(const ListQuery &query);
    void followSortToFilters();
    void onPage(const QList<stripe::ListObject> &objects, bool hasMore);
    void onWindow(const RowSource::Window &window);
    void onFailed(const stripe::Error &error);
    void setState(State state);
    void clearRows();

    QList<Column> m_columns;
    QPointer<stripe::Client> m_client;
    ListQuery m_query; // what the user asked for
    ListQuery m_active; // what is being paged: the query, or its fallback
    stripe::ListPager *m_pager = nullptr;
    QList<stripe::ListObject> m_rows; // built when first read
    QHash<QString, int> m_rowOfId;
    State m_state = State::Idle;
    stripe::Error m_error;
    std::shared_ptr<RowSource> m_source;
    bool m_fromSource = false; // this load reads m_source
    bool m_sourceSorted = false; // m_source orders its rows by a column, not as Stripe lists them
    SortRequest m_sortRequest; // the view's last sort, which the source takes when it can
    bool m_sourceHasMore = false;
};

} // namespace records
