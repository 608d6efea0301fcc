#include "src/mirror/EventFollower.h"

#include "src/mirror/EventChanges.h"
#include "src/mirror/RateLimiter.h"
#include "src/mirror/StoreWorker.h"

#include "src/stripe/Client.h"
#include "src/stripe/ListPager.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mirror {

namespace {

const QString eventsPath = QStringLiteral("/v1/events");

struct Applied
{
    WriteResult result;
    SyncState state;
};

} // namespace

EventFollower::EventFollower(stripe::Client *client, StoreWorker *worker, RateLimiter *limiter,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_worker(worker)
    , m_limiter(limiter)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EventFollower::poll);
}

EventFollower::~EventFollower()
{
    stop();
}

void EventFollower::start()
{
    stop();
    m_running = true;
    m_run = new QObject(this);
    m_failures = 0;
    schedule(std::chrono::milliseconds(0));
}

void EventFollower::stop()
{
    m_running = false;
    m_busy = false;
    m_timer.stop();
    if (m_run) {
        const auto pagers = m_run->findChildren<stripe::ListPager *>();
        for (stripe::ListPager *pager : pagers) {
            pager->disconnect(this);
            pager->cancel();
        }
        m_run->deleteLater();
        m_run = nullptr;
    }
}

void EventFollower::pollNow()
{
    if (m_running && !m_busy)
        schedule(std::chrono::milliseconds(0));
}

void EventFollower::schedule(std::chrono::milliseconds delay)
{
    if (m_running)
        m_timer.start(delay);
}

void EventFollower::poll()
{
    if (!m_running || m_busy)
        return;
    m_busy = true;
    m_worker->run<SyncState>(
        m_run, [](Store &store) { return store.syncState(); },
        [this](const SyncState &state) {
            // Unread is not unlisted: a database that went away is not a reason to list the
            // account again (it would start over from nothing once it is back).
            if (state.readError.isError()) {
                m_busy = false;
                if (state.readError.kind == StoreError::Kind::Unreachable)
                    emit storeFailed(state.readError);
                else
                    schedule(m_interval);
                return;
            }
            const QString why = whyListAgain(state, QDateTime::currentSecsSinceEpoch());
            if (!why.isEmpty()) {
                m_busy = false;
                emit relistNeeded(why);
                return;
            }
            if (state.events.id.isEmpty())
                findOldest(state, {});
            else
                readAfter(state);
        });
}

QString EventFollower::whyListAgain(const SyncState &state, qint64 nowSecs)
{
    if (!state.hasListing())
        return tr("The account has not been listed yet.");
    if (state.events.id.isEmpty() && !state.eventsFromStart)
        return tr("The mirror lost its place in Stripe's events.");
    // Events newer than the last read (or the listing's start) are needed; Stripe keeps 30 days
    // of them.
    const qint64 since
        = std::max({state.events.created, state.syncedAtMs / 1000, state.listingStartedMs / 1000});
    if (since > 0 && nowSecs - since > keptSecs)
        return tr("The mirror's newest event is older than Stripe keeps events (30 days).");
    return {};
}

void EventFollower::request(const QVariantMap &params,
                            std::function<void(const QList<stripe::ListObject> &, bool)> done)
{
    // One pager per page: ListPager reads and checks the page; the paging itself (ending_before
    // towards newer events) is this class's own.
    auto *pager = new stripe::ListPager(m_client, stripe::ListPager::Kind::List, eventsPath, params, m_run);
    pager->setPageSize(100);
    connect(pager, &stripe::ListPager::pageLoaded, this,
            [this, pager, done = std::move(done)](const QList<stripe::ListObject> &page, bool hasMore) {
                pager->deleteLater();
                m_failures = 0;
                done(page, hasMore && pager->cutShortReason().isEmpty());
            });
    connect(pager, &stripe::ListPager::failed, this, [this, pager](const stripe::Error &error) {
        pager->deleteLater();
        onError(error);
    });
    m_limiter->acquire(pager, [pager] { pager->fetchNext(); });
}

void EventFollower::readAfter(const SyncState &state)
{
    request({{QStringLiteral("ending_before"), state.events.id}},
            [this, state](const QList<stripe::ListObject> &page, bool hasMore) {
                applyPage(state, page, hasMore);
            });
}

