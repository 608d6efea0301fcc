// Store's writes of the sync's state and of events: each function is one transaction.

#include "src/mirror/StoreWriter.h"

#include <QDateTime>

namespace mirror {

WriteResult Store::beginListing(const EventCursor &anchor)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    const qint64 previous = std::max(writer.state(QStringLiteral("events.version")).toLongLong(),
                                     writer.state(QStringLiteral("listing.version")).toLongLong());
    // Newer than every row already there: the listing replaces them all, and what it does not
    // see again is removed when each table's listing ends.
    const qint64 version
        = anchor.id.isEmpty() ? previous + 1 : EventCursor::versionAfter(previous, anchor.created);
    writer.exec(QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'listing.%'"));
    writer.setState(QStringLiteral("listing.version"), version);
    writer.setState(QStringLiteral("listing.started"), QDateTime::currentMSecsSinceEpoch());
    writer.setState(QStringLiteral("events.id"), anchor.id);
    writer.setState(QStringLiteral("events.version"), version);
    writer.setState(QStringLiteral("events.created"), anchor.created);
    writer.setState(QStringLiteral("events.from_start"), anchor.id.isEmpty() ? 1 : 0);
    // Customers whose payment methods the mirror has are asked again.
    writer.exec(QStringLiteral("INSERT INTO payment_method_owners (customer, listed_version) "
                               "SELECT DISTINCT customer, 0 FROM payment_methods WHERE customer IS NOT NULL "
                               "ON CONFLICT (customer) DO NOTHING"));
    return writer.commit();
}

WriteResult Store::restartTableListing(Table table)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    const QString prefix = QStringLiteral("listing.%1.").arg(tableName(table));
    writer.exec(QStringLiteral("DELETE FROM sync_state WHERE key IN (?, ?, ?, ?)"),
                {prefix + QStringLiteral("cursor"), prefix + QStringLiteral("count"),
                 prefix + QStringLiteral("newest"), prefix + QStringLiteral("reached")});
    // The table's rows are listed again at a version newer than any they have, so that those
    // this listing does not see again are removed when it ends. The pages listed from now on
    // are newer than every event applied so far, so they may take the version past them; the
    // event cursor moves with it (a follower reading from the old one re-reads it).
    const qint64 version = std::max(writer.state(QStringLiteral("events.version")).toLongLong(),
                                    writer.state(QStringLiteral("listing.version")).toLongLong())
        + 1;
    writer.setState(prefix + QStringLiteral("version"), version);
    writer.setState(QStringLiteral("events.version"), version);
    return writer.commit();
}

WriteResult Store::applyEvents(const QList<AppliedEvent> &events, const EventCursor &from,
                               const EventCursor &to)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    // The compare-and-set that keeps two desks from applying one event twice: the events are
    // applied only onto the cursor they were read after.
    if (writer.state(QStringLiteral("events.id")) != from.id
        || writer.state(QStringLiteral("events.version")).toLongLong() != from.version)
        return writer.ok() ? writer.rollback(true) : writer.commit();
    for (const AppliedEvent &event : events) {
        if (event.change)
            writer.apply(*event.change);
        writer.exec(
            QStringLiteral("INSERT INTO applied_events (id, version, created, desk) VALUES (?, ?, ?, ?)"),
            {event.id, event.version, event.created, writer.desk()});
    }
    writer.setState(QStringLiteral("events.id"), to.id);
    writer.setState(QStringLiteral("events.version"), to.version);
    writer.setState(QStringLiteral("events.created"), to.created);
    // Stripe keeps events 30 days: the journal need not remember longer.
    writer.exec(QStringLiteral("DELETE FROM applied_events WHERE created < ?"),
                {QDateTime::currentSecsSinceEpoch() - 31 * 86400});
    return writer.commit();
}

WriteResult Store::markSynced(qint64 whenMs)
{
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    writer.setState(QStringLiteral("synced_at"), whenMs);
    return writer.commit();
}

WriteResult Store::applyObject(const QJsonObject &object)
{
    const auto table = tableForObject(json::string(object, u"object"));
    const QString id = json::string(object, u"id");
    if (!table || id.isEmpty() || *table == Table::InvoiceLines)
        return {};
    StoreWriter writer(*this);
    if (!writer.begin())
        return writer.result();
    const qint64 version = std::max<qint64>(1, writer.state(QStringLiteral("events.version")).toLongLong());
    Change change {*table, json::boolean(object, u"deleted") ? Change::Op::Delete : Change::Op::Upsert, id,
                   object, version};
    writer.apply(change);
    return writer.commit();
}

} // namespace mirror
