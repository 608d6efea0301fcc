#pragma once

#include "src/mirror/Store.h"
#include "src/mirror/SyncState.h"

#include "src/stripe/Error.h"
#include "src/stripe/ListObject.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace stripe {
class Client;
class ListPager;
} // namespace stripe

namespace mirror {

class RateLimiter;
class StoreWorker;

// Keeps the mirror current from GET /v1/events: every few seconds it asks for the events just
// newer than the newest one applied (ending_before=<cursor>, which Stripe answers with the
// page right after the cursor, still newest first), applies each page oldest first in one
// transaction with the cursor (Store::applyEvents: onto the cursor it was read after, or not
// at all), and goes on while Stripe has more. The rules events.json asks a reader to keep:
//   - Stripe keeps events 30 days: when the mirror last read them (or began listing) longer ago
//     than that, or Stripe no longer knows the cursor, or there is none, events were missed —
//     relistNeeded(), and the Mirror lists again;
//   - an older state never replaces a newer one: each event's version (SyncState.h) goes to
//     the store, which keeps the newer;
//   - *.deleted removes; kinds the mirror does not keep are skipped (EventChanges.h).
class EventFollower : public QObject
{
    Q_OBJECT

public:
    // A little under Stripe's 30 days, so that a cursor is never used on the very edge.
    static constexpr qint64 keptSecs = 30 * 86400 - 3600;

    EventFollower(stripe::Client *client, StoreWorker *worker, RateLimiter *limiter,
                  QObject *parent = nullptr);
    ~EventFollower() override;

    // Why the store's events cannot be followed and it must be listed again (never listed, no
    // cursor, or last read longer ago than Stripe keeps events); empty when they can.
    static QString whyListAgain(const SyncState &state, qint64 nowSecs);

    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Reads at once instead of waiting for the next poll.
    void pollNow();

    // The newest event there is now (GET /v1/events?limit=1), to anchor a new listing to;
    // answers with anchored() (an empty cursor when the account has no event), or failed() for
    // a refused key; other failures are retried.
    void fetchAnchor();

signals:
    void anchored(const mirror::EventCursor &newest);
    // Events were applied (rows may have changed).
    void applied(const mirror::WriteResult &result, const mirror::SyncState &state);
    // Everything Stripe has was read: the time for "Synced 4 s ago".
    void caughtUp(qint64 syncedAtMs);
    void relistNeeded(const QString &why);
    // Stopped: the key or a permission was refused.
    void failed(const stripe::Error &error);
    // The last poll failed and will be tried again (network, 5xx, 429); empty when it worked.
    void troubled(const QString &why);
    void storeFailed(const mirror::StoreError &error);

private:
    void poll();
    void readAfter(const SyncState &state);
    void findOldest(const SyncState &state, const QString &after);
    void request(const QVariantMap &params,
                 std::function<void(const QList<stripe::ListObject> &, bool)> done);
    void markCaughtUp();
    void applyPage(const SyncState &state, const QList<stripe::ListObject> &newestFirst, bool hasMore);
    void onError(const stripe::Error &error);
    void schedule(std::chrono::milliseconds delay);

    QPointer<stripe::Client> m_client;
    StoreWorker *m_worker;
    RateLimiter *m_limiter;
    std::chrono::milliseconds m_interval {3000};
    QTimer m_timer;
    QObject *m_run = nullptr; // parent of what is in flight; deleted to drop it
    bool m_running = false;
    bool m_busy = false;
    int m_failures = 0;
};

} // namespace mirror
