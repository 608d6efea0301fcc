#include "src/mirror/Store.h"

#include "src/mirror/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QSqlQuery>

namespace mirror {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mirror::Store)
};

// Any constant: one team store has one follower. (Schema.cpp's migration lock differs.)
constexpr qint64 followLockKey = 0x5061796465736b02;

const QString postgresSchema = QStringLiteral("paydesk_mirror");

} // namespace

bool SyncState::isComplete() const
{
    if (!hasListing() || pendingLines > 0)
        return false;
    for (const Table table : listedTables())
        if (!isListed(table))
            return false;
    return true;
}

Store::Store(const StoreConfig &config)
    : m_config(config)
{ }

Store::~Store()
{
    releaseFollowLock();
}

std::unique_ptr<Store> Store::open(const StoreConfig &config, const OpenOptions &options, StoreError *error)
{
    StoreError ignored;
    if (!error)
        error = &ignored;
    std::unique_ptr<Store> store(new Store(config));
    store->m_desk = options.desk;
    store->m_connection = Connection::open(config, options.password, error, options.cacheMb);
    if (!store->m_connection)
        return nullptr;
    Connection &connection = *store->m_connection;
    if (config.backend == Backend::Postgres) {
        // The mirror's tables live in a schema of their own, beside whatever else the team
        // keeps in that database.
        if (!connection.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(postgresSchema))
            || !connection.exec(QStringLiteral("SET search_path TO %1, public").arg(postgresSchema))) {
            *error = {connection.classify(connection.lastError()) == StoreError::Kind::Unreachable
                          ? StoreError::Kind::Unreachable
                          : StoreError::Kind::Failed,
                      Text::tr("The schema %1 could not be made: %2")
                          .arg(postgresSchema, connection.lastErrorText())};
            return nullptr;
        }
    }

    const int version = schema::versionOf(connection);
    if (version < 0) {
        const StoreError::Kind kind = connection.classify(connection.lastError());
        *error
            = {kind == StoreError::Kind::None ? StoreError::Kind::Failed : kind, connection.lastErrorText()};
        return nullptr;
    }
    if (version > schema::latestVersion) {
        *error
            = {StoreError::Kind::NewerSchema,
               Text::tr("This mirror was made by a newer version of Paydesk (schema %1; this one knows %2).")
                   .arg(version)
                   .arg(schema::latestVersion)};
        return nullptr;
    }
    QString problem;
    if (!schema::migrate(connection, options.schemaVersion, &problem)) {
        const StoreError::Kind kind = connection.classify(connection.lastError());
        *error = {kind == StoreError::Kind::None ? StoreError::Kind::Failed : kind,
                  Text::tr("The mirror's tables could not be updated: %1").arg(problem)};
        return nullptr;
    }

    store->m_schemaVersion = schema::versionOf(connection);

    // Claim the store for the account, or refuse one that holds another account.
    const QVariant owner
        = connection.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'account'"));
    if (owner.isValid() && owner.toString() != config.accountId) {
        *error = {StoreError::Kind::OtherAccount,
                  Text::tr("This mirror holds another Stripe account (%1), not %2.")
                      .arg(owner.toString(), config.accountId)};
        return nullptr;
    }
    if (!owner.isValid()
        && !connection.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('account', ?) "
                                           "ON CONFLICT (key) DO NOTHING"),
                            {config.accountId})) {
        *error = {StoreError::Kind::Failed, connection.lastErrorText()};
        return nullptr;
    }
    *error = {};
    return store;
}

QString Store::integrityProblem()
{
    if (backend() != Backend::Sqlite)
        return {};
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems.mid(0, 5).join(QLatin1Char('\n'));
}

