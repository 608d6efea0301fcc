#include "src/sandbox/EventLog.h"

#include "src/sandbox/Api.h"
#include "src/sandbox/Contract.h"
#include "src/sandbox/EventRules.h"

namespace sandbox {

EventLog::EventLog()
    : m_events(QStringLiteral("event"))
{ }

void EventLog::begin(const QString &requestId, const QString &idempotencyKey, qint64 now)
{
    m_recording = true;
    m_requestId = requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(requestId);
    m_idempotencyKey = idempotencyKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(idempotencyKey);
    m_now = now;
    prune(now);
}

void EventLog::end()
{
    m_recording = false;
}

void EventLog::objectCreated(const QJsonObject &object)
{
    if (!m_recording)
        return;
    for (const QString &type : eventRules::created(object))
        add(type, object, {}, false);
}

void EventLog::objectUpdated(const QJsonObject &before, const QJsonObject &after)
{
    if (!m_recording)
        return;
    const QStringList types = eventRules::updated(before, after);
    if (types.isEmpty())
        return;
    const QJsonObject previous = eventRules::previousAttributes(before, after);
    for (const QString &type : types)
        add(type, after, previous, type.endsWith(QLatin1String(".updated")));
}

void EventLog::objectDeleted(const QJsonObject &before)
{
    if (!m_recording)
        return;
    // "A *.deleted event's data.object is the object as it was when deleted."
    for (const QString &type : eventRules::deleted(before))
        add(type, before, {}, false);
}

void EventLog::record(const QString &type, const QJsonObject &object)
{
    if (m_recording)
        add(type, object, {}, false);
}

void EventLog::add(const QString &type, const QJsonObject &object, const QJsonObject &previous,
                   bool withPrevious)
{
    Q_ASSERT_X(eventRules::knownTypes().contains(type), "EventLog", qPrintable(type));
    QJsonObject data {{QStringLiteral("object"), object}};
    // Only *.updated events carry previous_attributes.
    if (withPrevious)
        data.insert(QStringLiteral("previous_attributes"), previous);
    m_events.insert({{QStringLiteral("id"), newId(QStringLiteral("evt_"))},
                     {QStringLiteral("object"), QStringLiteral("event")},
                     {QStringLiteral("api_version"), Contract::instance().apiVersion()},
                     {QStringLiteral("created"), m_now},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("livemode"), false},
                     // No webhook endpoints: nothing is waiting to be delivered.
                     {QStringLiteral("pending_webhooks"), 0},
                     {QStringLiteral("request"),
                      QJsonObject {{QStringLiteral("id"), m_requestId},
                                   {QStringLiteral("idempotency_key"), m_idempotencyKey}}},
                     {QStringLiteral("type"), type}});
}

bool EventLog::isKept(const QJsonObject &event, qint64 now)
{
    return event.value(QLatin1String("created")).toInteger() >= now - keptSeconds;
}

void EventLog::prune(qint64 now)
{
    // Events are recorded in time order (aging moves them all alike), so the expired ones lead.
    int expired = 0;
    while (expired < m_events.size() && !isKept(m_events.at(expired), now))
        ++expired;
    m_events.removeFirst(expired);
}

void EventLog::age(qint64 seconds)
{
    for (int i = 0; i < m_events.size(); ++i) {
        QJsonObject event = m_events.at(i);
        event.insert(QStringLiteral("created"), event.value(QLatin1String("created")).toInteger() - seconds);
        m_events.replace(event);
    }
}

QJsonArray EventLog::toJson() const
{
    QJsonArray events;
    for (int i = 0; i < m_events.size(); ++i)
        events.append(m_events.at(i));
    return events;
}

void EventLog::fromJson(const QJsonArray &events)
{
    m_events.clear();
    for (const QJsonValue &event : events)
        m_events.insert(event.toObject());
}

} // namespace sandbox
