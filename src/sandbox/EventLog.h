#pragma once

#include "src/sandbox/Collection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sandbox {

// Stripe's events (docs.stripe.com/api/events): one for every change the sandbox makes while it
// answers a request, made from the change itself (eventRules), carrying the request's id and
// Idempotency-Key and a snapshot of the object. Kept 30 days, as Stripe keeps them, so memory
// follows the writes of a month, never the size of the store; demo data starts with none.
class EventLog
{
public:
    static constexpr qint64 keptSeconds = 30 * 86400;

    EventLog();

    // Changes are recorded from begin() to end(), as caused by the request (an empty id: a change
    // Stripe makes by itself, recorded with a null request). Outside, changes are loading or
    // making demo data, and make no events.
    void begin(const QString &requestId, const QString &idempotencyKey, qint64 now);
    void end();

    // From the collections: an object was made, changed (before and after), or deleted.
    void objectCreated(const QJsonObject &object);
    void objectUpdated(const QJsonObject &before, const QJsonObject &after);
    void objectDeleted(const QJsonObject &before);
    // An event that is not a change of a field (invoice.sent).
    void record(const QString &type, const QJsonObject &object);

    // Oldest first, as recorded; the list API shows them newest first.
    const Collection &recorded() const { return m_events; }
    // Whether Stripe still keeps the event at the time (30 days).
    static bool isKept(const QJsonObject &event, qint64 now);
    // Forgets the events Stripe no longer keeps.
    void prune(qint64 now);
    // Moves every event `seconds` into the past: how tests see the 30-day window.
    void age(qint64 seconds);

    QJsonArray toJson() const;
    void fromJson(const QJsonArray &events);

private:
    void add(const QString &type, const QJsonObject &object, const QJsonObject &previous, bool withPrevious);

    Collection m_events;
    bool m_recording = false;
    QJsonValue m_requestId;
    QJsonValue m_idempotencyKey;
    qint64 m_now = 0;
};

} // namespace sandbox
