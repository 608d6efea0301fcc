#pragma once

#include "src/mirror/Connection.h"
#include "src/mirror/StoreConfig.h"
#include "src/mirror/SyncState.h"
#include "src/mirror/Table.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

class QLockFile;

namespace mirror {

// One change the sync makes: an object as Stripe now has it, or its deletion, at a version.
struct Change
{
    enum class Op { Upsert, Delete };
    Table table = Table::Customers;
    Op op = Op::Upsert;
    QString id;
    QJsonObject object; // Upsert: the whole object
    qint64 version = 0;
};

// One event read from GET /v1/events, made ready to apply (EventChanges.h).
struct AppliedEvent
{
    QString id;
    qint64 version = 0;
    qint64 created = 0;
    std::optional<Change> change; // none for kinds the mirror does not keep
};

// One page the listing fetched: of a table's list, of an invoice's further lines, or of a
// customer's saved payment methods.
struct ListedPage
{
    enum class Kind { List, Lines, PaymentMethods };
    Kind kind = Kind::List;
    Table table = Table::Customers;
    QString owner; // Lines: the invoice; PaymentMethods: the customer
    qint64 version = 0; // Lines: the invoice's version when its lines were asked for
    QList<QJsonObject> objects;
    QString cursor; // List: where the next page starts
    bool last = false;
};

// What a write did.
struct WriteResult
{
    StoreError error;
    // Another desk moved the event cursor first: nothing was written (team stores).
    bool conflict = false;
    // Rows actually written (an older state that lost to a newer one is not counted).
    int written = 0;
    QSet<Table> changed;

    bool ok() const { return !error.isError() && !conflict; }
};

// The mirror's storage: one connection to the account's SQLite file or the team's PostgreSQL,
// used on the thread that opened it. It writes in transactions — rows, the sync's state and
// its cursors together, so a crash leaves either all of a page or none of it — and never lets
// an older state of an object replace a newer one: each row keeps the version that wrote it,
// and an upsert only wins with a version at least as new. It never holds a Stripe key.
//
// Reads for the UI go through Reader and Overview, which take a Store.
class Store
{
public:
    struct OpenOptions
    {
        QString password; // PostgreSQL's, from the keychain
        // The schema version to migrate to; tests use an older one to test the migrations.
        int schemaVersion = -1;
        // An identifier of this desk, kept with each event it applies (team stores).
        QString desk;
        // SQLite's page cache for this connection (the sync's writer wants more than a reader).
        int cacheMb = 16;
    };

    // Opens (creating and migrating as needed). The store must belong to config.accountId.
    static std::unique_ptr<Store> open(const StoreConfig &config, const OpenOptions &options,
                                       StoreError *error);
    ~Store();

    const StoreConfig &config() const { return m_config; }
    Backend backend() const { return m_connection->backend(); }
    Connection &connection() { return *m_connection; }
    int schemaVersion() const { return m_schemaVersion; }

    // SQLite's quick_check (every page and index, without comparing index to table): an
    // empty string when the file is sound, otherwise what is wrong. Reads the whole file:
    // the sync runs it on its own thread.
    QString integrityProblem();
    // PostgreSQL: whether the server still answers. After false, open a new Store.
    bool isAlive() { return m_connection->isAlive(); }

    SyncState syncState();

    // --- The sync's writes, each one transaction ----------------------------------------

    // Begins a listing of everything (a new mirror, or the events cursor was lost or is older
    // than Stripe keeps events): the anchor is the newest event before listing (empty when
    // there is none). Listed rows are written at a version newer than anything in the store,
    // and each table's rows the listing does not see again are removed when it ends.
    WriteResult beginListing(const EventCursor &anchor);
    // One page of a table's list, newest first; cursor is where the next page starts.
    WriteResult applyListedPage(Table table, const QList<QJsonObject> &objects, const QString &cursor,
                                bool last);
    // Several pages in one transaction (what came in while the last write ran): fewer commits,
    // far fewer pages written to the WAL. Each page as the function for its kind below.
    WriteResult applyPages(const QList<ListedPage> &pages);
    // Lists the table again from its first page (its cursor's object is gone from Stripe).
    WriteResult restartTableListing(Table table);
    // The rest of an invoice's lines (after the first page that came with the invoice), for the
    // invoice at version; dropped when the invoice changed since.
    WriteResult applyInvoiceLines(const QString &invoice, qint64 version, const QList<QJsonObject> &lines,
                                  bool last);
    // A customer's saved payment methods, one page; last marks the customer listed.
    WriteResult applyPaymentMethods(const QString &customer, const QList<QJsonObject> &methods, bool last);
    // A page of events, oldest first, applied only if the store's cursor is still `from`
    // (another desk may have applied them already); the cursor moves to `to`.
    WriteResult applyEvents(const QList<AppliedEvent> &events, const EventCursor &from,
                            const EventCursor &to);
    // The follower read everything Stripe has: remember when, for "Synced 4 s ago".
    WriteResult markSynced(qint64 whenMs);
    // Paydesk's own write, from Stripe's answer: written at the newest version the store has
    // seen, so it replaces what is there at once, and the event Stripe records for it (newer
    // still) follows.
    WriteResult applyObject(const QJsonObject &object);

    // Invoices whose lines are still to be fetched: (invoice, after line id, version).
    struct PendingLines
    {
        QString invoice;
        QString after;
        qint64 version = 0;
    };
    QList<PendingLines> pendingLines(int limit);
    // Customers whose saved payment methods this listing has not read yet.
    QStringList pendingPaymentMethodOwners(int limit);

    // --- The team's follow lock (PostgreSQL) ---------------------------------------------

    // pg_try_advisory_lock on this connection's session: true when this desk may follow
    // Stripe. PostgreSQL frees it when the session ends, so a desk that dies or loses its
    // connection hands the follow to another. SQLite: a lock file beside the store (one
    // process per file follows).
    bool tryFollowLock();
    void releaseFollowLock();
    bool holdsFollowLock() const { return m_holdsFollowLock; }

private:
    explicit Store(const StoreConfig &config);
    friend class StoreWriter;

    StoreConfig m_config;
    QString m_desk;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<QLockFile> m_lockFile;
    bool m_holdsFollowLock = false;
    int m_schemaVersion = 0;
};

} // namespace mirror
