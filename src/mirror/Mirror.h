#pragma once

#include "src/mirror/Backfill.h"
#include "src/mirror/Store.h"
#include "src/mirror/StoreConfig.h"
#include "src/mirror/SyncState.h"

#include "src/objects/Kind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace stripe {
class Client;
}

namespace mirror {

class EventFollower;
class RateLimiter;
class StoreWorker;

// How the Mirror syncs (Mirror::Options).
struct MirrorOptions
{
    // How often Stripe's events are read: a change made elsewhere shows within this and a
    // moment more (the issue asks for 10 seconds).
    std::chrono::milliseconds pollInterval {3000};
    // Requests per second to Stripe; 0: RateLimiter::defaultRequestsPerSecond (20, or 200
    // for the local sandbox).
    int requestsPerSecond = 0;
    int parallelLists = 3;
    // When the account was created (Unix seconds), for the listing's estimate; 0 unknown.
    qint64 accountCreated = 0;
    // This desk's name in the team store's journal; the host name and process id by default.
    QString desk;
    // How soon to try again after PostgreSQL went away, and how often a Reader desk tries
    // to take over the follow.
    std::chrono::milliseconds reconnectInterval {3000};
    std::chrono::milliseconds teamInterval {3000};
};

// The mirror of one Stripe account, for the app: it opens the store (the desk's SQLite file or
// the team's PostgreSQL), lists the account into it, follows Stripe's events to keep it
// current, applies Paydesk's own writes at once, and says at every moment whether the tabs may
// read from it. Everything runs in the background; the UI reads through store() with Reader
// and Overview, and listens to changed() to refresh.
//
//   auto *mirror = new mirror::Mirror(StoreConfig::sqlite(sqliteFileFor(dataDir, account), account),
//                                     mirrorClient, {}, this);
//   connect(mirror, &Mirror::changed, tab, &Tab::refresh);
//   mirror->start();
//   ...
//   if (mirror->canServe(objects::Kind::Invoice)) {
//       mirror::Reader reader(*mirror->store());
//       const auto rows = reader.rows(filter, sort, 0, 100);   // else: ask Stripe as today
//   }
//
// The client: give the mirror a stripe::Client of its own for the account (same base URL and
// key as the app's) with Options::retry.maxRetries = 0. Its requests then never queue behind
// the tabs' (or the tabs' behind its), and it retries through its RateLimiter, which is what
// keeps it under the set number of requests per second.
//
// On a team's PostgreSQL, one desk follows Stripe at a time (role() Follower, holding a
// PostgreSQL advisory lock on its session); the others are Readers that see its writes (and are
// told of them through LISTEN/NOTIFY) and take over within a few seconds when it goes away.
// If PostgreSQL goes away, state() becomes Unavailable (tabs go back to Stripe, notice() says
// why) and the mirror reconnects by itself. A damaged SQLite file is found when opened
// (quick_check) and rebuilt, saying so in notice().
class Mirror : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Closed, // not started, or stopped
        Opening, // opening (and checking) the store
        Listing, // listing the account: some kinds are not complete yet (see canServe)
        Ready, // complete, and kept current
        Unavailable, // the store cannot be reached (PostgreSQL is down): trying again
        Failed, // cannot be used: notice() says why (a newer schema, another account's store, a refused key)
    };
    Q_ENUM(State)

    enum class Role {
        None,
        Follower, // this desk lists and follows Stripe
        Reader, // another desk (or process) does; this one reads what it writes
    };
    Q_ENUM(Role)

    using Options = MirrorOptions;

    Mirror(const StoreConfig &config, stripe::Client *client, const Options &options = {},
           QObject *parent = nullptr);
    ~Mirror() override;

    // PostgreSQL's password, from the keychain; kept in memory only, for reconnecting.
    void setPassword(const QString &password) { m_password = password; }

    void start();
    void stop();
    // Lists everything again (events are kept current meanwhile).
    void relist();
    // Stops listing (the user cancelled); resumeListing() goes on from where it stopped.
    void cancelListing();
    void resumeListing();
    bool isListingCancelled() const { return m_listingCancelled; }

    State state() const { return m_state; }
    Role role() const { return m_role; }
    // What the UI should say besides the state (why it is unavailable or failed, that the file
    // was rebuilt, that events were too old and the account is listed again); empty if nothing.
    QString notice() const { return m_notice; }
    const StoreConfig &config() const { return m_config; }

    // Whether a tab of this kind may read from the mirror now: the store is open and the kind
    // is completely listed. When false, the tab works from Stripe as it always did.
    bool canServe(objects::Kind kind) const;
    bool isComplete() const { return m_sync.isComplete(); }
    // When the mirror last caught up with Stripe ("Synced 4 s ago"); invalid before that.
    QDateTime lastSynced() const;
    const SyncState &syncState() const { return m_sync; }
    // The listing's counts and estimate (meaningful while state() is Listing).
    const Backfill::Progress &progress() const;

    // The UI thread's connection (nullptr unless Listing or Ready): for Reader and Overview.
    Store *store() const { return m_reader.get(); }
    // A read through store() failed: tell the mirror, which checks whether PostgreSQL went away.
    void readFailed(const StoreError &error);

    // Paydesk's own write: Stripe's answer (the object, or a DELETE's {id, object, deleted})
    // goes into the mirror at once.
    void applyObject(const QJsonObject &object);

signals:
    void stateChanged(mirror::Mirror::State state);
    // This desk began or stopped following Stripe for the team ("This desk keeps the mirror").
    void roleChanged(mirror::Mirror::Role role);
    void noticeChanged(const QString &notice);
    void progressChanged();
    // Rows of these kinds changed (or may have): views showing them re-read their window.
    void changed(const QList<objects::Kind> &kinds);
    void synced(const QDateTime &when);
    // The store is about to close (the mirror stops, PostgreSQL went away, it failed, or a
    // damaged file is about to be removed and made again): connections that others opened on
    // the same store (a reader on a thread of its own) must close now, before the file goes.
    void storeClosing();

private:
    void open();
    void onOpened(const StoreError &error);
    bool openReader();
    void checkIntegrity();
    void takeRole();
    void follow(const SyncState &state);
    void anchorAndList(const QString &why);
    void watchTeam();
    void onTeamState(bool leader, const SyncState &state, qint64 dataVersion);
    void onWritten(const WriteResult &result);
    void onStoreFailed(const StoreError &error);
    void becomeUnavailable(const QString &why);
    void rebuild(const QString &why);
    void fail(const QString &why);
    void halt();
    void takeState(const SyncState &state);
    void setState(State state);
    void setRole(Role role);
    void setNotice(const QString &notice);
    void onNotification(const QString &name, const QVariant &payload);

    StoreConfig m_config;
    QPointer<stripe::Client> m_client;
    Options m_options;
    QString m_password;
    std::unique_ptr<StoreWorker> m_worker;
    RateLimiter *m_limiter;
    Backfill *m_backfill;
    EventFollower *m_follower;
    std::unique_ptr<Store> m_reader;
    QObject *m_session = nullptr; // context of the current opening; deleted to drop its answers
    QTimer m_reconnect;
    QTimer m_team;
    State m_state = State::Closed;
    Role m_role = Role::None;
    QString m_notice;
    SyncState m_sync;
    qint64 m_dataVersion = -1;
    bool m_listingCancelled = false;
    bool m_checked = false; // the SQLite file's integrity was checked this start
};

} // namespace mirror
