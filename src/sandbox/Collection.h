#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sandbox {

class EventLog;

// Objects of one kind in creation order, with an id index so that a page after any id is found
// at once, and each object's compact JSON kept until it changes, so that a page of 100 is
// mostly a concatenation (the sandbox must never be what a benchmark measures).
class Collection
{
public:
    explicit Collection(const QString &object = {});

    QString objectName() const { return m_object; }
    int size() const { return int(m_objects.size()); }
    int liveCount() const { return size() - m_deleted; }

    // Changes are told to the event log, if any (the live collections of a Store have one).
    void setEventLog(EventLog *log) { m_eventLog = log; }

    void insert(const QJsonObject &object);
    // Replaces the object with the same id; false when there is none.
    bool replace(const QJsonObject &object);
    // Deleted objects keep their place as Stripe's deleted stub ({"id","object","deleted":true}),
    // are returned by id, and never listed.
    void markDeleted(const QString &id);
    bool isDeleted(int index) const;

    const QJsonObject *find(const QString &id) const;
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const QJsonObject &at(int index) const { return m_objects.at(index); }
    const QByteArray &bytesAt(int index) const;

    QList<QJsonObject> all() const { return m_objects; }
    void clear();
    // Forgets the first `count` objects (events past Stripe's 30 days).
    void removeFirst(int count);

private:
    QString m_object;
    QList<QJsonObject> m_objects;
    QHash<QString, int> m_index;
    mutable QList<QByteArray> m_bytes; // empty until serialized, cleared on change
    QList<bool> m_isDeleted;
    int m_deleted = 0;
    EventLog *m_eventLog = nullptr;
};

} // namespace sandbox
