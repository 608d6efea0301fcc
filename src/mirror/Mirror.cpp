#include "src/mirror/Mirror.h"

#include "src/mirror/EventFollower.h"
#include "src/mirror/RateLimiter.h"
#include "src/mirror/StoreWorker.h"

#include "src/stripe/Client.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace mirror {

Mirror::Mirror(const StoreConfig &config, stripe::Client *client, const Options &options, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(client)
    , m_options(options)
    , m_worker(std::make_unique<StoreWorker>())
    , m_limiter(new RateLimiter(options.requestsPerSecond > 0 ? options.requestsPerSecond
                                                              : RateLimiter::defaultRequestsPerSecond(
                                                                  client ? client->baseUrl() : QUrl()),
                                this))
    , m_backfill(new Backfill(client, m_worker.get(), m_limiter, this))
    , m_follower(new EventFollower(client, m_worker.get(), m_limiter, this))
{
    if (m_options.desk.isEmpty())
        m_options.desk = QStringLiteral("%1:%2")
                             .arg(QSysInfo::machineHostName())
                             .arg(QCoreApplication::applicationPid());
    m_backfill->setParallelLists(m_options.parallelLists);
    m_backfill->setOrigin(m_options.accountCreated);
    m_follower->setInterval(m_options.pollInterval);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &Mirror::open);
    connect(&m_team, &QTimer::timeout, this, &Mirror::watchTeam);

    connect(m_backfill, &Backfill::written, this, &Mirror::onWritten);
    connect(m_backfill, &Backfill::progressChanged, this, [this] {
        const Backfill::Progress &progress = m_backfill->progress();
        m_sync.listing = progress.tables;
        m_sync.pendingLines = progress.pendingLines;
        m_sync.pendingPaymentMethodOwners = progress.pendingPaymentMethodOwners;
        takeState(m_sync);
        emit progressChanged();
    });
    connect(m_backfill, &Backfill::finished, this, [this] {
        m_worker->run<SyncState>(
            m_session, [](Store &store) { return store.syncState(); },
            [this](const SyncState &state) { takeState(state); });
    });
    connect(m_backfill, &Backfill::failed, this,
            [this](const stripe::Error &error) { fail(stripe::describe(error)); });
    connect(m_backfill, &Backfill::storeFailed, this, &Mirror::onStoreFailed);

    connect(m_follower, &EventFollower::applied, this,
            [this](const WriteResult &result, const SyncState &state) {
                onWritten(result);
                takeState(state);
                // Events can leave work for the listing: an invoice with more lines than it carries, a
                // customer who now has a default payment method.
                const bool work = !state.isComplete() || state.pendingPaymentMethodOwners > 0;
                if (work && m_role == Role::Follower && !m_backfill->isRunning() && !m_listingCancelled)
                    m_backfill->start(state);
            });
    connect(m_follower, &EventFollower::caughtUp, this, [this](qint64 when) {
        m_sync.syncedAtMs = when;
        emit synced(lastSynced());
    });
    connect(m_follower, &EventFollower::relistNeeded, this, &Mirror::anchorAndList);
    connect(m_follower, &EventFollower::failed, this,
            [this](const stripe::Error &error) { fail(stripe::describe(error)); });
    connect(m_follower, &EventFollower::storeFailed, this, &Mirror::onStoreFailed);
    connect(m_follower, &EventFollower::anchored, this, [this](const EventCursor &anchor) {
        if (m_role != Role::Follower)
            return;
        m_worker->run<SyncState>(
            m_session,
            [anchor](Store &store) {
                const WriteResult begun = store.beginListing(anchor);
                SyncState state = store.syncState();
                if (!begun.ok())
                    state.listingVersion = -1; // says: it failed
                return state;
            },
            [this](const SyncState &state) {
                if (state.listingVersion < 0) {
                    readFailed({StoreError::Kind::Unreachable, tr("the listing could not begin")});
                    return;
                }
                follow(state);
            });
    });
}

Mirror::~Mirror()
{
    halt();
    m_reader.reset();
    m_worker.reset();
}

void Mirror::start()
{
    halt();
    m_checked = false;
    setNotice(QString());
    open();
}

void Mirror::stop()
{
    halt();
    emit storeClosing();
    m_worker->close();
    m_reader.reset();
    setRole(Role::None);
    setState(State::Closed);
}

void Mirror::halt()
{
    m_backfill->cancel();
    m_follower->stop();
    m_limiter->clear();
    m_team.stop();
    m_reconnect.stop();
    delete m_session;
    m_session = nullptr;
    m_worker->dropPending();
}

void Mirror::open()
{
    delete m_session;
    m_session = new QObject(this);
    if (m_state != State::Unavailable)
        setState(State::Opening);
    Store::OpenOptions options;
    options.password = m_password;
    options.desk = m_options.desk;
    options.cacheMb = 64;
    m_worker->open(m_config, options, m_session, [this](const StoreError &error) { onOpened(error); });
}

