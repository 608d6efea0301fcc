#pragma once

#include "src/mirror/Store.h"
#include "src/mirror/SyncState.h"

#include "src/stripe/Error.h"
#include "src/stripe/ListObject.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace stripe {
class Client;
class ListPager;
} // namespace stripe

namespace mirror {

class RateLimiter;
class StoreWorker;

// Lists the account into the store: every kind from its list endpoint, 100 a page, newest
// first; then the rest of the lines of invoices that have more than came with them
// (GET /v1/invoices/{id}/lines, starting after the last one the invoice carried); then the
// saved payment methods of the customers known to have some.
//
// Saved payment methods: Stripe has no account-wide list of them, only one list per customer
// (GET /v1/customers/{id}/payment_methods). Asking for every customer would cost a request per
// customer (100,000 customers: 100,000 requests, over an hour at 20 a second), so the mirror
// asks only for customers with a default payment method or source, and customers who paid
// with a payment method — one request each, after every list is done. Payment methods saved
// later come through payment_method.attached events.
//
// Each page is written with its cursor in one transaction (Store::applyListedPage), so after a
// crash or a quit the listing resumes from the page after the last one written: nothing is
// lost, nothing is counted twice. Requests wait for the RateLimiter; a 429 pauses them all;
// other failures are retried with growing pauses (and shown in progress().lastError) until the
// listing is cancelled — except a rejected key or a missing permission, which stop it.
class Backfill : public QObject
{
    Q_OBJECT

public:
    struct Progress
    {
        QMap<Table, TableListing> tables;
        int pendingLines = 0;
        int pendingPaymentMethodOwners = 0;
        // When the account began (Unix seconds; 0 unknown): lists run from now back to it.
        qint64 origin = 0;
        qint64 listedThisRun = 0;
        qint64 elapsedMs = 0;
        QString lastError; // the last failure being retried, in words; empty when all is well

        qint64 listed() const;
        // How many objects there are in all, judged from how far back in time each list has
        // come; nothing until that can be judged.
        std::optional<qint64> estimatedTotal() const;
        // At the rate of this run.
        std::optional<qint64> estimatedRemainingMs() const;
    };

    Backfill(stripe::Client *client, StoreWorker *worker, RateLimiter *limiter, QObject *parent = nullptr);
    ~Backfill() override;

    // Lists at once (default 3): enough to keep 20 requests a second busy at Stripe's latency.
    void setParallelLists(int lists) { m_parallel = std::max(1, lists); }
    void setOrigin(qint64 accountCreatedSecs) { m_progress.origin = accountCreatedSecs; }

    // Does what the state says is left: tables not listed (from their cursors), pending
    // lines, pending payment methods.
    void start(const SyncState &state);
    // Stops; what was written stays, and start() resumes from it.
    void cancel();
    bool isRunning() const { return m_running; }
    const Progress &progress() const { return m_progress; }

signals:
    void progressChanged();
    // Rows were written (the UI refreshes what shows them).
    void written(const mirror::WriteResult &result);
    // Everything is listed.
    void finished();
    // Stopped: Stripe refused the key or a permission (the error says which).
    void failed(const stripe::Error &error);
    // Stopped: the store failed (PostgreSQL went away, a damaged file).
    void storeFailed(const mirror::StoreError &error);

private:
    struct Task
    {
        enum class Kind { List, Lines, PaymentMethods };
        Kind kind = Kind::List;
        Table table = Table::Customers;
        QString owner; // the invoice or customer
        QString after; // starting_after
        qint64 version = 0; // Lines: the invoice's version
    };

    void fill();
    void startTask(const Task &task);
    void fetch(stripe::ListPager *pager);
    void onPage(const Task &task, stripe::ListPager *pager, const QList<stripe::ListObject> &page,
                bool hasMore);
    void onFailure(const Task &task, stripe::ListPager *pager, const stripe::Error &error);
    void flush();
    void taskDone(stripe::ListPager *pager);
    void loadMoreWork();
    void stop();
    void takeState(const SyncState &state);

    QPointer<stripe::Client> m_client;
    StoreWorker *m_worker;
    RateLimiter *m_limiter;
    QObject *m_run = nullptr; // parent of this run's pagers; deleting it drops every answer
    QList<Task> m_queue;
    int m_active = 0;
    int m_parallel = 3;
    bool m_running = false;
    bool m_loading = false;
    QHash<stripe::ListPager *, int> m_failures;
    // Pages fetched and waiting for the store; while it writes, what arrives is written next in
    // one transaction. At most this many wait: then the lists pause.
    struct Buffered
    {
        Task task;
        QPointer<stripe::ListPager> pager;
        QList<stripe::ListObject> objects;
        QString cursor;
        bool last = false;
    };
    static constexpr int maxBufferedPages = 12;
    QList<Buffered> m_buffer;
    QList<QPointer<stripe::ListPager>> m_stalled;
    bool m_writing = false;
    Progress m_progress;
    QElapsedTimer m_clock;
};

} // namespace mirror
