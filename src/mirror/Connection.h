#pragma once

#include "src/mirror/StoreConfig.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace mirror {

// Why a store could not be used, as a value the UI can act on.
struct StoreError
{
    enum class Kind {
        None,
        Unreachable, // PostgreSQL is down, refused the login, or went away
        Damaged, // the SQLite file is not a database or fails its integrity check
        NewerSchema, // made by a newer Paydesk: this one must not write to it
        OtherAccount, // the store holds another Stripe account's copy
        Failed, // anything else (a full disk, no permission)
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
};

// One QtSql connection, on the thread that opened it (QtSql's rule), with a name of its own so
// that several can be open on one database: the UI's reads and the sync's writes never share
// one. Closed and removed from QtSql's registry when destroyed.
class Connection
{
public:
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // SQLite: a missing folder is made 0700 (an existing one is left alone) and the file is
    // made 0600 before SQLite opens it (its -wal and -shm files copy the file's mode), then
    // WAL, synchronous=NORMAL and a busy timeout.
    // PostgreSQL: the password comes from the caller (the keychain), never from a file.
    // cacheMb: SQLite's page cache for this connection.
    static std::unique_ptr<Connection> open(const StoreConfig &config, const QString &password,
                                            StoreError *error, int cacheMb = 16);

    Backend backend() const { return m_backend; }
    QSqlDatabase &database() { return m_database; }
    const QString &name() const { return m_name; }

    // A query prepared once per text and reused (QtSql keeps the statement compiled).
    QSqlQuery &prepared(const QString &sql);
    // Runs sql with positional values (prepared once, kept); false (and lastError()) when it fails.
    bool exec(const QString &sql, const QVariantList &values = {});
    // Runs sql and returns the first column of the first row (invalid when there is none).
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    QSqlError lastError() const { return m_lastError; }
    QString lastErrorText() const;

    bool transaction();
    bool commit();
    void rollback();

    // How many rows a full-text query found (up to the bound its counter chose), remembered so a
    // search asked again (the next window, each currency's rows, the footer) chooses its plan
    // without counting again. Only a plan depends on it, never an answer: a count that later
    // writes made stale costs time at worst.
    std::optional<qint64> rememberedMatches(const QString &query) const;
    void rememberMatches(const QString &query, qint64 count);

    // PostgreSQL: whether the server still answers (after an error, to tell a failed statement
    // from a lost connection). SQLite: always true.
    bool isAlive();
    // What the last error means for the store: a lost server, a damaged file, or neither.
    StoreError::Kind classify(const QSqlError &error) const;

private:
    Connection() = default;
    bool configureSqlite(StoreError *error, int cacheMb);
    // The kept query for sql; nullptr when it cannot be prepared.
    QSqlQuery *reusable(const QString &sql);

    Backend m_backend = Backend::Sqlite;
    QString m_name;
    QSqlDatabase m_database;
    QHash<QString, QSqlQuery> m_prepared;
    QHash<QString, qint64> m_matches;
    QSqlError m_lastError;
};

} // namespace mirror