void Mirror::onOpened(const StoreError &error)
{
    if (error.isError()) {
        onStoreFailed(error);
        return;
    }
    if (!openReader())
        return;
    // The role and the state before the integrity check: the store's thread runs its work in
    // turn, and quick_check reads the whole file (1.7 s at a million objects), which held the
    // tabs on Stripe that long after every start. Damage it finds rebuilds the copy then.
    takeRole();
    if (m_config.backend == Backend::Sqlite && !m_checked)
        checkIntegrity();
}

void Mirror::checkIntegrity()
{
    m_checked = true;
    // On the store's thread: quick_check reads the whole file.
    m_worker->run<QString>(
        m_session, [](Store &store) { return store.integrityProblem(); },
        [this](const QString &problem) {
            if (!problem.isEmpty())
                rebuild(problem);
        });
}

void Mirror::follow(const SyncState &state)
{
    // Unread is not unlisted: listing again would start the account over from nothing.
    if (state.readError.isError()) {
        onStoreFailed(state.readError);
        return;
    }
    m_team.stop();
    if (!state.hasListing()) {
        anchorAndList(QString());
        return;
    }
    // A mirror closed for longer than Stripe keeps events is not ready, however complete it
    // was: it is listed again.
    if (const QString why = EventFollower::whyListAgain(state, QDateTime::currentSecsSinceEpoch());
        !why.isEmpty()) {
        anchorAndList(why);
        return;
    }
    // The state first: whoever hears Ready asks canServe(), which reads it.
    takeState(state);
    setState(state.isComplete() ? State::Ready : State::Listing);
    m_follower->start();
    const bool work = !state.isComplete() || state.pendingPaymentMethodOwners > 0;
    if (work && !m_listingCancelled)
        m_backfill->start(state);
}

void Mirror::anchorAndList(const QString &why)
{
    if (m_role != Role::Follower)
        return;
    if (!why.isEmpty())
        setNotice(why);
    m_backfill->cancel();
    m_follower->stop();
    m_sync.listing.clear();
    setState(State::Listing);
    // Anchor first: every event after it is applied, so nothing that changes while the
    // listing runs is missed.
    m_follower->fetchAnchor();
}

void Mirror::relist()
{
    anchorAndList(QString());
}

void Mirror::cancelListing()
{
    m_listingCancelled = true;
    m_backfill->cancel();
    emit progressChanged();
}

void Mirror::resumeListing()
{
    m_listingCancelled = false;
    if (m_role != Role::Follower)
        return;
    m_worker->run<SyncState>(
        m_session, [](Store &store) { return store.syncState(); },
        [this](const SyncState &state) {
            if (state.readError.isError()) {
                onStoreFailed(state.readError); // as follow() does: a plain failure is said too
                return;
            }
            takeState(state);
            if (!state.isComplete() || state.pendingPaymentMethodOwners > 0)
                m_backfill->start(state);
        });
}

void Mirror::onWritten(const WriteResult &result)
{
    if (!result.changed.isEmpty())
        emit changed(kindsOf(result.changed));
}

void Mirror::applyObject(const QJsonObject &object)
{
    if (m_state != State::Listing && m_state != State::Ready)
        return; // the event Stripe records for it arrives once the mirror is back
    m_worker->run<WriteResult>(
        m_session, [object](Store &store) { return store.applyObject(object); },
        [this](const WriteResult &result) {
            if (result.error.isError())
                onStoreFailed(result.error);
            else
                onWritten(result);
        });
}

void Mirror::takeState(const SyncState &state)
{
    // A state that could not be read says nothing: the one held stays (the read's failure is
    // told where it happened).
    if (state.readError.isError())
        return;
    m_sync = state;
    if (m_state == State::Listing || m_state == State::Ready)
        setState(state.isComplete() ? State::Ready : State::Listing);
}

void Mirror::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Mirror::setRole(Role role)
{
    if (m_role == role)
        return;
    m_role = role;
    emit roleChanged(role);
}

void Mirror::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    emit noticeChanged(notice);
}

bool Mirror::canServe(objects::Kind kind) const
{
    if ((m_state != State::Listing && m_state != State::Ready) || !m_reader)
        return false;
    switch (kind) {
    case objects::Kind::InvoiceLine:
        return m_sync.isListed(Table::Invoices) && m_sync.pendingLines == 0;
    case objects::Kind::PaymentMethod:
        return m_sync.isListed(Table::Customers) && m_sync.isListed(Table::Charges)
            && m_sync.isListed(Table::PaymentIntents) && m_sync.pendingPaymentMethodOwners == 0;
    default:
        break;
    }
    const auto table = tableFor(kind);
    return table && m_sync.isListed(*table);
}

QDateTime Mirror::lastSynced() const
{
    return m_sync.syncedAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(m_sync.syncedAtMs) : QDateTime();
}

const Backfill::Progress &Mirror::progress() const
{
    return m_backfill->progress();
}

} // namespace mirror