// The listing began when the account had no event: every event there is now is newer than it.
// Page back to the oldest, then read forward from there like any cursor.
void EventFollower::findOldest(const SyncState &state, const QString &after)
{
    QVariantMap params;
    if (!after.isEmpty())
        params.insert(QStringLiteral("starting_after"), after);
    request(params, [this, state](const QList<stripe::ListObject> &page, bool hasMore) {
        if (hasMore && !page.isEmpty()) {
            findOldest(state, page.constLast().id());
            return;
        }
        applyPage(state, page, false);
    });
}

void EventFollower::markCaughtUp()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_worker->run<WriteResult>(
        m_run, [now](Store &store) { return store.markSynced(now); },
        [this, now](const WriteResult &result) {
            m_busy = false;
            if (!result.ok()) {
                emit storeFailed(result.error);
                return;
            }
            emit troubled(QString());
            emit caughtUp(now);
            schedule(m_interval);
        });
}

void EventFollower::applyPage(const SyncState &state, const QList<stripe::ListObject> &newestFirst,
                              bool hasMore)
{
    if (newestFirst.isEmpty()) {
        markCaughtUp();
        return;
    }
    // The objects are built on the store's thread, not here.
    m_worker->run<Applied>(
        m_run,
        [state, newestFirst](Store &store) {
            QList<QJsonObject> events;
            events.reserve(newestFirst.size());
            for (const stripe::ListObject &event : newestFirst)
                events.append(event.object());
            QList<AppliedEvent> oldestFirst;
            const EventCursor to = prepareEvents(events, state.events, &oldestFirst);
            Applied applied {store.applyEvents(oldestFirst, state.events, to), {}};
            applied.state = store.syncState();
            return applied;
        },
        [this, hasMore](const Applied &outcome) {
            if (outcome.result.error.isError()) {
                m_busy = false;
                emit storeFailed(outcome.result.error);
                return;
            }
            if (outcome.result.ok())
                emit applied(outcome.result, outcome.state);
            // A conflict: another desk applied these first, or the cursor moved under us.
            // Either way, read again from where the store now is.
            if (hasMore || outcome.result.conflict) {
                m_busy = false;
                pollNow();
                return;
            }
            markCaughtUp();
        });
}

void EventFollower::onError(const stripe::Error &error)
{
    m_busy = false;
    if (error.isAuthentication() || error.isPermission()) {
        emit failed(error);
        stop();
        return;
    }
    // "No such event": the cursor's event is gone from Stripe (older than 30 days).
    if ((error.httpStatus == 404 || error.code == QLatin1String("resource_missing"))
        && (error.param == QLatin1String("ending_before")
            || error.param == QLatin1String("starting_after"))) {
        emit relistNeeded(tr("Stripe no longer has the mirror's newest event."));
        return;
    }
    if (error.isRateLimit())
        m_limiter->backOff();
    ++m_failures;
    emit troubled(stripe::describe(error));
    schedule(std::min(std::chrono::milliseconds(60000), m_interval * (1 << std::min(m_failures, 4))));
}

void EventFollower::fetchAnchor()
{
    if (!m_run)
        m_run = new QObject(this);
    auto *pager = new stripe::ListPager(m_client, stripe::ListPager::Kind::List, eventsPath, {}, m_run);
    pager->setPageSize(1);
    connect(pager, &stripe::ListPager::pageLoaded, this,
            [this, pager](const QList<stripe::ListObject> &page, bool) {
                pager->deleteLater();
                EventCursor newest;
                if (!page.isEmpty()) {
                    newest.id = page.constFirst().id();
                    newest.created = page.constFirst().object().value(QLatin1String("created")).toInteger();
                }
                emit anchored(newest);
            });
    connect(pager, &stripe::ListPager::failed, this, [this, pager](const stripe::Error &error) {
        pager->deleteLater();
        if (error.isAuthentication() || error.isPermission()) {
            emit failed(error);
            return;
        }
        if (error.isRateLimit())
            m_limiter->backOff();
        emit troubled(stripe::describe(error));
        QTimer::singleShot(m_interval, m_run, [this] { fetchAnchor(); });
    });
    m_limiter->acquire(pager, [pager] { pager->fetchNext(); });
}

} // namespace mirror
