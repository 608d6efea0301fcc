#pragma once

#include "src/sandbox/Collection.h"
#include "src/sandbox/EventLog.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sandbox {

// Everything the sandbox holds, by collection name ("customers", "invoices"...).
class Store
{
public:
    Store();
    // The collections tell the event log of their Store: a Store stays where it was made.
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    Collection &collection(const QString &name);
    const Collection &collection(const QString &name) const;
    QStringList collectionNames() const;
    // The collection an id belongs to, by its prefix ("cus_" -> customers); empty if none.
    static QString collectionOfId(const QString &id);

    const QJsonObject *find(const QString &id) const;

    EventLog &events() { return m_events; }
    const EventLog &events() const { return m_events; }

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);
    int totalObjects() const;

private:
    QHash<QString, Collection> m_collections;
    EventLog m_events;
};

} // namespace sandbox
