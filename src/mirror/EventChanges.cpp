#include "src/mirror/EventChanges.h"

#include "src/objects/Json.h"

namespace mirror {

namespace json = objects::json;

std::optional<Change> changeOf(const QJsonObject &event, qint64 version)
{
    const QString type = json::string(event, u"type");
    if (type == QLatin1String("invoice.upcoming"))
        return std::nullopt;
    const QJsonObject object = json::object(event, u"data.object");
    const auto table = tableForObject(json::string(object, u"object"));
    const QString id = json::string(object, u"id");
    if (!table || *table == Table::InvoiceLines || id.isEmpty())
        return std::nullopt;
    Change change;
    change.table = *table;
    change.id = id;
    change.version = version;
    // "A *.deleted event's data.object is the object as it was when deleted."
    const bool deleted = type.endsWith(QLatin1String(".deleted"))
        && tableForObject(type.section(QLatin1Char('.'), 0, 0)) == table;
    change.op = deleted || json::boolean(object, u"deleted") ? Change::Op::Delete : Change::Op::Upsert;
    change.object = object;
    return change;
}

EventCursor prepareEvents(const QList<QJsonObject> &newestFirst, const EventCursor &after,
                          QList<AppliedEvent> *oldestFirst)
{
    EventCursor cursor = after;
    for (qsizetype i = newestFirst.size() - 1; i >= 0; --i) {
        const QJsonObject &incoming = newestFirst.at(i);
        const qint64 created = json::integer(incoming, u"created").value_or(cursor.created);
        AppliedEvent event;
        event.id = json::string(incoming, u"id");
        event.created = created;
        event.version = EventCursor::versionAfter(cursor.version, created);
        event.change = changeOf(incoming, event.version);
        oldestFirst->append(event);
        cursor = {event.id, event.version, created};
    }
    return cursor;
}

} // namespace mirror
