// Mirror's part on a shared store: the UI thread's connection and what it hears, which desk
// follows Stripe, and taking over from one that went away.

#include "src/mirror/Mirror.h"

#include "src/mirror/EventFollower.h"
#include "src/mirror/StoreWorker.h"

#include <QSqlDriver>

namespace mirror {

namespace {

const QString notificationChannel = QStringLiteral("paydesk_mirror");

struct TeamCheck
{
    bool leader = false;
    SyncState state;
    qint64 dataVersion = -1;
};

QList<objects::Kind> allKinds()
{
    QSet<Table> tables;
    for (const Table table : allTables())
        tables.insert(table);
    return kindsOf(tables);
}

} // namespace

bool Mirror::openReader()
{
    Store::OpenOptions options;
    options.password = m_password;
    options.desk = m_options.desk;
    StoreError error;
    m_reader = Store::open(m_config, options, &error);
    if (!m_reader) {
        onStoreFailed(error);
        return false;
    }
    if (m_config.backend == Backend::Postgres) {
        // The follower desk NOTIFYs after each write: the others refresh at once.
        QSqlDriver *driver = m_reader->connection().database().driver();
        driver->subscribeToNotification(notificationChannel);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    onNotification(name, payload);
                });
    }
    return true;
}

void Mirror::takeRole()
{
    m_worker->run<TeamCheck>(
        m_session,
        [](Store &store) {
            TeamCheck role;
            role.leader = store.tryFollowLock();
            role.state = store.syncState();
            return role;
        },
        [this](const TeamCheck &role) {
            m_reconnect.stop();
            if (m_state == State::Unavailable)
                setNotice(QString());
            if (role.leader) {
                setRole(Role::Follower);
                follow(role.state);
                return;
            }
            setRole(Role::Reader);
            if (role.state.readError.isError()) {
                onStoreFailed(role.state.readError);
                return;
            }
            takeState(role.state);
            if (m_state == State::Opening || m_state == State::Unavailable)
                setState(role.state.isComplete() ? State::Ready : State::Listing);
            m_team.start(m_options.teamInterval);
        });
}

void Mirror::watchTeam()
{
    const bool sqlite = m_config.backend == Backend::Sqlite;
    m_worker->run<TeamCheck>(
        m_session,
        [sqlite](Store &store) {
            TeamCheck role;
            role.leader = store.tryFollowLock();
            role.state = store.syncState();
            // SQLite counts commits made by other connections: another process's writes.
            if (sqlite)
                role.dataVersion
                    = store.connection().scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
            else if (!store.isAlive())
                role.state.listingVersion = -1;
            return role;
        },
        [this](const TeamCheck &role) { onTeamState(role.leader, role.state, role.dataVersion); });
}

void Mirror::onTeamState(bool leader, const SyncState &state, qint64 dataVersion)
{
    if ((state.listingVersion < 0 || state.readError.kind == StoreError::Kind::Unreachable)
        && m_config.backend == Backend::Postgres) {
        becomeUnavailable(tr("the connection was lost"));
        return;
    }
    if (state.readError.isError())
        return; // nothing was read: the next check reads again

    if (leader) {
        // The desk that followed went away: this one takes over from the shared cursor.
        setRole(Role::Follower);
        follow(state);
        return;
    }
    const bool moved
        = state.events.version != m_sync.events.version || (dataVersion >= 0 && dataVersion != m_dataVersion);
    const bool newSync = state.syncedAtMs != m_sync.syncedAtMs;
    m_dataVersion = dataVersion;
    takeState(state);
    if (moved)
        emit changed(allKinds());
    if (newSync)
        emit synced(lastSynced());
}

void Mirror::onNotification(const QString &name, const QVariant &payload)
{
    if (name != notificationChannel || m_role == Role::Follower)
        return;
    QSet<Table> tables;
    const QStringList names = payload.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const Table table : allTables())
        if (names.contains(tableName(table)))
            tables.insert(table);
    emit changed(tables.isEmpty() ? allKinds() : kindsOf(tables));
}

} // namespace mirror
