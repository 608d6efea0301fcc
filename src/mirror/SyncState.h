#pragma once

#include "src/mirror/Connection.h"
#include "src/mirror/Table.h"

#include <QMap>
#include <QString>

namespace mirror {

// Where the event stream was read up to. version orders every state the mirror writes: an
// event's is max(created << 20, previous + 1), so it grows along Stripe's order of events even
// within one second, and every desk that reads the same stream computes the same numbers.
struct EventCursor
{
    QString id; // the newest event applied; empty before the first
    qint64 version = 0;
    qint64 created = 0; // Unix seconds of that event

    static qint64 versionAfter(qint64 previous, qint64 created)
    {
        return std::max(created << 20, previous + 1);
    }
    bool operator==(const EventCursor &) const = default;
};

// How far the listing of one table has come. Lists are newest first: "reached" is the created
// time of the last object listed, "newest" that of the first.
struct TableListing
{
    QString cursor; // starting_after for the next page; empty at the start
    qint64 count = 0; // objects listed in this listing
    bool done = false;
    qint64 newest = 0;
    qint64 reached = 0;
};

// Everything the sync needs to resume after a quit or a crash, read in one go. It lives in the
// store itself (sync_state), written in the same transaction as the rows it speaks of, so the
// two can never disagree — and on a team's PostgreSQL, every desk sees the same.
struct SyncState
{
    QString account;
    // The version listed rows are written at: the event cursor's when the listing began. 0 when
    // the account has never been listed.
    qint64 listingVersion = 0;
    qint64 listingStartedMs = 0;
    QMap<Table, TableListing> listing;
    EventCursor events;
    // Set when the listing began with no event at all to anchor to: then every event Stripe
    // has is newer than the listing, and the follower reads them from the oldest.
    bool eventsFromStart = false;
    qint64 syncedAtMs = 0; // when the follower last caught up with Stripe's events
    int pendingLines = 0; // invoices whose further lines are still to be fetched
    int pendingPaymentMethodOwners = 0; // customers whose saved payment methods are to be listed

    // Set when the database could not be read (a team's PostgreSQL gone): then nothing else here
    // is the store's, and an empty listing must not be taken for an account never listed.
    StoreError readError;

    bool hasListing() const { return listingVersion > 0; }
    bool isListed(Table table) const { return listing.value(table).done; }
    // Every kind listed, with every invoice's lines (saved payment methods are reported apart:
    // they take one request per customer).
    bool isComplete() const;
};

} // namespace mirror
