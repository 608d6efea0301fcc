#include "src/sandbox/Collection.h"

#include "src/sandbox/EventLog.h"

#include <QJsonDocument>

namespace sandbox {

Collection::Collection(const QString &object)
    : m_object(object)
{ }

void Collection::insert(const QJsonObject &object)
{
    const QString id = object.value(QLatin1String("id")).toString();
    m_index.insert(id, int(m_objects.size()));
    m_objects.append(object);
    m_bytes.append(QByteArray());
    m_isDeleted.append(false);
    if (m_eventLog)
        m_eventLog->objectCreated(object);
}

bool Collection::replace(const QJsonObject &object)
{
    const int index = indexOf(object.value(QLatin1String("id")).toString());
    if (index < 0)
        return false;
    const QJsonObject before = m_objects.at(index);
    m_objects[index] = object;
    m_bytes[index].clear();
    if (m_eventLog)
        m_eventLog->objectUpdated(before, object);
    return true;
}

void Collection::markDeleted(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0 || m_isDeleted.at(index))
        return;
    const QJsonObject before = m_objects.at(index);
    m_objects[index]
        = QJsonObject {{QStringLiteral("id"), id},
                       {QStringLiteral("object"), m_objects.at(index).value(QLatin1String("object"))},
                       {QStringLiteral("deleted"), true}};
    m_bytes[index].clear();
    m_isDeleted[index] = true;
    ++m_deleted;
    if (m_eventLog)
        m_eventLog->objectDeleted(before);
}

bool Collection::isDeleted(int index) const
{
    return m_isDeleted.at(index);
}

const QJsonObject *Collection::find(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_objects.at(index);
}

const QByteArray &Collection::bytesAt(int index) const
{
    QByteArray &bytes = m_bytes[index];
    if (bytes.isEmpty())
        bytes = QJsonDocument(m_objects.at(index)).toJson(QJsonDocument::Compact);
    return bytes;
}

void Collection::removeFirst(int count)
{
    count = std::min(count, size());
    if (count <= 0)
        return;
    m_objects.remove(0, count);
    m_bytes.remove(0, count);
    m_isDeleted.remove(0, count);
    m_index.clear();
    m_deleted = 0;
    for (int i = 0; i < size(); ++i) {
        m_index.insert(m_objects.at(i).value(QLatin1String("id")).toString(), i);
        m_deleted += m_isDeleted.at(i) ? 1 : 0;
    }
}

void Collection::clear()
{
    m_objects.clear();
    m_index.clear();
    m_bytes.clear();
    m_isDeleted.clear();
    m_deleted = 0;
}

} // namespace sandbox
