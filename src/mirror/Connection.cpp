#include "src/mirror/Connection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlRecord>

namespace mirror {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mirror::Connection)
};

QString uniqueName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("paydesk-mirror-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The mirror holds customers' names, emails and payments: readable by the user alone. A folder
// it makes is 0700; a folder that exists is left as it is (it may be anyone's, /tmp even): the
// file itself is 0600 either way.
bool makePrivate(const QString &path, StoreError *error)
{
    const QFileInfo info(path);
    QDir folder = info.dir();
    if (!folder.exists()) {
        if (!folder.mkpath(QStringLiteral("."))) {
            *error
                = {StoreError::Kind::Failed, Text::tr("The folder %1 could not be made.").arg(folder.path())};
            return false;
        }
        QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = {StoreError::Kind::Failed,
                      Text::tr("%1 could not be made: %2").arg(path, file.errorString())};
            return false;
        }
    }
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)) {
        *error = {StoreError::Kind::Failed, Text::tr("The permissions of %1 could not be set.").arg(path)};
        return false;
    }
    return true;
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0; // the primary result code of an extended one
}

} // namespace

Connection::~Connection()
{
    m_prepared.clear(); // queries first: QtSql warns about a connection removed while in use
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    if (!m_name.isEmpty())
        QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<Connection> Connection::open(const StoreConfig &config, const QString &password,
                                             StoreError *error, int cacheMb)
{
    StoreError ignored;
    if (!error)
        error = &ignored;
    *error = {};
    if (const QString missing = missingDriver(config.backend); !missing.isEmpty()) {
        *error = {StoreError::Kind::Failed, missing};
        return nullptr;
    }
    std::unique_ptr<Connection> connection(new Connection);
    connection->m_backend = config.backend;
    connection->m_name = uniqueName();
    if (config.backend == Backend::Sqlite) {
        if (!makePrivate(config.sqlitePath, error))
            return nullptr;
        connection->m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_name);
        connection->m_database.setDatabaseName(config.sqlitePath);
        // A writer on another connection holds the lock for a moment; wait rather than fail.
        connection->m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!connection->m_database.open()) {
            *error = {StoreError::Kind::Failed, connection->m_database.lastError().text()};
            return nullptr;
        }
        if (!connection->configureSqlite(error, cacheMb))
            return nullptr;
        return connection;
    }

    QString problem;
    const PostgresAddress address = PostgresAddress::parse(config.postgres, &problem);
    if (!problem.isEmpty()) {
        *error = {StoreError::Kind::Failed, problem};
        return nullptr;
    }
    connection->m_database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->m_name);
    QSqlDatabase &db = connection->m_database;
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(password);
    // A server that does not answer must not hold the window for libpq's default of forever.
    QString options = QStringLiteral("connect_timeout=5;application_name=Paydesk");
    if (!address.options.isEmpty())
        options += QLatin1Char(';') + address.options;
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = {StoreError::Kind::Unreachable,
                  Text::tr("PostgreSQL at %1 could not be reached: %2")
                      .arg(address.display(), db.lastError().databaseText())};
        return nullptr;
    }
    // The password is not needed again until a reconnect, which asks the caller for it.
    db.setPassword(QString());
    connection->exec(QStringLiteral("SET client_min_messages = warning"));
    return connection;
}

bool Connection::configureSqlite(StoreError *error, int cacheMb)
{
    // journal_mode answers with a row; a file that is not a database fails right here.
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        const bool damaged = classify(query.lastError()) == StoreError::Kind::Damaged;
        *error = {damaged ? StoreError::Kind::Damaged : StoreError::Kind::Failed, query.lastError().text()};
        return false;
    }
    // The sync's connection asks for 64 MB of page cache: the listing inserts into a dozen
    // indexes in no particular order, and with too small a cache each page goes to disk and
    // back (twice as fast at 200,000 rows). The UI's reads need less.
    if (!exec(QStringLiteral("PRAGMA cache_size = %1").arg(-1024 * std::max(2, cacheMb)))) {
        *error = {StoreError::Kind::Failed, lastErrorText()};
        return false;
    }
    for (const char *pragma :
         {"PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY", "PRAGMA foreign_keys = OFF"}) {
        if (!exec(QString::fromLatin1(pragma))) {
            *error = {StoreError::Kind::Failed, lastErrorText()};
            return false;
        }
    }
    // Reading the schema proves the header and the first page are sound.
    if (!exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const bool damaged = classify(m_lastError) == StoreError::Kind::Damaged;
        *error = {damaged ? StoreError::Kind::Damaged : StoreError::Kind::Failed, lastErrorText()};
        return false;
    }
    return true;
}

