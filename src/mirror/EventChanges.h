#pragma once

#include "src/mirror/Store.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace mirror {

// What an event from GET /v1/events does to the mirror: its data.object replaces the row of
// that object's kind (the kind is read from the object, so charge.refund.updated updates a
// refund), a *.deleted event removes it, and events about kinds the mirror does not keep — or
// about no object at all, like invoice.upcoming's preview — change nothing (they still move
// the cursor).
std::optional<Change> changeOf(const QJsonObject &event, qint64 version);

// A page of events as Stripe lists them (newest first) made ready to apply oldest first, with
// versions that go on from `after`. Returns the cursor after the newest.
EventCursor prepareEvents(const QList<QJsonObject> &newestFirst, const EventCursor &after,
                          QList<AppliedEvent> *oldestFirst);

} // namespace mirror
