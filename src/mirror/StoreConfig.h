#pragma once

#include <QString>

namespace mirror {

enum class Backend { Sqlite, Postgres };

// Where an account's mirror lives. The desk's own copy is one SQLite file in the account's data
// folder; a team's is a PostgreSQL database named by a connection string. The PostgreSQL
// password is never part of this: the caller keeps it in the keychain and passes it to
// Store::open, so no settings file or log ever holds it.
struct StoreConfig
{
    Backend backend = Backend::Sqlite;
    // Sqlite: the file (see sqliteFileFor).
    QString sqlitePath;
    // Postgres: "postgresql://user@host:5432/dbname?sslmode=require" or libpq's
    // "host=... port=... dbname=... user=... sslmode=..." (a Unix socket is a host that is a
    // folder). See PostgresAddress.
    QString postgres;
    // The Stripe account (acct_...) the mirror copies: a store made for another account is
    // refused, so two accounts' data never mix.
    QString accountId;

    static StoreConfig sqlite(const QString &path, const QString &accountId);
    static StoreConfig postgresql(const QString &connection, const QString &accountId);
};

// The mirror file of an account inside its data folder ("<dataDir>/mirror/<account>.sqlite"),
// in a folder of the mirror's own that it makes 0700 (the file is 0600). Forget this account
// deletes it with removeSqliteStore.
QString sqliteFileFor(const QString &accountDataDir, const QString &accountId);
// Deletes the file and its companions (-wal, -shm, the follow lock); true when none is left.
// Stop the account's Mirror first.
bool removeSqliteStore(const QString &path);

// A PostgreSQL connection string taken apart for QtSql's QPSQL driver. A password inside it is
// refused: it belongs in the keychain.
struct PostgresAddress
{
    QString host; // a name, an address, or a socket folder ("/run/postgresql")
    int port = 5432;
    QString database;
    QString user;
    // The rest of libpq's keywords, as QPSQL's connect options ("sslmode=require;...").
    QString options;

    // Empty error on success.
    static PostgresAddress parse(const QString &connection, QString *error);
    // The string without anything secret, for a settings dialog or a log line.
    QString display() const;
};

// Whether this Qt has the driver for the back end; an empty string if so, otherwise what to
// install, in words ("PostgreSQL support is not installed (Debian: libqt6sql6-psql).").
QString missingDriver(Backend backend);

} // namespace mirror