QSqlQuery &Connection::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            m_lastError = query.lastError();
        it = m_prepared.insert(sql, query);
    }
    return it.value();
}

std::optional<qint64> Connection::rememberedMatches(const QString &query) const
{
    const auto it = m_matches.constFind(query);
    return it == m_matches.cend() ? std::nullopt : std::optional<qint64>(it.value());
}

void Connection::rememberMatches(const QString &query, qint64 count)
{
    // What a user types in a day: a few hundred searches at most, each a short text.
    if (m_matches.size() >= 1000)
        m_matches.clear();
    m_matches.insert(query, count);
}

QSqlQuery *Connection::reusable(const QString &sql)
{
    // Kept once prepared: the sync runs the same few statements for every page, and QtSql hands
    // SQLite a "?" as a named parameter (":f0", ":f1"...) that SQLite's parser looks up among
    // those before it, so parsing a statement of 500 ids again for every page cost more than
    // running it. A statement that fails to prepare is not kept.
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            m_lastError = query.lastError();
            return nullptr;
        }
        it = m_prepared.insert(sql, query);
    }
    return &it.value();
}

bool Connection::exec(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        const bool ok = query.exec(sql);
        m_lastError = ok ? QSqlError() : query.lastError();
        return ok;
    }
    QSqlQuery *query = reusable(sql);
    if (!query)
        return false;
    for (const QVariant &value : values)
        query->addBindValue(value);
    const bool ok = query->exec();
    m_lastError = ok ? QSqlError() : query->lastError();
    query->finish();
    return ok;
}

QVariant Connection::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = reusable(sql);
    if (!query)
        return {};
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!query->exec()) {
        m_lastError = query->lastError();
        return {};
    }
    m_lastError = QSqlError();
    const QVariant value = query->next() ? query->value(0) : QVariant();
    // Done with it: an SQLite statement left open keeps its read snapshot (and the WAL with it).
    query->finish();
    return value;
}

QString Connection::lastErrorText() const
{
    const QString database = m_lastError.databaseText();
    return database.isEmpty() ? m_lastError.text() : database;
}

bool Connection::transaction()
{
    if (m_database.transaction())
        return true;
    m_lastError = m_database.lastError();
    return false;
}

bool Connection::commit()
{
    if (m_database.commit())
        return true;
    m_lastError = m_database.lastError();
    m_database.rollback();
    return false;
}

void Connection::rollback()
{
    m_database.rollback();
}

bool Connection::isAlive()
{
    if (m_backend == Backend::Sqlite)
        return m_database.isOpen();
    if (!m_database.isOpen())
        return false;
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

StoreError::Kind Connection::classify(const QSqlError &error) const
{
    if (!error.isValid() || error.type() == QSqlError::NoError)
        return StoreError::Kind::None;
    if (m_backend == Backend::Sqlite) {
        const int code = sqliteCode(error);
        // SQLITE_CORRUPT and SQLITE_NOTADB; older drivers give only the message.
        if (code == 11 || code == 26 || error.databaseText().contains(QLatin1String("malformed"))
            || error.databaseText().contains(QLatin1String("not a database")))
            return StoreError::Kind::Damaged;
        return StoreError::Kind::Failed;
    }
    // SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shutting down).
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return StoreError::Kind::Unreachable;
    if (error.type() == QSqlError::ConnectionError)
        return StoreError::Kind::Unreachable;
    return StoreError::Kind::Failed;
}

} // namespace mirror
