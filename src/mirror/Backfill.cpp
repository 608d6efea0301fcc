#include "src/mirror/Backfill.h"

#include "src/mirror/RateLimiter.h"
#include "src/mirror/StoreWorker.h"

#include "src/stripe/ApiPath.h"
#include "src/stripe/Client.h"
#include "src/stripe/ListPager.h"

#include <QTimer>

namespace mirror {

namespace {

struct PageWrite
{
    WriteResult result;
    SyncState state;
};

QList<QJsonObject> builtObjects(const QList<stripe::ListObject> &page)
{
    QList<QJsonObject> objects;
    objects.reserve(page.size());
    for (const stripe::ListObject &object : page)
        objects.append(object.object());
    return objects;
}

} // namespace

qint64 Backfill::Progress::listed() const
{
    qint64 sum = 0;
    for (const TableListing &listing : tables)
        sum += listing.count;
    return sum;
}

std::optional<qint64> Backfill::Progress::estimatedTotal() const
{
    qint64 start = origin;
    if (start <= 0) {
        // Without the account's age, the oldest object of a finished list stands in for it.
        for (const TableListing &listing : tables)
            if (listing.done && listing.count > 0 && listing.reached > 0)
                start = start <= 0 ? listing.reached : std::min(start, listing.reached);
    }
    qint64 total = 0;
    for (const Table table : listedTables()) {
        const TableListing listing = tables.value(table);
        if (listing.done) {
            total += listing.count;
            continue;
        }
        if (listing.count == 0)
            return std::nullopt;
        // Lists go newest first: the part of the account's life covered so far.
        const qint64 span = listing.newest - start;
        const qint64 covered = listing.newest - listing.reached;
        if (start <= 0 || span <= 0 || covered <= 0)
            return std::nullopt;
        total += std::max(listing.count, qint64(double(listing.count) * double(span) / double(covered)));
    }
    return total;
}

std::optional<qint64> Backfill::Progress::estimatedRemainingMs() const
{
    const auto total = estimatedTotal();
    if (!total || listedThisRun <= 0 || elapsedMs <= 0)
        return std::nullopt;
    const qint64 left = std::max<qint64>(0, *total - listed());
    return qint64(double(left) * double(elapsedMs) / double(listedThisRun));
}

Backfill::Backfill(stripe::Client *client, StoreWorker *worker, RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_worker(worker)
    , m_limiter(limiter)
{ }

Backfill::~Backfill()
{
    stop();
}

void Backfill::takeState(const SyncState &state)
{
    m_progress.tables = state.listing;
    m_progress.pendingLines = state.pendingLines;
    m_progress.pendingPaymentMethodOwners = state.pendingPaymentMethodOwners;
    m_progress.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
}

void Backfill::start(const SyncState &state)
{
    stop();
    m_running = true;
    m_run = new QObject(this);
    m_clock.start();
    m_progress.listedThisRun = 0;
    m_progress.lastError.clear();
    takeState(state);
    for (const Table table : listedTables())
        if (!state.isListed(table))
            m_queue.append({Task::Kind::List, table, {}, state.listing.value(table).cursor, 0});
    emit progressChanged();
    fill();
}

void Backfill::cancel()
{
    stop();
    emit progressChanged();
}

void Backfill::stop()
{
    // Deleting the run drops its pagers (cancelling their requests), its timers, and every
    // answer still to come from the limiter or the store. Later, not here: this may be inside
    // one of its pagers' signals.
    if (m_run) {
        const auto pagers = m_run->findChildren<stripe::ListPager *>();
        for (stripe::ListPager *pager : pagers) {
            pager->disconnect(this);
            pager->cancel();
        }
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_queue.clear();
    m_failures.clear();
    m_buffer.clear();
    m_stalled.clear();
    m_writing = false;
    m_active = 0;
    m_loading = false;
    m_running = false;
}

void Backfill::fill()
{
    while (m_running && m_active < m_parallel && !m_queue.isEmpty())
        startTask(m_queue.takeFirst());
    if (m_running && m_active == 0 && m_queue.isEmpty())
        loadMoreWork();
}

void Backfill::loadMoreWork()
{
    if (m_loading)
        return;
    m_loading = true;
    struct Work
    {
        QList<Store::PendingLines> lines;
        QStringList owners;
        SyncState state;
    };
    m_worker->run<Work>(
        m_run,
        [](Store &store) {
            Work work;
            work.lines = store.pendingLines(100);
            if (work.lines.isEmpty())
                work.owners = store.pendingPaymentMethodOwners(100);
            work.state = store.syncState();
            return work;
        },
        [this](const Work &work) {
            m_loading = false;
            // Unread is not unlisted: listing every kind from its start would begin again.
            if (work.state.readError.isError()) {
                emit storeFailed(work.state.readError);
                return;
            }
            takeState(work.state);
            for (const auto &pending : work.lines)
                m_queue.append({Task::Kind::Lines, Table::InvoiceLines, pending.invoice, pending.after,
                                pending.version});
            for (const QString &customer : work.owners)
                m_queue.append({Task::Kind::PaymentMethods, Table::PaymentMethods, customer, {}, 0});
            // A list that failed for good is started again: the state says it is not done.
            for (const Table table : listedTables())
                if (!work.state.isListed(table))
                    m_queue.append({Task::Kind::List, table, {}, work.state.listing.value(table).cursor, 0});
            if (m_queue.isEmpty()) {
                m_running = false;
                emit progressChanged();
                emit finished();
                return;
            }
            fill();
        });
}

void Backfill::startTask(const Task &task)
{
    if (!m_client)
        return;
    QString path;
    switch (task.kind) {
    case Task::Kind::List:
        path = listPath(task.table);
        break;
    case Task::Kind::Lines:
        path = stripe::apiPath(u"/v1/invoices/%1/lines", {task.owner});
        break;
    case Task::Kind::PaymentMethods:
        path = stripe::apiPath(u"/v1/customers/%1/payment_methods", {task.owner});
        break;
    }
    stripe::Params filters;
    // The saved cursor goes in as a filter: ListPager sends it with the first page and replaces
    // it with its own from the second on.
    if (!task.after.isEmpty())
        filters.insert(QStringLiteral("starting_after"), task.after);
    auto *pager = new stripe::ListPager(m_client, stripe::ListPager::Kind::List, path, filters, m_run);
    pager->setPageSize(100);
    ++m_active;
    connect(pager, &stripe::ListPager::pageLoaded, this,
            [this, task, pager](const QList<stripe::ListObject> &page, bool hasMore) {
                onPage(task, pager, page, hasMore);
            });
    connect(pager, &stripe::ListPager::failed, this,
            [this, task, pager](const stripe::Error &error) { onFailure(task, pager, error); });
    fetch(pager);
}

void Backfill::fetch(stripe::ListPager *pager)
{
    m_limiter->acquire(pager, [pager] { pager->fetchNext(); });
}

void Backfill::onPage(const Task &task, stripe::ListPager *pager, const QList<stripe::ListObject> &page,
                      bool hasMore)
{
    m_failures.remove(pager);
    if (!pager->cutShortReason().isEmpty()) {
        // A server that says "more" but gives no way to it: keep what came, do not pretend the
        // list is complete, try again later.
        onFailure(task, pager, stripe::Error::configuration(pager->cutShortReason()));
        return;
    }
    Buffered buffered;
    buffered.task = task;
    buffered.pager = pager;
    buffered.objects = page;
    buffered.cursor = page.isEmpty() ? task.after : page.constLast().id();
    buffered.last = !hasMore;
    m_buffer.append(buffered);
    // The next page is asked for at once, while this one waits to be written: the store
    // writes pages in the order they came, with the cursor of each, so a crash loses at most
    // the pages not written yet, and they are asked for again.
    if (hasMore) {
        if (m_buffer.size() < maxBufferedPages)
            fetch(pager);
        else
            m_stalled.append(pager);
    }
    flush();
}

void Backfill::flush()
{
    if (m_writing || m_buffer.isEmpty() || !m_run)
        return;
    m_writing = true;
    QList<Buffered> batch = std::exchange(m_buffer, {});
    QList<std::tuple<ListedPage, QList<stripe::ListObject>>> pages;
    // What the answer needs of each page; the pages themselves go to the store's thread, which
    // builds them and frees them there: freeing a dozen pages of objects took the window's
    // thread up to 25 ms (glibc consolidating thousands of blocks) when the answer kept them.
    struct PageDone
    {
        QPointer<stripe::ListPager> pager;
        qsizetype objects = 0;
        bool last = false;
    };
    QList<PageDone> done;
    for (Buffered &buffered : batch) {
        done.append({buffered.pager, buffered.objects.size(), buffered.last});
        ListedPage page;
        switch (buffered.task.kind) {
        case Task::Kind::List:
            page.kind = ListedPage::Kind::List;
            break;
        case Task::Kind::Lines:
            page.kind = ListedPage::Kind::Lines;
            break;
        case Task::Kind::PaymentMethods:
            page.kind = ListedPage::Kind::PaymentMethods;
            break;
        }
        page.table = buffered.task.table;
        page.owner = buffered.task.owner;
        page.version = buffered.task.version;
        page.cursor = buffered.cursor;
        page.last = buffered.last;
        pages.append({page, std::move(buffered.objects)});
    }
    batch.clear();
    m_worker->run<PageWrite>(
        m_run,
        [pages = std::move(pages)](Store &store) {
            // Built here, on the store's thread, not on the window's.
            QList<ListedPage> built;
            for (const auto &[page, objects] : pages) {
                ListedPage copy = page;
                copy.objects = builtObjects(objects);
                built.append(copy);
            }
            return PageWrite {store.applyPages(built), store.syncState()};
        },
        [this, done](const PageWrite &write) {
            m_writing = false;
            if (!write.result.ok()) {
                stop();
                emit storeFailed(write.result.error);
                emit progressChanged();
                return;
            }
            takeState(write.state);
            m_progress.lastError.clear();
            for (const PageDone &page : done) {
                m_progress.listedThisRun += page.objects;
                if (page.last && page.pager)
                    taskDone(page.pager);
            }
            if (write.result.written > 0 || !write.result.changed.isEmpty())
                emit written(write.result);
            emit progressChanged();
            while (!m_stalled.isEmpty() && m_buffer.size() < maxBufferedPages)
                if (const QPointer<stripe::ListPager> pager = m_stalled.takeFirst())
                    fetch(pager);
            flush();
        });
}

void Backfill::onFailure(const Task &task, stripe::ListPager *pager, const stripe::Error &error)
{
    if (error.isAuthentication() || error.isPermission() || (m_client && m_client->isKeyRejected())) {
        stop();
        m_progress.lastError = stripe::describe(error);
        emit progressChanged();
        emit failed(error);
        return;
    }
    const bool cursorGone = error.httpStatus == 404
        || (error.httpStatus == 400 && error.code == QLatin1String("resource_missing"));
    if (cursorGone && task.kind == Task::Kind::List && error.param == QLatin1String("starting_after")) {
        // The object the saved cursor names was deleted: list the table again from the top
        // (rows are replaced, not added, so nothing is counted twice).
        m_buffer.erase(std::remove_if(m_buffer.begin(), m_buffer.end(),
                                      [&](const Buffered &b) {
                                          return b.task.kind == Task::Kind::List
                                              && b.task.table == task.table;
                                      }),
                       m_buffer.end());
        m_worker->run<WriteResult>(
            pager, [table = task.table](Store &store) { return store.restartTableListing(table); },
            [this, task, pager](const WriteResult &result) {
                if (!result.ok()) {
                    stop();
                    emit storeFailed(result.error);
                    return;
                }
                Task again = task;
                again.after.clear();
                taskDone(pager);
                m_queue.prepend(again);
                fill();
            });
        return;
    }
    if (cursorGone && task.kind != Task::Kind::List) {
        // The invoice or customer is gone: nothing more to fetch for it.
        onPage(task, pager, {}, false);
        return;
    }
    if (error.isRateLimit())
        m_limiter->backOff();
    const int failures = ++m_failures[pager];
    m_progress.lastError = stripe::describe(error);
    emit progressChanged();
    const int delayMs = error.isRateLimit() ? 0 : std::min(60000, 1000 << std::min(failures, 6));
    QTimer::singleShot(delayMs, pager, [this, pager] { fetch(pager); });
}

void Backfill::taskDone(stripe::ListPager *pager)
{
    m_failures.remove(pager);
    pager->deleteLater();
    --m_active;
    fill();
}

} // namespace mirror