SyncState Store::syncState()
{
    SyncState state;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM sync_state"))) {
        const StoreError::Kind kind = m_connection->classify(query.lastError());
        // A dropped connection may read as a plain failure: asked again, it says it is gone.
        state.readError = {kind == StoreError::Kind::None || (kind == StoreError::Kind::Failed && !isAlive())
                               ? StoreError::Kind::Unreachable
                               : kind,
                           query.lastError().text()};
        return state;
    }
    QHash<QString, Table> byName;
    for (const Table table : allTables())
        byName.insert(tableName(table), table);
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("account"))
            state.account = value;
        else if (key == QLatin1String("listing.version"))
            state.listingVersion = value.toLongLong();
        else if (key == QLatin1String("listing.started"))
            state.listingStartedMs = value.toLongLong();
        else if (key == QLatin1String("events.id"))
            state.events.id = value;
        else if (key == QLatin1String("events.version"))
            state.events.version = value.toLongLong();
        else if (key == QLatin1String("events.created"))
            state.events.created = value.toLongLong();
        else if (key == QLatin1String("events.from_start"))
            state.eventsFromStart = value == QLatin1String("1");
        else if (key == QLatin1String("synced_at"))
            state.syncedAtMs = value.toLongLong();
        else if (key.startsWith(QLatin1String("listing."))) {
            // listing.<table>.<field>
            const QStringList parts = key.split(QLatin1Char('.'));
            if (parts.size() != 3 || !byName.contains(parts.at(1)))
                continue;
            TableListing &listing = state.listing[byName.value(parts.at(1))];
            const QString &field = parts.at(2);
            if (field == QLatin1String("cursor"))
                listing.cursor = value;
            else if (field == QLatin1String("count"))
                listing.count = value.toLongLong();
            else if (field == QLatin1String("done"))
                listing.done = value == QLatin1String("1");
            else if (field == QLatin1String("newest"))
                listing.newest = value.toLongLong();
            else if (field == QLatin1String("reached"))
                listing.reached = value.toLongLong();
        }
    }
    state.pendingLines = m_connection->scalar(QStringLiteral("SELECT count(*) FROM pending_lines")).toInt();
    state.pendingPaymentMethodOwners
        = m_connection
              ->scalar(QStringLiteral("SELECT count(*) FROM payment_method_owners WHERE listed_version < ?"),
                       {state.listingVersion})
              .toInt();
    return state;
}

QList<Store::PendingLines> Store::pendingLines(int limit)
{
    QList<PendingLines> pending;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT invoice, after, version FROM pending_lines ORDER BY invoice LIMIT ?"));
    query.addBindValue(limit);
    if (query.exec())
        while (query.next())
            pending.append(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return pending;
}

QStringList Store::pendingPaymentMethodOwners(int limit)
{
    QStringList customers;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT customer FROM payment_method_owners WHERE listed_version < "
                       "(SELECT CAST(value AS BIGINT) FROM sync_state WHERE key = 'listing.version') "
                       "ORDER BY customer LIMIT ?"));
    query.addBindValue(limit);
    if (query.exec())
        while (query.next())
            customers << query.value(0).toString();
    return customers;
}

bool Store::tryFollowLock()
{
    if (m_holdsFollowLock)
        return true;
    if (backend() == Backend::Postgres) {
        m_holdsFollowLock
            = m_connection->scalar(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(followLockKey))
                  .toBool();
        return m_holdsFollowLock;
    }
    // QLockFile notices a lock whose process died (its pid is gone) and takes it over.
    if (!m_lockFile) {
        m_lockFile = std::make_unique<QLockFile>(m_config.sqlitePath + QStringLiteral(".follow-lock"));
        m_lockFile->setStaleLockTime(0);
    }
    m_holdsFollowLock = m_lockFile->tryLock(0);
    return m_holdsFollowLock;
}

void Store::releaseFollowLock()
{
    if (!m_holdsFollowLock)
        return;
    m_holdsFollowLock = false;
    if (backend() == Backend::Postgres) {
        // A lost session has already given the lock back.
        if (m_connection && m_connection->database().isOpen())
            m_connection->exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(followLockKey));
        return;
    }
    if (m_lockFile)
        m_lockFile->unlock();
}

} // namespace mirror
